// SPDX-License-Identifier: GPL-3.0-or-later
// Encoder logins with NTLM (docs/mms-serve.md "Broadcasting"): mms-serve --auth ntlm answers a
// PushSetup with 401 "WWW-Authenticate: NTLM" and keeps the connection, the NEGOTIATE gets a 401
// with the CHALLENGE on it, the AUTHENTICATE logs the connection in. mms-push (the process) with
// the right password pushes a broadcast a client plays whole from its join point; a wrong one
// exits 3 with "authentication failed", counted by the throttle and logged by the server.
// Garbage instead of NTLM messages, too many rounds and a PushStart before any login are
// answered cleanly. PushClient against a scripted server: NTLM preferred over Basic, and the login
// going on on a new connection when the server closes the first.
#include "clippackets.h"
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/auth/ntlmclient.h"
#include "core/auth/ntlmcrypto.h"
#include "core/auth/ntlmmessage.h"
#include "core/auth/ntlmverifier.h"
#include "core/mmsh/httpheadreader.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "rawhttpconnection.h"
#include "server/httplogin.h"
#include "server/livesource.h"
#include "server/mmsserver.h"
#include "server/pushclient.h"
#include "server/userdatabase.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mms;

namespace {

QString media(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

constexpr int BaseDelayMs = 50;
const Credentials Encoder {QStringLiteral("encoder"), QString(), QStringLiteral("s3cret")};

QByteArray pushSetup(const QByteArray &authorization, const QByteArray &body = {})
{
    QByteArray out = "POST /tv HTTP/1.1\r\nContent-Type: application/x-wms-pushsetup\r\n"
                     "Cookie: push-id=0\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!authorization.isEmpty())
        out += "Authorization: " + authorization + "\r\n";
    return out + "Connection: Keep-Alive\r\n\r\n" + body;
}

QByteArray unauthorized(const QByteArray &challenge, const char *connection)
{
    return "HTTP/1.1 401 Unauthorized\r\nServer: Cougar/9.01.01.3814\r\nWWW-Authenticate: "
        + challenge + "\r\nContent-Length: 0\r\nConnection: " + connection + "\r\n\r\n";
}

} // namespace

class tst_PushNtlm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void challengeHeadersAreExact();
    void rightLoginPushesAndPlays();
    void wrongPasswordIsRefused();
    void garbageIsRefusedCleanly();
    void roundsAreBounded();
    void pushStartBeforeLoginCloses();
    void clientPrefersNtlmAndReconnects();

private:
    std::unique_ptr<MmsServer> startServer();
    QStringList pushArguments(const QString &passwordFile, quint16 port) const;

    QTemporaryDir m_dir;
    QString m_users;
    ClipPackets m_clip;
};

void tst_PushNtlm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY2(UserDatabase::writeUser(m_users, Encoder.user,
                 UserDatabase::makeLine(Encoder.user, Encoder.password, UserDatabase::Kind::Ntlm),
                 &error),
        qPrintable(error));
    for (const auto &[name, password] :
        {std::pair {"right", "s3cret\n"}, std::pair {"wrong", "guess\n"}}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(password);
    }
    m_clip.load();
}

std::unique_ptr<MmsServer> tst_PushNtlm::startServer()
{
    MmsServerConfig config;
    config.auth = AuthScheme::Ntlm;
    config.usersFile = m_users;
    config.throttle.baseDelayMs = BaseDelayMs;
    config.pushAnyName = true; // a point exists only once an encoder pushed to it
    return startLoopbackServer(config);
}

QStringList tst_PushNtlm::pushArguments(const QString &passwordFile, quint16 port) const
{
    return {QStringLiteral("--user"), Encoder.user, QStringLiteral("--password-file"),
        m_dir.filePath(passwordFile), media("clip.wmv"),
        QStringLiteral("http://127.0.0.1:%1/tv").arg(port)};
}

