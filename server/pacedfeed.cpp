// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pacedfeed.h"

void PacedFeed::start(FilePacketFeed *feed, bool realtime, quint64 firstPacket,
    quint32 accelBandwidth, quint32 accelDuration)
{
    stop();
    m_feed = feed;
    m_realtime = realtime;
    feed->setReadAheadBytes(realtime ? RealtimeReadAheadBytes : BurstReadAheadBytes);
    feed->setPaced(realtime);
    feed->start(firstPacket, accelBandwidth, accelDuration);
    m_playClock.start();
}

void PacedFeed::stop()
{
    m_entry.cancel();
    m_hasPending = false;
    m_pending = {};
}

PacedFeed::Take PacedFeed::take(FilePacketFeed::Packet &packet, QString &error)
{
    if (!m_feed)
        return Take::End;
    if (!m_hasPending) {
        switch (m_feed->next(m_pending, error)) {
        case FilePacketFeed::Status::Packet:
            m_hasPending = true;
            break;
        case FilePacketFeed::Status::End:
            return Take::End;
        case FilePacketFeed::Status::ReadError:
            return Take::ReadError;
        }
    }
    if (m_realtime) {
        const qint64 wait = m_pending.dueMs - m_playClock.elapsed();
        if (wait > 0) {
            // Held until due: one pacer entry per session, however many sessions (§1).
            m_entry.scheduleIn(wait);
            return Take::Wait;
        }
    }
    m_hasPending = false;
    packet = m_pending;
    m_pending.bytes = {};
    return Take::Packet;
}
