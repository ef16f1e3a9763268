// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/filepacketfeed.h"
#include "server/packetpacer.h"

#include <QElapsedTimer>
#include <functional>

// What both server sessions (MMS over TCP and over HTTP) do to send an on-demand file: take the
// feed's packets in order and, at realtime pace, hold each until it is due, asking the shared
// PacketPacer to call back then. The wire format is the caller's: take() hands out the packets
// that may go now, and the caller frames them ($D or a Data packet) and writes them.
class PacedFeed {
public:
    // Read-ahead per pace (docs/benchmarks.md 1b): a realtime session reads a few packets a
    // second; a burst one fills the socket as fast as the client reads.
    static constexpr qsizetype RealtimeReadAheadBytes = FilePacketFeed::DefaultReadAheadBytes;
    static constexpr qsizetype BurstReadAheadBytes = 256 * 1024;

    enum class Take {
        Packet, // `packet` may be sent now
        Wait, // the next packet is not due yet: `due` runs when it is
        End, // the file (or entry) has no more packets
        ReadError, // `error` says why
    };

    // `due` is called from the pacer when a held packet becomes due.
    PacedFeed(PacketPacer *pacer, std::function<void()> due) : m_entry(pacer, std::move(due)) { }

    // Starts sending `feed` (owned by the session's media) from `firstPacket`. Realtime paces
    // from now, with Fast Start's accelerated burst if asked for; burst sends as fast as it can
    // and tells the feed not to compute due times.
    void start(FilePacketFeed *feed, bool realtime, quint64 firstPacket, quint32 accelBandwidth,
        quint32 accelDuration);
    // Drops the held packet and any call-back to come; the feed is stopped by its owner.
    void stop();

    // The next packet that may go now. The bytes stay valid until the next take() or stop().
    Take take(FilePacketFeed::Packet &packet, QString &error);

private:
    FilePacketFeed *m_feed = nullptr;
    bool m_realtime = true;
    bool m_hasPending = false;
    FilePacketFeed::Packet m_pending;
    QElapsedTimer m_playClock;
    PacketPacer::Entry m_entry;
};
