// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve end to end over loopback: the whole on-demand sequence, header and data bytes,
// seeking, StopPlaying, restarts and Ping.
#include "core/asf/asffile.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace mms;

class tst_MmsServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullSequence();
    void headerInSeveralFragments();
    void seekByLocationId();
    void seekByPosition();
    void seekByAsfOffset();
    void stopPlaying();
    void startPlayingWhileStreamingRestarts();
    void pingAfterSilence();
    void pathWithLeadingSlashAndQuery();

private:
    std::unique_ptr<MmsServer> startServer(MmsServerConfig::Pace pace, int pingMs = 30000);
    std::unique_ptr<asf::AsfFile> openAsf(const QString &name);
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MmsServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
}

std::unique_ptr<MmsServer> tst_MmsServer::startServer(MmsServerConfig::Pace pace, int pingMs)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = pace;
    config.pingIntervalMs = pingMs;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<asf::AsfFile> tst_MmsServer::openAsf(const QString &name)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(m_root + QLatin1Char('/') + name);
    return std::move(opened.file);
}

void tst_MmsServer::fullSequence()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    auto file = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(file);
    QSignalSpy received(server.get(), &MmsServer::messageReceived);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    const QByteArray header = client.readHeader();
    QCOMPARE(header, file->mmsHeaderBytes());

    StreamSwitch streams;
    for (const asf::Stream &stream : file->header().streams)
        streams.entries.append({ NoStream, quint16(stream.number), 0 });
    client.send(streams);
    StartPlaying play;
    play.playIncarnation = 4;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    client.send(CloseFile { 1, 1 });
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(server->sessionCount(), 0);

    // Every reply, in order (MS-MMSP notes §9.1).
    const QList<MessageId> expected = { MessageId::ReportConnectedEX, MessageId::ReportFunnelInfo,
                                        MessageId::ReportConnectedFunnel, MessageId::ReportOpenFile,
                                        MessageId::ReportReadBlock, MessageId::ReportStreamSwitch,
                                        MessageId::ReportStartedPlaying, MessageId::ReportEndOfStream };
    QCOMPARE(client.commandIds(), expected);
    // And what the server saw, in order.
    QCOMPARE(received.size(), 8);
    const QList<MessageId> sent = { MessageId::Connect, MessageId::FunnelInfo, MessageId::ConnectFunnel,
                                    MessageId::OpenFile, MessageId::ReadBlock, MessageId::StreamSwitch,
                                    MessageId::StartPlaying, MessageId::CloseFile };
    for (int i = 0; i < sent.size(); ++i) {
        QCOMPARE(received.at(i).at(0).toInt(), 1);
        QCOMPARE(received.at(i).at(1).value<MessageId>(), sent.at(i));
    }
    const auto openMessage = decodeMessage<OpenFile>(received.at(3).at(2).toByteArray());
    QVERIFY(openMessage.ok());
    QCOMPARE(openMessage.value.fileName, QStringLiteral("clip.wmv"));

    const auto connected = client.command<ReportConnectedEX>();
    QCOMPARE(connected.hr, Hresult::Ok);
    QCOMPARE(connected.serverVersionInfo, QStringLiteral("9.1"));
    QCOMPARE(connected.playIncarnation, DisablePacketPair);

    const auto opened = client.command<ReportOpenFile>();
    QCOMPARE(opened.hr, Hresult::Ok);
    QCOMPARE(opened.playIncarnation, 1u);
    QCOMPARE(opened.openFileId, 1u);
    QCOMPARE(opened.fileAttributes, 0x01800000u);
    QCOMPARE(opened.filePacketSize, file->packetSize());
    QCOMPARE(opened.filePacketCount, file->packetCount());
    QCOMPARE(opened.fileHeaderSize, quint32(file->header().headerObjectSize + 50));
    QCOMPARE(opened.fileBitRate, file->header().totalBitrate());
    QVERIFY(qAbs(opened.fileDuration - file->header().durationSeconds()) < 0.001);
    QVERIFY(opened.fileDuration > 4.0 && opened.fileDuration < 6.0);
    // MS-MMSP 2.2.4.7: whole seconds, rounded up.
    QCOMPARE(opened.fileBlocks, quint32(std::ceil(opened.fileDuration)));
    QCOMPARE(client.command<ReportReadBlock>().playIncarnation, 2u);
    QCOMPARE(client.command<ReportStartedPlaying>().playIncarnation, 4u);
    QCOMPARE(client.command<ReportEndOfStream>().hr, Hresult::Ok);
    QCOMPARE(client.command<ReportEndOfStream>().playIncarnation, 4u);

    // Order of the Data packets relative to the replies.
    const QList<TestMmsClient::Event> &events = client.events();
    const int readBlock = client.indexOfCommand(MessageId::ReportReadBlock);
    const int streamSwitch = client.indexOfCommand(MessageId::ReportStreamSwitch);
    const int started = client.indexOfCommand(MessageId::ReportStartedPlaying);
    const int end = client.indexOfCommand(MessageId::ReportEndOfStream);
    for (int i = 0; i < events.size(); ++i) {
        if (!events.at(i).isData)
            continue;
        if (events.at(i).data.playIncarnation == 2)
            QVERIFY(i > readBlock && i < streamSwitch);
        else
            QVERIFY(i > started && i < end);
    }
    // The header: one fragment, last-fragment flags.
    const QList<DataPacket> headerPackets = client.dataPackets(2);
    QCOMPARE(headerPackets.size(), 1);
    QCOMPARE(headerPackets.at(0).afFlags, HeaderFragmentLast);
    QCOMPARE(headerPackets.at(0).locationId, 0u);

    // The data: every packet of the file, unmodified, at full size, in order.
    const QList<DataPacket> media = client.dataPackets(4);
    QCOMPARE(quint64(media.size()), file->packetCount());
    for (int i = 0; i < media.size(); ++i) {
        QCOMPARE(media.at(i).locationId, quint32(i));
        QCOMPARE(media.at(i).afFlags, quint8(i & 0xFF));
        QCOMPARE(media.at(i).payload, file->packet(quint64(i)));
    }
}

