// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/strideretimer.h"

#include "core/asf/asfpackettimes.h"

#include <QList>
#include <cmath>

void StrideRetimer::start(double rate)
{
    m_rate = std::isfinite(rate) && rate != 0.0 ? std::fabs(rate) : 1.0;
    m_haveOrigin = false;
}

bool StrideRetimer::retime(QByteArray &packet)
{
    const QList<qsizetype> fields = asf::packetTimeFields(packet);
    if (fields.isEmpty())
        return false;
    quint32 sendTime = 0;
    for (int i = 0; i < 4; ++i)
        sendTime |= quint32(quint8(packet.at(fields.first() + i))) << (8 * i);
    if (!m_haveOrigin) {
        m_haveOrigin = true;
        m_origin = sendTime;
    }
    m_lastSendTime = sendTime;
    // The same shift for every time of the packet keeps each frame's presentation a preroll's
    // worth after its send time, whichever way the stride goes.
    const double travelled = std::fabs(double(sendTime) - double(m_origin)) / m_rate;
    const qint64 delta = qint64(m_origin) + qint64(std::llround(travelled)) - qint64(sendTime);
    return asf::shiftPacketTimes(packet, delta);
}
