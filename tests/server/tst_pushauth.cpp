// SPDX-License-Identifier: GPL-3.0-or-later
// Encoder logins (docs/mms-serve.md "Broadcasting"): with --auth basic, a PushSetup/PushStart
// without credentials gets 401 with WWW-Authenticate Basic (the connection kept) and creates no
// publishing point;
// wrong credentials are refused and counted by the brute-force throttle; the right ones push a
// broadcast that a (logged-in) client plays.
#include "core/asf/asffile.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "server/mmsserver.h"
#include "server/pushclient.h"
#include "server/userdatabase.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

QString media(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

constexpr int BaseDelayMs = 50;

} // namespace

class tst_PushAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pushWithoutLoginIsAsked();
    void wrongLoginIsRefusedAndCounted();
    void rightLoginPlays();

private:
    std::unique_ptr<MmsServer> startServer();
    QUrl pointUrl(const MmsServer &server, const char *scheme) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/tv")
                        .arg(QLatin1String(scheme))
                        .arg(server.serverPort()));
    }

    QTemporaryDir m_dir;
    QString m_users;
};

void tst_PushAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY2(UserDatabase::writeUser(m_users, QStringLiteral("encoder"),
                 UserDatabase::makeLine(QStringLiteral("encoder"), QStringLiteral("s3cret"),
                     UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
                 &error),
        qPrintable(error));
}

std::unique_ptr<MmsServer> tst_PushAuth::startServer()
{
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    config.auth = AuthScheme::Basic;
    config.usersFile = m_users;
    config.throttle.baseDelayMs = BaseDelayMs;
    config.pushAnyName = true; // a point exists only once an encoder pushed to it
    return startLoopbackServer(config);
}

void tst_PushAuth::pushWithoutLoginIsAsked()
{
    const std::unique_ptr<MmsServer> server = startServer();
    QVERIFY(server->serverPort() != 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /tv HTTP/1.1\r\nContent-Type: application/x-wms-pushsetup\r\n"
                 "Cookie: push-id=0\r\nContent-Length: 0\r\nHost: x\r\n\r\n");
    // The connection stays for the login that follows (as NTLM needs): the 401 says so.
    const QByteArray expected = "HTTP/1.1 401 Unauthorized\r\nServer: Cougar/9.01.01.3814\r\n"
                                "WWW-Authenticate: Basic realm=\"mms-serve\", charset=\"UTF-8\"\r\n"
                                "Content-Length: 0\r\nConnection: Keep-Alive\r\n\r\n";
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).size() >= expected.size(), 10000);
    QCOMPARE(response, expected);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // Being asked is no failed try.
    QCOMPARE(server->authThrottle().totalFailures(), 0);

    PushClient encoder;
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY2(
        encoder.start(media("clip.wmv"), pointUrl(*server, "http"), &error), qPrintable(error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().startsWith(QLatin1String("authentication failed")),
        qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(encoder.packetsSent(), quint64(0));

    // No point was created: a logged-in client hears "not found", not a broadcast.
    MmsSession client;
    client.setTimeout(10000);
    client.setCredentials(QStringLiteral("encoder"), QStringLiteral("s3cret"));
    QSignalSpy errors(&client, &MmsSession::errorOccurred);
    QSignalSpy headers(&client, &MmsSession::headerReceived);
    client.open(pointUrl(*server, "mmsh"));
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ServerError);
    QCOMPARE(headers.size(), 0);
}

void tst_PushAuth::wrongLoginIsRefusedAndCounted()
{
    const std::unique_ptr<MmsServer> server = startServer();
    for (int attempt = 1; attempt <= 2; ++attempt) {
        PushClient encoder;
        encoder.setCredentials(QStringLiteral("encoder"), QStringLiteral("wrong"));
        QSignalSpy finished(&encoder, &PushClient::finished);
        QString error;
        QVERIFY(encoder.start(media("clip.wmv"), pointUrl(*server, "http"), &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().startsWith(QLatin1String("authentication failed")),
            qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(encoder.packetsSent(), quint64(0));
        QCOMPARE(server->authThrottle().totalFailures(), attempt);
        QCOMPARE(server->authThrottle().failures(QHostAddress::LocalHost), attempt);
        // The refusal came after the throttle's delay (doubling per failure).
        QCOMPARE(
            server->authThrottle().recentFailures().last().delayMs, BaseDelayMs << (attempt - 1));
    }
}

void tst_PushAuth::rightLoginPlays()
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(media("clip.wmv"));
    QVERIFY(opened.ok());
    const quint64 count = opened.file->packetCount();
    const std::unique_ptr<MmsServer> server = startServer();
    PushClient encoder;
    encoder.setCredentials(QStringLiteral("encoder"), QStringLiteral("s3cret"));
    encoder.setLoops(3);
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY(encoder.start(media("clip.wmv"), pointUrl(*server, "http"), &error));

    MmsSession client;
    client.setTimeout(30000);
    client.setCredentials(QStringLiteral("encoder"), QStringLiteral("s3cret"));
    int packets = 0;
    connect(&client, &MmsSession::headerReceived, &client, [&client] { client.startPlaying(); });
    connect(&client, &MmsSession::dataPacketReceived, &client,
        [&packets](quint32, const QByteArray &) { ++packets; });
    // The point is "not found" until the encoder's header is in: try again until it is.
    connect(&client, &MmsSession::errorOccurred, &client, [&] {
        if (packets == 0)
            QTimer::singleShot(100, &client, [&] { client.open(pointUrl(*server, "mmsh")); });
    });
    client.open(pointUrl(*server, "mmsh"));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(encoder.packetsSent(), 3 * count);
    QTRY_VERIFY_WITH_TIMEOUT(packets > int(count), 20000);
    QCOMPARE(server->authThrottle().totalFailures(), 0);
    client.abort();
}

QTEST_GUILESS_MAIN(tst_PushAuth)
#include "tst_pushauth.moc"
