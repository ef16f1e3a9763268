// SPDX-License-Identifier: GPL-3.0-or-later
// MmshServerSession, the streaming half: $H then paced $D packets, and $E at the end.
#include "core/asf/asfpacket.h"
#include "core/logging.h"
#include "core/mmsh/mmshpacket.h"
#include "server/livesource.h"
#include "server/mmshserversession.h"

#include <QTcpSocket>
#include <QtEndian>

using namespace mms;

void MmshServerSession::startStreaming(quint32 streamTimeMs, double rate)
{
    ++m_incarnation;
    m_afCounter = 0;
    m_streaming = true;
    writeStream(headerPackets(m_incarnation));
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: streaming %2 from %3 ms%4")
                                         .arg(m_number)
                                         .arg(m_media.description())
                                         .arg(streamTimeMs)
                                         .arg(rate != 1.0 ? QStringLiteral(" at %1x").arg(rate)
                                                          : QString());
    if (LiveSource *live = m_media.live()) {
        // A broadcast: the client joins where it is ([MS-WMSP] features="broadcast").
        connect(live, &LiveSource::packetReady, this, &MmshServerSession::handleLivePacket);
        connect(live, &LiveSource::ended, this, [this] {
            stopStreaming();
            endStream(Hresult::Ok);
        });
        // A new header (upstream restarted, encoder's $C/$H): [MS-WMSP] 2.2.3.4 / 2.2.3.2, as
        // between playlist entries: $E with S_FALSE, $C, then the new $H and the packets.
        connect(live, &LiveSource::headerChanged, this, [this] {
            stopStreaming();
            writeStream(MmshPacket::endOfStream(1).encode());
            writeStream(MmshPacket::streamChange(0).encode());
            selectAllStreams();
            startStreaming(0);
        });
        m_waitingForKeyFrame = true;
        return;
    }
    // stream-time is a position in the content: the same seek as MS-MMSP's StartPlaying position.
    StartPlaying request;
    request.position = streamTimeMs / 1000.0;
    if (rate != 1.0) {
        // Fast-forward or rewind (grantedRate checked it): the key frames from stream-time on,
        // that way, each when the rate makes it due, as StartStriding sends them over MS-MMSP.
        QString reason;
        const StrideIndex *index = m_media.strideIndex(&reason);
        const qsizetype frame = m_media.strideStartFrame(request, rate);
        if (!index || frame < 0) {
            endStream(Hresult::Ok); // nothing left that way
            return;
        }
        m_stride.start(m_media.file(), index, frame, rate);
        pump();
        return;
    }
    FilePacketFeed *feed = m_media.feed();
    feed->setSelection(m_selected, m_selected == m_allStreams);
    m_paced.start(
        feed, m_env.pace == MmsServerConfig::Pace::Realtime, feed->startPacketFor(request), 0, 0);
    pump();
}

void MmshServerSession::pump()
{
    if (!m_streaming || m_closing)
        return;
    if (m_media.isLive()) {
        pumpLive();
        return;
    }
    if (m_stride.isActive()) {
        pumpStride();
        return;
    }
    const qint64 room = MaxQueuedBytes - m_socket->bytesToWrite();
    QByteArray batch;
    PacedFeed::Take taken = PacedFeed::Take::Packet;
    FilePacketFeed::Packet packet;
    QString error;
    while (batch.size() < room) {
        taken = m_paced.take(packet, error);
        if (taken != PacedFeed::Take::Packet)
            break;
        appendData(batch, packet.locationId, packet.bytes);
    }
    if (!batch.isEmpty())
        writeStream(batch);
    if (taken == PacedFeed::Take::End)
        endEntry(FilePacketFeed::Status::End, error);
    else if (taken == PacedFeed::Take::ReadError)
        endEntry(FilePacketFeed::Status::ReadError, error);
}

void MmshServerSession::appendData(QByteArray &batch, quint32 locationId, QByteArrayView packet)
{
    // [MS-WMSP] 2.2.3.3: one whole ASF packet per $D; LocationId is its packet number.
    MmshPacket framing = MmshPacket::data(locationId, m_incarnation, m_afCounter++, {});
    framing.appendEncoded(batch);
    batch.append(packet);
    const qsizetype length = MmshDataHeaderSize + packet.size();
    // Fix both lengths (PacketLength and PacketSize) now that the payload is in.
    char *p = batch.data() + batch.size() - length - MmshFramingHeaderSize;
    qToLittleEndian<quint16>(quint16(length), p + 2);
    qToLittleEndian<quint16>(quint16(length), p + 10);
}

