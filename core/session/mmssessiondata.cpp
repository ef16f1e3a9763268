// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 4: Data packets (MS-MMSP 2.2.2): header fragments and media packets.
#include "core/session/mmssession_p.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/session/streamselector.h"

#include <QMetaEnum>

void MmsSessionPrivate::handleData(const mms::DataPacket &packet)
{
    qCDebug(lcMmsProtocol).noquote() << "recv Data" << mms::traceFields(packet);
    // Notes §8.2: classify by the incarnation byte, never by AFFlags.
    if (m_state == State::ReadingHeader && m_assembler.isActive()
        && packet.playIncarnation == m_assembler.incarnation()) {
        handleHeaderFragment(packet);
        return;
    }
    const bool currentPlay = m_playIncarnation != 0 && packet.playIncarnation == m_playIncarnation;
    if (currentPlay && m_state == State::Streaming && !m_awaitingStreamChange) {
        handleMediaPacket(packet);
        return;
    }
    if (currentPlay && m_state == State::Stopping) {
        // Notes §9.3: once StopPlaying went out (a pause, or a seek's first half) the rest of that
        // play is stale: the caller asked for it to end, so nothing of it reaches it any more.
        qCDebug(lcMmsSession) << "dropping Data packet" << packet.locationId << "of the stopped play";
        return;
    }
    if (currentPlay && m_state == State::Starting && m_startSent) {
        fail(Error::UnexpectedMessage, 0,
            MmsSession::tr("a media Data packet arrived before ReportStartedPlaying"));
        return;
    }
    if (m_state == State::Connecting || m_state == State::OpeningFile
        || (m_state == State::ReadingHeader && m_playIncarnation == 0)) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("a Data packet with incarnation %1 arrived while %2; none was requested")
                .arg(packet.playIncarnation)
                .arg(QLatin1String(
                    QMetaEnum::fromType<MmsSession::State>().valueToKey(int(m_state)))));
        return;
    }
    // Notes §8.2 / §9.3: packets of an earlier play (before a seek or stop) are stale.
    qCDebug(lcMmsSession) << "dropping stale Data packet" << packet.locationId << "incarnation"
                          << packet.playIncarnation;
}

void MmsSessionPrivate::handleHeaderFragment(const mms::DataPacket &packet)
{
    switch (m_assembler.add(packet)) {
    case HeaderAssembler::Status::Incomplete:
        return;
    case HeaderAssembler::Status::Error:
        fail(Error::InvalidHeader, 0, m_assembler.errorString());
        return;
    case HeaderAssembler::Status::Complete:
        headerComplete(m_assembler.bytes());
        return;
    }
}

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
    m_needFullSwitch = true;
    m_serverOn.clear();
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
