// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26): CANSTRIDE only for files
// with video, ReportStartStriding before the stride's Data packets, only packets holding key
// frames of the video stream, media time moving at about the asked rate, and normal play after.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "server/mmsserver.h"
#include "strideclip.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace mms;

class tst_MmsServerStride : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void canStrideOnlyWithVideo();
    void fastForward();
    void rewind();
    void playAfterStride();
    void refused();

private:
    struct Arrival {
        quint32 locationId = 0;
        quint32 sendTime = 0;
        qint64 atMs = 0;
    };
    std::unique_ptr<MmsServer> startServer(MmsServerConfig::Pace pace);
    // Opens clip.wmv, reads the header and selects every stream.
    bool openClip(TestMmsClient &client);
    // Records when each Data packet of `incarnation` arrives (the client records what, not when).
    void timeArrivals(TestMmsClient &client, quint8 incarnation, QList<Arrival> *arrivals);
    void checkStride(const QList<Arrival> &arrivals, const TestMmsClient &client,
        quint8 incarnation, double rate);

    QTemporaryDir m_dir;
    QString m_root;
    StrideClip m_clip;
};

void tst_MmsServerStride::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    m_clip.load(m_root + QStringLiteral("/clip.wmv"));
}

std::unique_ptr<MmsServer> tst_MmsServerStride::startServer(MmsServerConfig::Pace pace)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = pace;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

bool tst_MmsServerStride::openClip(TestMmsClient &client)
{
    if (!client.openFile(QStringLiteral("clip.wmv")) || client.readHeader().isEmpty())
        return false;
    StreamSwitch streams;
    for (const asf::Stream &stream : m_clip.file().header().streams)
        streams.entries.append({NoStream, quint16(stream.number), 0});
    client.send(streams);
    return client.waitForCommand(MessageId::ReportStreamSwitch);
}

void tst_MmsServerStride::timeArrivals(
    TestMmsClient &client, quint8 incarnation, QList<Arrival> *arrivals)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // Connected after the client's own slot: it has recorded the packets when this runs.
    connect(&client.socket(), &QTcpSocket::readyRead, &client,
        [this, &client, incarnation, arrivals, clock] {
            const QList<DataPacket> packets = client.dataPackets(incarnation);
            for (qsizetype i = arrivals->size(); i < packets.size(); ++i) {
                const asf::PacketParseResult parsed =
                    asf::parsePacket(packets.at(i).payload, m_clip.file().packetSize());
                arrivals->append({packets.at(i).locationId, parsed.ok() ? parsed.info.sendTime : 0,
                    clock->elapsed()});
            }
        });
}

void tst_MmsServerStride::checkStride(
    const QList<Arrival> &arrivals, const TestMmsClient &client, quint8 incarnation, double rate)
{
    // ReportStartStriding comes first, with the request's incarnation and hr 0 (2.2.4.11).
    const int reportAt = client.indexOfCommand(MessageId::ReportStartStriding);
    QVERIFY(reportAt >= 0);
    const auto report = client.command<ReportStartStriding>();
    QCOMPARE(report.hr, Hresult::Ok);
    QCOMPARE(report.playIncarnation, quint32(incarnation));
    for (int i = 0; i < reportAt; ++i)
        QVERIFY(!client.events().at(i).isData
            || client.events().at(i).data.playIncarnation != incarnation);

    // The key frames of the video, in the stride's direction, at about the rate (by the send
    // times the packets carry).
    const QList<DataPacket> packets = client.dataPackets(incarnation);
    QVERIFY(packets.size() >= 4);
    QCOMPARE(arrivals.size(), packets.size());
    QList<StrideClip::Packet> timed;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        QCOMPARE(arrivals.at(i).locationId, packets.at(i).locationId);
        timed.append({packets.at(i).locationId, packets.at(i).payload, arrivals.at(i).atMs,
            arrivals.at(i).sendTime});
    }
    m_clip.checkStride(timed, rate);
}

void tst_MmsServerStride::canStrideOnlyWithVideo()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient video;
    QVERIFY(video.connectTo(server->serverPort()));
    QVERIFY(video.openFile(QStringLiteral("clip.wmv")));
    QCOMPARE(video.command<ReportOpenFile>().fileAttributes,
        FileAttribute::CanSeek | FileAttribute::CanStride);
    TestMmsClient audio;
    QVERIFY(audio.connectTo(server->serverPort()));
    QVERIFY(audio.openFile(QStringLiteral("audio.wma")));
    QCOMPARE(audio.command<ReportOpenFile>().fileAttributes, FileAttribute::CanSeek);
}

