// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/session/asfrecordwriter.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Id = mms::MessageId;

// The client's advanced flows end to end against our own server (in-process): seeking (notes
// §9.3), a pause longer than the server's idle timeout (§9.4), joining a broadcast late (§9.7),
// a server-side playlist (§9.6), redirects (§9.9), and a recorder next to a player.
class tst_SessionServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seekStartsAtTheServersPacket();
    void pauseOutlivesTheIdleTimeout();
    void joinBroadcastLate();
    void playlistChangesStreamsAndPlaysOn();
    void redirectToAnotherServer();
    void redirectLoopStopsAfterFiveHops();
    void recordWhilePlaying();
    void recordWriterRefusesBadInput();

private:
    struct Seen
    {
        int server; // 0 = burst, 1 = realtime
        int session;
        mms::CommandPacket packet;
    };
    QUrl url(const MmsServer &server, const char *path) const
    {
        return QUrl(QStringLiteral("mms://127.0.0.1:%1/%2").arg(server.serverPort()).arg(QLatin1String(path)));
    }
    void watch(MmsServer *server, int index);
    // Client messages of the server session that sent a Connect with this player's GUID.
    QList<mms::CommandPacket> messagesOf(const MmsSession &client, int server = -1) const;
    int connectsOf(const MmsSession &client, int server) const;
    static QString media(const char *name) { return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name); }

    std::unique_ptr<MmsServer> m_burst;
    std::unique_ptr<MmsServer> m_realtime;
    std::unique_ptr<asf::AsfFile> m_clip;
    QList<Seen> m_seen;
};

void tst_SessionServer::watch(MmsServer *server, int index)
{
    connect(server, &MmsServer::messageReceived, this, [this, index](int session, Id id, const QByteArray &message) {
        mms::CommandPacket packet;
        packet.id = id;
        packet.message = message;
        m_seen.append({ index, session, packet });
    });
}

QList<mms::CommandPacket> tst_SessionServer::messagesOf(const MmsSession &client, int server) const
{
    const QString guid = client.playerId().toString(QUuid::WithBraces);
    QSet<QPair<int, int>> mine;
    QList<mms::CommandPacket> out;
    for (const Seen &seen : m_seen) {
        if (server >= 0 && seen.server != server)
            continue;
        if (seen.packet.id == Id::Connect
            && mms::decodeMessage<mms::Connect>(seen.packet.message).value.subscriberName.contains(guid))
            mine.insert({ seen.server, seen.session });
        if (mine.contains({ seen.server, seen.session }))
            out.append(seen.packet);
    }
    return out;
}

int tst_SessionServer::connectsOf(const MmsSession &client, int server) const
{
    int n = 0;
    for (const mms::CommandPacket &p : messagesOf(client, server))
        n += p.id == Id::Connect ? 1 : 0;
    return n;
}

void tst_SessionServer::initTestCase()
{
    asf::AsfFile::OpenResult clip = asf::AsfFile::open(media("clip.wmv"));
    QVERIFY(clip.ok());
    m_clip = std::move(clip.file);

    MmsServerConfig realtime;
    realtime.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    realtime.port = 0;
    realtime.idleTimeoutMs = 1500; // short, for the pause test
    realtime.live.insert(QStringLiteral("live"), media("clip.wmv"));
    m_realtime = std::make_unique<MmsServer>(realtime);
    QVERIFY2(m_realtime->listen(), qPrintable(m_realtime->errorString()));
    watch(m_realtime.get(), 1);

    // The burst server redirects to the realtime one, and to itself (a loop): it needs its port
    // before it starts, so take one the kernel chose and free it. Another process (tests run in
    // parallel) may take it in between: then try with another one.
    for (int attempt = 0; !m_burst || !m_burst->listen(); ++attempt) {
        QVERIFY2(attempt < 20, "no free port for the burst server");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        MmsServerConfig burst;
        burst.rootDir = QStringLiteral(MMS_MEDIA_DIR);
        burst.port = port;
        burst.pace = MmsServerConfig::Pace::Burst;
        burst.playlists.insert(QStringLiteral("list"), { media("clip.wmv"), media("audio.wma") });
        burst.redirects.insert(QStringLiteral("moved"), url(*m_realtime, "clip.wmv").toString());
        burst.redirects.insert(QStringLiteral("loop"), QStringLiteral("mms://127.0.0.1:%1/loop").arg(port));
        m_burst = std::make_unique<MmsServer>(burst);
    }
    watch(m_burst.get(), 0);
}

