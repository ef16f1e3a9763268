// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile clients against mms-serve (in process, 127.0.0.1): the server must not crash, must not
// grow without bound, must keep serving a well-behaved client completely and on time, and must
// drop or refuse the hostile ones cleanly. Bounds: docs/mms-serve.md, "Limits against hostile
// clients".
#include "core/asf/asffile.h"
#include "server/mmsserver.h"
#include "server/mmsserversession.h"
#include "server/sessionconnection.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace mms;

class tst_HostileClients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void garbage_data();
    void garbage();
    void thousandConnections();
    void halfOpenConnections();
    void readerThatNeverReads();
    void commandFloodWithoutReading();
    void sequenceCounterPastMbz();

private:
    std::unique_ptr<MmsServer> startServer(MmsServerConfig config);
    // Plays `name` to the end in a fresh session and checks every packet arrived, in order and
    // byte for byte. Returns ms from ReportStartedPlaying to ReportEndOfStream, -1 on failure.
    qint64 playWholeFile(quint16 port, const QString &name);
    std::unique_ptr<asf::AsfFile> openAsf(const QString &name);

    QTemporaryDir m_dir;
    QString m_root;
};

namespace {

// A client packet the way FFmpeg/VLC/libmms write it: a 32-bit counter across seq and MBZ.
template<typename M>
QByteArray packetWithCounter(const M &message, quint32 counter)
{
    QByteArray packet = encodePacket(message, 0);
    qToLittleEndian<quint32>(counter, packet.data() + 20);
    return packet;
}

QByteArray connectPacket()
{
    Connect connect;
    connect.subscriberName = QStringLiteral("NSPlayer/7.0.0.1956; {7E667F5D-A661-495E-A512-F55686DDA178}; Host: 127.0.0.1");
    return encodePacket(connect, 0);
}

QByteArray handshakeBytes(const QString &file)
{
    ConnectFunnel funnel;
    funnel.funnelName = QStringLiteral("\\\\127.0.0.1\\TCP\\1037");
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = file;
    return connectPacket() + encodePacket(FunnelInfo {}, 1) + encodePacket(funnel, 2) + encodePacket(open, 3);
}

} // namespace

void tst_HostileClients::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    QVERIFY(QFile::copy(TestMedia::mediaFile(QStringLiteral("demo.wmv")), m_root + QStringLiteral("/demo.wmv")));
#ifdef Q_OS_UNIX
    // 1,000 client sockets and the server's 1,000 live in this one process.
    rlimit limit {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_cur < 4096) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? 4096 : qMin<rlim_t>(4096, limit.rlim_max);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
    }
    QVERIFY2(limit.rlim_cur >= 2200, "cannot raise RLIMIT_NOFILE enough for 1,000 connections");
#endif
}

std::unique_ptr<MmsServer> tst_HostileClients::startServer(MmsServerConfig config)
{
    config.rootDir = m_root;
    config.port = 0;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<asf::AsfFile> tst_HostileClients::openAsf(const QString &name)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(m_root + QLatin1Char('/') + name);
    return std::move(opened.file);
}

qint64 tst_HostileClients::playWholeFile(quint16 port, const QString &name)
{
    auto file = openAsf(name);
    TestMmsClient client;
    if (!file || !client.connectTo(port) || !client.openFile(name) || client.readHeader() != file->mmsHeaderBytes())
        return -1;
    StartPlaying play;
    play.playIncarnation = 4;
    client.send(play);
    if (!client.waitForCommand(MessageId::ReportStartedPlaying, 1, 10000))
        return -1;
    QElapsedTimer clock;
    clock.start();
    if (!client.waitForCommand(MessageId::ReportEndOfStream, 1, 60000))
        return -1;
    const qint64 elapsed = clock.elapsed();
    const QList<DataPacket> packets = client.dataPackets(4);
    if (quint64(packets.size()) != file->packetCount()) {
        qWarning("%s: %lld of %llu packets", qPrintable(name), qint64(packets.size()), file->packetCount());
        return -1;
    }
    for (qsizetype i = 0; i < packets.size(); ++i) {
        if (packets.at(i).locationId != quint32(i) || packets.at(i).payload != file->packet(quint64(i)))
            return -1;
    }
    if (client.command<ReportEndOfStream>().hr != Hresult::Ok)
        return -1;
    return elapsed;
}

