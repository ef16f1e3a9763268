// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include "core/asf/asffile.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using Id = mms::MessageId;
using Fault = FaultProxy::Fault;
using Plan = FaultProxy::Plan;
using Plans = QList<Plan>;

Q_DECLARE_METATYPE(FaultProxy::Plan)

// Issue "Hardening": MmsSession against a real server (MmsServer, burst pace) behind a proxy that
// breaks the connection at every step, stalls, trickles, floods and lies. Each case must end in
// a recovery (reconnect, resume at the right packet) or a clear error within the short timeout,
// with the session's buffers inside their limits all along.
class tst_Faults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void faultWhilePlaying_data();
    void faultWhilePlaying();
    void reconnectGivesUpAfterThreeTries();
    void liveDropRejoins();
    void playlistDropResumesTheEntry();
    void playlistDropAtTheEntryChange_data();
    void playlistDropAtTheEntryChange();
    void dropWhilePausedResumesAtPlay();
    void dropWhilePausedServerGone();
    void pingFloodIsAnsweredWithinBounds();
    void hostileServer_data();
    void hostileServer();

private:
    // One MmsSession playing through a FaultProxy, with what it delivered and the peaks of its
    // buffers (sampled at every signal and every 2 ms).
    struct Player
    {
        explicit Player(quint16 port, const char *file = "clip.wmv");
        MmsSession session;
        QList<quint32> locations;
        QList<QByteArray> packets;
        qint64 peakBuffered = 0;
        qint64 peakPendingWrite = 0;
        qint64 peakHeader = 0;
        QTimer sampler;
        QElapsedTimer clock;
        QSignalSpy errors { &session, &MmsSession::errorOccurred };
        QSignalSpy closed { &session, &MmsSession::closed };
        QSignalSpy reconnecting { &session, &MmsSession::reconnecting };
        QSignalSpy reconnected { &session, &MmsSession::reconnected };
        QSignalSpy resumed { &session, &MmsSession::resumed };
        QSignalSpy pings { &session, &MmsSession::pingReceived };
        QSignalSpy headers {&session, &MmsSession::headerReceived};
        bool closeAtEnd =
            true; // close() at ReportEndOfStream hr 0 (not when it acknowledges a pause)
        int entry = 0; // playlist entry of the packets arriving: one more per streamChanged()
        QList<int> entries; // of each packet delivered
        void sample();
    };
    // Short, so the stall cases end quickly; long enough that a busy machine delivering the
    // next message late is not taken for a stalled server.
    static constexpr int TimeoutMs = 1500;

    QList<int> sessionsSeen() const; // server session numbers that sent Connect, in order
    QList<mms::CommandPacket> messagesOf(int session, Id id) const;
    std::unique_ptr<MmsServer> realtimeServer();

    std::unique_ptr<MmsServer> m_server;
    std::unique_ptr<asf::AsfFile> m_clip;
    int m_packets = 0; // in clip.wmv
    QList<QPair<int, mms::CommandPacket>> m_seen; // (server session, client message)
};

tst_Faults::Player::Player(quint16 port, const char *file)
{
    session.setTimeout(TimeoutMs);
    session.setReconnectDelay(20);
    QObject::connect(&session, &MmsSession::headerReceived, &session, [this] { session.startPlaying(); });
    QObject::connect(&session, &MmsSession::dataPacketReceived, &session,
                     [this](quint32 location, const QByteArray &packet) {
                         locations.append(location);
                         packets.append(packet);
                         entries.append(entry);
                         sample();
                     });
    QObject::connect(&session, &MmsSession::pingReceived, &session, [this] { sample(); });
    QObject::connect(&session, &MmsSession::endOfStream, &session, [this](quint32 hr) {
        if (hr == 0 && closeAtEnd)
            session.close();
    });
    QObject::connect(&session, &MmsSession::streamChanged, &session, [this] { ++entry; });
    sampler.setInterval(2);
    QObject::connect(&sampler, &QTimer::timeout, &session, [this] { sample(); });
    sampler.start();
    clock.start();
    // mmst://: these are faults of the TCP wire (an mms:// URL would roll over to HTTP on a
    // fault before the server's first answer).
    session.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(file))));
}

void tst_Faults::Player::sample()
{
    peakBuffered = qMax(peakBuffered, session.bufferedBytes());
    peakPendingWrite = qMax(peakPendingWrite, session.pendingWriteBytes());
    peakHeader = qMax(peakHeader, session.headerBytesBuffered());
}

