// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/mmshserversession.h"

#include "core/logging.h"
#include "core/mmsh/mmshpacket.h"
#include "server/httplogin.h"
#include "server/medialibrary.h"

#include <QRandomGenerator>
#include <QTcpSocket>

using namespace mms;

namespace {

// The socket never buffers more than this of unread client input (a client that pipelines
// requests while we stream waits in TCP, not in our memory).
constexpr qint64 ReadBufferBytes = 16 * 1024;

HttpHeadReader::Limits headLimits()
{
    HttpHeadReader::Limits limits;
    limits.maxHeadBytes = MmshServerSession::MaxRequestHeadBytes;
    limits.maxLineBytes = MmshServerSession::MaxRequestLineBytes;
    limits.maxHeaders = MmshServerSession::MaxRequestHeaders;
    return limits;
}

// The path part of a request-target: an absolute URL (sent through a proxy) loses its scheme
// and authority; MediaLibrary does the rest (query, percent-decoding, traversal checks).
QString requestPath(const QByteArray &target)
{
    QByteArray path = target;
    const qsizetype scheme = path.indexOf("://");
    if (scheme > 0 && scheme < path.indexOf('/')) {
        const qsizetype slash = path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.sliced(slash);
    }
    return QString::fromUtf8(path);
}

} // namespace

MmshServerSession::MmshServerSession(int number, QTcpSocket *socket,
    const SessionEnvironment &environment, MmshClientRegistry *registry, QObject *parent)
    : QObject(parent), m_number(number), m_env(environment), m_registry(registry), m_socket(socket),
      m_reader(HttpHeadReader::Kind::Request, headLimits()),
      m_paced(environment.pacer, [this] { pump(); }),
      m_stride(environment.pacer, [this] { pump(); })
{
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: HTTP connection from %2:%3%4")
                                         .arg(m_number)
                                         .arg(socket->peerAddress().toString())
                                         .arg(socket->peerPort())
                                         .arg(isRefused()
                                                 ? QStringLiteral(" (over the client limit)")
                                                 : QString());
    m_peer = socket->peerAddress();
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &MmshServerSession::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &MmshServerSession::handleDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &MmshServerSession::handleBytesWritten);
    // Slow heads (slowloris) and idle keep-alive connections: each request head has this long.
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(m_env.requestHeadTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        if (m_reader.headBytes() > 0)
            sendSimple(408, "Request Timeout", true);
        else
            closeConnection(QStringLiteral("no request"));
    });
    m_headTimer.start();
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &MmshServerSession::handleStall);
    QMetaObject::invokeMethod(this, &MmshServerSession::handleReadyRead, Qt::QueuedConnection);
}

MmshServerSession::~MmshServerSession()
{
    if (m_clientId && m_registry && m_registry->value(*m_clientId) == this)
        m_registry->remove(*m_clientId);
}

void MmshServerSession::handleReadyRead()
{
    // While streaming, a request waits in the socket (non-pipelined mode: the client sends its
    // Stop on another connection); the read buffer bounds what it can make us hold.
    if (m_closing || m_authWaiting || m_mediaWaiting || m_socket->bytesToWrite() >= MaxQueuedBytes)
        return;
    if (m_streaming && !(m_chunked && stopRequestWaiting()))
        return;
    processInput();
}