void tst_HostileClients::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator random(1755); // fixed seed: the same bytes every run
    QByteArray noise(4096, '\0');
    for (char &c : noise)
        c = char(random.bounded(256));
    QTest::newRow("random") << noise;
    // A well-formed HTTP request is MMS over HTTP now (tests/server/tst_mmshserver.cpp); a
    // malformed one (a field without its colon) is answered 400 and closed like any garbage.
    QTest::newRow("malformed http request")
            << QByteArray("GET /clip.wmv HTTP/1.1\r\nHost 127.0.0.1\r\nUser-Agent: NSPlayer/12\r\n\r\n");
    QTest::newRow("zeros") << QByteArray(512, '\0');
    QByteArray header = encodePacket(Pong {}, 0);
    QByteArray huge = header;
    qToLittleEndian<quint32>(0xFFFFFFF8u, huge.data() + 8); // messageLength near 4 GiB
    QTest::newRow("huge messageLength") << huge;
    QByteArray overLimit = header;
    qToLittleEndian<quint32>(1024 * 1024, overLimit.data() + 8); // valid form, over our 64 KiB
    QTest::newRow("1 MiB command") << overLimit + QByteArray(4096, 'x');
    QByteArray seal = header;
    seal[12] = 'X';
    QTest::newRow("bad seal") << seal;
    QByteArray chunk = header;
    qToLittleEndian<quint32>(1000, chunk.data() + 32); // chunkLen beyond the message
    QTest::newRow("chunkLen too big") << chunk;
    DataPacket data;
    data.payload = QByteArray(100, 'd');
    QTest::newRow("data packet") << data.encode();
    QTest::newRow("valid then garbage") << handshakeBytes(QStringLiteral("clip.wmv")) + noise;
}

void tst_HostileClients::garbage()
{
    QFETCH(QByteArray, bytes);
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config); // idle timeout 60 s: only the garbage can end the session
    QVERIFY(server);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);

    QTcpSocket hostile;
    hostile.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(hostile.waitForConnected(5000));
    hostile.write(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(hostile.state() == QAbstractSocket::UnconnectedState, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(server->sessionCount(), 0);
    // Whatever it did, the next client gets its whole file.
    QVERIFY(playWholeFile(server->serverPort(), QStringLiteral("clip.wmv")) >= 0);
}

void tst_HostileClients::thousandConnections()
{
    // 1,051 connections at once against --max-clients 1000 while one client plays at realtime
    // pace: 999 are served (ReportOpenFile hr 0), 51 are refused with NS_E_TOO_MANY_SESS and
    // closed, and the player gets every packet on time.
    MmsServerConfig config;
    config.maxClients = 1000;
    auto server = startServer(config);
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);

    TestMmsClient player;
    QVERIFY(player.connectTo(server->serverPort()));
    QVERIFY(player.openFile(QStringLiteral("clip.wmv")));
    QCOMPARE(player.readHeader(), clip->mmsHeaderBytes());

    constexpr int Crowd = 1050;
    std::vector<std::unique_ptr<TestMmsClient>> crowd;
    crowd.reserve(Crowd);
    const QByteArray request = handshakeBytes(QStringLiteral("audio.wma"));
    QSignalSpy started(server.get(), &MmsServer::sessionStarted);
    for (int i = 0; i < Crowd; ++i) {
        crowd.push_back(std::make_unique<TestMmsClient>());
        QVERIFY2(crowd.back()->connectTo(server->serverPort()), qPrintable(QString::number(i)));
        crowd.back()->sendRaw(request);
        // connectTo() blocks this (the server's) thread: let the server accept now and then, so
        // the kernel's accept queue (--max-clients deep) never overflows.
        if (i % 200 == 199)
            QTRY_COMPARE_WITH_TIMEOUT(int(started.size()), i + 1, 30000);
    }
    StartPlaying play;
    play.playIncarnation = 4;
    player.send(play);
    QVERIFY(player.waitForCommand(MessageId::ReportStartedPlaying, 1, 20000));
    QElapsedTimer clock;
    clock.start();

    int served = 0;
    int refused = 0;
    const auto settled = [&] {
        served = 0;
        refused = 0;
        for (const auto &client : crowd) {
            if (client->commandCount(MessageId::ReportOpenFile) == 1)
                ++served;
            else if (client->commandCount(MessageId::ReportConnectedEX) == 1 && !client->isConnected())
                ++refused;
        }
        return served + refused == Crowd;
    };
    QVERIFY2(QTest::qWaitFor(settled, 60000), qPrintable(QStringLiteral("served %1, refused %2").arg(served).arg(refused)));
    QCOMPARE(served, 999);
    QCOMPARE(refused, 51);
    for (const auto &client : crowd) {
        if (client->commandCount(MessageId::ReportOpenFile) == 1) {
            QCOMPARE(client->command<ReportOpenFile>().hr, Hresult::Ok);
            QVERIFY(client->isConnected());
        } else {
            // MS-MMSP 3.2.5.3: the refusal is the Connect's answer, and nothing else comes.
            QCOMPARE(client->commandIds(), QList<MessageId> { MessageId::ReportConnectedEX });
            QCOMPARE(client->command<ReportConnectedEX>().hr, Hresult::TooManySessions);
        }
    }
    QCOMPARE(server->sessionCount(), 1000);

    // The player: every packet, and the last one no later than its send time allows (plus 1.5 s
    // of slack for two shared cores).
    QVERIFY(player.waitForCommand(MessageId::ReportEndOfStream, 1, 30000));
    const qint64 elapsed = clock.elapsed();
    const QList<DataPacket> packets = player.dataPackets(4);
    QCOMPARE(quint64(packets.size()), clip->packetCount());
    for (qsizetype i = 0; i < packets.size(); ++i)
        QCOMPARE(packets.at(i).payload, clip->packet(quint64(i)));
    const qint64 lastDue = qint64(clip->packetSendTime(clip->packetCount() - 1)) - qint64(clip->packetSendTime(0));
    QVERIFY2(elapsed <= lastDue + 1500, qPrintable(QStringLiteral("%1 ms for %2 ms of content").arg(elapsed).arg(lastDue)));

    crowd.clear();
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 1, 30000);
}