void tst_Faults::initTestCase()
{
    asf::AsfFile::OpenResult clip = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(clip.ok());
    m_clip = std::move(clip.file);
    m_packets = int(m_clip->packetCount());
    QVERIFY(m_packets > 61);
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.live.insert(QStringLiteral("live"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    // A server-side playlist of two different files (MS-MMSP 3.2.4.2).
    config.playlists.insert(QStringLiteral("list"),
        {QStringLiteral(MMS_MEDIA_DIR "/audio.wma"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv")});
    m_server = std::make_unique<MmsServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    connect(m_server.get(), &MmsServer::messageReceived, this, [this](int session, Id id, const QByteArray &message) {
        mms::CommandPacket packet;
        packet.id = id;
        packet.message = message;
        m_seen.append({ session, packet });
    });
}

QList<int> tst_Faults::sessionsSeen() const
{
    QList<int> sessions;
    for (const auto &seen : m_seen) {
        if (seen.second.id == Id::Connect && !sessions.contains(seen.first))
            sessions.append(seen.first);
    }
    return sessions;
}

std::unique_ptr<MmsServer> tst_Faults::realtimeServer()
{
    // Paced like a real server, so a pause stops the play long before its end.
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Realtime;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    connect(server.get(), &MmsServer::messageReceived, this,
        [this](int session, Id id, const QByteArray &message) {
            mms::CommandPacket packet;
            packet.id = id;
            packet.message = message;
            m_seen.append({session, packet});
        });
    return server;
}

QList<mms::CommandPacket> tst_Faults::messagesOf(int session, Id id) const
{
    QList<mms::CommandPacket> out;
    for (const auto &seen : m_seen) {
        if (seen.first == session && seen.second.id == id)
            out.append(seen.second);
    }
    return out;
}

void tst_Faults::faultWhilePlaying_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("reconnects"); // -1: the session fails with ConnectionLost instead
    QTest::addColumn<int>("resumeAt"); // first packet of the resumed play (its StartPlaying locationId)
    auto drop = [](int replies, int media = -1) { return Plan { Fault::DropAfter, replies, media, 0, 0 }; };
    // MmsServer's replies, in order: 1 ReportConnectedEX, 2 ReportFunnelInfo, 3 ReportConnectedFunnel,
    // 4 ReportOpenFile, 5 ReportReadBlock (then the header), 6 ReportStreamSwitch,
    // 7 ReportStartedPlaying (then all the packets), 8 ReportEndOfStream.
    // Before playing started a drop is an error: nothing was playing that could be resumed.
    const char *setup[] = { "connect", "ReportConnectedEX", "ReportFunnelInfo", "ReportConnectedFunnel",
                            "ReportOpenFile", "ReportReadBlock" };
    for (int i = 0; i < 6; ++i)
        QTest::addRow("drop after %d replies (%s)", i, setup[i]) << drop(i) << -1 << 0;
    QTest::newRow("cut inside the first header fragment") << Plan { Fault::CutAfter, 5, -1, 0, 0 } << -1 << 0;
    // StartPlaying went out with the reply to StreamSwitch: from here on the session resumes.
    QTest::newRow("drop after ReportStreamSwitch") << drop(6) << 1 << 0;
    QTest::newRow("drop after ReportStartedPlaying") << drop(7) << 1 << 0;
    QTest::newRow("drop after media packet 1") << drop(-1, 1) << 1 << 1;
    QTest::newRow("drop after media packet 60") << drop(-1, 60) << 1 << 60;
    QTest::newRow("cut inside media packet 31") << Plan { Fault::CutAfter, -1, 30, 0, 0 } << 1 << 30;
    QTest::newRow("drop after the last media packet") << drop(-1, m_packets) << 1 << m_packets;
    QTest::newRow("stall after media packet 40") << Plan { Fault::StallAfter, -1, 40, 0, 0 } << 1 << 40;
    // ReportEndOfStream (hr 0) ended the play: the session is Ready and closes politely.
    QTest::newRow("drop after ReportEndOfStream") << drop(8) << 0 << 0;
}

void tst_Faults::faultWhilePlaying()
{
    QFETCH(Plan, plan);
    QFETCH(int, reconnects);
    QFETCH(int, resumeAt);
    m_seen.clear();
    FaultProxy proxy(m_server->serverPort(), { plan });
    QVERIFY(proxy.listen());
    Player player(proxy.port());
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 30000);
    QCOMPARE(proxy.faultsInjected(), 1);
    if (reconnects < 0) {
        QCOMPARE(player.errors.count(), 1);
        QCOMPARE(player.errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionLost);
        QVERIFY(!player.errors.at(0).at(2).toString().isEmpty());
        QCOMPARE(player.session.state(), MmsSession::State::Failed);
        QCOMPARE(player.reconnecting.count(), 0);
        QCOMPARE(proxy.connections(), 1);
        QVERIFY(player.locations.isEmpty());
        return;
    }
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.session.state(), MmsSession::State::Closed);
    QCOMPARE(proxy.connections(), 1 + reconnects);
    QCOMPARE(player.reconnecting.count(), reconnects);
    QCOMPARE(player.reconnected.count(), reconnects);
    QCOMPARE(player.resumed.count(), reconnects);
    // Every packet exactly once, in order, byte for byte: nothing lost, nothing repeated.
    QList<quint32> expected;
    for (int i = 0; i < m_packets; ++i)
        expected.append(quint32(i));
    QCOMPARE(player.locations, expected);
    for (int i = 0; i < m_packets; ++i)
        QCOMPARE(player.packets.at(i), m_clip->packet(quint64(i)));
    if (reconnects == 0)
        return;
    QCOMPARE(player.reconnecting.at(0).at(0).toInt(), 1);
    QCOMPARE(player.reconnecting.at(0).at(1).toInt(), 3);
    // Notes §9.3: the resumed StartPlaying names the next packet; its position is the send time
    // of the last one delivered.
    const double position = resumeAt > 0 ? m_clip->packetSendTime(quint64(resumeAt - 1)) / 1000.0 : 0.0;
    QCOMPARE(player.resumed.at(0).at(0).toDouble(), position);
    const QList<int> sessions = sessionsSeen();
    QCOMPARE(sessions.size(), 2);
    const QList<mms::CommandPacket> starts = messagesOf(sessions.at(1), Id::StartPlaying);
    QCOMPARE(starts.size(), 1);
    const auto start = mms::decodeMessage<mms::StartPlaying>(starts.at(0).message).value;
    QCOMPARE(start.locationId, resumeAt > 0 ? quint32(resumeAt) : 0xFFFFFFFFu);
    QCOMPARE(start.position, position);
    // A drop right after ReportStreamSwitch leaves the first StartPlaying in the proxy.
    const QList<mms::CommandPacket> firstStarts = messagesOf(sessions.at(0), Id::StartPlaying);
    if (!firstStarts.isEmpty())
        QVERIFY(start.playIncarnation != mms::decodeMessage<mms::StartPlaying>(firstStarts.at(0).message).value.playIncarnation);
    // MS-MMSP 3.1.4.1.1: the same player GUID on the new connection.
    const auto connect1 = mms::decodeMessage<mms::Connect>(messagesOf(sessions.at(0), Id::Connect).at(0).message).value;
    const auto connect2 = mms::decodeMessage<mms::Connect>(messagesOf(sessions.at(1), Id::Connect).at(0).message).value;
    QCOMPARE(connect2.subscriberName, connect1.subscriberName);
}

void tst_Faults::reconnectGivesUpAfterThreeTries()
{
    // The first connection drops mid-stream, every new one right after ReportConnectedEX.
    const Plan first { Fault::DropAfter, -1, 20, 0, 0 };
    const Plan again { Fault::DropAfter, 1, -1, 0, 0 };
    FaultProxy proxy(m_server->serverPort(), { first, again, again, again, again });
    QVERIFY(proxy.listen());
    Player player(proxy.port());
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 30000);
    QCOMPARE(player.errors.count(), 1);
    QCOMPARE(player.errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionLost);
    QVERIFY2(player.errors.at(0).at(2).toString().contains(QLatin1String("3 reconnect attempts failed")),
             qPrintable(player.errors.at(0).at(2).toString()));
    QCOMPARE(player.session.state(), MmsSession::State::Failed);
    QCOMPARE(proxy.connections(), 4);
    QCOMPARE(player.reconnecting.count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(player.reconnecting.at(i).at(0).toInt(), i + 1);
        QCOMPARE(player.reconnecting.at(i).at(1).toInt(), 3);
    }
    QCOMPARE(player.reconnected.count(), 0);
    QCOMPARE(player.locations.size(), 20);
    QCOMPARE(player.session.reconnectAttempt(), 0);
}

void tst_Faults::liveDropRejoins()
{
    m_seen.clear();
    FaultProxy proxy(m_server->serverPort(), { Plan { Fault::DropAfter, -1, 10, 0, 0 } });
    QVERIFY(proxy.listen());
    Player player(proxy.port(), "live");
    QTRY_VERIFY_WITH_TIMEOUT(player.locations.size() >= 20, 30000);
    player.session.close();
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 30000);
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.reconnecting.count(), 1);
    QCOMPARE(player.resumed.count(), 1);
    QCOMPARE(player.resumed.at(0).at(0).toDouble(), 0.0); // rejoined the live point
    // Notes §9.7: no position, no locationId: the server sends the current live packets.
    const QList<int> sessions = sessionsSeen();
    QCOMPARE(sessions.size(), 2);
    const QList<mms::CommandPacket> starts = messagesOf(sessions.at(1), Id::StartPlaying);
    QCOMPARE(starts.size(), 1);
    const auto start = mms::decodeMessage<mms::StartPlaying>(starts.at(0).message).value;
    QCOMPARE(start.locationId, 0xFFFFFFFFu);
    QCOMPARE(start.position, 0.0);
    // The live numbering goes on: strictly increasing, so nothing is repeated.
    for (int i = 1; i < player.locations.size(); ++i)
        QVERIFY2(player.locations.at(i) > player.locations.at(i - 1), qPrintable(QString::number(i)));
}