void tst_PushNtlm::challengeHeadersAreExact()
{
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    RawHttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    // Asked, and the connection stays for the exchange.
    http.send(pushSetup({}));
    QCOMPARE(http.next(), unauthorized("NTLM", "Keep-Alive"));
    // The NEGOTIATE, with a small body (read and dropped): the CHALLENGE on the same connection.
    NtlmClient ntlm(Encoder);
    http.send(pushSetup("NTLM " + ntlm.negotiateMessage().toBase64(), "[push setup body]"));
    const QByteArray response = http.next();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^WWW-Authenticate: NTLM ([A-Za-z0-9+/=]+)\r$"),
            QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(response));
    QVERIFY2(match.hasMatch(), response.constData());
    const QByteArray token = match.captured(1).toLatin1();
    QCOMPARE(response, unauthorized("NTLM " + token, "Keep-Alive"));
    const QByteArray challenge = QByteArray::fromBase64(token);
    QCOMPARE(ntlm::messageType(challenge), 2u);
    // The AUTHENTICATE: logged in, the PushSetup answered, push-id set.
    const QByteArray authenticate = ntlm.authenticateMessage(challenge);
    QVERIFY2(!authenticate.isEmpty(), qPrintable(ntlm.errorString()));
    http.send(pushSetup("NTLM " + authenticate.toBase64()));
    HttpHead head;
    const QByteArray done = http.next(&head);
    QCOMPARE(head.statusCode, 204);
    QVERIFY2(head.value("Set-Cookie").startsWith("push-id="), done.constData());
    QVERIFY(http.isOpen());
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_PushNtlm::rightLoginPushesAndPlays()
{
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    const int count = int(m_clip.file().packetCount());
    QProcess push; // at the content's pace: the client joins while it runs
    push.start(QStringLiteral(MMS_PUSH_PATH),
        pushArguments(QStringLiteral("right"), server->serverPort()));
    QVERIFY(push.waitForStarted(10000));

    // The client logs in with NTLM too (the whole server asks), over MMSH.
    MmsSession client;
    client.setTimeout(30000);
    client.setCredentials(Encoder.user, Encoder.password);
    QList<QByteArray> packets;
    QList<quint32> ends;
    const QUrl url(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(server->serverPort()));
    connect(&client, &MmsSession::headerReceived, &client, [&client] { client.startPlaying(); });
    connect(&client, &MmsSession::dataPacketReceived, &client,
        [&packets](quint32, const QByteArray &packet) { packets.append(packet); });
    connect(&client, &MmsSession::endOfStream, &client, [&ends](quint32 hr) { ends.append(hr); });
    // The point is "not found" until the encoder's header is in: try again until it is.
    connect(&client, &MmsSession::errorOccurred, &client, [&] {
        if (packets.isEmpty())
            QTimer::singleShot(100, &client, [&] { client.open(url); });
    });
    client.open(url);

    QTRY_COMPARE_WITH_TIMEOUT(push.state(), QProcess::NotRunning, 60000);
    const QByteArray stderrText = push.readAllStandardError();
    QCOMPARE(push.exitStatus(), QProcess::NormalExit);
    QVERIFY2(push.exitCode() == 0, stderrText.constData());
    QCOMPARE(stderrText, "mms-push: " + QByteArray::number(count) + " packets pushed\n");
    QTRY_COMPARE_WITH_TIMEOUT(ends, QList<quint32> {0}, 20000);

    // Every packet of the source from the join point on, in order, and nothing else.
    QVERIFY(!packets.isEmpty());
    const int join = m_clip.indexOf(packets.first());
    QVERIFY(join >= 0);
    QCOMPARE(packets.size(), count - join);
    for (qsizetype i = 0; i < packets.size(); ++i)
        QCOMPARE(m_clip.indexOf(packets.at(i)), join + int(i));
    // The same video frames (object numbers) and key frames as the source from there.
    const auto frames = [this](const QList<QByteArray> &list, int *keyFrames) {
        QList<quint32> numbers;
        *keyFrames = 0;
        for (const QByteArray &packet : list) {
            const asf::PacketParseResult parsed =
                asf::parsePacket(packet, m_clip.file().packetSize());
            for (const asf::Payload &payload : parsed.info.payloads) {
                if (payload.streamNumber != m_clip.videoStream()
                    || (!payload.compressed && payload.offsetIntoMediaObject != 0))
                    continue;
                numbers.append(payload.mediaObjectNumber);
                *keyFrames += payload.keyFrame ? 1 : 0;
            }
        }
        return numbers;
    };
    QList<QByteArray> source;
    for (int i = join; i < count; ++i)
        source.append(m_clip.file().packet(quint64(i)));
    int sourceKeys = 0;
    int clientKeys = 0;
    const QList<quint32> sourceFrames = frames(source, &sourceKeys);
    QVERIFY(!sourceFrames.isEmpty());
    QCOMPARE(frames(packets, &clientKeys), sourceFrames);
    QCOMPARE(clientKeys, sourceKeys);
    QVERIFY(sourceKeys >= 1);
    QCOMPARE(server->authThrottle().totalFailures(), 0);
    client.abort();
}

