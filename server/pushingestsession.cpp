// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pushingestsession.h"

#include "core/asf/asfheaderparser.h"
#include "core/logging.h"
#include "server/authscope.h"
#include "server/httplogin.h"
#include "server/livesource.h"
#include "server/medialibrary.h"
#include "server/pushpoints.h"

#include <QTcpSocket>

using namespace mms;

namespace {

// Bytes taken from the socket per step. Qt's read buffer is left unbounded: every readyRead
// drains it (nothing here waits on a client), so it holds at most what the kernel had; a bound
// would make Qt drop what is still in the kernel when the encoder closes after its last packet.
constexpr qint64 ReadBufferBytes = 64 * 1024;
// [MS-WMHTTP] 2.2.1.6 / [MS-WMSP]: the Server header a push client checks for.
constexpr const char *ServerHeader = "Server: Cougar/9.01.01.3814\r\n";

HttpHeadReader::Limits headLimits()
{
    HttpHeadReader::Limits limits;
    limits.maxHeadBytes = PushIngestSession::MaxHeadBytes;
    limits.maxLineBytes = 4 * 1024;
    limits.maxHeaders = 64;
    return limits;
}

// The media type of a Content-Type value, lower-cased, without parameters (";charset=UTF-8").
QByteArray mediaType(const QByteArray &value)
{
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

// [MS-WMHTTP] 2.2.1.3: the push-id of a Cookie header (other cookies may come with it).
QByteArray pushIdOf(const QByteArray &cookie)
{
    for (const QByteArray &part : cookie.split(';')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("push-id="))
            return item.mid(8).left(64);
    }
    return {};
}

} // namespace

PushIngestSession::PushIngestSession(int number, QTcpSocket *socket, PushPoints *points,
    int inactivityMs, const SessionEnvironment &env, QObject *parent)
    : QObject(parent), m_number(number), m_socket(socket), m_points(points),
      m_reader(HttpHeadReader::Kind::Request, headLimits()), m_env(env)
{
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: encoder push from %2:%3")
                                         .arg(m_number)
                                         .arg(socket->peerAddress().toString())
                                         .arg(socket->peerPort());
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &PushIngestSession::readInput);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        // What came before the close is still to be read: the last packets and the $E.
        readInput();
        finish(QStringLiteral("the encoder closed the connection"));
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
    // [MS-WMHTTP] 3.2.2: Idle-Timeout / Inactivity-Timeout; any byte from the encoder restarts it.
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivityMs);
    connect(&m_inactivity, &QTimer::timeout, this,
        [this] { finish(QStringLiteral("encoder silent too long")); });
    m_inactivity.start();
    QMetaObject::invokeMethod(this, &PushIngestSession::readInput, Qt::QueuedConnection);
}

PushIngestSession::~PushIngestSession()
{
    if (!m_name.isEmpty())
        m_points->release(m_name, this);
}

bool PushIngestSession::isPushRequestHead(QByteArrayView head)
{
    if (!head.startsWith("POST "))
        return false;
    qsizetype at = 0;
    while (at < head.size()) {
        qsizetype end = head.indexOf("\r\n", at);
        if (end < 0)
            end = head.size();
        const QByteArray line = head.sliced(at, end - at).toByteArray();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-type") {
            const QByteArray type = mediaType(line.mid(colon + 1));
            return type == "application/x-wms-pushsetup" || type == "application/x-wms-pushstart";
        }
        at = end + 2;
    }
    return false;
}