void MmshServerSession::pumpStride()
{
    quint32 locationId = 0;
    QByteArray packet;
    QString error;
    QByteArray batch;
    StrideFeed::Take taken = StrideFeed::Take::Packet;
    while (batch.size() < MaxQueuedBytes - m_socket->bytesToWrite()) {
        taken = m_stride.take(locationId, packet, error);
        if (taken != StrideFeed::Take::Packet)
            break;
        appendData(batch, locationId, packet);
    }
    if (!batch.isEmpty())
        writeStream(batch);
    if (taken == StrideFeed::Take::End) {
        // The stride reached the end (or the start): $E, never a playlist's next entry (the
        // client chose a direction, not the next item).
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: stride done, %2 key frames sent")
                   .arg(m_number)
                   .arg(m_stride.framesSent());
        m_stride.stop();
        endStream(Hresult::Ok);
    } else if (taken == StrideFeed::Take::ReadError) {
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: %2").arg(m_number).arg(error);
        m_stride.stop();
        endStream(Hresult::FileOpenFailed);
    }
}

void MmshServerSession::pumpLive()
{
    while (!m_liveQueue.isEmpty() && m_socket->bytesToWrite() < MaxQueuedBytes) {
        const QPair<quint32, QByteArray> packet = m_liveQueue.takeFirst();
        writeStream(
            MmshPacket::data(packet.first, m_incarnation, m_afCounter++, packet.second).encode());
    }
}

void MmshServerSession::handleLivePacket(
    quint32 locationId, const QByteArray &packet, bool keyFrameStart)
{
    if (!m_streaming || (m_waitingForKeyFrame && !keyFrameStart))
        return;
    m_waitingForKeyFrame = false;
    QByteArray payload = packet;
    if (m_selected != m_allStreams) {
        const asf::PadResult filtered = asf::filterPacket(packet, m_media.packetSize(), m_selected);
        if (!filtered.ok() || filtered.packet.isEmpty())
            return;
        payload = filtered.packet;
    }
    // A slow reader of a broadcast loses the oldest packets instead of growing our memory.
    if (m_liveQueue.size() >= 64)
        m_liveQueue.removeFirst();
    m_liveQueue.append({locationId, payload});
    pumpLive();
}

void MmshServerSession::endEntry(FilePacketFeed::Status status, const QString &error)
{
    if (status == FilePacketFeed::Status::ReadError) {
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: %2").arg(m_number).arg(error);
        endStream(Hresult::FileOpenFailed);
        return;
    }
    // [MS-WMSP] 2.2.3.4 / 2.2.3.2: between playlist entries $E with S_FALSE, $C, then the next
    // entry's header as $H; after the last, $E with S_OK.
    if (m_media.isPlaylist() && m_media.openNextEntry()) {
        writeStream(MmshPacket::endOfStream(1).encode());
        writeStream(MmshPacket::streamChange(0).encode());
        selectAllStreams();
        startStreaming(0);
        return;
    }
    endStream(Hresult::Ok);
}

void MmshServerSession::selectAllStreams()
{
    m_allStreams.clear();
    for (const asf::Stream &stream : m_media.header().streams)
        m_allStreams.insert(stream.number);
    m_selected = m_allStreams;
}

void MmshServerSession::endStream(quint32 reason)
{
    writeStream(MmshPacket::endOfStream(reason).encode());
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: end of stream").arg(m_number);
    endPlayResponse(QStringLiteral("end of stream"));
}

void MmshServerSession::stopStreaming()
{
    if (!m_streaming)
        return;
    m_streaming = false;
    m_paced.stop();
    m_stride.stop();
    m_liveQueue.clear();
    if (LiveSource *live = m_media.live())
        disconnect(live, nullptr, this, nullptr);
    if (FilePacketFeed *feed = m_media.feed())
        feed->stop();
}

void MmshServerSession::stopFromClient()
{
    // [MS-WMSP] 2.2.2.10: streaming stops; the Play response ends with $E and the connection.
    if (!m_streaming)
        return;
    stopStreaming();
    writeStream(MmshPacket::endOfStream(Hresult::Ok).encode());
    endPlayResponse(QStringLiteral("stopped by the client"));
}

void MmshServerSession::selectStreamsFromClient(const QList<MmshStreamSwitchEntry> &entries)
{
    m_selected = selection(entries);
    if (FilePacketFeed *feed = m_media.feed())
        feed->setSelection(m_selected, m_selected == m_allStreams);
}
