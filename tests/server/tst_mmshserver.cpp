// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve speaking MMS over HTTP ([MS-WMSP]) to raw QTcpSocket requests: Describe, Play (all
// packets, stream selection, seeking), Stop from another connection, keep-alive, refusals, MMS
// over TCP on the same port, and hostile clients cut off.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"
#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshsplitter.h"
#include "mmshclientfor.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mms;

namespace {

// One HTTP connection: what it received, split into a response head and $-packets.
class RawHttp {
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Reads until the peer closes (or `done` holds), within `timeoutMs`.
    bool readUntilClosed(int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool readUntil(const std::function<bool()> &done, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return done();
            },
            timeoutMs);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    const QByteArray &received() const { return m_received; }

    // The responses in what was received: heads and bodies (a body runs to Content-Length, or
    // to the end of what was received).
    struct Response {
        HttpHead head;
        QList<MmshPacket> packets;
        CodecError bodyError;
        QByteArray body;
    };
    QList<Response> responses() const
    {
        QList<Response> out;
        QByteArrayView rest(m_received);
        while (!rest.isEmpty()) {
            HttpHeadReader reader(HttpHeadReader::Kind::Response);
            const HttpHeadReader::Result r = reader.feed(rest);
            if (!r.error.ok())
                break;
            Response response;
            response.head = reader.head();
            rest = rest.sliced(r.consumed);
            const qint64 length = response.head.contentLength().value_or(rest.size());
            response.body = rest.first(qMin<qint64>(length, rest.size())).toByteArray();
            rest = rest.sliced(response.body.size());
            MmshSplitter splitter;
            splitter.append(response.body);
            for (;;) {
                MmshSplitter::Item item = splitter.next();
                if (!item.ok()) {
                    response.bodyError = item.error;
                    break;
                }
                response.packets.append(item.packet);
            }
            out.append(response);
        }
        return out;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray joinedPayloads(const QList<MmshPacket> &packets, MmshPacketType type)
{
    QByteArray out;
    for (const MmshPacket &p : packets) {
        if (p.type == type)
            out += p.payload;
    }
    return out;
}

QList<MmshPacket> ofType(const QList<MmshPacket> &packets, MmshPacketType type)
{
    QList<MmshPacket> out;
    for (const MmshPacket &p : packets) {
        if (p.type == type)
            out.append(p);
    }
    return out;
}

} // namespace

class tst_MmshServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void describe();
    void playSendsEveryPacket();
    void streamSwitchEntryFilters();
    void streamTimeSeeks();
    void stopFromAnotherConnection();
    void liveIsBroadcast();
    void keepAliveConnection();
    void refusals_data();
    void refusals();
    void bothProtocolsOnOnePort();
    void maxClients();
    void endlessHeadersCutOff();
    void hugeContentLengthRefused();
    void slowRequestHeadCutOff();

private:
    std::unique_ptr<MmsServer> startServer(
        MmsServerConfig::Pace pace = MmsServerConfig::Pace::Burst, int maxClients = 200,
        int headTimeoutMs = 10000);
    std::unique_ptr<asf::AsfFile> openAsf(const QString &name);
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MmshServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
}

std::unique_ptr<MmsServer> tst_MmshServer::startServer(
    MmsServerConfig::Pace pace, int maxClients, int headTimeoutMs)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = pace;
    config.maxClients = maxClients;
    config.requestHeadTimeoutMs = headTimeoutMs;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<asf::AsfFile> tst_MmshServer::openAsf(const QString &name)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(m_root + QLatin1Char('/') + name);
    return opened.ok() ? std::move(opened.file) : nullptr;
}

void tst_MmshServer::describe()
{
    auto server = startServer();
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(MmshRequests::describe(mmshClientFor("/clip.wmv")));
    QVERIFY(http.readUntilClosed());
    const QList<RawHttp::Response> responses = http.responses();
    QCOMPARE(responses.size(), 1);
    const RawHttp::Response &r = responses.first();
    QCOMPARE(r.head.statusCode, 200);
    QCOMPARE(r.head.value("Content-Type"), QByteArray("application/vnd.ms.wms-hdr.asfv1"));
    QCOMPARE(r.head.contentLength(), std::optional<qint64>(r.body.size()));
    const Decoded<MmshPragma> pragma = parsePragmas(r.head.values("Pragma"));
    QVERIFY(pragma.ok());
    QVERIFY(pragma.value.clientId.has_value());
    QVERIFY(pragma.value.hasFeature("seekable"));
    QCOMPARE(r.bodyError.status, CodecStatus::NeedMoreData); // ends on a packet boundary
    QVERIFY(!r.packets.isEmpty());
    for (const MmshPacket &p : r.packets)
        QCOMPARE(p.type, MmshPacketType::Header);
    QCOMPARE(joinedPayloads(r.packets, MmshPacketType::Header), clip->mmsHeaderBytes());
}