void tst_MmsServerStride::fastForward()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openClip(client));
    QList<Arrival> arrivals;
    timeArrivals(client, 9, &arrivals);
    StartStriding stride;
    stride.position = 0.0;
    stride.playIncarnation = 9;
    stride.rate = 5.0;
    client.send(stride);
    // The whole file at 5x: the stride ends with ReportEndOfStream(hr 0) of its incarnation.
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    QCOMPARE(client.command<ReportEndOfStream>().hr, Hresult::Ok);
    QCOMPARE(client.command<ReportEndOfStream>().playIncarnation, 9u);
    checkStride(arrivals, client, 9, 5.0);
    // Every key frame of the file went out.
    for (auto it = m_clip.keyFrames().cbegin(); it != m_clip.keyFrames().cend(); ++it)
        QVERIFY(std::any_of(arrivals.cbegin(), arrivals.cend(),
            [&](const Arrival &a) { return a.locationId == it.key(); }));
}

void tst_MmsServerStride::rewind()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openClip(client));
    QList<Arrival> arrivals;
    timeArrivals(client, 10, &arrivals);
    StartStriding stride;
    stride.position = 4.5;
    stride.playIncarnation = 10;
    stride.rate = -5.0;
    client.send(stride);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    QCOMPARE(client.command<ReportEndOfStream>().playIncarnation, 10u);
    checkStride(arrivals, client, 10, -5.0);
    // It started at or before 4.5 s and walked back to the first key frame.
    QVERIFY(arrivals.first().sendTime <= 4500);
    // (A key frame's own packets go in file order: the last key frame start is the first one.)
    QList<quint32> starts;
    for (const Arrival &arrival : arrivals) {
        if (m_clip.keyFrames().contains(arrival.locationId))
            starts.append(arrival.locationId);
    }
    QCOMPARE(starts.last(), m_clip.keyFrames().firstKey());
}

void tst_MmsServerStride::playAfterStride()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openClip(client));
    StartStriding stride;
    stride.position = 0.0;
    stride.playIncarnation = 11;
    stride.rate = 2.0;
    client.send(stride);
    // Paced even on a burst server: after two packets the stride is still under way.
    QTRY_VERIFY_WITH_TIMEOUT(client.dataPackets(11).size() >= 2, 10000);
    QCOMPARE(client.commandCount(MessageId::ReportEndOfStream), 0);
    client.send(StopPlaying {1, 11});
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    QCOMPARE(client.command<ReportEndOfStream>().playIncarnation, 11u);
    const qsizetype strided = client.dataPackets(11).size();

    // Normal play from the start: every packet, every stream, nothing more of the stride.
    StartPlaying play;
    play.playIncarnation = 12;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream, 2));
    QCOMPARE(client.command<ReportStartedPlaying>().playIncarnation, 12u);
    QCOMPARE(client.command<ReportEndOfStream>(1).playIncarnation, 12u);
    QCOMPARE(client.dataPackets(12).size(), qsizetype(m_clip.file().packetCount()));
    QCOMPARE(client.dataPackets(11).size(), strided);
    QCOMPARE(client.dataPackets(12).first().payload, m_clip.file().packet(0));
}

void tst_MmsServerStride::refused()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient audio;
    QVERIFY(audio.connectTo(server->serverPort()));
    QVERIFY(audio.openFile(QStringLiteral("audio.wma")));
    QVERIFY(!audio.readHeader().isEmpty());
    StartStriding stride;
    stride.playIncarnation = 9;
    audio.send(stride);
    QVERIFY(audio.waitForCommand(MessageId::ReportStartStriding));
    QCOMPARE(audio.command<ReportStartStriding>().hr, Hresult::StrideRefused);
    QCOMPARE(audio.command<ReportStartStriding>().playIncarnation, 9u);

    TestMmsClient video;
    QVERIFY(video.connectTo(server->serverPort()));
    QVERIFY(openClip(video));
    stride.rate = 0.0;
    video.send(stride);
    QVERIFY(video.waitForCommand(MessageId::ReportStartStriding));
    QCOMPARE(video.command<ReportStartStriding>().hr, Hresult::InvalidArg);
    // Refused strides send nothing; the session still plays.
    StartPlaying play;
    play.playIncarnation = 10;
    video.send(play);
    QVERIFY(video.waitForCommand(MessageId::ReportStartedPlaying));
    QTRY_VERIFY_WITH_TIMEOUT(!video.dataPackets(10).isEmpty(), 10000);
    QVERIFY(audio.dataPackets(9).isEmpty());
    QVERIFY(video.dataPackets(9).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MmsServerStride)
#include "tst_mmsserverstride.moc"