void tst_SessionServer::seekStartsAtTheServersPacket()
{
    MmsSession session;
    session.setTimeout(30000);
    QList<quint32> before, after;
    bool seeked = false;
    const double target = 4.0;
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(0.0); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location, const QByteArray &) {
        if (seeked) {
            after.append(location);
            if (after.size() == 3)
                session.close();
            return;
        }
        before.append(location);
        session.startPlaying(target); // seek at the first packet, while streaming
        seeked = true;
        // From here on nothing of the first play may arrive.
        QCOMPARE(session.state(), MmsSession::State::Stopping);
    });
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    QSignalSpy closed(&session, &MmsSession::closed);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(*m_realtime, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(started.count(), 2);
    QCOMPARE(before, QList<quint32>{ 0 });
    // The server's own mapping of the position (AsfFile::packetIndexForSendTime) gives the first
    // packet of the new play.
    const quint32 first = quint32(m_clip->packetIndexForSendTime(quint32(target * 1000)));
    QVERIFY(first > 1);
    QCOMPARE(after, QList<quint32>({ first, first + 1, first + 2 }));
    // Notes §9.3: StartPlaying, StopPlaying (its incarnation), [Logging], StartPlaying (new one).
    QList<mms::CommandPacket> playMessages;
    for (const mms::CommandPacket &p : messagesOf(session, 1)) {
        if (p.id == Id::StartPlaying || p.id == Id::StopPlaying)
            playMessages.append(p);
    }
    QCOMPARE(playMessages.size(), 4); // the close stops the second play too
    const auto start1 = mms::decodeMessage<mms::StartPlaying>(playMessages.at(0).message).value;
    QCOMPARE(playMessages.at(1).id, Id::StopPlaying);
    QCOMPARE(mms::decodeMessage<mms::StopPlaying>(playMessages.at(1).message).value.playIncarnation,
             start1.playIncarnation);
    QCOMPARE(playMessages.at(2).id, Id::StartPlaying);
    const auto start2 = mms::decodeMessage<mms::StartPlaying>(playMessages.at(2).message).value;
    QCOMPARE(start2.position, target);
    QVERIFY(start2.playIncarnation != start1.playIncarnation);
}

