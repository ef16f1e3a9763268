// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/mmsserversession.h"

#include "core/asf/asfpacket.h"
#include "core/logging.h"
#include "server/datapacketbatch.h"
#include "server/livesource.h"
#include "server/medialibrary.h"

#include <QRandomGenerator>
#include <QTcpSocket>

#include <cmath>

using namespace mms;

namespace {

// The server version we advertise. MS-MMSP 3.1.5.3: clients of a server with major version >= 9
// use the StartPlaying accel fields (Fast Start) and the 9.x end-of-stream rules.
const QString ServerVersion = QStringLiteral("9.1");

} // namespace

MmsServerSession::MmsServerSession(
    int number, QTcpSocket *socket, const SessionEnvironment &environment, QObject *parent)
    : QObject(parent), m_number(number), m_env(environment),
      m_paced(environment.pacer, [this] { pump(); }),
      m_stride(environment.pacer, [this] { pump(); })
{
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: connection from %2:%3%4")
                                         .arg(m_number)
                                         .arg(socket->peerAddress().toString())
                                         .arg(socket->peerPort())
                                         .arg(isRefused() ? QStringLiteral(" (over the client limit)") : QString());
    m_peer = socket->peerAddress();
    m_connection = new SessionConnection(number, socket, m_env.pingIntervalMs, m_env.idleTimeoutMs, this);
    connect(m_connection, &SessionConnection::commandReceived, this, &MmsServerSession::handleCommand);
    connect(m_connection, &SessionConnection::outputDrained, this, &MmsServerSession::pump);
    connect(m_connection, &SessionConnection::closed, this, &MmsServerSession::handleDisconnected);

    m_streamChangeTimer.setSingleShot(true);
    m_streamChangeTimer.setInterval(m_env.streamChangeWaitMs);
    connect(&m_streamChangeTimer, &QTimer::timeout, this, &MmsServerSession::startEntryUnasked);
}

MmsServerSession::~MmsServerSession()
{
    // The pacer must never call a destroyed session: out of its queue before any member goes
    // (m_paced's own destructor cancels too, as a last guard).
    m_paced.stop();
    m_stride.stop();
}

qint64 MmsServerSession::peakQueuedBytes() const
{
    return m_connection->peakQueuedBytes();
}

void MmsServerSession::handleCommand(const CommandPacket &packet)
{
    qCDebug(lcMmsServer).noquote() << QStringLiteral("session %1: <- %2").arg(m_number).arg(
        QString::fromLatin1(messageName(packet.id)));
    emit messageReceived(m_number, packet.id, packet.message);
    if (m_state == State::Closing)
        return;
    switch (packet.id) {
    case MessageId::Connect:
        handleConnect(packet.message);
        break;
    case MessageId::FunnelInfo: {
        // MS-MMSP 3.2.5.4: nCubs is the client id, SHOULD be random; no packet-pair over TCP.
        ReportFunnelInfo reply;
        reply.nCubs = QRandomGenerator::global()->generate();
        sendMessage(reply);
        break;
    }
    case MessageId::ConnectFunnel:
        sendMessage(ReportConnectedFunnel {});
        break;
    case MessageId::OpenFile:
        handleOpenFile(packet.message);
        break;
    case MessageId::SecurityResponse:
        handleSecurityResponse(packet.message);
        break;
    case MessageId::ReadBlock:
        handleReadBlock(packet.message);
        break;
    case MessageId::StreamSwitch:
        handleStreamSwitch(packet.message);
        break;
    case MessageId::StartPlaying:
        handleStartPlaying(packet.message);
        break;
    case MessageId::StopPlaying:
        handleStopPlaying(packet.message);
        break;
    case MessageId::StartStriding:
        handleStartStriding(packet.message);
        break;
    case MessageId::CloseFile:
        // MS-MMSP 3.2.5.17: CloseFile ends the session.
        closeSession(QStringLiteral("CloseFile"));
        break;
    default:
        // MS-MMSP 3.2.5: Pong, Logging, CancelReadBlock (TCP has nothing to cancel) and unknown
        // MIDs are accepted at any time and need no answer.
        break;
    }
}