void MmshServerSession::processInput()
{
    while (!m_closing && !m_streaming && !m_authWaiting && !m_mediaWaiting
        && m_socket->bytesAvailable() > 0) {
        if (m_bodyLeft > 0) {
            const QByteArray bytes = m_socket->read(qMin<qint64>(m_bodyLeft, ReadBufferBytes));
            m_bodyLeft -= bytes.size();
            if (m_bodyWanted)
                m_body += bytes;
            if (m_bodyLeft == 0)
                handleRequest();
            continue;
        }
        // Only the head is taken from the socket: what follows it stays there for later.
        const HttpHeadReader::Result r = m_reader.readFrom(m_socket);
        if (r.error.status == CodecStatus::NeedMoreData)
            return;
        if (!r.error.ok()) {
            qCInfo(lcMmsServer).noquote()
                << QStringLiteral("session %1: bad request head: %2 (%3)")
                       .arg(m_number)
                       .arg(QString::fromLatin1(codecStatusName(r.error.status)), r.error.what);
            if (r.error.status == CodecStatus::TooLarge)
                sendSimple(431, "Request Header Fields Too Large", true);
            else
                sendSimple(400, "Bad Request", true);
            return;
        }
        // The deadline runs on until the body is in too: a body that trickles is a slow head.
        const HttpHead &head = m_reader.head();
        bool lengthValid = true;
        const std::optional<qint64> length = head.contentLength(&lengthValid);
        if (!lengthValid || head.has("Transfer-Encoding")) {
            sendSimple(
                lengthValid ? 501 : 400, lengthValid ? "Not Implemented" : "Bad Request", true);
            return;
        }
        if (length.value_or(0) > MaxRequestBodyBytes) {
            sendSimple(413, "Content Too Large", true);
            return;
        }
        m_bodyLeft = length.value_or(0);
        m_bodyWanted = true;
        m_body.clear();
        if (m_bodyLeft == 0)
            handleRequest();
    }
}

void MmshServerSession::handleRequest()
{
    m_headTimer.stop();
    const HttpHead head = m_reader.head();
    m_reader.reset();
    m_keepAlive = head.keepAlive();
    m_requestHttp11 = head.versionMajor == 1 && head.versionMinor >= 1;
    emit requestReceived(m_number, head.method, head.target);
    emit requestHeadReceived(m_number, head);
    qCDebug(lcMmsServer).noquote()
        << QStringLiteral("session %1: %2 %3")
               .arg(m_number)
               .arg(QString::fromLatin1(head.method), QString::fromLatin1(head.target.left(300)));
    if (isRefused()) {
        // --max-clients: the request is read, then refused ([MS-WMSP] 3.2.5.1: an HTTP error).
        sendSimple(503, "Service Unavailable", true);
        return;
    }
    // A Pragma line that does not parse is dropped, not the request: FFmpeg 5.1's Play request
    // runs its last Pragma line into "Connection: Close" ("stream-time=0Connection: Close").
    QList<QByteArray> pragmaLines;
    for (const QByteArray &line : head.values("Pragma")) {
        const Decoded<MmshPragma> one = parsePragmas({line});
        if (one.ok() || one.error.status == CodecStatus::TooLarge)
            pragmaLines.append(line);
        else
            qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: Pragma ignored: %2")
                                                 .arg(m_number)
                                                 .arg(one.error.what);
    }
    const Decoded<MmshPragma> pragma = parsePragmas(pragmaLines);
    if (!pragma.ok()) {
        sendSimple(400, "Bad Request", true);
        return;
    }
    if (head.method == "GET") {
        if (!authorize(head, requestPath(head.target)))
            return;
        if (!openMedia(head.target)) {
            if (m_media.isWaiting())
                waitForBroadcast(head.target, pragma.value);
            return;
        }
        answerGet(pragma.value);
    } else if (head.method == "POST") {
        handlePost(pragma.value, head);
    } else if (head.method == "OPTIONS") {
        // KeepAlive: the session named by client-id lives on (we keep no state to refresh).
        clientIdFor(pragma.value);
        sendSimple(200, "OK", !m_keepAlive);
    } else {
        sendSimple(501, "Not Implemented", true);
    }
}

bool MmshServerSession::openMedia(const QByteArray &target)
{
    stopStreaming();
    const MediaLookup lookup = m_env.library->resolve(requestPath(target));
    if (lookup.kind == MediaLookup::Kind::Redirect) {
        write(responseHead(
            302, "Found", {"Location: " + lookup.location.toUtf8(), "Content-Length: 0"}));
        finishResponse(false);
        return false;
    }
    const SessionMedia::OpenResult opened = m_media.open(lookup, m_env.live);
    if (opened.hr != 0) {
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: refused (hr 0x%2): %3: \"%4\"")
                   .arg(m_number)
                   .arg(opened.hr, 8, 16, QLatin1Char('0'))
                   .arg(opened.reason, QString::fromUtf8(target.left(300)));
        // Unknown names are 404; names refused for where they point (traversal) are 403.
        if (opened.hr == Hresult::FileNotFound)
            sendSimple(404, "Not Found", !m_keepAlive);
        else
            sendSimple(403, "Forbidden", !m_keepAlive);
        return false;
    }
    if (opened.waiting)
        return false; // the caller waits for the header (waitForBroadcast)
    return mediaOpened();
}

