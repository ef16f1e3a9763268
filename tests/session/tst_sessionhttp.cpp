// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"
#include "core/mmsh/mmshpacket.h"
#include "core/protocol/mmsconstants.h"
#include "core/session/mmssession.h"
#include "httponlyrelay.h"
#include "server/mmsserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

// What only MMS over HTTP has (HTTP statuses, HTTP redirects, a drop inside a Play response),
// and the rollover of mms:// URLs from MMS over TCP to MMS over HTTP: an HTTP-only server on the
// port, nothing on the TCP port, and a TCP port that accepts and never answers.
class tst_SessionHttp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void httpStatusesAreErrorsInWords_data();
    void httpStatusesAreErrorsInWords();
    void bothSchemesOfferedLogsInWithNtlm();
    void httpRedirectLoopStopsAfterFiveHops();
    void httpDropWhilePlayingResumes();
    void httpOnlyServerOnTheMmsPort();
    void nothingOnTheTcpPortRollsOver();
    void silentTcpPortRollsOverAfterTheTimeout();
    void mmstNeverRollsOver();
    void bothWiresRefusedSaysBoth();
    void asxAnswerIsFollowed_data();
    void asxAnswerIsFollowed();
    void hostileHttpServer_data();
    void hostileHttpServer();

private:
    static QString media(const char *name)
    {
        return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
    }
    // Plays `session` from 0 to the end and collects the locations delivered.
    void playAll(MmsSession &session, const QUrl &url, QList<quint32> &locations);

    std::unique_ptr<MmsServer> m_burst;
    std::unique_ptr<MmsServer> m_realtime;
    std::unique_ptr<asf::AsfFile> m_clip;
};

void tst_SessionHttp::initTestCase()
{
    qRegisterMetaType<MmsSession::Transport>();
    asf::AsfFile::OpenResult clip = asf::AsfFile::open(media("clip.wmv"));
    QVERIFY(clip.ok());
    m_clip = std::move(clip.file);
    MmsServerConfig realtime;
    realtime.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    realtime.port = 0;
    // The relays here count connections of the non-pipelined mode (one per request); the
    // pipelined mode has its own tests (tst_sessionhttpplay).
    realtime.httpPipelining = false;
    m_realtime = std::make_unique<MmsServer>(realtime);
    QVERIFY2(m_realtime->listen(), qPrintable(m_realtime->errorString()));
    MmsServerConfig burst = realtime;
    burst.pace = MmsServerConfig::Pace::Burst;
    m_burst = std::make_unique<MmsServer>(burst);
    QVERIFY2(m_burst->listen(), qPrintable(m_burst->errorString()));
}

void tst_SessionHttp::playAll(MmsSession &session, const QUrl &url, QList<quint32> &locations)
{
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&locations](quint32 location) { locations.append(location); });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(!ends.isEmpty() && session.state() == MmsSession::State::Ready, 30000);
}