void MmsServerSession::handleConnect(const QByteArray &message)
{
    const Decoded<Connect> connect = decodeMessage<Connect>(message);
    if (!connect.ok()) {
        closeSession(QStringLiteral("bad Connect: %1").arg(connect.error.what));
        return;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: player \"%2\"").arg(m_number).arg(
        connect.value.subscriberName.left(200));
    ReportConnectedEX reply;
    reply.serverVersionInfo = ServerVersion;
    if (isRefused()) {
        // MS-MMSP 3.2.5.3: a failed Connect is answered with the error in hr.
        reply.hr = m_env.refuseHr;
        sendMessage(reply);
        closeSession(QStringLiteral("refused: too many sessions"));
        return;
    }
    // MS-MMSP 2.2.4.2: AuthenPackage names the scheme when files may need a login.
    if (m_env.auth == AuthScheme::Basic)
        reply.authenPackage = QStringLiteral("BASIC");
    else if (m_env.auth == AuthScheme::Ntlm)
        reply.authenPackage = QStringLiteral("NTLM");
    sendMessage(reply);
    m_state = State::Connected;
}

void MmsServerSession::handleOpenFile(const QByteArray &message)
{
    const Decoded<OpenFile> open = decodeMessage<OpenFile>(message);
    if (!open.ok()) {
        closeSession(QStringLiteral("bad OpenFile: %1").arg(open.error.what));
        return;
    }
    // MS-MMSP 3.2.5.6: a file that needs a login is answered with SecurityChallenge (unless
    // tokenData already holds good credentials); ReportOpenFile follows the login, which then
    // holds for the connection's later files.
    if (m_env.auth != AuthScheme::None && !m_authenticated && needsLogin(open.value.fileName)) {
        startAuthentication(open.value);
        return;
    }
    openFile(open.value, open.value.playIncarnation);
}

void MmsServerSession::openFile(const OpenFile &open, quint32 playIncarnation)
{
    stopStreaming();
    m_headerWait.cancel();
    m_media.close();

    const MediaLookup lookup = m_env.library->resolve(open.fileName);
    if (lookup.kind == MediaLookup::Kind::Redirect) {
        // MS-MMSP 3.2.5.6: ReportRedirect instead of ReportOpenFile, then the session ends; the
        // client starts again with Connect at the new URL (3.1.5.7, notes §9.9).
        ReportRedirect reply;
        reply.redirectType = quint16(RedirectType::Url);
        reply.location = lookup.location;
        sendMessage(reply);
        closeSession(QStringLiteral("redirected to %1").arg(lookup.location));
        return;
    }
    ReportOpenFile reply;
    reply.playIncarnation = playIncarnation;
    // A reconnecting client of ours names the playlist entry it was playing (not MS-MMSP, which
    // cannot; mms::PlaylistEntryQuery): that entry is opened, and its StartPlaying locationId
    // then counts inside it. Other kinds of media ignore it.
    const qsizetype entry = MediaLibrary::requestedEntry(open.fileName);
    SessionMedia::OpenResult opened;
    if (entry < 0) {
        opened.hr = Hresult::InvalidArg;
        opened.reason = QStringLiteral("bad %1 value").arg(QLatin1String(PlaylistEntryQuery));
    } else {
        opened = m_media.open(
            lookup, m_env.live, lookup.kind == MediaLookup::Kind::Playlist ? entry : 0);
    }
    if (opened.hr != 0) {
        refuseOpen(reply, opened.hr, opened.reason, open.fileName);
        return;
    }
    if (opened.waiting) {
        // A broadcast that has not started (a relay connecting to its upstream for this
        // client, an encoder not pushing yet): ReportOpenFile when its header comes.
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: waiting up to %2 ms for the broadcast to start: \"%3\"")
                   .arg(m_number)
                   .arg(m_env.liveHeaderWaitMs)
                   .arg(open.fileName.left(300));
        const QString fileName = open.fileName;
        m_headerWait.start(m_media.live(), m_env.liveHeaderWaitMs, [this, reply, fileName](bool) {
            if (m_media.finishWaiting()) {
                fileOpened(reply, fileName);
                return;
            }
            refuseOpen(reply, Hresult::NoStream,
                QStringLiteral("the broadcast has not started (no stream from its source in %1 ms)")
                    .arg(m_env.liveHeaderWaitMs),
                fileName);
        });
        return;
    }
    fileOpened(reply, open.fileName);
}

void MmsServerSession::refuseOpen(
    ReportOpenFile reply, quint32 hr, const QString &reason, const QString &fileName)
{
    m_media.close();
    // MS-MMSP notes §9.10: error hr with openFileId 0 (so VLC fails too), then close (so
    // clients that ignore hr do not wait for a header forever).
    reply.hr = hr;
    reply.openFileId = 0;
    // The name goes in last: a '%1' inside it must not be substituted.
    qCWarning(lcMmsServer).noquote() << QStringLiteral("session %1: refused (hr 0x%2): %3: \"%4\"")
                                            .arg(m_number)
                                            .arg(reply.hr, 8, 16, QLatin1Char('0'))
                                            .arg(reason, fileName.left(300));
    sendMessage(reply);
    closeSession(QStringLiteral("open failed"));
}