void tst_Faults::playlistDropResumesTheEntry()
{
    // The connection drops in the middle of the playlist's second entry. The new connection asks
    // for that entry (OpenFile "list?mmsplayer-entry=1") and the packet after the last one
    // delivered (StartPlaying locationId): both entries arrive whole, once each, in order.
    asf::AsfFile::OpenResult audio = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/audio.wma"));
    QVERIFY(audio.ok());
    const int first = int(audio.file->packetCount());
    const int cutAt = 25; // packets of the second entry delivered before the drop
    QVERIFY(first > 0 && m_packets > cutAt);
    m_seen.clear();
    FaultProxy proxy(m_server->serverPort(), {Plan {Fault::DropAfter, -1, first + cutAt, 0, 0}});
    QVERIFY(proxy.listen());
    Player player(proxy.port(), "list");
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 10000);
    QCOMPARE(proxy.faultsInjected(), 1);
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.session.state(), MmsSession::State::Closed);
    QCOMPARE(player.reconnecting.count(), 1);
    QCOMPARE(player.reconnected.count(), 1);
    QCOMPARE(player.resumed.count(), 1);
    // The same header came back: not announced again (one per entry).
    QCOMPARE(player.headers.count(), 2);
    QCOMPARE(player.entry, 1);

    // Entry by entry, packet by packet: no gap and no repeat at the seam, byte for byte.
    QCOMPARE(player.locations.size(), first + m_packets);
    for (int i = 0; i < first; ++i) {
        QCOMPARE(player.entries.at(i), 0);
        QCOMPARE(player.locations.at(i), quint32(i));
        QCOMPARE(player.packets.at(i), audio.file->packet(quint64(i)));
    }
    for (int i = 0; i < m_packets; ++i) {
        QCOMPARE(player.entries.at(first + i), 1);
        QCOMPARE(player.locations.at(first + i), quint32(i));
        QCOMPARE(player.packets.at(first + i), m_clip->packet(quint64(i)));
    }
    // The resume position is the send time of entry 2's last packet before the drop.
    const double position = m_clip->packetSendTime(quint64(cutAt - 1)) / 1000.0;
    QCOMPARE(player.resumed.at(0).at(0).toDouble(), position);

    const QList<int> sessions = sessionsSeen();
    QCOMPARE(sessions.size(), 2);
    const auto open1 =
        mms::decodeMessage<mms::OpenFile>(messagesOf(sessions.at(0), Id::OpenFile).at(0).message)
            .value;
    QCOMPARE(open1.fileName, QStringLiteral("list"));
    const QList<mms::CommandPacket> opens = messagesOf(sessions.at(1), Id::OpenFile);
    QCOMPARE(opens.size(), 1);
    QCOMPARE(mms::decodeMessage<mms::OpenFile>(opens.at(0).message).value.fileName,
        QStringLiteral("list?mmsplayer-entry=1"));
    const QList<mms::CommandPacket> starts = messagesOf(sessions.at(1), Id::StartPlaying);
    QCOMPARE(starts.size(), 1);
    const auto start = mms::decodeMessage<mms::StartPlaying>(starts.at(0).message).value;
    QCOMPARE(start.locationId, quint32(cutAt));
    QCOMPARE(start.position, position);
    // The new connection ended with the playlist's end: no further entry change on it.
    QCOMPARE(messagesOf(sessions.at(1), Id::StreamSwitch).size(), 1);
}

