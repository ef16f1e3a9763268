// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

// One file served in a loop as a broadcast (--live NAME=FILE). It runs on its own clock from the
// moment the server starts, whether or not anyone listens, so a client that joins later starts
// mid-stream (MS-MMSP notes §9.7). Packets carry a virtual LocationId that keeps counting across
// loops; each loop's send and presentation times are shifted by the loop length so they keep
// increasing (server/packetretimer.h).
class LiveSource : public QObject
{
    Q_OBJECT
public:
    struct OpenResult;
    static OpenResult open(const QString &name, const QString &path, QObject *parent = nullptr);

    const QString &name() const { return m_name; }
    const asf::AsfFile &file() const { return *m_file; }
    // The ASF file header with the broadcast flag set and the file size, duration and packet
    // counts zeroed (ASF 3.2: invalid when broadcasting); same size as the file's.
    const QByteArray &headerBytes() const { return m_header; }
    quint32 packetSize() const { return m_file->packetSize(); }
    quint32 bitrate() const;
    // LocationId the next packet will carry.
    quint32 nextLocationId() const { return m_locationId; }

    void start();

signals:
    // A live packet, full size, times already shifted for the current loop.
    void packetReady(quint32 locationId, const QByteArray &packet);

private:
    LiveSource(const QString &name, std::unique_ptr<asf::AsfFile> file, QObject *parent);
    void tick();
    QByteArray makeBroadcastHeader() const;

    QString m_name;
    std::unique_ptr<asf::AsfFile> m_file;
    QByteArray m_header;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_index = 0; // packet of the file that goes out next
    quint32 m_locationId = 0;
    qint64 m_loopStartMs = 0; // clock time at which the current loop began
    quint32 m_loop = 0;
    quint32 m_firstSendTime = 0;
    quint32 m_loopLengthMs = 0;
    bool m_retimeWarned = false;
};

struct LiveSource::OpenResult
{
    LiveSource *source = nullptr;
    QString error;
};
