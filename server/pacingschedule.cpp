// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pacingschedule.h"

#include <algorithm>

void PacingSchedule::start(quint32 firstSendTimeMs, quint32 accelBandwidthBps, quint32 accelDurationMs)
{
    m_firstSendTime = firstSendTimeMs;
    m_accelBandwidth = accelBandwidthBps;
    m_accelDuration = accelDurationMs;
    m_accelActive = accelBandwidthBps > 0 && accelDurationMs > 0;
    m_accelBits = 0;
    m_shift = 0;
}

qint64 PacingSchedule::dueMs(quint32 sendTimeMs, qsizetype packetBytes)
{
    const qint64 contentMs = sendTimeMs > m_firstSendTime ? qint64(sendTimeMs - m_firstSendTime) : 0;
    if (m_accelActive) {
        if (contentMs < qint64(m_accelDuration)) {
            // Due when the bits before it have gone out at the accelerated rate.
            const qint64 due = m_accelBits * 1000 / m_accelBandwidth;
            m_accelBits += qint64(packetBytes) * 8;
            return due;
        }
        // The burst is over: continue at realtime from where the burst ended. The content
        // already sent covers accelDuration ms, which took burstMs of wall time.
        const qint64 burstMs = m_accelBits * 1000 / m_accelBandwidth;
        m_shift = qint64(m_accelDuration) - burstMs;
        m_accelActive = false;
    }
    return std::max<qint64>(0, contentMs - m_shift);
}