void tst_SessionHttp::httpStatusesAreErrorsInWords_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<MmsSession::Error>("error");
    QTest::addColumn<quint32>("hr");
    using E = MmsSession::Error;
    QTest::newRow("401") << QByteArray(
        "HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: NTLM\r\n\r\n")
                         << E::AuthenticationRequired << 0u;
    QTest::newRow("403") << QByteArray("HTTP/1.0 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                         << E::ServerError << mms::Hresult::AccessDenied;
    QTest::newRow("503") << QByteArray(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")
                         << E::ServerError << mms::Hresult::TooManySessions;
    QTest::newRow("500") << QByteArray(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
                         << E::ServerError << 0x801901F4u;
    QTest::newRow("not framed") << QByteArray(
        "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
                                << E::ProtocolError << 0u;
}

void tst_SessionHttp::httpStatusesAreErrorsInWords()
{
    QFETCH(QByteArray, response);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&request, socket, response] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                socket->write(response);
                socket->disconnectFromHost();
            }
        });
    });
    MmsSession session;
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    // Nobody to type a password: a 401 ends in AuthenticationRequired.
    connect(
        &session, &MmsSession::credentialsRequired, &session, &MmsSession::cancelAuthentication);
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/clip.wmv").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QTEST(errors.at(0).at(0).value<MmsSession::Error>(), "error");
    QTEST(errors.at(0).at(1).toUInt(), "hr");
    // The Describe request of [MS-WMSP] 2.2.2.1, offering the pipelined mode (3.1.4.2.1).
    QVERIFY2(request.startsWith("GET /clip.wmv HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("pipeline-experiment=1"));
    QVERIFY(request.contains("Connection: Keep-Alive"));
    QVERIFY(request.contains("User-Agent: NSPlayer/"));
    QVERIFY(request.contains(
        "xClientGUID=" + session.playerId().toByteArray(QUuid::WithBraces).toUpper()));
    QVERIFY(request.contains("no-cache"));
    QVERIFY(!request.contains("xPlayStrm"));
}

void tst_SessionHttp::bothSchemesOfferedLogsInWithNtlm()
{
    // A server offering Basic and NTLM: the client answers with NTLM, which never sends the
    // password (Basic would send it readable), as Windows Media Player does.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QByteArray> requests;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto *head = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [head] { delete head; });
        connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket, head] {
            *head += socket->readAll();
            if (!head->contains("\r\n\r\n"))
                return;
            requests.append(*head);
            head->clear();
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"media\"\r\n"
                          "WWW-Authenticate: NTLM\r\nContent-Length: 0\r\n\r\n");
        });
    });
    MmsSession session;
    session.setCredentials(QStringLiteral("alice"), QStringLiteral("secret1"));
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/clip.wmv").arg(server.serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(requests.size() >= 2, 30000);
    QVERIFY2(!requests.at(0).contains("Authorization:"), requests.at(0).constData());
    QVERIFY2(requests.at(1).contains("\r\nAuthorization: NTLM "), requests.at(1).constData());
    QVERIFY(!requests.at(1).contains("Basic "));
    session.abort();
}

void tst_SessionHttp::httpRedirectLoopStopsAfterFiveHops()
{
    // 302 after 302, with relative locations: the same hop limit as ReportRedirect.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QByteArray> targets;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [&targets, socket, request] {
            *request += socket->readAll();
            if (!request->contains("\r\n\r\n"))
                return;
            targets.append(request->split(' ').value(1));
            socket->write("HTTP/1.1 302 Found\r\nLocation: /hop"
                + QByteArray::number(targets.size())
                + ".wmv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/start.wmv").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::TooManyRedirects);
    QCOMPARE(redirects.count(), 5);
    QCOMPARE(targets,
        QList<QByteArray>(
            {"/start.wmv", "/hop1.wmv", "/hop2.wmv", "/hop3.wmv", "/hop4.wmv", "/hop5.wmv"}));
    QCOMPARE(redirects.at(4).at(0).toUrl(),
        QUrl(QStringLiteral("mmsh://127.0.0.1:%1/hop5.wmv").arg(server.serverPort())));
}

void tst_SessionHttp::httpDropWhilePlayingResumes()
{
    // The Play response (relayed connection 1, after the Describe) drops in the middle: the
    // session reconnects (Describe, Play at stream-time) and the packets go on with no repeat
    // and no gap.
    HttpOnlyRelay relay(m_realtime->serverPort());
    relay.dropAfter(1, 60 * 1024);
    QVERIFY(relay.listen());
    MmsSession session;
    QSignalSpy reconnecting(&session, &MmsSession::reconnecting);
    QSignalSpy resumed(&session, &MmsSession::resumed);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QList<quint32> locations;
    playAll(
        session, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/clip.wmv").arg(relay.port())), locations);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(reconnecting.count(), 1);
    QCOMPARE(resumed.count(), 1);
    QVERIFY(resumed.at(0).at(0).toDouble() > 0.0);
    QVERIFY(relay.relayed() >= 4); // Describe, Play, Describe, Play
    QCOMPARE(quint64(locations.size()), m_clip->packetCount());
    for (int i = 0; i < locations.size(); ++i)
        QCOMPARE(locations.at(i), quint32(i));
}

void tst_SessionHttp::httpOnlyServerOnTheMmsPort()
{
    // (a) mms://host:PORT/ where PORT answers only HTTP: the Connect gets an HTTP error, and the
    // session plays over HTTP on the same port.
    HttpOnlyRelay relay(m_burst->serverPort());
    QVERIFY(relay.listen());
    MmsSession session;
    QSignalSpy transports(&session, &MmsSession::transportChanged);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QList<quint32> locations;
    playAll(
        session, QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(relay.port())), locations);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(quint64(locations.size()), m_clip->packetCount());
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
    QCOMPARE(relay.refused(), 1);
    QVERIFY(relay.relayed() >= 2); // Describe, Play
    QCOMPARE(transports.count(), 2);
    QCOMPARE(transports.at(0).at(0).value<MmsSession::Transport>(), MmsSession::Transport::Tcp);
    QCOMPARE(transports.at(1).at(0).value<MmsSession::Transport>(), MmsSession::Transport::Http);
}