void tst_HostileClients::halfOpenConnections()
{
    // Connections that send part of a command and then nothing are closed by the idle timeout,
    // not before; a client that answers Pings stays.
    constexpr int IdleMs = 600;
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    config.idleTimeoutMs = IdleMs;
    config.pingIntervalMs = 150;
    auto server = startServer(config);
    QVERIFY(server);

    TestMmsClient player; // answers Pings with Pongs
    QVERIFY(player.connectTo(server->serverPort()));
    QVERIFY(player.openFile(QStringLiteral("clip.wmv")));

    const QByteArray connect = connectPacket();
    QByteArray bigPromise = encodePacket(Pong {}, 0);
    qToLittleEndian<quint32>(1000, bigPromise.data() + 8);
    const QList<QByteArray> partials = { QByteArray(), connect.left(10), connect.left(31), connect.left(connect.size() - 1),
                                         bigPromise.left(40), QByteArray("GET / HTTP/1.1\r\n") };
    constexpr int PerKind = 5;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QElapsedTimer> sentAt;
    for (int i = 0; i < PerKind; ++i) {
        for (const QByteArray &partial : partials) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server->serverPort());
            QVERIFY(socket->waitForConnected(5000));
            socket->write(partial);
            QVERIFY(partial.isEmpty() || socket->waitForBytesWritten(5000));
            sentAt.emplace_back();
            sentAt.back().start();
            sockets.push_back(std::move(socket));
        }
    }
    std::vector<qint64> closedAfter(sockets.size(), -1);
    const auto allClosed = [&] {
        bool all = true;
        for (size_t i = 0; i < sockets.size(); ++i) {
            if (closedAfter[i] < 0 && sockets[i]->state() == QAbstractSocket::UnconnectedState)
                closedAfter[i] = sentAt[i].elapsed();
            all = all && closedAfter[i] >= 0;
        }
        return all;
    };
    QVERIFY(QTest::qWaitFor(allClosed, 30000));
    for (size_t i = 0; i < sockets.size(); ++i) {
        // The HTTP line is garbage (a Data packet over the size limit): closed at once. The
        // others were incomplete, so only silence could end them.
        if (i % partials.size() == size_t(partials.size() - 1))
            continue;
        QVERIFY2(closedAfter[i] >= IdleMs - 50, qPrintable(QStringLiteral("socket %1 closed after %2 ms").arg(i).arg(closedAfter[i])));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 1, 30000);
    // The player waited through all that, answering Pings, and is still served.
    QVERIFY(player.isConnected());
    QVERIFY(player.commandCount(MessageId::Ping) >= 2);
    StartPlaying play;
    play.playIncarnation = 4;
    player.send(play);
    QVERIFY(player.waitForCommand(MessageId::ReportEndOfStream, 1, 10000));
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QCOMPARE(quint64(player.dataPackets(4).size()), clip->packetCount());
}

