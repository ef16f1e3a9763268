// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve as origin and edge (docs/mms-serve.md "Broadcasting"): an encoder's push
// ([MS-WMHTTP]) served live over MMS over TCP and over HTTP, late joiners starting at a key
// frame, refusals of undeclared points and bad framing, and a chain push -> origin -> relay.
#include "clippackets.h"
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/mmshpacket.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "server/livesource.h"
#include "server/mmsserver.h"
#include "server/pushclient.h"

#include <QHash>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace {

QString media(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

// What one client saw of a broadcast.
struct Watcher {
    std::unique_ptr<MmsSession> session = std::make_unique<MmsSession>();
    QList<QByteArray> packets;
    int failures = 0;
    QList<quint32> ends; // hr of each end of stream
};

} // namespace

class tst_Broadcast : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pushPlaysOverTcpAndHttp();
    void twoClientsGetEveryPacketAndFrameFromTheirJoin();
    void undeclaredPointIsRefused();
    void garbageFromTheEncoderIsRefused();
    void encoderStoppingMidPacketEndsTheStream();
    void keyFrameStartsOnlyWhereTheVideoHasOne();
    void chainPushOriginRelayClient();

private:
    // Opens `url` until the point is live (its header there), then plays; collects packets.
    void watch(Watcher &watcher, const QUrl &url);
    // Index in the file of each packet, or -1 for one that is no packet of the file.
    QList<int> fileIndexes(const QList<QByteArray> &packets) const;
    // Whether the indexes run on one by one (wrapping at the end of the file, as loops do).
    bool consecutive(const QList<int> &indexes) const;
    // The video frames that start in these packets: media object numbers of the video stream
    // (payloads at offset 0, or compressed ones), in order; `keyFrames` counts the key frames.
    QList<quint32> videoFrames(const QList<QByteArray> &packets, int *keyFrames) const;

    ClipPackets m_clip;
};

void tst_Broadcast::initTestCase()
{
    m_clip.load();
}

void tst_Broadcast::watch(Watcher &watcher, const QUrl &url)
{
    MmsSession *session = watcher.session.get();
    session->setTimeout(30000);
    connect(session, &MmsSession::headerReceived, session, [session] { session->startPlaying(); });
    connect(session, &MmsSession::dataPacketReceived, session,
        [&watcher](quint32, const QByteArray &packet) { watcher.packets.append(packet); });
    connect(session, &MmsSession::endOfStream, session,
        [&watcher](quint32 hr) { watcher.ends.append(hr); });
    // A point is "not found" until its encoder's header is in: try again until it is.
    connect(session, &MmsSession::errorOccurred, session, [&watcher, session, url] {
        if (!watcher.packets.isEmpty())
            return;
        ++watcher.failures;
        QTimer::singleShot(100, session, [session, url] { session->open(url); });
    });
    session->open(url);
}

QList<int> tst_Broadcast::fileIndexes(const QList<QByteArray> &packets) const
{
    QList<int> indexes;
    for (const QByteArray &packet : packets)
        indexes.append(m_clip.indexOf(packet));
    return indexes;
}

bool tst_Broadcast::consecutive(const QList<int> &indexes) const
{
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes.at(i) < 0)
            return false;
        if (i > 0 && indexes.at(i) != (indexes.at(i - 1) + 1) % int(m_clip.file().packetCount()))
            return false;
    }
    return true;
}

void tst_Broadcast::pushPlaysOverTcpAndHttp()
{
    MmsServerConfig config;
    config.pushPoints = {QStringLiteral("tv")};
    const std::unique_ptr<MmsServer> server = startLoopbackServer(config);
    QVERIFY(server->serverPort() != 0);
    const int count = int(m_clip.file().packetCount());

    PushClient encoder;
    encoder.setLoops(3);
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY2(encoder.start(media("clip.wmv"),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/tv").arg(server->serverPort())), &error),
        qPrintable(error));

    Watcher tcp;
    Watcher http;
    watch(tcp, QUrl(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(server->serverPort())));
    watch(http, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(server->serverPort())));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(encoder.packetsSent(), quint64(3 * count));

    for (Watcher *watcher : {&tcp, &http}) {
        // Both got the last packet of the push, and everything from where they joined: the
        // file's packets in order, byte for byte, the first one starting a key frame.
        QTRY_VERIFY_WITH_TIMEOUT(!watcher->packets.isEmpty()
                && m_clip.indexOf(watcher->packets.last()) == count - 1
                && watcher->packets.size() > count,
            20000);
        const QList<int> indexes = fileIndexes(watcher->packets);
        QVERIFY(consecutive(indexes));
        QVERIFY(LiveSource::startsKeyFrame(
            watcher->packets.first(), m_clip.file().packetSize(), m_clip.videoStream()));
        QVERIFY(watcher->session->fileInfo().broadcast);
        QVERIFY(watcher->session->header().file.broadcast);
        QCOMPARE(watcher->session->header().streams.size(), m_clip.file().header().streams.size());
        // The encoder's $E ends the broadcast for its clients.
        QTRY_COMPARE_WITH_TIMEOUT(watcher->ends, QList<quint32>{0}, 10000);
        watcher->session->abort();
    }
    QCOMPARE(tcp.session->transport(), MmsSession::Transport::Tcp);
    QCOMPARE(http.session->transport(), MmsSession::Transport::Http);
}

