// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/filepacketfeed.h"

#include "core/asf/asfpacket.h"
#include "core/logging.h"

#include <cmath>

namespace {

bool isUnused(quint32 value)
{
    // MS-MMSP 2.2.4.25: 0xFFFFFFFF marks an unused start point; clients also send 0 to mean
    // "from the start", which is the same as unused.
    return value == 0xFFFFFFFFu || value == 0;
}

} // namespace

quint64 FilePacketFeed::startPacketFor(const mms::StartPlaying &request) const
{
    // Precedence (notes §14 #10): locationId, then asfOffset, then position.
    if (!isUnused(request.locationId))
        return request.locationId;
    if (!isUnused(request.asfOffset))
        return m_file.packetIndexForFileOffset(request.asfOffset);
    // position is seconds of content, i.e. presentation time minus preroll. Packets leave about
    // one preroll before they are presented, so a packet's send time is on that same scale: we
    // start at the first packet sent at or after `position` (docs/mms-serve.md). DBL_MAX and
    // other out-of-range values mean "not used".
    const double position = request.position;
    if (std::isfinite(position) && position > 0.0 && position < 4.0e6)
        return m_file.packetIndexForSendTime(quint32(std::llround(position * 1000.0)));
    return 0;
}

void FilePacketFeed::setReadAheadBytes(qsizetype bytes)
{
    m_readAheadBytes = qMax<qsizetype>(bytes, 1);
}

void FilePacketFeed::start(quint64 firstPacket, quint32 accelBandwidthBps, quint32 accelDurationMs)
{
    // A new play reads the file afresh: what it serves is what the file holds now.
    stop();
    m_next = firstPacket;
    const quint32 firstSendTime =
        firstPacket < m_file.packetCount() ? m_file.packetSendTime(firstPacket) : 0;
    m_schedule.start(firstSendTime, accelBandwidthBps, accelDurationMs);
}

void FilePacketFeed::stop()
{
    m_block = QByteArray();
    m_blockCount = 0;
    m_filtered = QByteArray();
}

void FilePacketFeed::setSelection(const QSet<int> &keep, bool all)
{
    m_keep = keep;
    m_all = all;
}

bool FilePacketFeed::loadBlock(quint64 index, asf::AsfError &error)
{
    if (index >= m_blockFirst && index - m_blockFirst < m_blockCount)
        return true;
    // Packet sizes are at most asf::MaxPacketSize (checked when the header was parsed), so the
    // block is at most max(m_readAheadBytes, 64 KiB), and never more than the file's packets.
    const quint32 packetSize = m_file.packetSize();
    const quint64 perBlock =
        qMin(qMax<quint64>(1, quint64(m_readAheadBytes) / packetSize), m_file.packetCount());
    const quint64 count = qMin(perBlock, m_file.packetCount() - index);
    const qsizetype bytes = qsizetype(perBlock * packetSize);
    if (m_block.size() != bytes)
        m_block.resize(bytes);
    m_blockFirst = index;
    // A short read (the file truncated while open) keeps the whole packets it got: they are sent,
    // and the error comes when the packet that could not be read is reached, as without blocks.
    m_blockCount = m_file.readPackets(index, count, m_block.data(), &error);
    return m_blockCount > 0;
}

FilePacketFeed::Status FilePacketFeed::next(Packet &packet, QString &error)
{
    const quint32 packetSize = m_file.packetSize();
    while (m_next < m_file.packetCount()) {
        const quint64 index = m_next++;
        asf::AsfError readError;
        if (!loadBlock(index, readError)) {
            stop();
            error = QStringLiteral("packet %1 unreadable: %2").arg(index).arg(readError.what);
            return Status::ReadError;
        }
        QByteArrayView bytes(
            m_block.constData() + qsizetype((index - m_blockFirst) * packetSize), packetSize);
        // The send time comes from the bytes in hand (AsfFile::packetSendTime would read the
        // packet from the file a second time); 0 when it does not parse, as there. Only pacing
        // needs it.
        quint32 sendTime = 0;
        if (m_paced) {
            const asf::PacketParseResult parsed = asf::parsePacket(bytes, packetSize);
            sendTime = parsed.ok() ? parsed.info.sendTime : 0;
        }
        if (!m_all) {
            // MS-MMSP 3.2.5.11.1: payloads of deselected streams are removed, packets left
            // empty are not sent at all.
            asf::PadResult filtered = asf::filterPacket(bytes, packetSize, m_keep);
            if (!filtered.ok()) {
                qCWarning(lcMmsServer).noquote()
                    << QStringLiteral("packet %1 skipped: %2").arg(index).arg(filtered.error.what);
                continue;
            }
            if (filtered.packet.isEmpty())
                continue;
            m_filtered = std::move(filtered.packet);
            bytes = m_filtered;
        }
        packet.locationId = quint32(index);
        packet.dueMs = m_paced ? m_schedule.dueMs(sendTime, bytes.size()) : 0;
        packet.bytes = bytes;
        return Status::Packet;
    }
    stop();
    return Status::End;
}