void tst_MmshServer::playSendsEveryPacket()
{
    auto server = startServer();
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(MmshRequests::play(mmshClientFor("/clip.wmv"), {}));
    QVERIFY(http.readUntilClosed());
    const QList<RawHttp::Response> responses = http.responses();
    QCOMPARE(responses.size(), 1);
    const RawHttp::Response &r = responses.first();
    QCOMPARE(r.head.statusCode, 200);
    QCOMPARE(r.head.value("Content-Type"), QByteArray("application/x-mms-framed"));
    QCOMPARE(r.bodyError.status, CodecStatus::NeedMoreData);
    // $H first, then every $D in order, then $E S_OK last.
    QVERIFY(r.packets.size() >= 3);
    QCOMPARE(r.packets.first().type, MmshPacketType::Header);
    QCOMPARE(joinedPayloads(r.packets, MmshPacketType::Header), clip->mmsHeaderBytes());
    QCOMPARE(r.packets.last().type, MmshPacketType::EndOfStream);
    QCOMPARE(r.packets.last().reason, 0u);
    const QList<MmshPacket> data = ofType(r.packets, MmshPacketType::Data);
    QCOMPARE(quint64(data.size()), clip->packetCount());
    for (qsizetype i = 0; i < data.size(); ++i) {
        QCOMPARE(data.at(i).locationId, quint32(i));
        QCOMPARE(data.at(i).payload, clip->packet(quint64(i)));
    }
    QCOMPARE(r.packets.size(), 1 + data.size() + 1);
}

