// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfstreamratemeter.h"

#include "core/asf/asfpacket.h"

#include <algorithm>

namespace asf {

void StreamRateMeter::reset(quint32 packetSize)
{
    m_packetSize = packetSize;
    m_counts.clear();
}

bool StreamRateMeter::addPacket(QByteArrayView packet)
{
    const PacketParseResult parsed = parsePacket(packet, m_packetSize);
    if (!parsed.ok())
        return false;
    const quint32 sendTime = parsed.info.sendTime;
    // A packet may hold several payloads of one stream (pieces of frames): one step per packet.
    QHash<int, quint64> packetBytes;
    for (const Payload &p : parsed.info.payloads)
        packetBytes[p.streamNumber] += quint64(p.dataLength);
    for (auto it = packetBytes.cbegin(); it != packetBytes.cend(); ++it) {
        const auto found = m_counts.find(it.key());
        if (found == m_counts.end()) {
            // The first packet of a stream only marks where its time starts.
            m_counts.insert(it.key(), Count {0, 0, sendTime});
            continue;
        }
        Count &c = found.value();
        // Unsigned: a step back must not read as a huge step forward, so it is compared first.
        if (sendTime >= c.lastSendTime && sendTime - c.lastSendTime <= MaxStepMs) {
            c.spanMs += sendTime - c.lastSendTime;
            c.bytes += it.value();
        }
        c.lastSendTime = sendTime;
    }
    return true;
}

quint32 StreamRateMeter::rate(const Count &count)
{
    if (count.spanMs < MinSpanMs)
        return 0;
    // In double: bytes * 8000 could pass 2^64 on a long enough play; the result is capped.
    const double bitsPerSecond = double(count.bytes) * 8000.0 / double(count.spanMs);
    return quint32(std::min(bitsPerSecond, 4294967295.0));
}

quint32 StreamRateMeter::bitrate(int streamNumber) const
{
    const auto it = m_counts.constFind(streamNumber);
    return it == m_counts.cend() ? 0 : rate(it.value());
}

QHash<int, quint32> StreamRateMeter::bitrates() const
{
    QHash<int, quint32> rates;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (const quint32 r = rate(it.value()))
            rates.insert(it.key(), r);
    }
    return rates;
}

quint64 StreamRateMeter::spanMs(int streamNumber) const
{
    return m_counts.value(streamNumber).spanMs;
}

quint64 StreamRateMeter::bytes(int streamNumber) const
{
    return m_counts.value(streamNumber).bytes;
}

} // namespace asf
