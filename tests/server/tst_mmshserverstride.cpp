// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve fast-forward and rewind over HTTP ([MS-WMSP] Play with a Pragma rate): features says
// "stridable" only for on-demand files with video; a Play with a rate streams $H, then only the
// packets holding key frames of the video stream, in the stride's direction, their media time
// moving at about the rate, then $E; content that cannot stride plays at 1 and says so.
#include "core/asf/asffile.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"
#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshsplitter.h"
#include "mmshclientfor.h"
#include "server/mmsserver.h"
#include "strideclip.h"
#include "testmedia.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mms;

namespace {

// One HTTP exchange on its own connection: the response head, then each $-packet with the
// time (ms since the request) it was read.
class TimedHttp {
public:
    struct Arrival {
        MmshPacket packet;
        qint64 atMs = 0;
    };

    bool request(quint16 port, const QByteArray &bytes)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_clock.start();
        m_socket.write(bytes);
        return m_socket.flush();
    }
    // Reads until the server closes the connection (the end of a non-pipelined response).
    bool readUntilClosed(int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] {
                poll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool readUntil(const std::function<bool()> &done, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] {
                poll();
                return done();
            },
            timeoutMs);
    }
    const HttpHead &head() const { return m_head; }
    bool hasHead() const { return m_hasHead; }
    const QList<Arrival> &arrivals() const { return m_arrivals; }
    QList<Arrival> ofType(MmshPacketType type) const
    {
        QList<Arrival> out;
        for (const Arrival &a : m_arrivals) {
            if (a.packet.type == type)
                out.append(a);
        }
        return out;
    }
    MmshPragma pragma() const { return parsePragmas(m_head.values("Pragma")).value; }

private:
    void poll()
    {
        QByteArray bytes = m_socket.readAll();
        if (!m_hasHead) {
            // The reader keeps what it has seen: each byte goes in once.
            const HttpHeadReader::Result r = m_reader.feed(bytes);
            if (!r.error.ok())
                return;
            m_hasHead = true;
            m_head = m_reader.head();
            bytes = bytes.sliced(r.consumed);
        }
        m_splitter.append(bytes);
        for (MmshSplitter::Item item = m_splitter.next(); item.ok(); item = m_splitter.next())
            m_arrivals.append({item.packet, m_clock.elapsed()});
    }

    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    HttpHeadReader m_reader {HttpHeadReader::Kind::Response};
    bool m_hasHead = false;
    HttpHead m_head;
    MmshSplitter m_splitter;
    QList<Arrival> m_arrivals;
};

} // namespace

class tst_MmshServerStride : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void describeSaysStridable();
    void fastForward();
    void rewind();
    void burstServerPacesStride();
    void playsAtOneWhenItCannot_data();
    void playsAtOneWhenItCannot();

private:
    std::unique_ptr<MmsServer> startServer(MmsServerConfig::Pace pace);
    void checkStride(const TimedHttp &http, double rate);

    QTemporaryDir m_dir;
    QString m_root;
    StrideClip m_clip;
};

void tst_MmshServerStride::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    m_clip.load(m_root + QStringLiteral("/clip.wmv"));
}

std::unique_ptr<MmsServer> tst_MmshServerStride::startServer(MmsServerConfig::Pace pace)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = pace;
    config.live.insert(QStringLiteral("radio"), m_root + QStringLiteral("/clip.wmv"));
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

void tst_MmshServerStride::checkStride(const TimedHttp &http, double rate)
{
    QCOMPARE(http.head().statusCode, 200);
    // The response says the rate it streams at.
    QCOMPARE(http.pragma().rate, formatRate(rate));
    // $H first, $E (S_OK) last, $D between.
    const QList<TimedHttp::Arrival> &all = http.arrivals();
    QVERIFY(all.size() >= 3);
    QCOMPARE(all.first().packet.type, MmshPacketType::Header);
    QCOMPARE(all.last().packet.type, MmshPacketType::EndOfStream);
    QCOMPARE(all.last().packet.reason, 0u);
    QByteArray header;
    for (const TimedHttp::Arrival &a : http.ofType(MmshPacketType::Header))
        header += a.packet.payload;
    QCOMPARE(header, m_clip.file().mmsHeaderBytes());

    // The key frames of the video, in the stride's direction, at about the rate (by the file's
    // send times of the packets sent).
    QList<StrideClip::Packet> packets;
    for (const TimedHttp::Arrival &a : http.ofType(MmshPacketType::Data))
        packets.append({a.packet.locationId, a.packet.payload, a.atMs,
            m_clip.keyFrames().value(a.packet.locationId)});
    m_clip.checkStride(packets, rate);
}

void tst_MmshServerStride::describeSaysStridable()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    const QList<QPair<QByteArray, QByteArray>> cases = {
        {"/clip.wmv", "seekable,stridable"}, // on demand, with video
        {"/audio.wma", "seekable"}, // no video: no key frames to show
        {"/radio", "broadcast"}, // live: no positions, no rates
    };
    for (const auto &[path, features] : cases) {
        TimedHttp http;
        QVERIFY(http.request(server->serverPort(), MmshRequests::describe(mmshClientFor(path))));
        QVERIFY(http.readUntil([&] { return http.hasHead(); }));
        QCOMPARE(http.head().statusCode, 200);
        QByteArray first = http.head().values("Pragma").value(0);
        QVERIFY2(first.endsWith(",features=\"" + features + '"'), first.constData());
        QCOMPARE(http.pragma().hasFeature("stridable"), features.contains("stridable"));
    }
}