void tst_MmshServer::streamSwitchEntryFilters()
{
    auto server = startServer();
    QVERIFY(server);
    auto multi = openAsf(QStringLiteral("multi.wmv"));
    QVERIFY(multi);
    QVERIFY(multi->header().streams.size() >= 2);
    const int kept = multi->header().streams.first().number;
    // Every stream listed, all but the first with thinning 2 (nothing of it).
    MmshRequests::PlayOptions options;
    for (const asf::Stream &stream : multi->header().streams)
        options.streams.append(
            {0xFFFF, quint16(stream.number), quint16(stream.number == kept ? 0 : 2)});
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(MmshRequests::play(mmshClientFor("/multi.wmv"), options));
    QVERIFY(http.readUntilClosed());
    const QList<MmshPacket> data = ofType(http.responses().first().packets, MmshPacketType::Data);
    // Exactly the source's packets with the other streams removed (empty ones skipped).
    QList<QByteArray> expected;
    for (quint64 i = 0; i < multi->packetCount(); ++i) {
        const asf::PadResult filtered =
            asf::filterPacket(multi->packet(i), multi->packetSize(), {kept});
        QVERIFY(filtered.ok());
        if (!filtered.packet.isEmpty())
            expected.append(filtered.packet);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(quint64(expected.size()) < multi->packetCount()); // something was filtered out
    QCOMPARE(qsizetype(data.size()), expected.size());
    for (qsizetype i = 0; i < data.size(); ++i)
        QCOMPARE(data.at(i).payload, expected.at(i));
}

void tst_MmshServer::streamTimeSeeks()
{
    auto server = startServer();
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    const quint32 seekMs = 2000;
    const quint64 first = clip->packetIndexForSendTime(seekMs);
    QVERIFY(first > 0 && first < clip->packetCount());
    MmshRequests::PlayOptions options;
    options.streamTimeMs = seekMs;
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(MmshRequests::play(mmshClientFor("/clip.wmv"), options));
    QVERIFY(http.readUntilClosed());
    const QList<MmshPacket> data = ofType(http.responses().first().packets, MmshPacketType::Data);
    QCOMPARE(quint64(data.size()), clip->packetCount() - first);
    QCOMPARE(quint64(data.first().locationId), first);
    QCOMPARE(data.first().payload, clip->packet(first));
}

void tst_MmshServer::stopFromAnotherConnection()
{
    // Realtime pace: the play lasts seconds, the Stop ends it early with $E.
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    MmshClientContext context = mmshClientFor("/clip.wmv");
    context.clientId = 4242;
    RawHttp player;
    QVERIFY(player.connectTo(server->serverPort()));
    player.send(MmshRequests::play(context, {}));
    QVERIFY(player.readUntil([&] {
        return ofType(player.responses().value(0).packets, MmshPacketType::Data).size() >= 2;
    }));
    RawHttp control;
    QVERIFY(control.connectTo(server->serverPort()));
    control.send(MmshRequests::stop(context));
    QVERIFY(control.readUntil([&] { return !control.responses().isEmpty(); }));
    QCOMPARE(control.responses().first().head.statusCode, 200);
    QVERIFY(player.readUntilClosed());
    const QList<MmshPacket> packets = player.responses().first().packets;
    QCOMPARE(packets.last().type, MmshPacketType::EndOfStream);
    QVERIFY(quint64(ofType(packets, MmshPacketType::Data).size()) < clip->packetCount());
}

void tst_MmshServer::liveIsBroadcast()
{
    // --live: Describe says features="broadcast"; Play sends the header, then the packets of the
    // loop as they come.
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.live.insert(QStringLiteral("radio"), m_root + QStringLiteral("/audio.wma"));
    MmsServer server(config);
    QVERIFY(server.listen());
    auto audio = openAsf(QStringLiteral("audio.wma"));
    QVERIFY(audio);
    RawHttp describe;
    QVERIFY(describe.connectTo(server.serverPort()));
    describe.send(MmshRequests::describe(mmshClientFor("/radio")));
    QVERIFY(describe.readUntilClosed());
    const RawHttp::Response r = describe.responses().value(0);
    QCOMPARE(r.head.statusCode, 200);
    const Decoded<MmshPragma> pragma = parsePragmas(r.head.values("Pragma"));
    QVERIFY(pragma.value.hasFeature("broadcast"));
    QVERIFY(!pragma.value.hasFeature("seekable"));
    QVERIFY(!joinedPayloads(r.packets, MmshPacketType::Header).isEmpty());

    RawHttp play;
    QVERIFY(play.connectTo(server.serverPort()));
    play.send(MmshRequests::play(mmshClientFor("/radio"), {}));
    QVERIFY(play.readUntil([&] {
        return ofType(play.responses().value(0).packets, MmshPacketType::Data).size() >= 3;
    }));
    const QList<MmshPacket> packets = play.responses().first().packets;
    QCOMPARE(packets.first().type, MmshPacketType::Header);
    for (const MmshPacket &p : ofType(packets, MmshPacketType::Data))
        QCOMPARE(quint32(p.payload.size()), audio->packetSize());
}

void tst_MmshServer::keepAliveConnection()
{
    // HTTP/1.1 without "Connection: close": Describe, KeepAlive and Log on one connection.
    auto server = startServer();
    QVERIFY(server);
    MmshClientContext context = mmshClientFor("/clip.wmv");
    context.clientId = 77;
    QByteArray describe = MmshRequests::describe(context);
    describe.replace("HTTP/1.0", "HTTP/1.1").replace("Connection: Close\r\n", "");
    QByteArray keepAlive = MmshRequests::keepAlive(context);
    keepAlive.replace("HTTP/1.0", "HTTP/1.1").replace("Connection: Close\r\n", "");
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(describe + keepAlive + MmshRequests::log(context, "<log/>"));
    QVERIFY(http.readUntil([&] { return http.responses().size() == 3; }));
    const QList<RawHttp::Response> responses = http.responses();
    QCOMPARE(responses.at(0).head.statusCode, 200);
    QVERIFY(!responses.at(0).packets.isEmpty());
    QCOMPARE(responses.at(1).head.statusCode, 200);
    QCOMPARE(responses.at(2).head.statusCode, 200);
    // The client-id it gave is kept.
    QCOMPARE(parsePragmas(responses.at(0).head.values("Pragma")).value.clientId,
        std::optional<quint32>(77));
    QVERIFY(http.isConnected());
}

void tst_MmshServer::refusals_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QByteArray("/nothere.wmv") << 404;
    QTest::newRow("missing dir") << QByteArray("/sub/nothere/clip.wmv") << 404;
    QTest::newRow("dotdot") << QByteArray("/../outside/secret.wmv") << 403;
    QTest::newRow("percent dots") << QByteArray("/%2e%2e/outside/secret.wmv") << 403;
    QTest::newRow("inner dotdot") << QByteArray("/sub/../../outside/secret.wmv") << 403;
    QTest::newRow("symlink out") << QByteArray("/escape.wmv") << 403;
    QTest::newRow("absolute URL with dotdot")
        << QByteArray("http://127.0.0.1/../outside/secret.wmv") << 403;
    QTest::newRow("not ASF") << QByteArray("/notes.txt") << 403;
}