void MmshServerSession::answerGet(const MmshPragma &pragma)
{
    if (pragma.xPlayStrm.value_or(0) == 1)
        handlePlay(pragma);
    else
        handleDescribe(pragma);
}

void MmshServerSession::waitForBroadcast(const QByteArray &target, const MmshPragma &pragma)
{
    // A broadcast that has not started (a relay connecting to its upstream for this client,
    // an encoder not pushing yet): the request is answered when its header comes; the
    // connection reads nothing more meanwhile.
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: waiting up to %2 ms for the broadcast to start: \"%3\"")
                                         .arg(m_number)
                                         .arg(m_env.liveHeaderWaitMs)
                                         .arg(QString::fromUtf8(target.left(300)));
    m_mediaWaiting = true;
    m_headerWait.start(m_media.live(), m_env.liveHeaderWaitMs, [this, target, pragma](bool) {
        m_mediaWaiting = false;
        if (m_closing)
            return;
        if (m_media.finishWaiting()) {
            if (mediaOpened())
                answerGet(pragma);
        } else {
            m_media.close();
            qCWarning(lcMmsServer).noquote()
                << QStringLiteral("session %1: refused: the broadcast has not started (no stream "
                                  "from its source in %2 ms): \"%3\"")
                       .arg(m_number)
                       .arg(m_env.liveHeaderWaitMs)
                       .arg(QString::fromUtf8(target.left(300)));
            // [MS-WMSP] 3.2.5.1: an HTTP error. 504: we are the gateway its source did not
            // answer in time; the reason phrase says it in words, our client shows it.
            sendSimple(504, "Broadcast Not Started", !m_keepAlive);
        }
        QMetaObject::invokeMethod(this, &MmshServerSession::handleReadyRead, Qt::QueuedConnection);
    });
}

bool MmshServerSession::mediaOpened()
{
    // [MS-WMSP] 2.2.3.3: a whole ASF packet per $D, whose length field is 16 bits.
    if (m_media.packetSize() > quint32(MmshPacket::maxPayload(MmshPacketType::Data))) {
        m_media.close();
        sendSimple(500, "Internal Server Error", true);
        return false;
    }
    m_allStreams.clear();
    for (const asf::Stream &stream : m_media.header().streams)
        m_allStreams.insert(stream.number);
    m_selected = m_allStreams;
    return true;
}

quint32 MmshServerSession::clientIdFor(const MmshPragma &pragma)
{
    if (!m_clientId) {
        // [MS-WMSP] 3.2.3: a client-id the client sends back names its session; a new one is
        // a random 32-bit number.
        m_clientId = pragma.clientId ? *pragma.clientId
                                     : QRandomGenerator::global()->bounded(1u, 0x7FFFFFFFu);
    }
    return *m_clientId;
}

QSet<int> MmshServerSession::selection(const QList<MmshStreamSwitchEntry> &entries) const
{
    // [MS-WMSP] 2.2.1.4.27: the listed destinations are the streams wanted (thinning 2: none of
    // it); with no entry the client takes every stream.
    if (entries.isEmpty())
        return m_allStreams;
    QSet<int> selected;
    for (const MmshStreamSwitchEntry &entry : entries) {
        if (entry.destination != NoStream && entry.thinning != 2
            && m_allStreams.contains(entry.destination))
            selected.insert(entry.destination);
    }
    return selected;
}

QByteArray MmshServerSession::headerPackets(quint8 incarnation) const
{
    // [MS-WMSP] 2.2.3.5: the ASF header in $H packets, cut where the 16-bit length demands;
    // AFFlags as MS-MMSP marks header pieces (0x04 more to come, 0x0C the last).
    const QByteArray &header = m_media.headerBytes();
    const qsizetype piece = MmshPacket::maxPayload(MmshPacketType::Header);
    QByteArray out;
    quint32 location = 0;
    for (qsizetype at = 0; at < header.size(); at += piece, ++location) {
        MmshPacket packet = MmshPacket::header(location, incarnation, header.mid(at, piece));
        packet.afFlags = at + piece >= header.size() ? HeaderFragmentLast : HeaderFragmentMore;
        packet.appendEncoded(out);
    }
    return out;
}

