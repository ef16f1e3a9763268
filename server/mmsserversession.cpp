#include "server/mmsserversession.h"

#include "core/asf/asfpacket.h"
#include "core/logging.h"
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

// Largest command a client sends (Logging is 1504 bytes; a few KiB of credentials at most).
constexpr qsizetype MaxClientCommandBytes = 64 * 1024;
// Clients never send Data packets over TCP (MS-MMSP 2.2.2 is server to client); a stream that
// looks like one is garbage, and must be refused before anything of it is buffered.
constexpr qsizetype MaxClientDataBytes = DataPacketHeaderSize + 1;
// The socket never buffers more than this of unread client input.
constexpr qint64 ReadBufferBytes = 64 * 1024;

} // namespace

MmsServerSession::MmsServerSession(int number, QTcpSocket *socket, const SessionEnvironment &environment,
                                   QObject *parent)
    : QObject(parent), m_number(number), m_socket(socket), m_env(environment)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    StreamSplitter::Limits limits;
    limits.maxCommandBytes = MaxClientCommandBytes;
    limits.maxDataPacketBytes = MaxClientDataBytes;
    m_splitter.setLimits(limits);

    connect(m_socket, &QTcpSocket::readyRead, this, &MmsServerSession::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &MmsServerSession::handleDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &MmsServerSession::pump);

    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &MmsServerSession::pump);
    // MS-MMSP 3.2.2 / 3.2.6.1: KeepAlive timer, restarted by traffic, Ping on expiry.
    m_pingTimer.setSingleShot(true);
    m_pingTimer.setInterval(m_env.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &MmsServerSession::sendPing);
    // MS-MMSP 3.2.6.2: Idle-Timeout timer; a silent client is dropped.
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_env.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { closeSession(QStringLiteral("idle timeout")); });
    m_pingTimer.start();
    m_idleTimer.start();

    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: connection from %2:%3%4")
                                         .arg(m_number)
                                         .arg(m_socket->peerAddress().toString())
                                         .arg(m_socket->peerPort())
                                         .arg(isRefused() ? QStringLiteral(" (over the client limit)") : QString());
    // Bytes may already be waiting (the client wrote before we were created).
    QMetaObject::invokeMethod(this, &MmsServerSession::handleReadyRead, Qt::QueuedConnection);
}

MmsServerSession::~MmsServerSession() = default;

