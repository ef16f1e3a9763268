// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve fast-forward and rewind over HTTP ([MS-WMSP] Play with a Pragma rate): features says
// "stridable" only for on-demand files with video; a Play with a rate streams $H, then only the
// packets holding key frames of the video stream, in the stride's direction, their media time
// moving at about the rate, then $E; content that cannot stride plays at 1 and says so.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"
#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshsplitter.h"
#include "server/mmsserver.h"
#include "testmedia.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
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

MmshClientContext clientFor(const QByteArray &path)
{
    MmshClientContext context;
    context.path = path;
    context.host = "127.0.0.1";
    context.clientGuid = QUuid::createUuid();
    return context;
}

// Packets where a key frame of `stream` starts, with their send times.
QMap<quint32, quint32> keyFrameStarts(const asf::AsfFile &file, int stream)
{
    QMap<quint32, quint32> starts;
    for (quint64 i = 0; i < file.packetCount(); ++i) {
        const asf::PacketParseResult parsed = asf::parsePacket(file.packet(i), file.packetSize());
        if (!parsed.ok())
            continue;
        for (const asf::Payload &payload : parsed.info.payloads) {
            if (payload.streamNumber == stream && payload.keyFrame
                && (payload.compressed || payload.offsetIntoMediaObject == 0))
                starts.insert(quint32(i), parsed.info.sendTime);
        }
    }
    return starts;
}

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
    std::unique_ptr<asf::AsfFile> m_clip;
    int m_video = 0;
    QMap<quint32, quint32> m_keyFrames;
};

void tst_MmshServerStride::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    m_clip = std::move(asf::AsfFile::open(m_root + QStringLiteral("/clip.wmv")).file);
    QVERIFY(m_clip);
    for (const asf::Stream &stream : m_clip->header().streams) {
        if (stream.type == asf::StreamType::Video && m_video == 0)
            m_video = stream.number;
    }
    QVERIFY(m_video != 0);
    m_keyFrames = keyFrameStarts(*m_clip, m_video);
    QVERIFY2(m_keyFrames.size() >= 8, qPrintable(QString::number(m_keyFrames.size())));
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
    QCOMPARE(header, m_clip->mmsHeaderBytes());

    // Only packets holding key frames, only the video stream's payloads in them, none twice.
    const QList<TimedHttp::Arrival> data = http.ofType(MmshPacketType::Data);
    QSet<quint32> sent;
    QList<TimedHttp::Arrival> starts; // the packets where a key frame starts
    for (const TimedHttp::Arrival &a : data) {
        QCOMPARE(a.packet.payload.size(), qsizetype(m_clip->packetSize()));
        const asf::PacketParseResult parsed =
            asf::parsePacket(a.packet.payload, m_clip->packetSize());
        QVERIFY(parsed.ok());
        bool key = false;
        for (const asf::Payload &payload : parsed.info.payloads) {
            QCOMPARE(payload.streamNumber, m_video);
            key = key || payload.keyFrame;
        }
        QVERIFY2(key,
            qPrintable(QStringLiteral("packet %1 holds no key frame").arg(a.packet.locationId)));
        QVERIFY(!sent.contains(a.packet.locationId));
        sent.insert(a.packet.locationId);
        if (m_keyFrames.contains(a.packet.locationId))
            starts.append(a);
    }
    QVERIFY(starts.size() >= 4);
    // In the stride's direction, none of the key frames passed over left out.
    for (qsizetype i = 1; i < starts.size(); ++i) {
        if (rate > 0)
            QVERIFY(starts.at(i).packet.locationId > starts.at(i - 1).packet.locationId);
        else
            QVERIFY(starts.at(i).packet.locationId < starts.at(i - 1).packet.locationId);
    }
    const quint32 low = qMin(starts.first().packet.locationId, starts.last().packet.locationId);
    const quint32 high = qMax(starts.first().packet.locationId, starts.last().packet.locationId);
    for (auto it = m_keyFrames.cbegin(); it != m_keyFrames.cend(); ++it) {
        if (it.key() >= low && it.key() <= high)
            QVERIFY2(sent.contains(it.key()),
                qPrintable(QStringLiteral("key frame at packet %1 skipped").arg(it.key())));
    }
    // Send times spaced by the rate: media time moves at about `rate` x real time (wide bounds
    // for a loaded machine; a late packet only lowers the measured rate).
    const double mediaMs = std::fabs(double(m_keyFrames.value(starts.last().packet.locationId))
        - double(m_keyFrames.value(starts.first().packet.locationId)));
    const double realMs = double(starts.last().atMs - starts.first().atMs);
    QVERIFY(mediaMs >= 1500.0);
    QVERIFY(realMs > 0.0);
    const double measured = mediaMs / realMs;
    QVERIFY2(measured > std::fabs(rate) * 0.5 && measured < std::fabs(rate) * 1.6,
        qPrintable(QStringLiteral("rate %1, measured %2 (%3 ms of media in %4 ms)")
                       .arg(rate)
                       .arg(measured)
                       .arg(mediaMs)
                       .arg(realMs)));
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
        QVERIFY(http.request(server->serverPort(), MmshRequests::describe(clientFor(path))));
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
    QVERIFY(
        http.request(server->serverPort(), MmshRequests::play(clientFor("/clip.wmv"), options)));
    // The whole file at 5x: every key frame, then $E and the end of the response.
    QVERIFY(http.readUntilClosed());
    checkStride(http, 5.0);
    QSet<quint32> sent;
    for (const TimedHttp::Arrival &a : http.ofType(MmshPacketType::Data))
        sent.insert(a.packet.locationId);
    for (auto it = m_keyFrames.cbegin(); it != m_keyFrames.cend(); ++it)
        QVERIFY(sent.contains(it.key()));
    QCOMPARE(http.ofType(MmshPacketType::Data).first().packet.locationId, m_keyFrames.firstKey());
}