void tst_MmsServer::headerInSeveralFragments()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    auto file = openAsf(QStringLiteral("small.wmv"));
    QVERIFY(file);
    QCOMPARE(file->packetSize(), 400u);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("small.wmv")));
    QCOMPARE(client.readHeader(), file->mmsHeaderBytes());
    const QList<DataPacket> fragments = client.dataPackets(2);
    const qsizetype expected = (file->mmsHeaderBytes().size() + 399) / 400;
    QVERIFY(expected >= 3);
    QCOMPARE(fragments.size(), expected);
    for (int i = 0; i < fragments.size(); ++i) {
        QCOMPARE(fragments.at(i).locationId, quint32(i));
        QVERIFY(fragments.at(i).payload.size() <= 400);
        QCOMPARE(fragments.at(i).afFlags, i + 1 == fragments.size() ? HeaderFragmentLast : HeaderFragmentMore);
    }
}

void tst_MmsServer::seekByLocationId()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    auto file = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(file);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 7;
    play.position = 0.0;
    play.locationId = 40;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    const QList<DataPacket> media = client.dataPackets(7);
    QCOMPARE(quint64(media.size()), file->packetCount() - 40);
    QCOMPARE(media.first().locationId, 40u);
    QCOMPARE(media.first().payload, file->packet(40));
    QCOMPARE(media.last().locationId, quint32(file->packetCount() - 1));
}

void tst_MmsServer::seekByPosition()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    auto file = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(file);
    // position is content time: the first packet sent at or after 2 s (docs/mms-serve.md).
    quint64 expected = 0;
    while (expected < file->packetCount() && file->packetSendTime(expected) < 2000)
        ++expected;
    QVERIFY(expected > 0 && expected < file->packetCount());

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 5;
    play.position = 2.0;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    const QList<DataPacket> media = client.dataPackets(5);
    QVERIFY(!media.isEmpty());
    QCOMPARE(media.first().locationId, quint32(expected));
    QCOMPARE(quint64(media.size()), file->packetCount() - expected);
}

void tst_MmsServer::seekByAsfOffset()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    auto file = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(file);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 6;
    play.position = 1.0e308; // "use another field"
    // A byte inside packet 10.
    play.asfOffset = quint32(file->firstPacketOffset() + 10 * file->packetSize() + 17);
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    const QList<DataPacket> media = client.dataPackets(6);
    QVERIFY(!media.isEmpty());
    QCOMPARE(media.first().locationId, 10u);
}

void tst_MmsServer::stopPlaying()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 4;
    client.send(play);
    QTRY_VERIFY_WITH_TIMEOUT(client.dataPackets(4).size() >= 3, 30000);
    client.send(StopPlaying { 1, 0x21 });
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream));
    const auto end = client.command<ReportEndOfStream>();
    QCOMPARE(end.hr, Hresult::Ok);
    QCOMPARE(end.playIncarnation, 0x21u);
    // Nothing follows the acknowledgement, even after more than one packet interval.
    const qsizetype count = client.events().size();
    client.send(Pong {});
    QVERIFY(!client.waitForCommand(MessageId::Ping, 1, 600));
    QCOMPARE(client.events().size(), count);
    QCOMPARE(client.commandCount(MessageId::ReportEndOfStream), 1);
}

void tst_MmsServer::startPlayingWhileStreamingRestarts()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(!client.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 4;
    client.send(play);
    QTRY_VERIFY_WITH_TIMEOUT(!client.dataPackets(4).isEmpty(), 30000);
    play.playIncarnation = 5;
    play.locationId = 60;
    client.send(play);
    QVERIFY(client.waitForCommand(MessageId::ReportStartedPlaying, 2));
    QTRY_VERIFY_WITH_TIMEOUT(client.dataPackets(5).size() >= 2, 30000);
    QCOMPARE(client.dataPackets(5).first().locationId, 60u);
    QCOMPARE(client.command<ReportStartedPlaying>(1).playIncarnation, 5u);
    // No old packet after the second ReportStartedPlaying.
    const int restarted = client.indexOfCommand(MessageId::ReportStartedPlaying, 1);
    for (int i = restarted; i < client.events().size(); ++i)
        QVERIFY(!client.events().at(i).isData || client.events().at(i).data.playIncarnation == 5);
}

void tst_MmsServer::pingAfterSilence()
{
    auto server = startServer(MmsServerConfig::Pace::Burst, 150);
    QVERIFY(server);
    QSignalSpy received(server.get(), &MmsServer::messageReceived);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(client.waitForCommand(MessageId::Ping, 1, 5000));
    const auto ping = client.command<Ping>();
    QCOMPARE(ping.param1, 0u);
    QCOMPARE(ping.param2, 0u);
    // The client's Pong reaches the server.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(1).value<MessageId>() == MessageId::Pong;
                                         }),
                             5000);
    QVERIFY(client.isConnected());
}

void tst_MmsServer::pathWithLeadingSlashAndQuery()
{
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("/sub/dir/%63lip.wmv?foo=bar")));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::Ok);
    QCOMPARE(client.command<ReportOpenFile>().openFileId, 1u);
}

QTEST_GUILESS_MAIN(tst_MmsServer)
#include "tst_mmsserver.moc"
