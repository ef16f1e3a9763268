// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve: stream selection, live broadcasts and many clients at once.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mms;

class tst_MmsServerStreams : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void streamSwitchSendsOnlySelectedStreams();
    void liveJoinedLateStartsMidStream();
    void concurrentClients();

private:
    std::unique_ptr<MmsServer> startServer(const MmsServerConfig &base);
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MmsServerStreams::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
}

std::unique_ptr<MmsServer> tst_MmsServerStreams::startServer(const MmsServerConfig &base)
{
    MmsServerConfig config = base;
    config.rootDir = m_root;
    config.port = 0;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

void tst_MmsServerStreams::streamSwitchSendsOnlySelectedStreams()
{
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config);
    QVERIFY(server);
    auto opened = asf::AsfFile::open(m_root + QStringLiteral("/multi.wmv"));
    QVERIFY(opened.ok());
    const asf::AsfFile &file = *opened.file;

    // multi.wmv: two videos (320x240 and 160x120) and one audio; keep the audio and the small one.
    int audio = 0, bigVideo = 0, smallVideo = 0;
    for (const asf::Stream &stream : file.header().streams) {
        if (stream.type == asf::StreamType::Audio)
            audio = stream.number;
        else if (stream.type == asf::StreamType::Video && stream.width == 320)
            bigVideo = stream.number;
        else if (stream.type == asf::StreamType::Video && stream.width == 160)
            smallVideo = stream.number;
    }
    QVERIFY(audio && bigVideo && smallVideo);

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("multi.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StreamSwitch streams; // the way VLC turns one off: thinning level 2
    streams.entries = { { NoStream, quint16(audio), 0 }, { NoStream, quint16(bigVideo), 2 },
                        { NoStream, quint16(smallVideo), 0 } };
    client.send(streams);
    QVERIFY(client.waitForCommand(MessageId::ReportStreamSwitch));
    QCOMPARE(client.command<ReportStreamSwitch>().hr, Hresult::Ok);
    StartPlaying play;
    play.playIncarnation = 4;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));

    const QList<DataPacket> media = client.dataPackets(4);
    QVERIFY(!media.isEmpty());
    qint64 bytes = 0;
    QSet<int> seen;
    for (const DataPacket &packet : media) {
        bytes += packet.payload.size();
        QCOMPARE(quint32(packet.payload.size()), file.packetSize());
        const asf::PacketParseResult parsed = asf::parsePacket(packet.payload, file.packetSize());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
        for (const asf::Payload &payload : parsed.info.payloads)
            seen.insert(payload.streamNumber);
    }
    QCOMPARE(seen, (QSet<int> { audio, smallVideo }));
    // Packets that held only the big video are not sent at all.
    QVERIFY(quint64(media.size()) < file.packetCount());
    QVERIFY(bytes < qint64(file.packetCount()) * file.packetSize());
    // LocationIds are packet numbers, increasing, with gaps where packets were dropped.
    for (int i = 1; i < media.size(); ++i)
        QVERIFY(media.at(i).locationId > media.at(i - 1).locationId);
}

void tst_MmsServerStreams::liveJoinedLateStartsMidStream()
{
    MmsServerConfig config;
    config.live.insert(QStringLiteral("tv"), m_root + QStringLiteral("/audio.wma"));
    auto server = startServer(config);
    QVERIFY(server);

    TestMmsClient early;
    QVERIFY(early.connectTo(server->serverPort()));
    QVERIFY(early.openFile(QStringLiteral("tv")));
    const auto opened = early.command<ReportOpenFile>();
    QCOMPARE(opened.hr, Hresult::Ok);
    QCOMPARE(opened.openFileId, 1u);
    QCOMPARE(opened.fileAttributes, 0x02000000u);
    QCOMPARE(opened.filePacketCount, 0u);
    QCOMPARE(opened.fileDuration, 0.0);
    QVERIFY(!early.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 4;
    early.send(play);
    QVERIFY(early.waitForCommand(MessageId::ReportStartedPlaying));
    QTRY_VERIFY_WITH_TIMEOUT(early.dataPackets(4).size() >= 3, 30000);

    TestMmsClient late;
    QVERIFY(late.connectTo(server->serverPort()));
    QVERIFY(late.openFile(QStringLiteral("/tv")));
    QVERIFY(!late.readHeader().isEmpty());
    late.send(play);
    QTRY_VERIFY_WITH_TIMEOUT(late.dataPackets(4).size() >= 2, 30000);
    const quint32 firstLate = late.dataPackets(4).first().locationId;
    QVERIFY(firstLate > 0);
    QVERIFY(firstLate >= early.dataPackets(4).at(2).locationId);
    // Both see the same broadcast: the late client's packet equals the early one's of that number.
    const QList<DataPacket> earlyPackets = early.dataPackets(4);
    QTRY_VERIFY_WITH_TIMEOUT(early.dataPackets(4).last().locationId >= firstLate, 30000);
    for (const DataPacket &packet : early.dataPackets(4)) {
        if (packet.locationId == firstLate)
            QCOMPARE(packet.payload, late.dataPackets(4).first().payload);
    }
    Q_UNUSED(earlyPackets);
}

void tst_MmsServerStreams::concurrentClients()
{
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config);
    QVERIFY(server);
    auto opened = asf::AsfFile::open(m_root + QStringLiteral("/audio.wma"));
    QVERIFY(opened.ok());
    const asf::AsfFile &file = *opened.file;

    constexpr int Clients = 50;
    std::vector<std::unique_ptr<TestMmsClient>> clients;
    const QString names[] = { QStringLiteral("audio.wma"), QStringLiteral("clip.wmv") };
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<TestMmsClient>());
        QVERIFY(clients.back()->connectTo(server->serverPort()));
    }
    // All handshakes interleaved: each step is sent by every client before anyone waits.
    for (int i = 0; i < Clients; ++i)
        clients[i]->send(Connect {});
    for (int i = 0; i < Clients; ++i) {
        QVERIFY(clients[i]->waitForCommand(MessageId::ReportConnectedEX));
        OpenFile open;
        open.fileName = names[i % 2];
        clients[i]->send(open);
        ReadBlock read;
        read.playIncarnation = 2;
        clients[i]->send(read);
        StartPlaying play;
        play.playIncarnation = 4;
        clients[i]->send(play);
    }
    QCOMPARE(server->sessionCount(), Clients);
    for (int i = 0; i < Clients; ++i)
        QVERIFY(clients[i]->waitForCommand(MessageId::ReportEndOfStream, 1, 60000));

    auto clip = asf::AsfFile::open(m_root + QStringLiteral("/clip.wmv"));
    QVERIFY(clip.ok());
    for (int i = 0; i < Clients; ++i) {
        const asf::AsfFile &expected = i % 2 ? *clip.file : file;
        const QList<DataPacket> media = clients[i]->dataPackets(4);
        QCOMPARE(quint64(media.size()), expected.packetCount());
        for (int p = 0; p < media.size(); ++p)
            QCOMPARE(media.at(p).payload, expected.packet(quint64(p)));
    }
}

QTEST_GUILESS_MAIN(tst_MmsServerStreams)
#include "tst_mmsserverstreams.moc"