void tst_SessionServer::pauseOutlivesTheIdleTimeout()
{
    // Two paused sessions; the server drops a client silent for 1.5 s. Only the one whose
    // keep-alive Pongs come every 0.25 s (a margin for a busy machine) survives, and plays on
    // without reconnecting.
    MmsSession kept, dropped;
    kept.setKeepAliveInterval(250);
    dropped.setKeepAliveInterval(60000);
    QSignalSpy keptStopped(&kept, &MmsSession::endOfStream);
    QSignalSpy droppedStopped(&dropped, &MmsSession::endOfStream);
    QSignalSpy keptErrors(&kept, &MmsSession::errorOccurred);
    QSignalSpy droppedErrors(&dropped, &MmsSession::errorOccurred);
    QSignalSpy keptReconnects(&kept, &MmsSession::reconnecting);
    QSignalSpy keptStarted(&kept, &MmsSession::startedPlaying);
    QSignalSpy keptPackets(&kept, &MmsSession::dataPacketReceived);
    for (MmsSession *s : { &kept, &dropped }) {
        connect(s, &MmsSession::headerReceived, s, [s] { s->startPlaying(); });
        // Pause at the first packet: StopPlaying (notes §9.4).
        connect(s, &MmsSession::dataPacketReceived, s, [s] {
            if (s->state() == MmsSession::State::Streaming && s->packetsReceived() == 1)
                s->stopPlaying();
        });
        s->open(url(*m_realtime, "clip.wmv"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(keptStopped.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(droppedStopped.count(), 1, 30000);
    QCOMPARE(kept.state(), MmsSession::State::Ready);
    auto pongs = [this, &kept] {
        int n = 0;
        for (const mms::CommandPacket &p : messagesOf(kept, 1))
            n += p.id == Id::Pong ? 1 : 0;
        return n;
    };
    // The server ends the silent one after its idle timeout. A drop while paused is no error:
    // the session notes it and stays Ready; Play reconnects (below).
    QTRY_VERIFY_WITH_TIMEOUT(dropped.isDisconnectedWhilePaused(), 30000);
    QCOMPARE(droppedErrors.count(), 0);
    QCOMPARE(dropped.state(), MmsSession::State::Ready);
    // Ten Pongs = 2.5 s of pause, well past the 1.5 s idle timeout.
    QTRY_VERIFY_WITH_TIMEOUT(pongs() >= 10, 30000);
    QCOMPARE(kept.state(), MmsSession::State::Ready);
    kept.startPlaying(0.5);
    QTRY_COMPARE_WITH_TIMEOUT(keptStarted.count(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(keptPackets.count() >= 2, 30000);
    QCOMPARE(keptErrors.count(), 0);
    QCOMPARE(keptReconnects.count(), 0);
    QCOMPARE(connectsOf(kept, 1), 1); // the same connection all along
    kept.abort();

    // Play on the dropped one: a new connection (same GUID), on at the packet after the paused one.
    QSignalSpy droppedResumed(&dropped, &MmsSession::resumed);
    QList<quint32> droppedLocations;
    connect(&dropped, &MmsSession::dataPacketReceived, &dropped,
        [&droppedLocations](quint32 location) { droppedLocations.append(location); });
    dropped.startPlaying(dropped.resumePosition());
    QTRY_VERIFY_WITH_TIMEOUT(droppedLocations.size() >= 2, 30000);
    QCOMPARE(droppedResumed.count(), 1);
    QCOMPARE(droppedErrors.count(), 0);
    QCOMPARE(connectsOf(dropped, 1), 2);
    QCOMPARE(droppedLocations.mid(0, 2), QList<quint32>({1, 2}));
    dropped.abort();
}

void tst_SessionServer::joinBroadcastLate()
{
    MmsSession early, late;
    QList<quint32> earlyLocations, lateLocations;
    QList<qsizetype> lateSizes;
    connect(&early, &MmsSession::headerReceived, &early, [&early] { early.startPlaying(); });
    connect(&early, &MmsSession::dataPacketReceived, &early,
            [&earlyLocations](quint32 location) { earlyLocations.append(location); });
    connect(&late, &MmsSession::headerReceived, &late, [&late] { late.startPlaying(3.0); });
    connect(&late, &MmsSession::dataPacketReceived, &late, [&](quint32 location, const QByteArray &packet) {
        lateLocations.append(location);
        lateSizes.append(packet.size());
    });
    QSignalSpy lateErrors(&late, &MmsSession::errorOccurred);
    early.open(url(*m_realtime, "live"));
    QTRY_VERIFY_WITH_TIMEOUT(earlyLocations.size() >= 10, 30000);
    late.open(url(*m_realtime, "live"));
    QTRY_VERIFY_WITH_TIMEOUT(lateLocations.size() >= 10, 30000);
    QCOMPARE(lateErrors.count(), 0);
    // Notes §9.7: a broadcast has no duration and no seeking.
    const MmsFileInfo info = late.fileInfo();
    QVERIFY(info.broadcast);
    QVERIFY(!info.seekable);
    QCOMPARE(info.durationSeconds, 0.0);
    QVERIFY(late.header().file.broadcast);
    // startPlaying(3.0) is ignored: the server was asked for the live point.
    QList<mms::CommandPacket> starts;
    for (const mms::CommandPacket &p : messagesOf(late, 1)) {
        if (p.id == Id::StartPlaying)
            starts.append(p);
    }
    QCOMPARE(starts.size(), 1);
    QCOMPARE(mms::decodeMessage<mms::StartPlaying>(starts.at(0).message).value.position, 0.0);
    // Joined mid-stream: the numbering does not start at 0, and goes on one by one.
    QVERIFY(lateLocations.first() > earlyLocations.first());
    QVERIFY(lateLocations.first() >= earlyLocations.at(9));
    for (int i = 1; i < lateLocations.size(); ++i)
        QCOMPARE(lateLocations.at(i), lateLocations.at(i - 1) + 1);
    // Every packet padded to the header's packet size, and parseable.
    const quint32 packetSize = late.header().packetSize();
    for (qsizetype size : std::as_const(lateSizes))
        QCOMPARE(size, qsizetype(packetSize));
    early.abort();
    late.abort();
}

void tst_SessionServer::playlistChangesStreamsAndPlaysOn()
{
    asf::AsfFile::OpenResult audio = asf::AsfFile::open(media("audio.wma"));
    QVERIFY(audio.ok());
    MmsSession session;
    session.setTimeout(30000);
    QList<quint32> locations;
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying(); // only the first entry: the session plays on by itself
    });
    connect(&session, &MmsSession::dataPacketReceived, &session,
            [&locations](quint32 location) { locations.append(location); });
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy changes(&session, &MmsSession::streamChanged);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(*m_burst, "list"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(ends.at(0).at(0).toUInt(), mms::Hresult::EndOfEntry);
    QCOMPARE(ends.at(1).at(0).toUInt(), 0u);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(headers.count(), 2);
    QCOMPARE(headers.at(1).at(1).toByteArray(), audio.file->mmsHeaderBytes());
    QVERIFY(session.fileInfo().attributes & mms::FileAttribute::Playlist);
    const int first = int(m_clip->packetCount());
    QCOMPARE(locations.size(), first + int(audio.file->packetCount()));
    for (int i = 0; i < locations.size(); ++i)
        QCOMPARE(locations.at(i), quint32(i < first ? i : i - first));
    // MS-MMSP 3.1.4.4: after the new header, StreamSwitch listing every stream of the new entry,
    // then StartPlaying with a new incarnation.
    auto playMessages = [this, &session] {
        QList<Id> ids;
        for (const mms::CommandPacket &p : messagesOf(session, 0)) {
            if (p.id == Id::StreamSwitch || p.id == Id::StartPlaying || p.id == Id::Logging)
                ids.append(p.id);
        }
        return ids;
    };
    const QList<Id> expected = { Id::StreamSwitch, Id::StartPlaying, Id::Logging, Id::StreamSwitch,
                                 Id::StartPlaying, Id::Logging };
    QTRY_COMPARE_WITH_TIMEOUT(playMessages(), expected, 30000);
    const QList<mms::CommandPacket> sent = messagesOf(session, 0);
    QList<mms::StreamSwitchEntry> entries;
    for (const asf::Stream &s : audio.file->header().streams)
        entries.append({ 0xFFFF, quint16(s.number), 0 });
    QList<mms::StartPlaying> starts;
    QList<mms::StreamSwitch> switches;
    for (const mms::CommandPacket &p : sent) {
        if (p.id == Id::StartPlaying)
            starts.append(mms::decodeMessage<mms::StartPlaying>(p.message).value);
        if (p.id == Id::StreamSwitch)
            switches.append(mms::decodeMessage<mms::StreamSwitch>(p.message).value);
    }
    QCOMPARE(switches.at(1).entries, entries);
    QVERIFY(starts.at(1).playIncarnation != starts.at(0).playIncarnation);
    QCOMPARE(starts.at(1).position, 0.0);
    session.abort();
}

void tst_SessionServer::redirectToAnotherServer()
{
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    session.open(url(*m_burst, "moved"));
    QTRY_COMPARE_WITH_TIMEOUT(headers.count(), 1, 30000);
    QCOMPARE(redirects.count(), 1);
    QCOMPARE(redirects.at(0).at(0).toUrl(), url(*m_realtime, "clip.wmv"));
    QCOMPARE(headers.at(0).at(1).toByteArray(), m_clip->mmsHeaderBytes());
    // MS-MMSP 3.1.5.7: the first server got as far as OpenFile; the second one sees a new
    // session from Connect, with the same GUID.
    QList<Id> first;
    for (const mms::CommandPacket &p : messagesOf(session, 0))
        first.append(p.id);
    QCOMPARE(first, QList<Id>({ Id::Connect, Id::FunnelInfo, Id::ConnectFunnel, Id::OpenFile }));
    const QList<mms::CommandPacket> second = messagesOf(session, 1);
    QVERIFY(!second.isEmpty());
    QCOMPARE(second.first().id, Id::Connect);
    QCOMPARE(mms::decodeMessage<mms::OpenFile>(second.at(3).message).value.fileName, QStringLiteral("clip.wmv"));
    session.close();
}

void tst_SessionServer::redirectLoopStopsAfterFiveHops()
{
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(*m_burst, "loop"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::TooManyRedirects);
    QCOMPARE(redirects.count(), 5);
    QCOMPARE(connectsOf(session, 0), 6);
}

void tst_SessionServer::recordWhilePlaying()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MmsSession session;
    AsfStreamBuffer player; // the window's consumer
    AsfRecordWriter whole, fromMiddle; // "Save stream as": from the start, and from packet 30
    QVERIFY(whole.open(dir.filePath(QStringLiteral("whole.asf"))));
    QVERIFY(fromMiddle.open(dir.filePath(QStringLiteral("middle.asf"))));
    connect(&session, &MmsSession::headerReceived, &player,
            [&player](const asf::Header &, const QByteArray &bytes) { player.append(bytes); });
    connect(&session, &MmsSession::headerReceived, &session, [&](const asf::Header &header, const QByteArray &bytes) {
        QVERIFY(whole.writeHeader(header, bytes));
        session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &player,
            [&player](quint32, const QByteArray &packet) { player.append(packet); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location, const QByteArray &packet) {
        QVERIFY(whole.writePacket(packet));
        if (location == 30) // started while playing: the header comes from the session
            QVERIFY(fromMiddle.writeHeader(session.header(), session.headerBytes()));
        if (fromMiddle.hasHeader())
            QVERIFY(fromMiddle.writePacket(packet));
    });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.open(url(*m_burst, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    session.close();
    QVERIFY(whole.finish());
    QVERIFY(fromMiddle.finish());
    const quint64 count = m_clip->packetCount();
    QCOMPARE(whole.packetsWritten(), count);
    QCOMPARE(fromMiddle.packetsWritten(), count - 30);
    // The player got the same bytes: the header and every packet.
    QByteArray expected = m_clip->mmsHeaderBytes();
    for (quint64 i = 0; i < count; ++i)
        expected += m_clip->packet(i);
    QCOMPARE(player.readAll(), expected);
    // Both files are ASF files with exactly the packets recorded.
    asf::AsfFile::OpenResult a = asf::AsfFile::open(dir.filePath(QStringLiteral("whole.asf")));
    QVERIFY2(a.ok(), qPrintable(a.error.what));
    QCOMPARE(a.file->packetCount(), count);
    asf::AsfFile::OpenResult b = asf::AsfFile::open(dir.filePath(QStringLiteral("middle.asf")));
    QVERIFY2(b.ok(), qPrintable(b.error.what));
    QCOMPARE(b.file->packetCount(), count - 30);
    for (quint64 i = 0; i < count - 30; ++i)
        QCOMPARE(b.file->packet(i), m_clip->packet(i + 30));
}

void tst_SessionServer::recordWriterRefusesBadInput()
{
    QTemporaryDir dir;
    AsfRecordWriter writer;
    QVERIFY(!writer.writeHeader(m_clip->header(), m_clip->mmsHeaderBytes())); // not open
    QVERIFY(writer.open(dir.filePath(QStringLiteral("x.asf"))));
    QVERIFY(!writer.writePacket(m_clip->packet(0))); // no header yet
    QVERIFY(writer.errorString().contains(QLatin1String("before the header")));
    AsfRecordWriter second;
    QVERIFY(second.open(dir.filePath(QStringLiteral("y.asf"))));
    QVERIFY(!second.writeHeader(m_clip->mmsHeaderBytes().left(100), 100, m_clip->packetSize()));
    AsfRecordWriter third;
    QVERIFY(third.open(dir.filePath(QStringLiteral("z.asf"))));
    QVERIFY(third.writeHeader(m_clip->header(), m_clip->mmsHeaderBytes()));
    QVERIFY(!third.writeHeader(m_clip->header(), m_clip->mmsHeaderBytes())); // twice
    AsfRecordWriter fourth;
    QVERIFY(fourth.open(dir.filePath(QStringLiteral("w.asf"))));
    QVERIFY(fourth.writeHeader(m_clip->header(), m_clip->mmsHeaderBytes()));
    QVERIFY(!fourth.writePacket(m_clip->packet(0).left(10))); // not the packet size
    QVERIFY(fourth.errorString().contains(QLatin1String("packet size")));
}

QTEST_GUILESS_MAIN(tst_SessionServer)
#include "tst_sessionserver.moc"
