// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pushclient.h"

#include "core/auth/basicauth.h"
#include "core/logging.h"
#include "core/mmsh/mmshpacket.h"
#include "mmsversion.h"
#include "server/asfstreamreader.h"

#include <QTcpSocket>

using namespace mms;

namespace {

// Enough queued in the socket to keep the link busy, little enough that pacing means something.
constexpr qint64 MaxQueuedBytes = 256 * 1024;
constexpr int TickMs = 10;
// [MS-WMHTTP] 3.1.4.2.1: the length of a stream whose size is unknown.
constexpr qint64 UnknownLength = 2147483647;
// A push response is a status and a few headers, and no body to speak of: its bounds.
constexpr qint64 MaxResponseBodyBytes = 64 * 1024;
constexpr qsizetype MaxChallengeBytes = 16 * 1024; // base64 of an NTLM CHALLENGE

HttpHeadReader::Limits responseLimits()
{
    HttpHeadReader::Limits limits;
    limits.maxHeadBytes = 32 * 1024;
    limits.maxLineBytes = 20 * 1024; // a WWW-Authenticate line with an NTLM CHALLENGE
    limits.maxHeaders = 64;
    return limits;
}

} // namespace

PushClient::PushClient(QObject *parent)
    : QObject(parent), m_reader(HttpHeadReader::Kind::Response, responseLimits())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &PushClient::pump);
}

PushClient::~PushClient() = default;

bool PushClient::start(const QString &file, const QUrl &url, QString *error)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(file);
    if (!opened.ok()) {
        *error = QStringLiteral("%1: %2 (%3)")
                     .arg(file, QString::fromLatin1(asf::asfStatusName(opened.error.status)),
                         opened.error.what);
        return false;
    }
    if (opened.file->packetCount() == 0
        || opened.file->packetSize() > quint32(MmshPacket::maxPayload(MmshPacketType::Data))) {
        *error = QStringLiteral("%1: no data packets, or packets too large for $D").arg(file);
        return false;
    }
    if (!checkUrl(url, error))
        return false;
    m_file = std::move(opened.file);
    m_url = url;
    openSocket();
    return true;
}

bool PushClient::checkUrl(const QUrl &url, QString *error)
{
    const QString scheme = url.scheme().toLower();
    if (!QStringList {QStringLiteral("http"), QStringLiteral("mms"), QStringLiteral("mmsh")}
             .contains(scheme)
        || url.host().isEmpty() || url.path().size() < 2) {
        *error = QStringLiteral("bad URL \"%1\" (http://HOST[:PORT]/POINT)").arg(url.toString());
        return false;
    }
    return true;
}

bool PushClient::startStream(int fd, const QUrl &url, QString *error)
{
    if (!checkUrl(url, error))
        return false;
    m_url = url;
    m_stream = new AsfStreamReader(fd, this);
    // The push begins once the header is in: PushStart's body starts with it.
    connect(m_stream, &AsfStreamReader::headerRead, this, [this](const QByteArray &header) {
        m_streamHeader = header;
        openSocket();
    });
    connect(m_stream, &AsfStreamReader::packetRead, this, [this](const QByteArray &packet) {
        m_pending.append(packet);
        m_stream->setReading(m_pending.size() < MaxPendingPackets);
        pump();
    });
    connect(m_stream, &AsfStreamReader::finished, this, [this](const QString &error) {
        if (!error.isEmpty() && !m_socket) {
            done(false, error);
            return;
        }
        m_streamError = error;
        m_streamEnded = true;
        pump();
    });
    return true;
}

void PushClient::openSocket()
{
    const QUrl &url = m_url;
    const QString scheme = url.scheme().toLower();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &PushClient::sendSetup);
    connect(m_socket, &QTcpSocket::readyRead, this, &PushClient::readResponse);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &PushClient::pump);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_step != Step::Done && m_step != Step::Ending)
            done(false, m_socket->errorString());
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_step == Step::Ending)
            done(true,
                QStringLiteral("%1 packets pushed%2")
                    .arg(m_sent)
                    .arg(m_streamError.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(m_streamError)));
        else if (m_step != Step::Done)
            done(false, QStringLiteral("the server closed the connection"));
    });
    m_socket->connectToHost(
        url.host(), quint16(url.port(scheme == QLatin1String("http") ? 80 : 1755)));
}