void tst_Faults::playlistDropAtTheEntryChange_data()
{
    QTest::addColumn<int>("replies");
    QTest::addColumn<QString>("reopened"); // the OpenFile name of the new connection
    QTest::addColumn<int>("headers"); // headerReceived() in all
    // MmsServer's replies on "list": 1..7 set-up and ReportStartedPlaying, then the first entry's
    // packets, 8 ReportEndOfStream(hr 1), 9 ReportStreamChange (then the header), 10
    // ReportStreamSwitch, 11 ReportStartedPlaying of the second entry.
    // The first entry is over but the change has not come: it is resumed past its last packet,
    // and the server changes entries on the new connection.
    QTest::newRow("after ReportEndOfStream(hr 1)") << 8 << "list" << 2;
    // The change came, its header did not: the new connection opens the second entry.
    QTest::newRow("after ReportStreamChange") << 9 << "list?mmsplayer-entry=1" << 2;
    // The second entry's StartPlaying is out: the same again, on the new connection.
    QTest::newRow("after the second ReportStreamSwitch") << 10 << "list?mmsplayer-entry=1" << 2;
}

void tst_Faults::playlistDropAtTheEntryChange()
{
    // Every packet of both entries exactly once, in order, whatever step of the change the
    // connection drops at.
    QFETCH(int, replies);
    QFETCH(QString, reopened);
    QFETCH(int, headers);
    asf::AsfFile::OpenResult audio = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/audio.wma"));
    QVERIFY(audio.ok());
    const int first = int(audio.file->packetCount());
    m_seen.clear();
    FaultProxy proxy(m_server->serverPort(), { Plan { Fault::DropAfter, replies, -1, 0, 0 } });
    QVERIFY(proxy.listen());
    Player player(proxy.port(), "list");
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 10000);
    QCOMPARE(proxy.faultsInjected(), 1);
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.reconnecting.count(), 1);
    QCOMPARE(player.headers.count(), headers);
    QCOMPARE(player.locations.size(), first + m_packets);
    for (int i = 0; i < first + m_packets; ++i) {
        const bool inFirst = i < first;
        QCOMPARE(player.entries.at(i), inFirst ? 0 : 1);
        QCOMPARE(player.locations.at(i), quint32(inFirst ? i : i - first));
    }
    const QList<int> sessions = sessionsSeen();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(mms::decodeMessage<mms::OpenFile>(messagesOf(sessions.at(1), Id::OpenFile).at(0).message).value.fileName,
             reopened);
}