void PushIngestSession::readInput()
{
    while (!m_closing && !m_finished && !m_authWaiting && m_socket->bytesAvailable() > 0) {
        m_inactivity.start();
        if (m_inBody) {
            const QByteArray bytes = m_socket->read(qMin<qint64>(m_bodyLeft, ReadBufferBytes));
            m_bodyLeft -= bytes.size();
            if (m_pushStart) {
                m_splitter.append(bytes);
                for (;;) {
                    const MmshSplitter::Item item = m_splitter.next();
                    if (item.error.status == CodecStatus::NeedMoreData)
                        break;
                    if (!item.ok()) {
                        fail(400, "Bad Request",
                            QStringLiteral("bad framing: %1").arg(item.error.what));
                        return;
                    }
                    handlePacket(item.packet);
                    if (m_closing || m_finished)
                        return;
                }
            }
            if (m_bodyLeft == 0)
                bodyDone();
            continue;
        }
        const HttpHeadReader::Result r = m_reader.readFrom(m_socket);
        if (r.error.status == CodecStatus::NeedMoreData)
            return;
        if (!r.error.ok()) {
            fail(r.error.status == CodecStatus::TooLarge ? 431 : 400,
                r.error.status == CodecStatus::TooLarge ? "Request Header Fields Too Large"
                                                        : "Bad Request",
                QStringLiteral("bad request head: %1").arg(r.error.what));
            return;
        }
        const HttpHead head = m_reader.head();
        m_reader.reset();
        handleHead(head);
    }
}

void PushIngestSession::handleHead(const HttpHead &head)
{
    const QByteArray type = mediaType(head.value("Content-Type"));
    const bool setup = type == "application/x-wms-pushsetup";
    const bool start = type == "application/x-wms-pushstart";
    if (head.method != "POST" || (!setup && !start)) {
        fail(400, "Bad Request", QStringLiteral("not a push request"));
        return;
    }
    bool lengthValid = true;
    const std::optional<qint64> length = head.contentLength(&lengthValid);
    // [MS-WMHTTP] 2.2.2.2: Content-Length is required (up to 2^31 - 1); no chunked coding.
    if (!lengthValid || head.has("Transfer-Encoding") || (start && !length)
        || length.value_or(0) > 0x7FFFFFFF) {
        fail(400, "Bad Request", QStringLiteral("bad Content-Length"));
        return;
    }
    if (setup && length.value_or(0) > MaxSetupBodyBytes) {
        fail(413, "Content Too Large", QStringLiteral("PushSetup body too large"));
        return;
    }
    const QString name = MediaLibrary::normalizeRequest(QString::fromUtf8(head.target.left(1000)));
    // Before the point is looked at: an encoder without a login learns nothing about it.
    if (!authorize(head, name, length.value_or(0)))
        return;
    if (!m_name.isEmpty() && name != m_name)
        m_points->release(m_name, this);
    const int refusal = m_points->refusal(name, this);
    if (refusal != 0) {
        fail(refusal, refusal == 409 ? "Conflict" : "Not Found",
            QStringLiteral("publishing point \"%1\" refused").arg(name.left(200)));
        return;
    }
    m_name = name;
    const QByteArray pushId = pushIdOf(head.value("Cookie"));
    if (m_pushId.isEmpty())
        m_pushId = pushId.isEmpty() || pushId == "0" ? m_points->newPushId() : pushId;
    m_pushStart = start;
    m_bodyLeft = length.value_or(0);
    m_inBody = m_bodyLeft > 0;
    if (setup) {
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: push setup for \"%2\"").arg(m_number).arg(m_name);
        if (!m_inBody)
            bodyDone();
        return;
    }
    // 3.2.5.2: the body is processed as it comes, the response waits for its end.
    m_live = m_points->claim(m_name, this);
    m_splitter.reset();
    m_header.clear();
    m_headerDone = false;
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: push start for \"%2\"").arg(m_number).arg(m_name);
    if (!m_inBody)
        bodyDone();
}