QByteArray PushClient::requestHead(const QByteArray &contentType, qint64 length) const
{
    QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray host = m_url.host().toUtf8()
        + (m_url.port() > 0 ? ':' + QByteArray::number(m_url.port()) : QByteArray());
    QByteArray out = "POST " + path + " HTTP/1.1\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "User-Agent: WMEncoder/9.0 mms-push/" MMSPLAYER_VERSION "\r\n";
    out += "Host: " + host + "\r\n";
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += "Cookie: push-id=" + m_pushId + "\r\n";
    if (!m_authorization.isEmpty())
        out += "Authorization: " + m_authorization + "\r\n";
    out += "Connection: Keep-Alive\r\n\r\n";
    return out;
}

void PushClient::sendSetup()
{
    m_step = Step::Setup;
    m_socket->write(requestHead("application/x-wms-pushsetup", 0));
}

void PushClient::sendStart()
{
    m_step = Step::Streaming;
    m_socket->write(requestHead("application/x-wms-pushstart", UnknownLength));
    // 2.2.2.2: the first PushStart body begins with the header, as $H packets.
    const QByteArray &header = m_file ? m_file->mmsHeaderBytes() : m_streamHeader;
    const qsizetype chunk = MmshPacket::maxPayload(MmshPacketType::Header);
    for (qsizetype at = 0; at < header.size(); at += chunk) {
        MmshPacket piece = MmshPacket::header(0, 0, header.mid(at, chunk));
        const bool first = at == 0;
        const bool last = at + chunk >= header.size();
        piece.afFlags = quint8((first ? 0x04 : 0) | (last ? 0x08 : 0));
        m_socket->write(piece.encode());
    }
    m_clock.start();
    if (m_file)
        m_timer.start();
    pump();
}

void PushClient::readResponse()
{
    while (m_socket->bytesAvailable() > 0 && m_step != Step::Done) {
        if (m_responseBodyLeft > 0) {
            m_responseBodyLeft -= m_socket->skip(m_responseBodyLeft);
            continue;
        }
        const HttpHeadReader::Result r = m_reader.readFrom(m_socket);
        if (r.error.status == CodecStatus::NeedMoreData)
            return;
        if (!r.error.ok()) {
            done(false, QStringLiteral("bad response from the server: %1").arg(r.error.what));
            return;
        }
        const HttpHead head = m_reader.head();
        m_reader.reset();
        bool lengthValid = true;
        m_responseBodyLeft = head.contentLength(&lengthValid).value_or(0);
        if (!lengthValid || m_responseBodyLeft > MaxResponseBodyBytes) {
            done(false, QStringLiteral("bad response from the server: bad Content-Length"));
            return;
        }
        // After a 401 the login may go on on a new socket, which holds nothing yet: the loop ends.
        handleHead(head);
    }
}

void PushClient::handleHead(const HttpHead &head)
{
    if (head.statusCode == 401) {
        answerUnauthorized(head);
        return;
    }
    if (head.statusCode < 200 || head.statusCode > 299) {
        done(false,
            QStringLiteral("the server refused the push: %1 %2")
                .arg(head.statusCode)
                .arg(QString::fromLatin1(head.reason.left(200))));
        return;
    }
    if (m_login == Login::Sent && !m_basic)
        m_authorization.clear(); // NTLM logged this connection in: nothing more to send
    // 2.2.1.3.1: the session id the server assigned comes back in every later request.
    for (const QByteArray &cookie : head.values("Set-Cookie")) {
        if (cookie.startsWith("push-id=")) {
            const qsizetype end = cookie.indexOf(';');
            m_pushId = (end < 0 ? cookie.mid(8) : cookie.mid(8, end - 8)).left(64);
        }
    }
    if (m_step == Step::Setup)
        sendStart();
}