void tst_PushNtlm::wrongPasswordIsRefused()
{
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral(
            "^session \\d+: push login failed from 127\\.0\\.0\\.1, user \"encoder\": .+ "
            "\\(failure 1 of this address, 1 in all; answering in 50 ms\\)$")));
    QProcess push;
    push.start(QStringLiteral(MMS_PUSH_PATH),
        pushArguments(QStringLiteral("wrong"), server->serverPort()));
    QVERIFY(push.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(push.state(), QProcess::NotRunning, 30000);
    QCOMPARE(push.exitStatus(), QProcess::NormalExit);
    QCOMPARE(push.exitCode(), 3);
    QCOMPARE(push.readAllStandardError(),
        QByteArray("mms-push: authentication failed (refused: wrong user or password)\n"));
    QCOMPARE(server->authThrottle().totalFailures(), 1);
    QCOMPARE(server->authThrottle().recentFailures().last().delayMs, BaseDelayMs);
}

void tst_PushNtlm::garbageIsRefusedCleanly()
{
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    // Each is a failed try (throttled, logged); the connection lasts maxAuthTries (3) of them.
    for (int i = 1; i <= 3; ++i)
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("push login failed from 127\\.0\\.0\\.1, user "
                                              "\"[^\"]*\": .+ \\(failure %1 of this address")
                                   .arg(i)));
    RawHttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(pushSetup("NTLM %%% not base64 %%%"));
    QCOMPARE(http.next(), unauthorized("NTLM", "Keep-Alive"));
    http.send(pushSetup("NTLM " + QByteArray("garbage, no NTLM message").toBase64()));
    QCOMPARE(http.next(), unauthorized("NTLM", "Keep-Alive"));
    // An AUTHENTICATE in name only, truncated.
    http.send(pushSetup("NTLM " + QByteArray("NTLMSSP\0\3\0\0\0\xff\xff", 14).toBase64()));
    QCOMPARE(http.next(), unauthorized("NTLM", "close"));
    QVERIFY(http.waitForClosed());
    QCOMPARE(server->authThrottle().totalFailures(), 3);

    // A request head that is no HTTP at all, on a push connection: 400, closed.
    RawHttpConnection bad;
    QVERIFY(bad.connectTo(server->serverPort()));
    bad.send(pushSetup({}));
    QCOMPARE(bad.next(), unauthorized("NTLM", "Keep-Alive"));
    bad.send(QByteArray("\x01\x02 garbage\0\r\n\r\n", 16));
    HttpHead head;
    bad.next(&head);
    QCOMPARE(head.statusCode, 400);
    QVERIFY(bad.waitForClosed());

    // The server goes on: a right login still works.
    RawHttpConnection good;
    QVERIFY(good.connectTo(server->serverPort()));
    NtlmClient ntlm(Encoder);
    good.send(pushSetup("NTLM " + ntlm.negotiateMessage().toBase64()));
    good.next(&head);
    QCOMPARE(head.statusCode, 401);
    const QByteArray challenge = QByteArray::fromBase64(head.value("WWW-Authenticate").mid(5));
    good.send(pushSetup("NTLM " + ntlm.authenticateMessage(challenge).toBase64()));
    good.next(&head);
    QCOMPARE(head.statusCode, 204);
}

