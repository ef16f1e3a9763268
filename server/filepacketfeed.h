// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/viewertomac.h"
#include "server/pacingschedule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

// The data packets of an on-demand file, in order, for one session: stream selection applied
// (MS-MMSP 3.2.5.11.1) and each packet's realtime due time attached. No I/O beyond the file.
//
// The file is read ahead in blocks of whole packets, one file read per block instead of one
// seek and read per packet (docs/benchmarks.md 1b): the block is all the memory the feed holds,
// at most max(readAheadBytes(), one packet), and only while a play is under way (freed at the
// end of the file, on a read error and by stop()).
class FilePacketFeed {
public:
    struct Packet {
        quint32 locationId = 0; // packet number in the file
        // Full packet size (notes §8.7: never stripped). Points into the feed's read-ahead block
        // (or its copy with streams filtered out): valid until the feed's next call of next(),
        // start() or stop(), or its destruction.
        QByteArrayView bytes;
        qint64 dueMs = 0; // after start(), for realtime pacing; 0 when not isPaced()
    };
    enum class Status { Packet, End, ReadError };

    // A read-ahead that costs no more than QFile's own 16 KiB buffer did: right for a realtime
    // session, which reads a few packets a second.
    static constexpr qsizetype DefaultReadAheadBytes = 16 * 1024;

    explicit FilePacketFeed(const asf::AsfFile &file) : m_file(file) { }

    // Bytes of packets read with one file read: rounded down to whole packets, at least one.
    // Takes effect with the next block read.
    void setReadAheadBytes(qsizetype bytes);
    qsizetype readAheadBytes() const { return m_readAheadBytes; }

    // The packet a StartPlaying asks for (MS-MMSP 2.2.4.25; precedence in the .cpp).
    quint64 startPacketFor(const mms::StartPlaying &request) const;
    void start(quint64 firstPacket, quint32 accelBandwidthBps, quint32 accelDurationMs);
    // Frees the read-ahead block; next() reads the file again from where it is.
    void stop();
    // Whether packets get a due time (default true). Burst sessions send as fast as the client
    // reads and never look at it, so they turn it off: next() then does not parse each packet for
    // its send time (about 1.3 % of a burst server's CPU, docs/benchmarks.md) and dueMs stays 0.
    void setPaced(bool paced) { m_paced = paced; }
    bool isPaced() const { return m_paced; }
    // Payloads of streams outside `keep` are removed; `all` = send packets unmodified.
    void setSelection(const QSet<int> &keep, bool all);

    // The next packet to send; packets left empty by the selection are skipped.
    Status next(Packet &packet, QString &error);

private:
    // Makes packet `index` part of the block, reading a new block from it if it is not.
    bool loadBlock(quint64 index, asf::AsfError &error);

    const asf::AsfFile &m_file;
    quint64 m_next = 0;
    QSet<int> m_keep;
    bool m_all = true;
    bool m_paced = true;
    PacingSchedule m_schedule;

    qsizetype m_readAheadBytes = DefaultReadAheadBytes;
    QByteArray m_block; // packets m_blockFirst .. m_blockFirst + m_blockCount - 1
    quint64 m_blockFirst = 0;
    quint64 m_blockCount = 0;
    QByteArray m_filtered; // the last packet handed out with streams removed
};
