// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 4: the whole ASF header and the media packets, from either wire.
#include "core/session/mmssession_p.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/session/streamselector.h"

void MmsSessionPrivate::headerComplete(const QByteArray &bytes)
{
    // MS-MMSP 2.2.2: the "ASF file header" is the Header Object plus the Data Object's start.
    const asf::HeaderParseResult parsed = asf::parseHeader(bytes, true);
    if (!parsed.ok()) {
        fail(Error::InvalidHeader, 0,
            MmsSession::tr("the ASF header does not parse: %1 at byte %2 (%3)")
                .arg(QLatin1String(asf::asfStatusName(parsed.error.status)))
                .arg(parsed.error.offset)
                .arg(parsed.error.what));
        return;
    }
    const quint32 packetSize = parsed.header.packetSize();
    if (packetSize == 0 || packetSize > asf::MaxPacketSize) {
        fail(Error::InvalidHeader, 0,
            MmsSession::tr("the ASF header's packet size %1 is unusable").arg(packetSize));
        return;
    }
    wire()->headerParsed(parsed.header);
    if (packetSize != m_info.packetSize)
        qCWarning(lcMmsSession) << "header packet size" << packetSize << "differs from the server's"
                                << m_info.packetSize << "- using the header's (notes §8.7)";
    m_header = parsed.header;
    m_headerBytes = bytes;
    const bool afterChange = m_streamChangeHeader;
    m_streamChangeHeader = false;
    m_selected = m_explicitSelection ? validStreams(*m_explicitSelection)
                                     : StreamSelector(m_maxBitrate).select(m_header);
    if (StreamSelector().select(m_header).isEmpty()) {
        fail(Error::NoStreams, 0, MmsSession::tr("the file has no audio or video stream"));
        return;
    }
    const bool resuming = m_reconnectAttempt > 0;
    const bool sameHeader = resuming && resumeAfterHeader();
    setState(State::Ready);
    if (!sameHeader)
        emit q->headerReceived(m_header, m_headerBytes);
    if (resuming) {
        finishResume(sameHeader);
        return;
    }
    // MS-MMSP 3.1.4.4: after a playlist change, choose streams again and play on by ourselves.
    if (afterChange && m_state == State::Ready)
        wire()->entryStarted();
}

void MmsSessionPrivate::handleMediaPacket(const mms::DataPacket &packet)
{
    const quint32 packetSize = m_header.packetSize();
    // Notes §2 / §8.7: a payload longer than the ASF packet size cannot be a valid packet.
    if (quint64(packet.payload.size()) > packetSize) {
        fail(Error::PacketTooLarge, 0,
            MmsSession::tr("Data packet %1 carries %2 bytes, more than the header's packet size %3")
                .arg(packet.locationId)
                .arg(packet.payload.size())
                .arg(packetSize));
        return;
    }
    // MS-MMSP 2.2.2: the server may strip padding; demuxers need fixed-size packets.
    const asf::PadResult padded = asf::padPacket(packet.payload, packetSize);
    if (!padded.ok()) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("ASF data packet %1 is malformed: %2 at byte %3 (%4)")
                .arg(packet.locationId)
                .arg(QLatin1String(asf::asfStatusName(padded.error.status)))
                .arg(padded.error.offset)
                .arg(padded.error.what));
        return;
    }
    if (dropAsDuplicate(packet.locationId)) {
        // A resumed play: the server repeated a packet delivered before the drop.
        qCDebug(lcMmsSession) << "dropping repeated Data packet" << packet.locationId;
        return;
    }
    m_lastLocation = packet.locationId;
    m_lastPacket = padded.packet;
    ++m_packetsReceived;
    m_bytesReceived += quint64(packet.payload.size());
    ++m_playPackets;
    m_playBytes += quint64(packet.payload.size());
    emit q->dataPacketReceived(packet.locationId, padded.packet);
}