void tst_Faults::dropWhilePausedResumesAtPlay()
{
    // Paused after 5 packets, then the connection drops (right after the stop's acknowledgement).
    // Nothing is reported; Play reconnects with the same GUID and goes on at packet 5.
    std::unique_ptr<MmsServer> server = realtimeServer();
    QVERIFY(server);
    m_seen.clear();
    FaultProxy proxy(server->serverPort(), {Plan {Fault::DropAfter, 8, -1, 0, 0}});
    QVERIFY(proxy.listen());
    Player player(proxy.port());
    player.closeAtEnd = false;
    const int pauseAt = 5;
    QObject::connect(&player.session, &MmsSession::dataPacketReceived, &player.session, [&player] {
        if (player.locations.size() == pauseAt)
            player.session.stopPlaying();
    });
    QSignalSpy ends(&player.session, &MmsSession::endOfStream);
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 5000); // the stop acknowledged: paused
    QTRY_VERIFY_WITH_TIMEOUT(player.session.isDisconnectedWhilePaused(), 5000);
    QCOMPARE(proxy.faultsInjected(), 1);
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.closed.count(), 0);
    QCOMPARE(player.reconnecting.count(), 0);
    QCOMPARE(player.session.state(), MmsSession::State::Ready);
    QCOMPARE(player.locations.size(), pauseAt);
    const double position = m_clip->packetSendTime(quint64(pauseAt - 1)) / 1000.0;
    QCOMPARE(player.session.resumePosition(), position);

    player.session.startPlaying(player.session.resumePosition());
    QTRY_COMPARE_WITH_TIMEOUT(player.resumed.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player.locations.size() >= pauseAt + 3, 5000);
    QVERIFY(!player.session.isDisconnectedWhilePaused());
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.reconnecting.count(), 1);
    QCOMPARE(player.reconnected.count(), 1);
    QCOMPARE(player.resumed.at(0).at(0).toDouble(), position);
    QCOMPARE(player.headers.count(), 1);
    // The first packet after the resume is the one after the last delivered before the pause.
    for (int i = 0; i < player.locations.size(); ++i)
        QCOMPARE(player.locations.at(i), quint32(i));
    for (int i = 0; i < player.locations.size(); ++i)
        QCOMPARE(player.packets.at(i), m_clip->packet(quint64(i)));

    const QList<int> sessions = sessionsSeen();
    QCOMPARE(sessions.size(), 2);
    const auto start = mms::decodeMessage<mms::StartPlaying>(
        messagesOf(sessions.at(1), Id::StartPlaying).at(0).message)
                           .value;
    QCOMPARE(start.locationId, quint32(pauseAt));
    QCOMPARE(start.position, position);
    const auto connect1 =
        mms::decodeMessage<mms::Connect>(messagesOf(sessions.at(0), Id::Connect).at(0).message)
            .value;
    const auto connect2 =
        mms::decodeMessage<mms::Connect>(messagesOf(sessions.at(1), Id::Connect).at(0).message)
            .value;
    QCOMPARE(connect2.subscriberName, connect1.subscriberName);
    player.session.abort();
}