QByteArray MmshServerSession::responseHead(
    int status, const QByteArray &reason, const QList<QByteArray> &headers) const
{
    QByteArray out = (m_pipelined ? "HTTP/1.1 " : "HTTP/1.0 ") + QByteArray::number(status) + ' '
        + reason + "\r\n";
    // Windows Media Services 9 answers as "Cougar"; clients (VLC) look for it.
    out += "Server: Cougar/9.01.01.3814\r\nCache-Control: no-cache\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    out += m_keepAlive && !m_closing ? "Connection: Keep-Alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

void MmshServerSession::sendSimple(int status, const QByteArray &reason, bool close)
{
    if (close)
        m_keepAlive = false;
    QList<QByteArray> headers {"Content-Length: 0"};
    if (m_clientId)
        headers.prepend("Pragma: no-cache,client-id=" + QByteArray::number(*m_clientId));
    write(responseHead(status, reason, headers));
    finishResponse(!close && m_keepAlive);
}

void MmshServerSession::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        closeConnection(QStringLiteral("response complete"));
        return;
    }
    // The next request head has its own deadline; it may already be waiting.
    m_headTimer.start();
    QMetaObject::invokeMethod(this, &MmshServerSession::handleReadyRead, Qt::QueuedConnection);
}

void MmshServerSession::handleDescribe(const MmshPragma &pragma)
{
    // [MS-WMSP] 2.2.2.1: the header as $H packets, never chunked, with the session's client-id
    // and what the content allows (a broadcast cannot be sought).
    const quint32 clientId = clientIdFor(pragma);
    const QByteArray body = headerPackets(0);
    // [MS-WMSP] 2.2.1.4.15: an HTTP/1.1 client that offers pipelining is told we accept it.
    m_pipelined = m_pipelined
        || (m_env.httpPipelining && m_requestHttp11 && m_keepAlive
            && offersToken(pragma, "pipeline-experiment"));
    QList<QByteArray> headers {"Content-Type: application/vnd.ms.wms-hdr.asfv1",
        "Content-Length: " + QByteArray::number(body.size()), featuresPragma(clientId),
        "Pragma: timeout=" + QByteArray::number(m_env.idleTimeoutMs)};
    if (m_pipelined)
        headers.append("Pragma: pipeline-experiment=1");
    write(responseHead(200, "OK", headers));
    write(body);
    finishResponse(m_keepAlive);
}

void MmshServerSession::handlePlay(const MmshPragma &pragma)
{
    const quint32 clientId = clientIdFor(pragma);
    if (m_registry)
        m_registry->insert(clientId, this);
    m_selected = selection(pragma.streamSwitchEntries);
    // Non-pipelined, the Play response is the stream and ends with the connection ([MS-WMSP]
    // 2.2.2.6); pipelined (version11-enabled=1 on a kept HTTP/1.1 connection) it is chunked
    // and the connection reads the next request after it.
    m_chunked = m_env.httpPipelining && m_requestHttp11 && m_keepAlive
        && offersToken(pragma, "version11-enabled");
    m_pipelined = m_pipelined || m_chunked;
    m_keepAlive = m_chunked;
    QString refused;
    const double rate = grantedRate(pragma, &refused);
    QList<QByteArray> headers {"Content-Type: application/x-mms-framed", featuresPragma(clientId),
        "Pragma: timeout=" + QByteArray::number(m_env.idleTimeoutMs)};
    // A Play that asked for another rate is told the rate it gets: its own, or 1 (normal play)
    // when we cannot stride this content at it.
    if (!pragma.rate.isEmpty() && pragma.rateValue() != std::optional<double>(1.0))
        headers.append("Pragma: rate=" + formatRate(rate));
    if (!refused.isEmpty())
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: rate %2 refused, playing at 1: %3")
                   .arg(m_number)
                   .arg(QString::fromLatin1(pragma.rate.left(32)), refused);
    if (m_chunked)
        headers.append("Transfer-Encoding: chunked");
    write(responseHead(200, "OK", headers));
    startStreaming(pragma.streamTimeMs.value_or(0), rate);
}