void MmsServerSession::fileOpened(ReportOpenFile reply, const QString &fileName)
{
    m_fileName = fileName;
    selectAllStreams();
    m_media.fillOpenFileReply(reply);
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: opened \"%2\" (%3)")
                                         .arg(m_number)
                                         .arg(m_fileName, m_media.description());
    sendMessage(reply);
    m_state = State::FileOpen;
}

void MmsServerSession::selectAllStreams()
{
    m_allStreams.clear();
    for (const asf::Stream &stream : m_media.header().streams)
        m_allStreams.insert(stream.number);
    m_selected = m_allStreams;
}

void MmsServerSession::handleReadBlock(const QByteArray &message)
{
    const Decoded<ReadBlock> request = decodeMessage<ReadBlock>(message);
    if (!request.ok()) {
        closeSession(QStringLiteral("bad ReadBlock: %1").arg(request.error.what));
        return;
    }
    ReportReadBlock reply;
    reply.playIncarnation = request.value.playIncarnation;
    if (!m_media.isOpen()) {
        reply.hr = Hresult::InvalidRequest;
        sendMessage(reply);
        return;
    }
    // MS-MMSP 3.2.5.8: ReportReadBlock first, then the ASF file header in Data packets with the
    // ReadBlock's incarnation, LocationId 0.., AFFlags 0x04 on all but the last (0x0C).
    sendMessage(reply);
    for (const QByteArray &packet : m_media.headerDataPackets(quint8(request.value.playIncarnation & 0xFF)))
        m_connection->write(packet);
    if (m_state == State::FileOpen)
        m_state = State::Ready;
}

void MmsServerSession::handleStreamSwitch(const QByteArray &message)
{
    const Decoded<StreamSwitch> request = decodeMessage<StreamSwitch>(message);
    if (!request.ok()) {
        closeSession(QStringLiteral("bad StreamSwitch: %1").arg(request.error.what));
        return;
    }
    // MS-MMSP 2.2.4.28: {0xFFFF, N, 0|1} turns stream N on; {0xFFFF, N, 2} or {N, 0xFFFF, *} off
    // (the spec says both, clients send the first). Streams not listed keep their state.
    for (const StreamSwitchEntry &entry : request.value.entries) {
        if (entry.srcStreamNumber == NoStream && entry.dstStreamNumber != NoStream) {
            if (entry.thinningLevel == quint16(ThinningLevel::Nothing))
                m_selected.remove(entry.dstStreamNumber);
            else if (m_allStreams.contains(entry.dstStreamNumber))
                m_selected.insert(entry.dstStreamNumber);
        } else if (entry.srcStreamNumber != NoStream && entry.dstStreamNumber == NoStream) {
            m_selected.remove(entry.srcStreamNumber);
        }
    }
    QList<int> selected = m_selected.values();
    std::sort(selected.begin(), selected.end());
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: streams selected:").arg(m_number) << selected;
    sendMessage(ReportStreamSwitch {});
}

void MmsServerSession::handleStartPlaying(const QByteArray &message)
{
    const Decoded<StartPlaying> request = decodeMessage<StartPlaying>(message);
    if (!request.ok()) {
        closeSession(QStringLiteral("bad StartPlaying: %1").arg(request.error.what));
        return;
    }
    ReportStartedPlaying reply;
    reply.playIncarnation = request.value.playIncarnation;
    if (!m_media.isOpen()) {
        reply.hr = Hresult::InvalidRequest;
        sendMessage(reply);
        return;
    }
    // MS-MMSP 3.2.5.11 (and notes §9.3): a StartPlaying while streaming restarts the flow at the
    // new point, which libmms relies on for seeking.
    stopStreaming();
    m_incarnation = quint8(request.value.playIncarnation & 0xFF);
    sendMessage(reply);
    m_state = State::Streaming;

    if (LiveSource *live = m_media.live()) {
        joinLive(live);
        return;
    }
    const quint64 first = m_media.feed()->startPacketFor(request.value);
    const bool fastStart = request.value.accelBandwidth && request.value.accelDuration;
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: playing from packet %2 of %3%4")
               .arg(m_number)
               .arg(first)
               .arg(m_media.file()->packetCount())
               .arg(fastStart ? QStringLiteral(" (Fast Start %1 ms at %2 bit/s)")
                                    .arg(*request.value.accelDuration)
                                    .arg(*request.value.accelBandwidth)
                              : QString());
    startFeed(first, fastStart ? *request.value.accelBandwidth : 0, fastStart ? *request.value.accelDuration : 0);
}

