// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streamratemonitor.h"

#include "core/session/mmssession.h"

StreamRateMonitor::StreamRateMonitor(MmsSession *session, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(ReportIntervalMs);
    // Precise: a coarse timer may fire 5 % early, and "once a second" is what is promised.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamRateMonitor::report);
    connect(session, &MmsSession::headerReceived, this, &StreamRateMonitor::handleHeader);
    connect(session, &MmsSession::dataPacketReceived, this, &StreamRateMonitor::handlePacket);
}

void StreamRateMonitor::handleHeader(const asf::Header &header)
{
    m_timer.stop();
    m_meter.reset(header.packetSize());
    m_unknown.clear();
    for (const asf::Stream &s : header.streams) {
        if (s.bitrate == 0)
            m_unknown.insert(s.number);
    }
    if (!m_reported.isEmpty()) {
        m_reported.clear();
        emit bitratesChanged(m_reported);
    }
}

void StreamRateMonitor::handlePacket(quint32, const QByteArray &packet)
{
    if (m_unknown.isEmpty())
        return;
    m_meter.addPacket(packet);
    // The first packet after a report arms the timer: one report per interval while packets come,
    // and the last one at most an interval after the last packet.
    if (!m_timer.isActive())
        m_timer.start();
}

void StreamRateMonitor::report()
{
    QHash<int, quint32> rates;
    for (int number : std::as_const(m_unknown)) {
        if (const quint32 rate = m_meter.bitrate(number))
            rates.insert(number, rate);
    }
    if (rates == m_reported)
        return;
    m_reported = rates;
    emit bitratesChanged(m_reported);
}
