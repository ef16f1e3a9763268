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

void FilePacketFeed::start(quint64 firstPacket, quint32 accelBandwidthBps, quint32 accelDurationMs)
{
    m_next = firstPacket;
    const quint32 firstSendTime = firstPacket < m_file.packetCount() ? m_file.packetSendTime(firstPacket) : 0;
    m_schedule.start(firstSendTime, accelBandwidthBps, accelDurationMs);
}

void FilePacketFeed::setSelection(const QSet<int> &keep, bool all)
{
    m_keep = keep;
    m_all = all;
}

FilePacketFeed::Status FilePacketFeed::next(Packet &packet, QString &error)
{
    while (m_next < m_file.packetCount()) {
        const quint64 index = m_next++;
        asf::AsfError readError;
        QByteArray bytes = m_file.packet(index, &readError);
        if (bytes.isEmpty()) {
            error = QStringLiteral("packet %1 unreadable: %2").arg(index).arg(readError.what);
            return Status::ReadError;
        }
        // The send time comes from the bytes in hand (AsfFile::packetSendTime would read the
        // packet from the file a second time); 0 when it does not parse, as there.
        const asf::PacketParseResult parsed = asf::parsePacket(bytes, m_file.packetSize());
        const quint32 sendTime = parsed.ok() ? parsed.info.sendTime : 0;
        if (!m_all) {
            // MS-MMSP 3.2.5.11.1: payloads of deselected streams are removed, packets left
            // empty are not sent at all.
            const asf::PadResult filtered = asf::filterPacket(bytes, m_file.packetSize(), m_keep);
            if (!filtered.ok()) {
                qCWarning(lcMmsServer).noquote() << QStringLiteral("packet %1 skipped: %2").arg(index).arg(filtered.error.what);
                continue;
            }
            if (filtered.packet.isEmpty())
                continue;
            bytes = filtered.packet;
        }
        packet.locationId = quint32(index);
        packet.dueMs = m_schedule.dueMs(sendTime, bytes.size());
        packet.bytes = bytes;
        return Status::Packet;
    }
    return Status::End;
}