void tst_HostileClients::readerThatNeverReads()
{
    // A client that starts a 30 s file in burst pace and never reads: the server queues at most
    // MaxQueuedBytes plus one packet for it, serves another client meanwhile, and cuts it off
    // once its output has not drained for the idle timeout.
    constexpr int IdleMs = 1500;
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    config.idleTimeoutMs = IdleMs;
    config.pingIntervalMs = 300;
    auto server = startServer(config);
    QVERIFY(server);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);
    auto demo = openAsf(QStringLiteral("demo.wmv"));
    QVERIFY(demo);

    TestMmsClient stuck;
    QVERIFY(stuck.connectTo(server->serverPort()));
    QVERIFY(stuck.openFile(QStringLiteral("demo.wmv")));
    QCOMPARE(stuck.readHeader(), demo->mmsHeaderBytes());
    stuck.setReading(false);
    stuck.socket().setReadBufferSize(1); // Qt stops taking bytes from the kernel: TCP fills up
    StartPlaying play;
    play.playIncarnation = 4;
    stuck.send(play);

    // Backpressure reached: the server's queue for it is (nearly) full.
    // One Data packet over the mark, and the Pings of the time it takes to give up on it.
    const qint64 bound = MmsServerSession::MaxQueuedBytes + demo->packetSize() + DataPacketHeaderSize
        + 48 * (3 * IdleMs / config.pingIntervalMs + 1);
    QTRY_VERIFY_WITH_TIMEOUT(server->peakQueuedBytes() >= MmsServerSession::MaxQueuedBytes - qint64(demo->packetSize()), 30000);
    // Another client is served in full meanwhile.
    QVERIFY(playWholeFile(server->serverPort(), QStringLiteral("clip.wmv")) >= 0);
    QVERIFY2(server->peakQueuedBytes() <= bound, qPrintable(QString::number(server->peakQueuedBytes())));
    // The stuck one is cut off (it sends nothing either, so idle or stall, whichever first).
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    stuck.socket().setReadBufferSize(0);
    stuck.setReading(true);
    QVERIFY(stuck.waitForDisconnected(30000));
    QCOMPARE(server->sessionCount(), 0);
    QVERIFY(server->peakQueuedBytes() <= bound);
}

void tst_HostileClients::commandFloodWithoutReading()
{
    // 3,000 ReadBlocks (each answered with the whole header) from a client that does not read:
    // the server stops reading commands once InputPauseBytes wait, so its queue stays bounded,
    // and resumes when the client reads; every ReadBlock gets its answer, in order.
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config);
    QVERIFY(server);
    QSignalSpy received(server.get(), &MmsServer::messageReceived);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    const qint64 headerPacketsBytes = clip->mmsHeaderBytes().size() + 8 * (clip->mmsHeaderBytes().size() / clip->packetSize() + 1);

    TestMmsClient flood;
    QVERIFY(flood.connectTo(server->serverPort()));
    QVERIFY(flood.openFile(QStringLiteral("clip.wmv")));
    flood.setReading(false);
    flood.socket().setReadBufferSize(1);
    constexpr int Requests = 3000;
    QByteArray requests;
    for (int i = 0; i < Requests; ++i) {
        ReadBlock read;
        read.playIncarnation = 2;
        requests += encodePacket(read, quint16(4 + i));
    }
    flood.sendRaw(requests);
    const qint64 bound = SessionConnection::InputPauseBytes + 64 + headerPacketsBytes;
    QTRY_VERIFY_WITH_TIMEOUT(server->peakQueuedBytes() >= SessionConnection::InputPauseBytes, 30000);
    QVERIFY2(server->peakQueuedBytes() <= bound, qPrintable(QString::number(server->peakQueuedBytes())));
    QVERIFY(received.size() < 4 + Requests); // paused, not all read

    flood.socket().setReadBufferSize(0);
    flood.setReading(true);
    QVERIFY(flood.waitForCommand(MessageId::ReportReadBlock, Requests, 60000));
    QCOMPARE(received.size(), 4 + Requests);
    const qint64 fragments = (clip->mmsHeaderBytes().size() + clip->packetSize() - 1) / clip->packetSize();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(flood.dataPackets(2).size()), Requests * fragments, 30000);
    QVERIFY(server->peakQueuedBytes() <= bound);
    QVERIFY(flood.isConnected());
}

void tst_HostileClients::sequenceCounterPastMbz()
{
    // Open-source clients write a 32-bit counter across seq and MBZ (notes §3): after 65,536
    // messages MBZ is 1. The server must keep serving such a client.
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config);
    QVERIFY(server);
    QSignalSpy received(server.get(), &MmsServer::messageReceived);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv"))); // counters 0..3
    quint32 counter = 4;
    QByteArray pongs;
    for (; counter < 0x10000 + 10; ++counter)
        pongs += packetWithCounter(Pong {}, counter);
    client.sendRaw(pongs);
    ReadBlock read;
    read.playIncarnation = 2;
    client.sendRaw(packetWithCounter(read, counter++));
    StreamSwitch streams;
    for (const asf::Stream &stream : clip->header().streams)
        streams.entries.append({ NoStream, quint16(stream.number), 0 });
    client.sendRaw(packetWithCounter(streams, counter++));
    StartPlaying play;
    play.playIncarnation = 4;
    client.sendRaw(packetWithCounter(play, counter++));
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream, 1, 20000));
    QCOMPARE(received.size(), int(counter));
    QCOMPARE(quint64(client.dataPackets(4).size()), clip->packetCount());
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(tst_HostileClients)
#include "tst_hostileclients.moc"