void tst_MmshServerStride::rewind()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    MmshRequests::PlayOptions options;
    options.rate = -5.0;
    options.streamTimeMs = 4500;
    TimedHttp http;
    QVERIFY(
        http.request(server->serverPort(), MmshRequests::play(clientFor("/clip.wmv"), options)));
    QVERIFY(http.readUntilClosed());
    checkStride(http, -5.0);
    // From the last key frame at or before 4.5 s back to the first one.
    const QList<TimedHttp::Arrival> data = http.ofType(MmshPacketType::Data);
    const quint64 at = m_clip->packetIndexForSendTime(4500);
    auto last = m_keyFrames.upperBound(quint32(at));
    QVERIFY(last != m_keyFrames.cbegin());
    --last;
    QCOMPARE(data.first().packet.locationId, last.key());
    QList<quint32> starts;
    for (const TimedHttp::Arrival &a : data) {
        if (m_keyFrames.contains(a.packet.locationId))
            starts.append(a.packet.locationId);
    }
    QCOMPARE(starts.last(), m_keyFrames.firstKey());
}

void tst_MmshServerStride::burstServerPacesStride()
{
    // A burst server sends a normal play as fast as we read; a stride is paced all the same
    // (its point is the rate), and a Stop on another connection ends it with $E.
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    MmshClientContext context = clientFor("/clip.wmv");
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
    QVERIFY(qsizetype(http.ofType(MmshPacketType::Data).size()) < m_keyFrames.size());

    // Then a normal play: every packet of the file, in order.
    TimedHttp play;
    context.clientId.reset();
    QVERIFY(play.request(server->serverPort(), MmshRequests::play(context, {})));
    QVERIFY(play.readUntilClosed());
    QVERIFY(play.pragma().rate.isEmpty()); // rate 1: nothing to say
    const QList<TimedHttp::Arrival> data = play.ofType(MmshPacketType::Data);
    QCOMPARE(quint64(data.size()), m_clip->packetCount());
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
    QVERIFY(http.request(server->serverPort(), MmshRequests::play(clientFor(path), options)));
    QVERIFY(http.readUntil([&] { return http.ofType(MmshPacketType::Data).size() >= 3; }));
    QCOMPARE(http.head().statusCode, 200);
    QCOMPARE(http.pragma().rate, QByteArray("1.000000"));
    QCOMPARE(http.arrivals().first().packet.type, MmshPacketType::Header);
    if (path == "/clip.wmv") {
        // Every packet from the first, not key frames only.
        const QList<TimedHttp::Arrival> data = http.ofType(MmshPacketType::Data);
        for (qsizetype i = 0; i < data.size(); ++i) {
            QCOMPARE(data.at(i).packet.locationId, quint32(i));
            QCOMPARE(data.at(i).packet.payload, m_clip->packet(quint64(i)));
        }
    }
}

QTEST_MAIN(tst_MmshServerStride)
#include "tst_mmshserverstride.moc"