void MmsServerSession::handleReadyRead()
{
    if (m_state == State::Closing)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_pingTimer.start();
    m_idleTimer.start();
    m_splitter.append(bytes);
    while (m_state != State::Closing) {
        StreamSplitter::Item item = m_splitter.next();
        if (item.error.status == CodecStatus::NeedMoreData)
            return;
        if (!item.ok()) {
            closeSession(QStringLiteral("bad input at byte %1: %2 (%3)")
                             .arg(item.error.offset)
                             .arg(QString::fromLatin1(codecStatusName(item.error.status)), item.error.what));
            return;
        }
        if (item.isData()) {
            closeSession(QStringLiteral("client sent a Data packet"));
            return;
        }
        handleCommand(std::get<CommandPacket>(item.packet));
    }
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
    stopStreaming();
    m_feed.reset();
    m_file.reset();
    m_live.clear();
    ReportOpenFile reply;
    reply.playIncarnation = open.value.playIncarnation;

    const MediaLookup lookup = m_env.library->resolve(open.value.fileName);
    quint32 hr = lookup.hr;
    QString reason = lookup.reason;
    if (lookup.kind == MediaLookup::Kind::File) {
        asf::AsfFile::OpenResult opened = asf::AsfFile::open(lookup.path);
        if (opened.ok()) {
            m_file = std::move(opened.file);
            m_feed = std::make_unique<FilePacketFeed>(*m_file);
        } else {
            hr = opened.error.status == asf::AsfStatus::IoError ? Hresult::FileOpenFailed : Hresult::InvalidData;
            reason = QStringLiteral("not valid ASF: %1 (%2)")
                         .arg(QString::fromLatin1(asf::asfStatusName(opened.error.status)), opened.error.what);
        }
    } else if (lookup.kind == MediaLookup::Kind::Live) {
        m_live = m_env.live.value(lookup.liveName);
        if (!m_live) {
            hr = Hresult::FileNotFound;
            reason = QStringLiteral("live source gone");
        }
    }
    if (!m_file && !m_live) {
        // MS-MMSP notes §9.10: error hr with openFileId 0 (so VLC fails too), then close (so
        // clients that ignore hr do not wait for a header forever).
        reply.hr = hr ? hr : Hresult::FileOpenFailed;
        reply.openFileId = 0;
        // The name goes in last: a '%1' inside it must not be substituted.
        qCWarning(lcMmsServer).noquote() << QStringLiteral("session %1: refused (hr 0x%2): %3: \"%4\"")
                                                .arg(m_number)
                                                .arg(reply.hr, 8, 16, QLatin1Char('0'))
                                                .arg(reason, open.value.fileName.left(300));
        sendMessage(reply);
        closeSession(QStringLiteral("open failed"));
        return;
    }

    const asf::Header &header = m_file ? m_file->header() : m_live->file().header();
    m_allStreams.clear();
    for (const asf::Stream &stream : header.streams)
        m_allStreams.insert(stream.number);
    m_selected = m_allStreams;
    m_fileName = open.value.fileName;

    // MS-MMSP 2.2.4.7 / notes §7.5: openFileId is always 1 (VLC rejects anything but 1 or 2).
    reply.openFileId = 1;
    reply.filePacketSize = header.packetSize();
    reply.fileBitRate = header.totalBitrate();
    if (m_file) {
        reply.fileAttributes = FileAttribute::CanSeek | FileAttribute::CanStride;
        const double duration = header.durationSeconds();
        reply.fileDuration = duration > 0 ? duration : 0.0;
        reply.fileBlocks = quint32(std::ceil(reply.fileDuration));
        reply.filePacketCount = m_file->packetCount();
        reply.fileHeaderSize = quint32(m_file->mmsHeaderBytes().size());
    } else {
        // MS-MMSP notes §9.7: a broadcast has no duration, no packet count and no seeking.
        reply.fileAttributes = FileAttribute::Broadcast;
        reply.fileHeaderSize = quint32(m_live->headerBytes().size());
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: opened \"%2\" (%3)")
                                         .arg(m_number)
                                         .arg(m_fileName, m_file ? lookup.path : QStringLiteral("live"));
    sendMessage(reply);
    m_state = State::FileOpen;
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
    if (!m_file && !m_live) {
        reply.hr = Hresult::InvalidRequest;
        sendMessage(reply);
        return;
    }
    // MS-MMSP 3.2.5.8: ReportReadBlock first, then the ASF file header in Data packets with the
    // ReadBlock's incarnation, LocationId 0.., AFFlags 0x04 on all but the last (0x0C).
    sendMessage(reply);
    const QByteArray &header = m_file ? m_file->mmsHeaderBytes() : m_live->headerBytes();
    const quint32 packetSize = m_file ? m_file->packetSize() : m_live->packetSize();
    const qsizetype chunk = qBound<qsizetype>(1, packetSize, DataPacket::MaxPayload);
    quint32 location = 0;
    for (qsizetype at = 0; at < header.size(); at += chunk, ++location) {
        const bool last = at + chunk >= header.size();
        DataPacket packet;
        packet.locationId = location;
        packet.playIncarnation = quint8(request.value.playIncarnation & 0xFF);
        packet.afFlags = last ? HeaderFragmentLast : HeaderFragmentMore;
        packet.payload = header.mid(at, chunk);
        m_socket->write(packet.encode());
    }
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
    if (!m_file && !m_live) {
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

    if (m_live) {
        connect(m_live, &LiveSource::packetReady, this, &MmsServerSession::handleLivePacket);
        qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: joined live \"%2\" at packet %3")
                                             .arg(m_number)
                                             .arg(m_fileName)
                                             .arg(m_live->nextLocationId());
        return;
    }
    const quint64 first = m_feed->startPacketFor(request.value);
    const bool fastStart = request.value.accelBandwidth && request.value.accelDuration;
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: playing from packet %2 of %3%4")
               .arg(m_number)
               .arg(first)
               .arg(m_file->packetCount())
               .arg(fastStart ? QStringLiteral(" (Fast Start %1 ms at %2 bit/s)")
                                    .arg(*request.value.accelDuration)
                                    .arg(*request.value.accelBandwidth)
                              : QString());
    m_feed->setSelection(m_selected, m_selected == m_allStreams);
    m_feed->start(first, fastStart ? *request.value.accelBandwidth : 0, fastStart ? *request.value.accelDuration : 0);
    m_playClock.start();
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

void MmsServerSession::handleStartStriding(const QByteArray &message)
{
    const Decoded<StartStriding> request = decodeMessage<StartStriding>(message);
    ReportStartStriding reply;
    reply.playIncarnation = request.ok() ? request.value.playIncarnation : 0;
    // Fast forward / rewind needs key-frame thinning we do not implement (notes §9.10).
    reply.hr = Hresult::StrideRefused;
    sendMessage(reply);
}

void MmsServerSession::writeMessage(const QByteArray &packet, MessageId id)
{
    // One whole message per write: VLC gives up on commands that arrive in many pieces.
    m_socket->write(packet);
    m_pingTimer.start();
    qCDebug(lcMmsServer).noquote() << QStringLiteral("session %1: -> %2").arg(m_number).arg(
        QString::fromLatin1(messageName(id)));
}

void MmsServerSession::writeData(quint32 locationId, quint8 afFlags, const QByteArray &payload)
{
    DataPacket packet;
    packet.locationId = locationId;
    packet.playIncarnation = m_incarnation;
    packet.afFlags = afFlags;
    packet.payload = payload;
    m_socket->write(packet.encode());
}

void MmsServerSession::sendPing()
{
    if (m_state != State::Closing)
        sendMessage(Ping {});
}

void MmsServerSession::stopStreaming()
{
    m_paceTimer.stop();
    m_hasPending = false;
    m_pending.bytes.clear();
    m_liveQueue.clear();
    if (m_live)
        disconnect(m_live, &LiveSource::packetReady, this, &MmsServerSession::handleLivePacket);
}

bool MmsServerSession::prepareNextPacket()
{
    QString error;
    switch (m_feed->next(m_pending, error)) {
    case FilePacketFeed::Status::Packet:
        m_hasPending = true;
        return true;
    case FilePacketFeed::Status::End:
        endOfStream(Hresult::Ok);
        return false;
    case FilePacketFeed::Status::ReadError:
        qCWarning(lcMmsServer).noquote() << QStringLiteral("session %1: %2").arg(m_number).arg(error);
        endOfStream(Hresult::FileOpenFailed);
        return false;
    }
    return false;
}

void MmsServerSession::pump()
{
    if (m_state != State::Streaming)
        return;
    if (m_live) {
        pumpLive();
        return;
    }
    const bool realtime = m_env.pace == MmsServerConfig::Pace::Realtime;
    while (m_state == State::Streaming && m_socket->bytesToWrite() < MaxQueuedBytes) {
        if (!m_hasPending && !prepareNextPacket())
            return;
        if (realtime) {
            const qint64 wait = m_pending.dueMs - m_playClock.elapsed();
            if (wait > 0) {
                m_paceTimer.start(int(qMin<qint64>(wait, 60000)));
                return;
            }
        }
        m_hasPending = false;
        writeData(m_pending.locationId, m_afCounter++, m_pending.bytes);
        m_pending.bytes.clear();
    }
}

void MmsServerSession::pumpLive()
{
    while (!m_liveQueue.isEmpty() && m_socket->bytesToWrite() < MaxQueuedBytes) {
        const QPair<quint32, QByteArray> packet = m_liveQueue.takeFirst();
        writeData(packet.first, m_afCounter++, packet.second);
    }
}

void MmsServerSession::handleLivePacket(quint32 locationId, const QByteArray &packet)
{
    if (m_state != State::Streaming)
        return;
    QByteArray payload = packet;
    if (m_selected != m_allStreams) {
        const asf::PadResult filtered = asf::filterPacket(packet, m_live->packetSize(), m_selected);
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

void MmsServerSession::closeSession(const QString &reason)
{
    if (m_state == State::Closing)
        return;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: closing (%2)").arg(m_number).arg(reason);
    stopStreaming();
    m_state = State::Closing;
    m_pingTimer.stop();
    m_idleTimer.stop();
    // Flushes what is queued (e.g. the error reply), then closes.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        handleDisconnected();
}

void MmsServerSession::handleDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    stopStreaming();
    m_state = State::Closing;
    m_pingTimer.stop();
    m_idleTimer.stop();
    m_paceTimer.stop();
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: finished").arg(m_number);
    emit finished(m_number);
}