void tst_Faults::dropWhilePausedServerGone()
{
    // Paused, dropped, and the server is gone when Play comes: the reconnect attempts fail and
    // only then is it an error.
    std::unique_ptr<MmsServer> server = realtimeServer();
    QVERIFY(server);
    auto proxy = std::make_unique<FaultProxy>(
        server->serverPort(), Plans {Plan {Fault::DropAfter, 8, -1, 0, 0}});
    QVERIFY(proxy->listen());
    Player player(proxy->port());
    player.closeAtEnd = false;
    QObject::connect(&player.session, &MmsSession::dataPacketReceived, &player.session, [&player] {
        if (player.locations.size() == 3)
            player.session.stopPlaying();
    });
    QTRY_VERIFY_WITH_TIMEOUT(player.session.isDisconnectedWhilePaused(), 5000);
    QCOMPARE(player.errors.count(), 0);
    proxy.reset(); // nothing listens on its port any more
    player.session.startPlaying(player.session.resumePosition());
    QTRY_COMPARE_WITH_TIMEOUT(player.errors.count(), 1, 5000);
    QCOMPARE(
        player.errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionLost);
    QVERIFY2(
        player.errors.at(0).at(2).toString().contains(QLatin1String("3 reconnect attempts failed")),
        qPrintable(player.errors.at(0).at(2).toString()));
    QCOMPARE(player.reconnecting.count(), 3);
    QCOMPARE(player.reconnected.count(), 0);
    QCOMPARE(player.resumed.count(), 0);
    QCOMPARE(player.session.state(), MmsSession::State::Failed);
    QCOMPARE(player.closed.count(), 1);
    QCOMPARE(player.locations.size(), 3);
}

void tst_Faults::pingFloodIsAnsweredWithinBounds()
{
    const int flood = 5000;
    FaultProxy proxy(m_server->serverPort(), { Plan { Fault::PingFlood, -1, 10, flood, 0 } });
    QVERIFY(proxy.listen());
    Player player(proxy.port());
    QTRY_COMPARE_WITH_TIMEOUT(player.closed.count(), 1, 30000);
    QCOMPARE(player.errors.count(), 0);
    QCOMPARE(player.pings.count(), flood);
    QCOMPARE(player.locations.size(), m_packets); // the session kept working through the flood
    QCOMPARE(player.reconnecting.count(), 0);
    // MS-MMSP 3.1.5.13: Pings are answered; a backlog of unsent Pongs is coalesced, so at least
    // the limit's worth went out and the write buffer never grew past it.
    QVERIFY2(proxy.pongsFromClient() >= MmsSession::MaxPendingWriteBytes / 48
                     && proxy.pongsFromClient() <= flood,
             qPrintable(QString::number(proxy.pongsFromClient())));
    QVERIFY(player.peakPendingWrite <= MmsSession::MaxPendingWriteBytes + 1024);
    QVERIFY(player.peakBuffered <= MmsSession::MaxReadBufferBytes + MmsSession::MaxMessageBytes);
}