void MmsServerSession::joinLive(LiveSource *live)
{
    connect(live, &LiveSource::packetReady, this, &MmsServerSession::handleLivePacket);
    connect(live, &LiveSource::ended, this, [this] { endOfStream(Hresult::Ok); });
    // A new header (upstream restarted, encoder's $C/$H): the same stream change as between
    // playlist entries; the header comes from the source, which now holds the new one.
    connect(live, &LiveSource::headerChanged, this, &MmsServerSession::changeEntry);
    m_waitingForKeyFrame = true;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: joined live \"%2\" at packet %3")
                                         .arg(m_number)
                                         .arg(m_fileName)
                                         .arg(live->nextLocationId());
}

void MmsServerSession::startFeed(quint64 firstPacket, quint32 accelBandwidth, quint32 accelDuration)
{
    m_media.feed()->setSelection(m_selected, m_selected == m_allStreams);
    m_paced.start(m_media.feed(), m_env.pace == MmsServerConfig::Pace::Realtime, firstPacket,
        accelBandwidth, accelDuration);
    pump();
}

void MmsServerSession::handleStopPlaying(const QByteArray &message)
{
    const Decoded<StopPlaying> request = decodeMessage<StopPlaying>(message);
    if (!request.ok()) {
        closeSession(QStringLiteral("bad StopPlaying: %1").arg(request.error.what));
        return;
    }
    // MS-MMSP 3.2.5.13: stop, then acknowledge with ReportEndOfStream(hr 0) carrying the
    // StopPlaying's own incarnation (2.2.4.5).
    stopStreaming();
    if (m_state == State::Streaming)
        m_state = State::Ready;
    ReportEndOfStream reply;
    reply.playIncarnation = request.value.playIncarnation;
    sendMessage(reply);
}

void MmsServerSession::writeData(quint32 locationId, quint8 afFlags, const QByteArray &payload)
{
    DataPacket packet;
    packet.locationId = locationId;
    packet.playIncarnation = m_incarnation;
    packet.afFlags = afFlags;
    packet.payload = payload;
    m_connection->write(packet.encode());
}

void MmsServerSession::stopStreaming()
{
    m_paced.stop();
    m_stride.stop();
    m_streamChangeTimer.stop();
    // The read-ahead block is memory only a streaming session needs.
    if (FilePacketFeed *feed = m_media.feed())
        feed->stop();
    m_liveQueue.clear();
    if (LiveSource *live = m_media.live())
        disconnect(live, nullptr, this, nullptr);
}

void MmsServerSession::handleFeedEnd(FilePacketFeed::Status status, const QString &error)
{
    switch (status) {
    case FilePacketFeed::Status::Packet:
        break;
    case FilePacketFeed::Status::End:
        // MS-MMSP 3.2.4.1: at the end of a playlist entry that has a successor, hr 1 and a
        // StreamChange; at the end of the last (or only) one, hr 0.
        if (m_media.isPlaylist() && m_media.openNextEntry())
            changeEntry();
        else
            endOfStream(Hresult::Ok);
        break;
    case FilePacketFeed::Status::ReadError:
        qCWarning(lcMmsServer).noquote() << QStringLiteral("session %1: %2").arg(m_number).arg(error);
        endOfStream(Hresult::FileOpenFailed);
        break;
    }
}

void MmsServerSession::pump()
{
    if (m_state != State::Streaming)
        return;
    if (m_media.isLive()) {
        pumpLive();
        return;
    }
    if (m_stride.isActive()) {
        pumpStride();
        return;
    }
    const bool realtime = m_env.pace == MmsServerConfig::Pace::Realtime;
    // The packets that go out now are written to the socket at once (DataPacketBatch). The bound
    // on queued output counts them as queued already, so the same packets go out as when each
    // was written on its own, and the replies that follow (end of stream) come after them.
    const qint64 room = MaxQueuedBytes - m_connection->bytesToWrite();
    const qsizetype packetBytes = qsizetype(m_media.packetSize()) + DataPacketHeaderSize;
    DataPacketBatch batch;
    PacedFeed::Take taken = PacedFeed::Take::Packet;
    FilePacketFeed::Packet packet;
    QString error;
    while (batch.size() < room) {
        taken = m_paced.take(packet, error);
        if (taken != PacedFeed::Take::Packet)
            break;
        // Realtime sends a packet or two per pump; burst fills the room.
        if (batch.isEmpty())
            batch.reserve(realtime ? packetBytes : room + packetBytes);
        batch.append(packet.locationId, m_incarnation, m_afCounter++, packet.bytes);
    }
    if (!batch.isEmpty())
        m_connection->write(batch.take());
    if (taken == PacedFeed::Take::End)
        handleFeedEnd(FilePacketFeed::Status::End, error);
    else if (taken == PacedFeed::Take::ReadError)
        handleFeedEnd(FilePacketFeed::Status::ReadError, error);
}