void tst_MmshServerStride::fastForward()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    MmshRequests::PlayOptions options;
    options.rate = 5.0;
    TimedHttp http;
    QVERIFY(http.request(
        server->serverPort(), MmshRequests::play(mmshClientFor("/clip.wmv"), options)));
    // The whole file at 5x: every key frame, then $E and the end of the response.
    QVERIFY(http.readUntilClosed());
    checkStride(http, 5.0);
    QSet<quint32> sent;
    for (const TimedHttp::Arrival &a : http.ofType(MmshPacketType::Data))
        sent.insert(a.packet.locationId);
    for (auto it = m_clip.keyFrames().cbegin(); it != m_clip.keyFrames().cend(); ++it)
        QVERIFY(sent.contains(it.key()));
    QCOMPARE(
        http.ofType(MmshPacketType::Data).first().packet.locationId, m_clip.keyFrames().firstKey());
}

void tst_MmshServerStride::rewind()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    MmshRequests::PlayOptions options;
    options.rate = -5.0;
    options.streamTimeMs = 4500;
    TimedHttp http;
    QVERIFY(http.request(
        server->serverPort(), MmshRequests::play(mmshClientFor("/clip.wmv"), options)));
    QVERIFY(http.readUntilClosed());
    checkStride(http, -5.0);
    // From the last key frame at or before 4.5 s back to the first one.
    const QList<TimedHttp::Arrival> data = http.ofType(MmshPacketType::Data);
    const quint64 at = m_clip.file().packetIndexForSendTime(4500);
    auto last = m_clip.keyFrames().upperBound(quint32(at));
    QVERIFY(last != m_clip.keyFrames().cbegin());
    --last;
    QCOMPARE(data.first().packet.locationId, last.key());
    QList<quint32> starts;
    for (const TimedHttp::Arrival &a : data) {
        if (m_clip.keyFrames().contains(a.packet.locationId))
            starts.append(a.packet.locationId);
    }
    QCOMPARE(starts.last(), m_clip.keyFrames().firstKey());
}

void tst_MmshServerStride::burstServerPacesStride()
{
    // A burst server sends a normal play as fast as we read; a stride is paced all the same
    // (its point is the rate), and a Stop on another connection ends it with $E.
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    MmshClientContext context = mmshClientFor("/clip.wmv");
    context.clientId = 5150;
    MmshRequests::PlayOptions options;
    options.rate = 2.0;
    TimedHttp http;
    QVERIFY(http.request(server->serverPort(), MmshRequests::play(context, options)));
    QVERIFY(http.readUntil([&] { return http.ofType(MmshPacketType::Data).size() >= 2; }));
    QVERIFY(http.ofType(MmshPacketType::EndOfStream).isEmpty());
    TimedHttp stop;
    QVERIFY(stop.request(server->serverPort(), MmshRequests::stop(context)));
    QVERIFY(stop.readUntil([&] { return stop.hasHead(); }));
    QCOMPARE(stop.head().statusCode, 200);
    QVERIFY(http.readUntilClosed());
    QCOMPARE(http.arrivals().last().packet.type, MmshPacketType::EndOfStream);
    QVERIFY(qsizetype(http.ofType(MmshPacketType::Data).size()) < m_clip.keyFrames().size());

    // Then a normal play: every packet of the file, in order.
    TimedHttp play;
    context.clientId.reset();
    QVERIFY(play.request(server->serverPort(), MmshRequests::play(context, {})));
    QVERIFY(play.readUntilClosed());
    QVERIFY(play.pragma().rate.isEmpty()); // rate 1: nothing to say
    const QList<TimedHttp::Arrival> data = play.ofType(MmshPacketType::Data);
    QCOMPARE(quint64(data.size()), m_clip.file().packetCount());
    for (qsizetype i = 0; i < data.size(); ++i)
        QCOMPARE(data.at(i).packet.locationId, quint32(i));
}

void tst_MmshServerStride::playsAtOneWhenItCannot_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<double>("rate");
    QTest::newRow("audio only") << QByteArray("/audio.wma") << 5.0;
    QTest::newRow("live") << QByteArray("/radio") << 5.0;
    QTest::newRow("too fast") << QByteArray("/clip.wmv") << 50.0;
    QTest::newRow("too fast back") << QByteArray("/clip.wmv") << -20.0;
    QTest::newRow("zero") << QByteArray("/clip.wmv") << 0.0;
}

void tst_MmshServerStride::playsAtOneWhenItCannot()
{
    // Content that cannot stride (or a rate we do not serve) plays normally, and the response
    // says at which rate: 1.
    QFETCH(QByteArray, path);
    QFETCH(double, rate);
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    MmshRequests::PlayOptions options;
    options.rate = rate;
    TimedHttp http;
    QVERIFY(http.request(server->serverPort(), MmshRequests::play(mmshClientFor(path), options)));
    QVERIFY(http.readUntil([&] { return http.ofType(MmshPacketType::Data).size() >= 3; }));
    QCOMPARE(http.head().statusCode, 200);
    QCOMPARE(http.pragma().rate, QByteArray("1.000000"));
    QCOMPARE(http.arrivals().first().packet.type, MmshPacketType::Header);
    if (path == "/clip.wmv") {
        // Every packet from the first, not key frames only.
        const QList<TimedHttp::Arrival> data = http.ofType(MmshPacketType::Data);
        for (qsizetype i = 0; i < data.size(); ++i) {
            QCOMPARE(data.at(i).packet.locationId, quint32(i));
            QCOMPARE(data.at(i).packet.payload, m_clip.file().packet(quint64(i)));
        }
    }
}

QTEST_MAIN(tst_MmshServerStride)
#include "tst_mmshserverstride.moc"