// A 401: ask, CHALLENGE or refusal. Only PushSetup is answered with a login: a PushStart's body
// (the stream) is already on its way when a 401 for it comes.
void PushClient::answerUnauthorized(const HttpHead &head)
{
    if (m_user.isEmpty()) {
        loginFailed(QStringLiteral("the server asks for a login: --user"));
        return;
    }
    QByteArray ntlmChallenge;
    bool ntlmOffered = false;
    bool basicOffered = false;
    for (const QByteArray &value : head.values("WWW-Authenticate")) {
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = (space < 0 ? value : value.left(space)).toLower();
        if (scheme == "basic") {
            basicOffered = true;
        } else if (scheme == "ntlm") {
            ntlmOffered = true;
            if (space > 0)
                ntlmChallenge = value.mid(space + 1).trimmed();
        }
    }
    if (m_step != Step::Setup || m_login == Login::Sent) {
        loginFailed(QStringLiteral("refused: wrong user or password"));
        return;
    }
    if (m_login == Login::NtlmNegotiated) {
        // The second leg: the AUTHENTICATE for the CHALLENGE, on this connection.
        const QByteArray::FromBase64Result raw = ntlmChallenge.size() > MaxChallengeBytes
            ? QByteArray::FromBase64Result {{},
                QByteArray::Base64DecodingStatus::IllegalInputLength}
            : QByteArray::fromBase64Encoding(ntlmChallenge,
                QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray authenticate =
            raw && !(*raw).isEmpty() ? m_ntlm.authenticateMessage(*raw) : QByteArray();
        if (authenticate.isEmpty()) {
            loginFailed(
                QStringLiteral("the server's NTLM challenge cannot be answered%1")
                    .arg(raw && !(*raw).isEmpty() ? QStringLiteral(": ") + m_ntlm.errorString()
                                                  : QString()));
            return;
        }
        if (!head.keepAlive()) {
            loginFailed(
                QStringLiteral("the server closed the connection during the NTLM exchange"));
            return;
        }
        m_authorization = "NTLM " + authenticate.toBase64();
        m_login = Login::Sent;
        resend(true);
        return;
    }
    const mms::Credentials credentials = mms::Credentials::fromLogin(m_user, m_password);
    if (ntlmOffered) {
        // Preferred, as by Windows Media Player: Basic sends the password itself.
        m_ntlm = mms::NtlmClient(credentials);
        m_authorization = "NTLM " + m_ntlm.negotiateMessage().toBase64();
        m_login = Login::NtlmNegotiated;
    } else if (basicOffered) {
        m_authorization = basic::authorizationValue(m_user, m_password);
        if (m_authorization.isEmpty()) {
            loginFailed(QStringLiteral("a Basic user name cannot hold a colon"));
            return;
        }
        m_basic = true;
        m_login = Login::Sent;
    } else {
        const QByteArray schemes = head.values("WWW-Authenticate").join(", ");
        loginFailed(QStringLiteral("the server asks for a login not supported: %1")
                        .arg(schemes.isEmpty() ? QStringLiteral("no scheme announced")
                                               : QString::fromLatin1(schemes.left(200))));
        return;
    }
    resend(head.keepAlive());
}

// PushSetup again, with m_authorization: on this connection, or on a new one when the server
// closes this one after its 401.
void PushClient::resend(bool sameConnection)
{
    if (sameConnection && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendSetup();
        return;
    }
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_reader.reset();
    m_responseBodyLeft = 0;
    openSocket();
}

void PushClient::pump()
{
    if (m_step != Step::Streaming)
        return;
    if (m_stream) {
        pumpStream();
        return;
    }
    const quint32 first = m_file->packetSendTime(0);
    while (m_socket->bytesToWrite() < MaxQueuedBytes) {
        if (m_index >= m_file->packetCount()) {
            if (++m_loop < m_loops) {
                m_index = 0;
                m_loopStartMs = m_clock.elapsed();
                continue;
            }
            endPush();
            return;
        }
        if (m_realtime) {
            const quint32 sendTime = m_file->packetSendTime(m_index);
            const qint64 due = m_loopStartMs + (sendTime > first ? qint64(sendTime - first) : 0);
            if (due > m_clock.elapsed())
                return;
        }
        const QByteArray packet = m_file->packet(m_index);
        if (packet.isEmpty()) {
            done(false, QStringLiteral("packet %1 could not be read").arg(m_index));
            return;
        }
        m_socket->write(MmshPacket::data(quint32(m_sent), 0, 0, packet).encode());
        ++m_index;
        ++m_sent;
    }
}

void PushClient::pumpStream()
{
    // Standard input is paced by its writer (ffmpeg -re): each packet goes out as it comes.
    while (!m_pending.isEmpty() && m_socket->bytesToWrite() < MaxQueuedBytes) {
        m_socket->write(MmshPacket::data(quint32(m_sent), 0, 0, m_pending.takeFirst()).encode());
        ++m_sent;
    }
    m_stream->setReading(m_pending.size() < MaxPendingPackets);
    if (m_pending.isEmpty() && m_streamEnded)
        endPush();
}

void PushClient::endPush()
{
    // 2.2.2.2: the stream ends with $E; then the connection (the length was unknown).
    m_socket->write(MmshPacket::endOfStream(0).encode());
    m_timer.stop();
    // Finished once everything queued has gone out and the connection is closed.
    m_step = Step::Ending;
    m_socket->disconnectFromHost();
}

void PushClient::done(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    m_timer.stop();
    if (!ok && m_socket)
        m_socket->abort();
    emit finished(ok, message);
}

void PushClient::loginFailed(const QString &why)
{
    m_authFailed = true;
    done(false, QStringLiteral("authentication failed (%1)").arg(why));
}