void PushIngestSession::handlePacket(const MmshPacket &packet)
{
    switch (packet.type) {
    case MmshPacketType::Header: {
        if (m_headerDone) {
            // A header again without $C: the encoder restarted its header; take it anew.
            m_header.clear();
            m_headerDone = false;
        }
        if (m_header.size() + packet.payload.size() > MaxHeaderBytes) {
            fail(413, "Content Too Large", QStringLiteral("ASF header too large"));
            return;
        }
        m_header += packet.payload;
        const asf::HeaderSizeResult size = asf::peekHeaderSize(m_header);
        if (size.error.status == asf::AsfStatus::NeedMoreData)
            return;
        if (!size.error.ok() || size.headerObjectSize + 50 > MaxHeaderBytes) {
            fail(400, "Bad Request", QStringLiteral("not an ASF header"));
            return;
        }
        if (m_header.size() < size.headerObjectSize + 50)
            return;
        QString error;
        if (!m_live || !m_live->setHeader(m_header, &error)) {
            fail(400, "Bad Request", error);
            return;
        }
        m_headerDone = true;
        qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: \"%2\" header, %3 bytes")
                                             .arg(m_number)
                                             .arg(m_name)
                                             .arg(m_header.size());
        return;
    }
    case MmshPacketType::Data:
        if (!m_headerDone) {
            fail(400, "Bad Request", QStringLiteral("data before the header"));
            return;
        }
        if (packet.payload.size() > qsizetype(m_live->packetSize())
            || !m_live->feedPacket(packet.payload)) {
            fail(400, "Bad Request", QStringLiteral("bad data packet %1").arg(m_packets));
            return;
        }
        ++m_packets;
        return;
    case MmshPacketType::StreamChange:
        // 2.2.2.2: a new header follows.
        m_header.clear();
        m_headerDone = false;
        return;
    case MmshPacketType::EndOfStream:
        // 2.2.2.2: S_OK ends the stream; otherwise a $C and a new header follow.
        if (packet.reason == 0 && m_live) {
            m_live->end();
            m_headerDone = false;
            m_header.clear();
        }
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: \"%2\" end of stream after %3 packets")
                   .arg(m_number)
                   .arg(m_name)
                   .arg(m_packets);
        return;
    case MmshPacketType::Metadata:
    case MmshPacketType::PacketPair:
        return;
    }
}

void PushIngestSession::bodyDone()
{
    m_inBody = false;
    if (m_discardBody) {
        // The body of a request answered 401: dropped; the next request may come.
        m_discardBody = false;
        return;
    }
    if (m_pushStart) {
        m_live.clear();
        m_points->release(m_name, this);
    }
    // 3.2.5.1.1 / 3.2.5.2.1: 204 and the push-id; the connection stays open for the next request.
    reply(204, "No Content", false);
}

// Encoder logins, as for MMSH clients (mmshserverauth.cpp, the same HttpLogin) and with the
// same users, throttle and --auth-folder rules (by push point name). A 401 keeps the connection
// (NTLM's NEGOTIATE, CHALLENGE and AUTHENTICATE need one): the request's body, which can only be
// a small one, is read and dropped; a larger one (a PushStart before any login) closes it.
bool PushIngestSession::authorize(const HttpHead &head, const QString &name, qint64 bodyLength)
{
    if (m_env.auth == AuthScheme::None || m_authenticated)
        return true;
    if (m_env.authScope && !m_env.authScope->needsLogin(name))
        return true;
    if (!m_login)
        m_login = std::make_unique<HttpLogin>(m_env.auth, m_env.users, m_env.realm, m_env.throttle);
    const HttpLogin::Outcome outcome = m_login->check(head, m_socket->peerAddress());
    if (outcome.kind == HttpLogin::Outcome::Kind::Accepted) {
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: encoder \"%2\" logged in from %3")
                   .arg(m_number)
                   .arg(outcome.user.left(64), m_socket->peerAddress().toString());
        m_env.throttle->recordSuccess(m_socket->peerAddress());
        m_authenticated = true;
        return true;
    }
    // This request ends with a 401: its body, if any, is not for us.
    m_pushStart = false;
    m_bodyLeft = bodyLength;
    m_inBody = bodyLength > 0;
    m_discardBody = m_inBody;
    const bool bodyTooLarge = bodyLength > MaxSetupBodyBytes;
    if (outcome.kind == HttpLogin::Outcome::Kind::Refused) {
        refuseLogin(outcome.user, outcome.reason, bodyTooLarge);
        return false;
    }
    // No credentials of our scheme, or NTLM's NEGOTIATE: not a failed try.
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: push asked to log in%2")
                                         .arg(m_number)
                                         .arg(outcome.kind == HttpLogin::Outcome::Kind::Challenge
                                                 ? QStringLiteral(" (NTLM challenge)")
                                                 : QString());
    sendUnauthorized(outcome.challenge, outcome.lastRound || bodyTooLarge);
    return false;
}