void tst_Faults::hostileServer_data()
{
    QTest::addColumn<Plans>("plans");
    QTest::addColumn<MmsSession::Error>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<qint64>("headerLimit");
    using E = MmsSession::Error;
    const qint64 headerSize = m_clip->mmsHeaderBytes().size();
    const qint64 anyHeader = 16 * 1024 * 1024; // asf::MaxHeaderBytes
    QTest::newRow("stall during setup") << Plans { { Fault::StallAfter, 3, -1, 0, 0 } } << E::Timeout
                                        << "OpeningFile" << headerSize;
    // Bytes come faster than the timeout but no message completes: still a timeout.
    QTest::newRow("one byte every 100 ms") << Plans { { Fault::Trickle, -1, -1, 0, 100 } } << E::Timeout
                                           << "no complete message" << headerSize;
    QTest::newRow("one byte every 3 s") << Plans { { Fault::Trickle, -1, -1, 0, 3000 } } << E::Timeout
                                       << "no complete message" << headerSize;
    QTest::newRow("data before ReportStartedPlaying") << Plans { { Fault::DataBeforeStarted, -1, -1, 0, 0 } }
                                                      << E::UnexpectedMessage << "before ReportStartedPlaying"
                                                      << headerSize;
    QTest::newRow("header that never completes") << Plans { { Fault::HeaderNeverEnds, -1, -1, 0, 0 } }
                                                 << E::Timeout << "ReadingHeader" << headerSize;
    QTest::newRow("header size 2 GiB") << Plans { { Fault::HugeHeaderSize, -1, -1, 0, 0 } } << E::InvalidHeader
                                       << "2147483648" << qint64(0);
    QTest::newRow("header data that keeps coming") << Plans { { Fault::EndlessHeader, -1, -1, 0, 0 } }
                                                   << E::InvalidHeader << "announced" << headerSize;
    QTest::newRow("endless header of unknown size") << Plans { { Fault::EndlessHeaderUnknownSize, -1, -1, 0, 0 } }
                                                    << E::InvalidHeader << "limit" << anyHeader;
    // Mid-stream the session reconnects; when every new connection stalls too it gives up.
    const Plan stall { Fault::StallAfter, -1, 10, 0, 0 };
    const Plan stallSetup { Fault::StallAfter, 2, -1, 0, 0 };
    QTest::newRow("stall mid-stream, and on every reconnect") << Plans { stall, stallSetup, stallSetup, stallSetup }
                                                              << E::ConnectionLost << "3 reconnect attempts failed"
                                                              << headerSize;
}

void tst_Faults::hostileServer()
{
    QFETCH(Plans, plans);
    QFETCH(MmsSession::Error, error);
    QFETCH(QString, detail);
    QFETCH(qint64, headerLimit);
    FaultProxy proxy(m_server->serverPort(), plans);
    QVERIFY(proxy.listen());
    Player player(proxy.port());
    // Within the timeout of the step that went wrong (per attempt when reconnecting).
    QTRY_COMPARE_WITH_TIMEOUT(player.errors.count(), 1, 60000);
    const qint64 elapsed = player.clock.elapsed();
    QCOMPARE(player.errors.at(0).at(0).value<MmsSession::Error>(), error);
    const QString text = player.errors.at(0).at(2).toString();
    QVERIFY2(text.contains(detail), qPrintable(text));
    QCOMPARE(player.session.state(), MmsSession::State::Failed);
    QCOMPARE(player.closed.count(), 1);
    QVERIFY(proxy.faultsInjected() >= 1);
    const int attempts = int(plans.size());
    // An upper bound with room for a busy machine: each attempt ends at its timeout, not later.
    QVERIFY2(elapsed < attempts * 2 * TimeoutMs + 5000, qPrintable(QString::number(elapsed)));
    player.sample();
    QVERIFY2(player.peakHeader <= headerLimit, qPrintable(QString::number(player.peakHeader)));
    QVERIFY(player.peakBuffered <= MmsSession::MaxReadBufferBytes + MmsSession::MaxMessageBytes);
    QVERIFY(player.peakPendingWrite <= MmsSession::MaxPendingWriteBytes + 1024);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