void tst_SessionHttp::nothingOnTheTcpPortRollsOver()
{
    // (b) Nothing listens on the TCP port: refused, then HTTP on the fallback port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    MmsSession session;
    session.setHttpFallbackPort(m_burst->serverPort());
    QSignalSpy transports(&session, &MmsSession::transportChanged);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QList<quint32> locations;
    playAll(
        session, QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(closedPort)), locations);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(quint64(locations.size()), m_clip->packetCount());
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
    QCOMPARE(session.transportName(), QStringLiteral("MMS over HTTP"));
    QCOMPARE(transports.count(), 2);
    QVERIFY2(transports.at(1).at(1).toString().contains(QStringLiteral("refused")),
        qPrintable(transports.at(1).at(1).toString()));
}

void tst_SessionHttp::silentTcpPortRollsOverAfterTheTimeout()
{
    // (c) The TCP port accepts and never answers: rollover after rolloverTimeout().
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MmsSession session;
    QCOMPARE(session.rolloverTimeout(), 3000);
    session.setRolloverTimeout(300);
    session.setHttpFallbackPort(m_burst->serverPort());
    QSignalSpy transports(&session, &MmsSession::transportChanged);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QList<quint32> locations;
    playAll(session, QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(silent.serverPort())),
        locations);
    QCOMPARE(errors.count(), 0);
    QVERIFY(silent.hasPendingConnections()); // the TCP attempt was accepted, and never answered
    QCOMPARE(quint64(locations.size()), m_clip->packetCount());
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
    QCOMPARE(transports.count(), 2);
    QVERIFY2(transports.at(1).at(1).toString().contains(QStringLiteral("no answer")),
        qPrintable(transports.at(1).at(1).toString()));
}

void tst_SessionHttp::mmstNeverRollsOver()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    MmsSession session;
    session.setHttpFallbackPort(m_burst->serverPort());
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/clip.wmv").arg(closedPort)));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionRefused);
    QCOMPARE(session.transport(), MmsSession::Transport::Tcp);
}

void tst_SessionHttp::bothWiresRefusedSaysBoth()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    MmsSession session;
    QSignalSpy transports(&session, &MmsSession::transportChanged);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(closedPort)));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionRefused);
    const QString detail = errors.at(0).at(2).toString();
    // Both wires refused alike: the refusal once, and that both were tried.
    QCOMPARE(detail,
        QStringLiteral("127.0.0.1 port %1 refused the connection (tried MMS over TCP, then MMS "
                       "over HTTP)")
            .arg(closedPort));
    QCOMPARE(transports.count(), 2); // TCP, then HTTP on the same (explicit) port
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
}

void tst_SessionHttp::asxAnswerIsFollowed_data()
{
    QTest::addColumn<bool>("withLength");
    QTest::newRow("Content-Length") << true;
    QTest::newRow("until close") << false;
}

