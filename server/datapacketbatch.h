// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

// Data packets (MS-MMSP 2.2.2) built one after the other into one buffer, so that a pump of the
// server writes them to the socket at once: one copy of each payload (into the batch) instead of
// three (packet, DataPacket::encode(), the socket's ring buffer). Qt queues a QByteArray of 4 KiB
// or more by reference (QIODevice::write(const QByteArray &)), so the batch itself is what the
// socket sends, in one send() per batch instead of one per 32 KiB. The bytes are exactly those of
// DataPacket::encode() for each packet in turn (tests/server/tst_datapacketbatch.cpp).
class DataPacketBatch
{
public:
    // Room for `bytes` in all, so appends up to that size do not reallocate.
    void reserve(qsizetype bytes);
    // The caller keeps payload.size() <= mms::DataPacket::MaxPayload (asserted).
    void append(quint32 locationId, quint8 playIncarnation, quint8 afFlags, QByteArrayView payload);

    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // The packets so far; the batch is empty afterwards.
    QByteArray take();

private:
    QByteArray m_bytes;
};