void PushIngestSession::refuseLogin(const QString &user, const QString &reason, bool close)
{
    ++m_authFailures;
    const AuthThrottle::Failure failure = m_env.throttle->recordFailure(m_socket->peerAddress());
    qCWarning(lcMmsServer).noquote()
        << QStringLiteral("session %1: push login failed from %2, user \"%3\": %4 (failure %5 "
                          "of this address, %6 in all; answering in %7 ms)")
               .arg(m_number)
               .arg(m_socket->peerAddress().toString(), user.left(64), reason)
               .arg(failure.count)
               .arg(m_env.throttle->totalFailures())
               .arg(failure.delayMs);
    // Nothing is read while the delay runs, and the socket holds no more than a small body and
    // the next head meanwhile (a peer that sends on waits in TCP, not in our memory).
    m_authWaiting = true;
    m_socket->setReadBufferSize(MaxHeadBytes + MaxSetupBodyBytes);
    m_inactivity.stop();
    const quint64 id = failure.id;
    close = close || m_authFailures >= m_env.maxAuthTries;
    QTimer::singleShot(failure.delayMs, Qt::PreciseTimer, this, [this, id, close] {
        if (m_finished)
            return;
        m_authWaiting = false;
        m_env.throttle->markAnswered(id);
        m_socket->setReadBufferSize(0);
        sendUnauthorized(m_login->challengeValue(), close);
        if (!close) {
            m_inactivity.start();
            readInput();
        }
    });
}

void PushIngestSession::sendUnauthorized(const QByteArray &challenge, bool close)
{
    reply(401, "Unauthorized", close, "WWW-Authenticate: " + challenge + "\r\n");
    // A peer that does not read the refusal does not keep us.
    if (close)
        QTimer::singleShot(5000, this, [this] { finish(QStringLiteral("login refused")); });
}

void PushIngestSession::reply(
    int status, const QByteArray &reason, bool close, const QByteArray &extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += ServerHeader;
    out += extra;
    if (!m_pushId.isEmpty())
        out += "Set-Cookie: push-id=" + m_pushId + "\r\n";
    if (status != 204)
        out += "Content-Length: 0\r\n";
    out += close ? "Connection: close\r\n" : "Connection: Keep-Alive\r\n";
    out += "\r\n";
    m_socket->write(out);
    if (close) {
        m_closing = true;
        m_inactivity.stop();
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    }
}

void PushIngestSession::fail(int status, const QByteArray &reason, const QString &why)
{
    qCWarning(lcMmsServer).noquote()
        << QStringLiteral("session %1: push refused (%2): %3").arg(m_number).arg(status).arg(why);
    // Clients of the point see the end of the broadcast, not a stall.
    if (m_live)
        m_live->end();
    m_live.clear();
    if (!m_name.isEmpty())
        m_points->release(m_name, this);
    reply(status, reason, true);
    // A peer that does not read the refusal does not keep us.
    QTimer::singleShot(5000, this, [this] { finish(QStringLiteral("refused")); });
}

void PushIngestSession::finish(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_inactivity.stop();
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: push connection closed (%2), %3 packets")
                                         .arg(m_number)
                                         .arg(why)
                                         .arg(m_packets);
    if (!m_name.isEmpty())
        m_points->release(m_name, this);
    // An encoder that goes mid-stream (even mid-packet) ends the broadcast for its clients.
    if (m_live && m_inBody)
        m_live->end();
    m_live.clear();
    m_socket->abort();
    emit finished(m_number);
}