void tst_SessionHttp::asxAnswerIsFollowed()
{
    // A Windows Media server answers a stream URL with an ASX playlist: its first MMS link plays.
    QFETCH(bool, withLength);
    const QByteArray asx = "<ASX version=\"3.0\"><ENTRY><REF HREF=\"http://127.0.0.1:"
        + QByteArray::number(m_burst->serverPort()) + "/clip.wmv\"/></ENTRY></ASX>";
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, asx, withLength] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            QByteArray response = "HTTP/1.0 200 OK\r\nContent-Type: video/x-ms-asf\r\n";
            if (withLength)
                response += "Content-Length: " + QByteArray::number(asx.size()) + "\r\n";
            socket->write(response + "\r\n" + asx);
            socket->disconnectFromHost();
        });
    });
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("http://127.0.0.1:%1/stream").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(headers.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(redirects.count(), 1);
    QCOMPARE(redirects.at(0).at(0).toUrl().port(), int(m_burst->serverPort()));
    QCOMPARE(session.headerBytes(), m_clip->mmsHeaderBytes());
    session.abort();
}

void tst_SessionHttp::hostileHttpServer_data()
{
    // What the server sends once the request is in: `start`, then `repeat` every 20 ms forever.
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("repeat");
    QTest::addColumn<MmsSession::Error>("error");
    using E = MmsSession::Error;
    QTest::newRow("endless head")
        << QByteArray("HTTP/1.0 200 OK\r\n")
        << QByteArray("X-Noise: " + QByteArray(4000, 'a') + "\r\n").repeated(4) << E::ProtocolError;
    QTest::newRow("head line a byte at a time")
        << QByteArray("HTTP/1.0 200 OK\r\nX-Slow: ") << QByteArray("s") << E::Timeout;
    QTest::newRow("huge Content-Length, no body")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 99999999999\r\n\r\n") << QByteArray()
        << E::Timeout;
    QTest::newRow("$D into a Describe, never a header")
        << QByteArray("HTTP/1.0 200 OK\r\n\r\n")
        << mms::MmshPacket::data(1, 0, 0, QByteArray(200, 'd')).encode() << E::Timeout;
    QTest::newRow("header that claims 2 GiB") << QByteArray("HTTP/1.0 200 OK\r\n\r\n")
            + mms::MmshPacket::header(
                0, 0, QByteArray(16, '\0') + QByteArray("\x00\x00\x00\x80\x00\x00\x00\x00", 8))
                  .encode() << QByteArray() << E::InvalidHeader;
    QTest::newRow("$-packet longer than its response")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 10\r\n\r\n")
            + QByteArray("$H\xff\xff\0\0\0\0\0\0", 10)
        << QByteArray() << E::ProtocolError;
    QTest::newRow("plain ASF file as a playlist type")
        << QByteArray(
               "HTTP/1.0 200 OK\r\nContent-Type: video/x-ms-asf\r\nContent-Length: 30\r\n\r\n")
            + QByteArray::fromHex("3026b2758e66cf11a6d900aa0062ce6c") + QByteArray(14, '\0')
        << QByteArray() << E::ProtocolError;
    QTest::newRow("endless playlist")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: video/x-ms-asx\r\n\r\n<ASX>")
        << QByteArray(256 * 1024, ' ') << E::ProtocolError;
}

void tst_SessionHttp::hostileHttpServer()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, repeat);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTimer pump;
    pump.setInterval(20);
    QTcpSocket *client = nullptr;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        client = server.nextPendingConnection();
        connect(client, &QTcpSocket::readyRead, client, [&, client] {
            if (!client->readAll().contains("\r\n\r\n") || pump.isActive())
                return;
            client->write(start);
            pump.start();
        });
    });
    connect(&pump, &QTimer::timeout, &server, [&] {
        if (client && client->state() == QAbstractSocket::ConnectedState && !repeat.isEmpty())
            client->write(repeat);
    });
    MmsSession session;
    session.setTimeout(500);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/clip.wmv").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QTEST(errors.at(0).at(0).value<MmsSession::Error>(), "error");
    QCOMPARE(session.state(), MmsSession::State::Failed);
    QVERIFY(session.bufferedBytes() < 64 * 1024);
}

QTEST_GUILESS_MAIN(tst_SessionHttp)
#include "tst_sessionhttp.moc"