void tst_MmshServer::refusals()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    auto server = startServer();
    QVERIFY(server);
    for (bool play : {false, true}) {
        RawHttp http;
        QVERIFY(http.connectTo(server->serverPort()));
        const MmshClientContext context = mmshClientFor(path);
        http.send(play ? MmshRequests::play(context, {}) : MmshRequests::describe(context));
        QVERIFY(http.readUntilClosed());
        const QList<RawHttp::Response> responses = http.responses();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().head.statusCode, status);
        QVERIFY(responses.first().body.isEmpty());
    }
}

void tst_MmshServer::bothProtocolsOnOnePort()
{
    auto server = startServer();
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    TestMmsClient mmst;
    QVERIFY(mmst.connectTo(server->serverPort()));
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(MmshRequests::describe(mmshClientFor("/clip.wmv")));
    QVERIFY(mmst.openFile(QStringLiteral("clip.wmv")));
    QCOMPARE(mmst.readHeader(), clip->mmsHeaderBytes());
    QVERIFY(http.readUntilClosed());
    QCOMPARE(joinedPayloads(http.responses().first().packets, MmshPacketType::Header),
        clip->mmsHeaderBytes());
    QVERIFY(mmst.isConnected());
}

void tst_MmshServer::maxClients()
{
    auto server = startServer(MmsServerConfig::Pace::Burst, 1);
    QVERIFY(server);
    QSignalSpy started(server.get(), &MmsServer::sessionStarted);
    // The first holds the only slot: an HTTP/1.1 keep-alive connection after its Describe.
    QByteArray describe = MmshRequests::describe(mmshClientFor("/clip.wmv"));
    describe.replace("HTTP/1.0", "HTTP/1.1").replace("Connection: Close\r\n", "");
    RawHttp first;
    QVERIFY(first.connectTo(server->serverPort()));
    first.send(describe);
    QVERIFY(first.readUntil([&] { return first.responses().size() == 1; }));
    QCOMPARE(first.responses().first().head.statusCode, 200);
    RawHttp second;
    QVERIFY(second.connectTo(server->serverPort()));
    second.send(describe);
    QVERIFY(second.readUntilClosed());
    QCOMPARE(second.responses().size(), 1);
    QCOMPARE(second.responses().first().head.statusCode, 503);
    QVERIFY(first.isConnected());
    QCOMPARE(server->sessionCount(), 1);
}

void tst_MmshServer::endlessHeadersCutOff()
{
    auto server = startServer();
    QVERIFY(server);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    QByteArray flood = "GET /clip.wmv HTTP/1.1\r\n";
    for (int i = 0; i < 4000; ++i)
        flood += "X-Filler-" + QByteArray::number(i) + ": yes\r\n";
    http.send(flood);
    QVERIFY(http.readUntilClosed());
    QCOMPARE(http.responses().value(0).head.statusCode, 431);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(server->peakQueuedBytes() < 4096, true);
}

void tst_MmshServer::hugeContentLengthRefused()
{
    auto server = startServer();
    QVERIFY(server);
    RawHttp http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send("POST /clip.wmv HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-wms-LogStats\r\n"
              "Content-Length: 99999999999\r\n\r\nxxxx");
    QVERIFY(http.readUntilClosed());
    QCOMPARE(http.responses().value(0).head.statusCode, 413);
}

void tst_MmshServer::slowRequestHeadCutOff()
{
    // A head that trickles in (slowloris) is cut at its deadline, whatever it sends meanwhile;
    // a connection that sends nothing at all goes at the same deadline.
    auto server = startServer(MmsServerConfig::Pace::Burst, 200, 500);
    QVERIFY(server);
    RawHttp slow;
    QVERIFY(slow.connectTo(server->serverPort()));
    RawHttp silent;
    QVERIFY(silent.connectTo(server->serverPort()));
    RawHttp slowBody; // a whole head, then a body that never comes
    QVERIFY(slowBody.connectTo(server->serverPort()));
    slowBody.send("POST /clip.wmv HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nx");
    QElapsedTimer clock;
    clock.start();
    slow.send("GET /clip.wmv HTTP/1.1\r\n");
    int sent = 0;
    const bool cut = slow.readUntil(
        [&] {
            if (clock.elapsed() > sent * 100 && slow.isConnected()) {
                slow.send("X: y\r\n");
                ++sent;
            }
            return !slow.isConnected();
        },
        10000);
    QVERIFY(cut);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(slow.responses().value(0).head.statusCode, 408);
    QVERIFY(silent.readUntilClosed(3000));
    QVERIFY(silent.received().isEmpty());
    QVERIFY(slowBody.readUntilClosed(3000));
    QCOMPARE(slowBody.responses().value(0).head.statusCode, 408);
    QTRY_COMPARE(server->sessionCount(), 0);
}

QTEST_MAIN(tst_MmshServer)
#include "tst_mmshserver.moc"
