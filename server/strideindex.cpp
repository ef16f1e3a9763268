// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/strideindex.h"

#include "core/asf/asfpacket.h"

#include <algorithm>

int StrideIndex::strideStream(const asf::Header &header)
{
    for (const asf::Stream &stream : header.streams) {
        if (stream.type == asf::StreamType::Video)
            return stream.number;
    }
    return 0;
}

bool StrideIndex::build(const asf::AsfFile &file, int stream, QString *error)
{
    m_frames.clear();
    m_stream = stream;
    const quint32 packetSize = file.packetSize();
    // Read in blocks of whole packets (one read each), as the feeds do.
    const quint64 perBlock = qMax<quint64>(1, (256 * 1024) / qMax<quint32>(packetSize, 1));
    QByteArray block(qsizetype(perBlock * packetSize), Qt::Uninitialized);
    bool open = false; // the last key frame's media object may continue in the next packet
    for (quint64 first = 0; first < file.packetCount(); first += perBlock) {
        const quint64 want = qMin(perBlock, file.packetCount() - first);
        asf::AsfError readError;
        const quint64 got = file.readPackets(first, want, block.data(), &readError);
        if (got != want) {
            *error = QStringLiteral("packet %1: %2").arg(first + got).arg(readError.what);
            return false;
        }
        for (quint64 i = 0; i < got; ++i) {
            const quint64 index = first + i;
            const QByteArrayView bytes(block.constData() + i * packetSize, packetSize);
            const asf::PacketParseResult parsed = asf::parsePacket(bytes, packetSize);
            if (!parsed.ok()) {
                *error = QStringLiteral("packet %1: %2").arg(index).arg(parsed.error.what);
                return false;
            }
            bool continued = false;
            for (const asf::Payload &payload : parsed.info.payloads) {
                if (payload.streamNumber != stream)
                    continue;
                const bool starts = payload.compressed || payload.offsetIntoMediaObject == 0;
                if (payload.keyFrame && starts) {
                    if (!m_frames.isEmpty() && m_frames.last().firstPacket == index)
                        continue; // two key frames starting in one packet: one entry
                    if (m_frames.size() >= MaxKeyFrames) {
                        *error = QStringLiteral("more than %1 key frames").arg(MaxKeyFrames);
                        return false;
                    }
                    m_frames.append(
                        {index, index, parsed.info.sendTime, payload.mediaObjectNumber});
                    open = true;
                    continued = true;
                } else if (open && payload.keyFrame
                    && payload.mediaObjectNumber == m_frames.last().mediaObject) {
                    m_frames.last().lastPacket = index;
                    continued = true;
                }
            }
            if (!continued)
                open = false;
        }
    }
    if (m_frames.isEmpty()) {
        *error = QStringLiteral("no key frame in stream %1").arg(stream);
        return false;
    }
    return true;
}

qsizetype StrideIndex::startFor(quint64 packet, bool forward) const
{
    const auto after = std::lower_bound(m_frames.cbegin(), m_frames.cend(), packet,
        [](const KeyFrame &frame, quint64 p) { return frame.firstPacket < p; });
    if (forward)
        return after == m_frames.cend() ? -1 : after - m_frames.cbegin();
    // Backward: the last key frame starting at or before `packet`.
    if (after != m_frames.cend() && after->firstPacket == packet)
        return after - m_frames.cbegin();
    return after == m_frames.cbegin() ? -1 : (after - m_frames.cbegin()) - 1;
}

bool StrideIndex::holdsKeyFrame(quint64 packet) const
{
    const auto after = std::upper_bound(m_frames.cbegin(), m_frames.cend(), packet,
        [](quint64 p, const KeyFrame &frame) { return p < frame.firstPacket; });
    if (after == m_frames.cbegin())
        return false;
    return std::prev(after)->lastPacket >= packet;
}