QList<quint32> tst_Broadcast::videoFrames(const QList<QByteArray> &packets, int *keyFrames) const
{
    QList<quint32> frames;
    *keyFrames = 0;
    for (const QByteArray &packet : packets) {
        const asf::PacketParseResult parsed = asf::parsePacket(packet, m_clip.file().packetSize());
        if (!parsed.ok())
            return {};
        for (const asf::Payload &payload : parsed.info.payloads) {
            if (payload.streamNumber != m_clip.videoStream()
                || (!payload.compressed && payload.offsetIntoMediaObject != 0))
                continue;
            frames.append(payload.mediaObjectNumber);
            if (payload.keyFrame)
                ++*keyFrames;
        }
    }
    return frames;
}

void tst_Broadcast::twoClientsGetEveryPacketAndFrameFromTheirJoin()
{
    // One push of the file, watched at once over MMS over TCP and over MMSH: each client gets,
    // from the key frame where it joined, every packet of the source and every video frame.
    MmsServerConfig config;
    config.pushPoints = {QStringLiteral("tv")};
    const std::unique_ptr<MmsServer> server = startLoopbackServer(config);
    QVERIFY(server->serverPort() != 0);
    const int count = int(m_clip.file().packetCount());
    QList<QByteArray> source;
    for (int i = 0; i < count; ++i)
        source.append(m_clip.file().packet(quint64(i)));

    PushClient encoder; // at the content's pace: the clients join while it runs
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY2(encoder.start(media("clip.wmv"),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/tv").arg(server->serverPort())), &error),
        qPrintable(error));
    Watcher tcp;
    Watcher http;
    watch(tcp, QUrl(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(server->serverPort())));
    watch(http, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(server->serverPort())));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(encoder.packetsSent(), quint64(count));

    for (Watcher *watcher : {&tcp, &http}) {
        QTRY_COMPARE_WITH_TIMEOUT(watcher->ends, QList<quint32> {0}, 20000);
        QVERIFY(!watcher->packets.isEmpty());
        const QList<int> indexes = fileIndexes(watcher->packets);
        const int join = indexes.first();
        QVERIFY(join >= 0);
        // Every packet of the source from the join point on, in order, and nothing else.
        QCOMPARE(watcher->packets.size(), count - join);
        QVERIFY(consecutive(indexes));
        QCOMPARE(indexes.last(), count - 1);
        // The same video frames as the source from there: object numbers and key frames.
        int sourceKeys = 0;
        int clientKeys = 0;
        const QList<quint32> sourceFrames = videoFrames(source.mid(join), &sourceKeys);
        const QList<quint32> clientFrames = videoFrames(watcher->packets, &clientKeys);
        QVERIFY(!sourceFrames.isEmpty());
        QVERIFY(sourceKeys >= 1);
        qInfo("%s joined at packet %d of %d: %lld packets, %lld video frames (%d key)",
            watcher == &tcp ? "tcp" : "http", join, count, qlonglong(watcher->packets.size()),
            qlonglong(clientFrames.size()), clientKeys);
        QCOMPARE(clientFrames, sourceFrames);
        QCOMPARE(clientKeys, sourceKeys);
        watcher->session->abort();
    }
    QCOMPARE(tcp.session->transport(), MmsSession::Transport::Tcp);
    QCOMPARE(http.session->transport(), MmsSession::Transport::Http);
}

