// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/datapacket.h"

#include <QByteArray>
#include <QString>

// Collects the "ASF file header" from header Data packets (MS-MMSP 2.2.2, 3.1.5.12; notes §8.6):
// fragments carry the request's incarnation byte, LocationId 0, 1, 2, ... and AFFlags 0x04 until
// the last one, which has the 0x08 bit. Pure; the session feeds it the packets whose incarnation
// byte matches and asks whether the header is complete.
class HeaderAssembler
{
public:
    enum class Status { Incomplete, Complete, Error };

    // `expectedSize` is ReportOpenFile.fileHeaderSize (0 = unknown: then only `maxBytes` bounds
    // it); `maxFragment` the largest payload allowed (the packet size, MS-MMSP 3.2.5.8.1).
    void reset(quint8 incarnation, quint32 expectedSize, quint32 maxFragment, qint64 maxBytes);

    quint8 incarnation() const { return m_incarnation; }
    bool isActive() const { return m_active; }
    void deactivate() { m_active = false; }

    Status add(const mms::DataPacket &packet);

    const QByteArray &bytes() const { return m_bytes; }
    QString errorString() const { return m_error; }

private:
    Status failWith(const QString &what);

    bool m_active = false;
    quint8 m_incarnation = 0;
    quint32 m_expectedSize = 0;
    quint32 m_maxFragment = 0;
    qint64 m_maxBytes = 0;
    quint32 m_nextLocation = 0;
    QByteArray m_bytes;
    QString m_error;
};
