// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// When each ASF data packet is due, in ms after StartPlaying, for realtime pacing.
//
// The schedule follows the packets' own send times (ASF 5.2: the time the packet should be
// delivered), relative to the first packet sent, so the stream leaves at the content's rate.
// Fast Start (MS-MMSP 2.2.4.25 accelBandwidth/accelDuration): the first accelDuration ms of
// content go out at accelBandwidth bit/s (as fast as that link rate allows), the rest at
// realtime, shifted so that it continues right after the burst. Pure arithmetic, no clock, so
// it is tested as a unit.
class PacingSchedule
{
public:
    PacingSchedule() = default;

    // Starts a schedule at the packet whose send time is `firstSendTimeMs`. Fast Start is used
    // when both accel values are non-zero.
    void start(quint32 firstSendTimeMs, quint32 accelBandwidthBps = 0, quint32 accelDurationMs = 0);

    // Due time of the next packet (call in sending order): its send time and size in bytes.
    // Packets with send times earlier than the first one (files are not always monotonic) are due
    // at once.
    qint64 dueMs(quint32 sendTimeMs, qsizetype packetBytes);

    bool inFastStart() const { return m_accelActive; }

private:
    quint32 m_firstSendTime = 0;
    quint32 m_accelBandwidth = 0;
    quint32 m_accelDuration = 0;
    bool m_accelActive = false;
    qint64 m_accelBits = 0; // bits sent during Fast Start so far
    qint64 m_shift = 0; // realtime after Fast Start = content time - m_shift
};