void tst_PushNtlm::roundsAreBounded()
{
    // A peer that negotiates again and again without ever answering gets HttpLogin::MaxRounds
    // 401s, the last one closing.
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    RawHttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    NtlmClient ntlm(Encoder);
    HttpHead head;
    for (int round = 1; round <= HttpLogin::MaxRounds; ++round) {
        http.send(pushSetup("NTLM " + ntlm.negotiateMessage().toBase64()));
        http.next(&head);
        QCOMPARE(head.statusCode, 401);
        QCOMPARE(head.value("Connection"),
            QByteArray(round < HttpLogin::MaxRounds ? "Keep-Alive" : "close"));
    }
    QVERIFY(http.waitForClosed());
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_PushNtlm::pushStartBeforeLoginCloses()
{
    // Its body (the stream) is no small body to drop: 401, and the connection closes.
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    RawHttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send("POST /tv HTTP/1.1\r\nContent-Type: application/x-wms-pushstart\r\n"
              "Cookie: push-id=0\r\nHost: x\r\nContent-Length: 2147483647\r\n\r\n$H");
    QCOMPARE(http.next(), unauthorized("NTLM", "close"));
    QVERIFY(http.waitForClosed());
}

void tst_PushNtlm::clientPrefersNtlmAndReconnects()
{
    // A server (scripted here) that offers Basic and NTLM in its first 401 and closes that
    // connection: PushClient picks NTLM and runs the exchange on a new connection, then sends
    // its PushStart there without credentials (NTLM logged the connection in).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    NtlmVerifier verifier;
    struct Request {
        int connection;
        HttpHead head;
    };
    QList<Request> requests;
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        const int connection = ++connections;
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket, connection, buffer] {
            *buffer += socket->readAll();
            HttpHeadReader reader(HttpHeadReader::Kind::Request);
            const HttpHeadReader::Result r = reader.feed(*buffer);
            if (!reader.isComplete())
                return;
            buffer->remove(0, r.consumed); // PushSetup has no body; PushStart's is not read
            requests.append({connection, reader.head()});
            const QByteArray authorization = reader.head().value("Authorization");
            if (connection == 1) {
                socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"\r\n"
                              "WWW-Authenticate: NTLM\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            } else if (authorization.startsWith("NTLM ")
                && ntlm::messageType(QByteArray::fromBase64(authorization.mid(5))) == 1) {
                socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: NTLM "
                    + verifier.challengeMessage().toBase64()
                    + "\r\nContent-Length: 0\r\nConnection: Keep-Alive\r\n\r\n");
            } else if (reader.head().value("Content-Type") == "application/x-wms-pushsetup") {
                socket->write("HTTP/1.1 204 No Content\r\nSet-Cookie: push-id=42\r\n"
                              "Connection: Keep-Alive\r\n\r\n");
            }
        });
    });
    PushClient encoder;
    encoder.setCredentials(QStringLiteral("WORKGROUP\\encoder"), Encoder.password);
    QString error;
    QVERIFY2(encoder.start(media("clip.wmv"),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/tv").arg(server.serverPort())), &error),
        qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 4, 10000);
    QCOMPARE(connections, 2);
    QCOMPARE(requests.at(0).connection, 1);
    QVERIFY(!requests.at(0).head.has("Authorization")); // nothing sent before being asked
    for (int i = 1; i < 4; ++i)
        QCOMPARE(requests.at(i).connection, 2);
    QCOMPARE(ntlm::messageType(
                 QByteArray::fromBase64(requests.at(1).head.value("Authorization").mid(5))),
        1u);
    const QByteArray authenticate = requests.at(2).head.value("Authorization");
    QVERIFY(authenticate.startsWith("NTLM "));
    const QByteArray message = QByteArray::fromBase64(authenticate.mid(5));
    QCOMPARE(ntlm::messageType(message), 3u);
    // The domain and user of the AUTHENTICATE are the ones given (the verifier reads them).
    const NtlmVerifier::Result checked = verifier.verify(message,
        [](const QString &) { return std::optional<QByteArray>(ntlm::ntHash(Encoder.password)); });
    QVERIFY2(checked.ok, qPrintable(checked.error));
    QCOMPARE(checked.user, Encoder.user);
    QCOMPARE(checked.domain, QStringLiteral("WORKGROUP"));
    QCOMPARE(requests.at(3).head.value("Content-Type"), QByteArray("application/x-wms-pushstart"));
    QCOMPARE(requests.at(3).head.value("Cookie"), QByteArray("push-id=42"));
    QVERIFY(!requests.at(3).head.has("Authorization"));
}

QTEST_GUILESS_MAIN(tst_PushNtlm)
#include "tst_pushntlm.moc"