QByteArray MmshServerSession::featuresPragma(quint32 clientId) const
{
    // [MS-WMSP] 2.2.1.4.8: what the content allows. A broadcast cannot be sought; an on-demand
    // file can, and "stridable" (fast-forward and rewind, a Play with a rate) only when it has
    // a video stream whose key frames a stride shows (as CANSTRIDE over MS-MMSP).
    const QByteArray features = m_media.isLive() ? "broadcast"
        : m_media.canStride()                    ? "seekable,stridable"
                                                 : "seekable";
    return "Pragma: no-cache,client-id=" + QByteArray::number(clientId) + ",features=\"" + features
        + '"';
}

double MmshServerSession::grantedRate(const MmshPragma &pragma, QString *refused)
{
    if (pragma.rate.isEmpty())
        return 1.0;
    const std::optional<double> asked = pragma.rateValue();
    if (asked == std::optional<double>(1.0))
        return 1.0;
    if (!asked || !StrideFeed::isValidRate(*asked))
        *refused = QStringLiteral("not a rate in -%1 .. %1 other than 0").arg(StrideFeed::MaxRate);
    else if (m_media.strideIndex(refused))
        return *asked;
    return 1.0;
}

void MmshServerSession::handlePost(const MmshPragma &pragma, const HttpHead &head)
{
    // Stop, SelectStream and Log: they act on the client's streaming connection, if any.
    MmshServerSession *target = nullptr;
    if (pragma.clientId && m_registry)
        target = m_registry->value(*pragma.clientId);
    if (pragma.xStopStrm) {
        if (target)
            target->stopFromClient();
    } else if (!pragma.streamSwitchEntries.isEmpty()) {
        if (target)
            target->selectStreamsFromClient(pragma.streamSwitchEntries);
    } else {
        recordLog(head);
    }
    m_body.clear();
    sendSimple(200, "OK", !m_keepAlive);
}

void MmshServerSession::write(const QByteArray &bytes)
{
    if (m_socket->bytesToWrite() == 0)
        m_lastDrain.start();
    m_socket->write(bytes);
    m_peakQueued = qMax(m_peakQueued, m_socket->bytesToWrite());
    if (!m_stallTimer.isActive())
        m_stallTimer.start(m_env.idleTimeoutMs);
}

void MmshServerSession::handleBytesWritten()
{
    m_lastDrain.start();
    if (m_closing)
        return;
    if (m_streaming)
        pump();
    else
        handleReadyRead();
}

void MmshServerSession::handleStall()
{
    if (m_socket->bytesToWrite() == 0 && !m_closing)
        return;
    if (m_lastDrain.isValid() && m_lastDrain.elapsed() < m_env.idleTimeoutMs) {
        m_stallTimer.start(int(qMax<qint64>(1, m_env.idleTimeoutMs - m_lastDrain.elapsed())));
        return;
    }
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: closing (client stopped reading)").arg(m_number);
    m_closing = true;
    m_socket->abort();
    handleDisconnected();
}

void MmshServerSession::closeConnection(const QString &reason)
{
    if (m_closing)
        return;
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: closing (%2)").arg(m_number).arg(reason);
    m_closing = true;
    m_headTimer.stop();
    stopStreaming();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        handleDisconnected();
    else if (!m_stallTimer.isActive())
        m_stallTimer.start(m_env.idleTimeoutMs);
}

void MmshServerSession::handleDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_headTimer.stop();
    m_stallTimer.stop();
    stopStreaming();
    // No longer a viewer of what it had open (a relay on demand counts them).
    m_headerWait.cancel();
    m_mediaWaiting = false;
    m_media.close();
    if (m_clientId && m_registry && m_registry->value(*m_clientId) == this)
        m_registry->remove(*m_clientId);
    emit finished(m_number);
}