void MmsServerSession::pumpLive()
{
    while (!m_liveQueue.isEmpty() && m_connection->bytesToWrite() < MaxQueuedBytes) {
        const QPair<quint32, QByteArray> packet = m_liveQueue.takeFirst();
        writeData(packet.first, m_afCounter++, packet.second);
    }
}

void MmsServerSession::handleLivePacket(
    quint32 locationId, const QByteArray &packet, bool keyFrameStart)
{
    if (m_state != State::Streaming || (m_waitingForKeyFrame && !keyFrameStart))
        return;
    m_waitingForKeyFrame = false;
    QByteArray payload = packet;
    if (m_selected != m_allStreams) {
        const asf::PadResult filtered = asf::filterPacket(packet, m_media.packetSize(), m_selected);
        if (!filtered.ok() || filtered.packet.isEmpty())
            return;
        payload = filtered.packet;
    }
    if (m_liveQueue.size() >= MaxLiveQueue) {
        // A slow reader of a broadcast loses the oldest packets instead of growing our memory.
        m_liveQueue.removeFirst();
        if (m_liveDropped++ % 100 == 0)
            qCWarning(lcMmsServer).noquote() << QStringLiteral("session %1: slow reader, live packets dropped: %2")
                                                    .arg(m_number)
                                                    .arg(m_liveDropped);
    }
    m_liveQueue.append({ locationId, payload });
    pumpLive();
}

void MmsServerSession::endOfStream(quint32 hr)
{
    // MS-MMSP 3.2.4.1: after the last Data packet, ReportEndOfStream with the StartPlaying's
    // incarnation; hr 0 = nothing follows. The session goes back to READY.
    stopStreaming();
    m_state = State::Ready;
    ReportEndOfStream reply;
    reply.hr = hr;
    reply.playIncarnation = m_incarnation;
    sendMessage(reply);
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: end of stream").arg(m_number);
}

void MmsServerSession::changeEntry()
{
    // MS-MMSP 3.2.4.1 / 3.2.4.2 (notes §9.5, §9.6): ReportEndOfStream(hr 1) with the incarnation
    // of the StartPlaying served, ReportStreamChange describing the next entry, then over TCP at
    // once the next entry's header as Data packets with incarnation 0xFF.
    stopStreaming();
    ReportEndOfStream end;
    end.hr = Hresult::EndOfEntry;
    end.playIncarnation = m_incarnation;
    sendMessage(end);

    ReportStreamChange change;
    change.tcpHdrIncarnation = StreamChangeIncarnation;
    change.packetSize = m_media.packetSize();
    change.headerSize = quint32(m_media.headerBytes().size());
    change.bitRate = m_media.bitRate();
    sendMessage(change);
    m_incarnation = quint8(StreamChangeIncarnation);
    for (const QByteArray &packet : m_media.headerDataPackets(m_incarnation))
        m_connection->write(packet);
    // The new entry has its own streams; the client selects among them again (3.1.5.19).
    selectAllStreams();
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: next entry: %2").arg(m_number).arg(m_media.description());

    // MS-MMSP 3.1.5.19: the client goes READY, sends StreamSwitch and StartPlaying (libmms does
    // exactly that), so we wait for them. 3.2.4.2 has a TCP server send the entry's data right
    // away; for a client that never asks, we do so after streamChangeWaitMs.
    m_state = State::Ready;
    m_streamChangeTimer.start();
}

void MmsServerSession::startEntryUnasked()
{
    if (m_state != State::Ready || (!m_media.feed() && !m_media.live()))
        return;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: no StartPlaying after the entry change, streaming it")
                                         .arg(m_number);
    m_state = State::Streaming;
    if (LiveSource *live = m_media.live())
        joinLive(live);
    else
        startFeed(0, 0, 0);
}

void MmsServerSession::closeSession(const QString &reason)
{
    if (m_state == State::Closing)
        return;
    stopStreaming();
    m_state = State::Closing;
    m_connection->close(reason);
}

void MmsServerSession::handleDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    stopStreaming();
    // No longer a viewer of what it had open (a relay on demand counts them).
    m_headerWait.cancel();
    m_media.close();
    m_state = State::Closing;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: finished").arg(m_number);
    emit finished(m_number);
}