void tst_Broadcast::undeclaredPointIsRefused()
{
    MmsServerConfig config;
    config.pushPoints = {QStringLiteral("tv")};
    const std::unique_ptr<MmsServer> server = startLoopbackServer(config);
    PushClient encoder;
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY(encoder.start(media("clip.wmv"),
        QUrl(QStringLiteral("http://127.0.0.1:%1/radio").arg(server->serverPort())), &error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("404")),
        qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(encoder.packetsSent(), quint64(0));
}

void tst_Broadcast::garbageFromTheEncoderIsRefused()
{
    MmsServerConfig config;
    config.pushAnyName = true;
    const std::unique_ptr<MmsServer> server = startLoopbackServer(config);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    // A PushStart whose body is a $D before any header, then bytes that are no framing.
    QByteArray request = "POST /tv HTTP/1.1\r\nContent-Type: application/x-wms-pushstart\r\n"
                         "Cookie: push-id=0\r\nContent-Length: 2147483647\r\nHost: x\r\n\r\n";
    request += mms::MmshPacket::data(0, 0, 0, QByteArray(100, 'x')).encode();
    request += QByteArray(1000, 'g');
    socket.write(request);
    // The refusal comes, then the server closes.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    const QByteArray response = socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 400 "), response.constData());
    QVERIFY(response.contains("Connection: close"));
    // The point has no header: a client is refused, nothing crashed.
    Watcher client;
    client.session->open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(server->serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(client.session->state(), MmsSession::State::Failed, 10000);
}

void tst_Broadcast::encoderStoppingMidPacketEndsTheStream()
{
    MmsServerConfig config;
    config.pushPoints = {QStringLiteral("tv")};
    config.liveHeaderWaitMs = 300; // how long a client waits for the next encoder
    const std::unique_ptr<MmsServer> server = startLoopbackServer(config);
    QTcpSocket encoder;
    encoder.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(encoder.waitForConnected(5000));
    // PushStart straight away (a push-id of 0 is taken as a new session), the header first.
    QByteArray start = "POST /tv HTTP/1.1\r\nContent-Type: application/x-wms-pushstart\r\n"
                       "Cookie: push-id=0\r\nContent-Length: 2147483647\r\nHost: x\r\n\r\n";
    start += mms::MmshPacket::header(0, 0, m_clip.file().mmsHeaderBytes()).encode();
    encoder.write(start);
    Watcher client;
    watch(client, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(server->serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(client.session->state(), MmsSession::State::Streaming, 10000);
    // 20 packets, then half of one, then the encoder goes.
    QByteArray data;
    for (int i = 0; i < 20; ++i)
        data += mms::MmshPacket::data(quint32(i), 0, 0, m_clip.file().packet(quint64(i))).encode();
    data += mms::MmshPacket::data(20, 0, 0, m_clip.file().packet(20)).encode().left(500);
    encoder.write(data);
    QTRY_COMPARE_WITH_TIMEOUT(client.packets.size(), 20, 10000);
    encoder.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(client.ends, QList<quint32>{0}, 10000);
    QCOMPARE(client.packets.size(), 20);
    QCOMPARE(fileIndexes(client.packets).first(), 0);
    QVERIFY(consecutive(fileIndexes(client.packets)));
    // The point waits for its next encoder: a new client waits for it too, and is refused
    // ("no stream available") when none comes in time.
    Watcher late;
    QSignalSpy failed(late.session.get(), &MmsSession::errorOccurred);
    late.session->open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(server->serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(late.session->state(), MmsSession::State::Failed, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).toUInt(), mms::Hresult::NoStream);
}

void tst_Broadcast::keyFrameStartsOnlyWhereTheVideoHasOne()
{
    // The test above would pass for any packet if every packet started a key frame.
    int keyStarts = 0;
    for (quint64 i = 0; i < m_clip.file().packetCount(); ++i)
        keyStarts += LiveSource::startsKeyFrame(
            m_clip.file().packet(i), m_clip.file().packetSize(), m_clip.videoStream());
    QVERIFY(keyStarts >= 2);
    QVERIFY(keyStarts < int(m_clip.file().packetCount()) / 2);
    QVERIFY(LiveSource::startsKeyFrame(
        m_clip.file().packet(0), m_clip.file().packetSize(), m_clip.videoStream()));
    // Without video every packet will do.
    QVERIFY(LiveSource::startsKeyFrame(m_clip.file().packet(1), m_clip.file().packetSize(), 0));
}

void tst_Broadcast::chainPushOriginRelayClient()
{
    MmsServerConfig originConfig;
    originConfig.pushPoints = {QStringLiteral("tv")};
    const std::unique_ptr<MmsServer> origin = startLoopbackServer(originConfig);
    MmsServerConfig edgeConfig;
    edgeConfig.relays.insert(
        QStringLiteral("edge"), QStringLiteral("mms://127.0.0.1:%1/tv").arg(origin->serverPort()));
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);
    QVERIFY(edge->serverPort() != 0);

    PushClient encoder;
    encoder.setLoops(4);
    QSignalSpy finished(&encoder, &PushClient::finished);
    QString error;
    QVERIFY(encoder.start(media("clip.wmv"),
        QUrl(QStringLiteral("http://127.0.0.1:%1/tv").arg(origin->serverPort())), &error));
    Watcher client;
    watch(client, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/edge").arg(edge->serverPort())));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const int count = int(m_clip.file().packetCount());
    QTRY_VERIFY_WITH_TIMEOUT(!client.packets.isEmpty()
            && m_clip.indexOf(client.packets.last()) == count - 1
            && client.packets.size() > count / 2,
        20000);
    QVERIFY(consecutive(fileIndexes(client.packets)));
    QVERIFY(LiveSource::startsKeyFrame(
        client.packets.first(), m_clip.file().packetSize(), m_clip.videoStream()));
    QVERIFY(client.session->fileInfo().broadcast);
    client.session->abort();
}

QTEST_GUILESS_MAIN(tst_Broadcast)
#include "tst_broadcast.moc"
