// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemmsserver.h"

#include "core/session/mmssession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Id = mms::MessageId;

class tst_MmsSession : public QObject
{
    Q_OBJECT
private slots:
    void happyPathSendsTheSpecSequence();
    void streamSwitchTurnsUnchosenStreamsOff();
    void pingGetsPongInAnyState();
    void readyKeepsAliveAndDoesNotTimeOut();
    void staleAndForeignPacketsAreDropped();
    void brokenServer_data();
    void brokenServer();
    void silentServerTimesOut();
    void redirectsAreFollowedUpToFive();
    void invalidUrl();

private:
    static QString media(const char *name) { return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name); }
};

Q_DECLARE_METATYPE(std::function<void(FakeMmsServer &, const mms::CommandPacket &)>)
using Script = std::function<void(FakeMmsServer &, const mms::CommandPacket &)>;

void tst_MmsSession::happyPathSendsTheSpecSequence()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.fileOk());
    QVERIFY(server.listen());
    MmsSession session;
    QSignalSpy states(&session, &MmsSession::stateChanged);
    QSignalSpy packets(&session, &MmsSession::dataPacketReceived);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy closed(&session, &MmsSession::closed);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(0.0); });
    connect(&session, &MmsSession::endOfStream, &session, &MmsSession::close);

    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/dir/clip%20file.wmv?x=1").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);

    // MS-MMSP 4.3 order, with FunnelInfo (SHOULD) and Logging after the end (3.1.5.18).
    // The session is closed once its last bytes are written; the server reads them in a later
    // event-loop pass: wait for its record.
    const QList<Id> expected = { Id::Connect, Id::FunnelInfo, Id::ConnectFunnel, Id::OpenFile, Id::ReadBlock,
                                 Id::StreamSwitch, Id::StartPlaying, Id::Logging, Id::CloseFile };
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedIds(), expected, 30000);

    const auto connect = server.decoded<mms::Connect>(0);
    QCOMPARE(connect.playIncarnation, 0xF0F0F0EFu);
    QCOMPARE(connect.macToViewerProtocolRevision, 0x0004000Bu);
    QCOMPARE(connect.viewerToMacProtocolRevision, 0x0003001Cu);
    const QRegularExpression player(QStringLiteral("^NSPlayer/9\\.0\\.0\\.\\d{4}; (\\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                                   "[0-9a-f]{4}-[0-9a-f]{12}\\}); Host: 127\\.0\\.0\\.1:%1$")
                                            .arg(server.port()));
    const auto match = player.match(connect.subscriberName);
    QVERIFY2(match.hasMatch(), qPrintable(connect.subscriberName));
    QCOMPARE(match.captured(1), session.playerId().toString(QUuid::WithBraces));

    QCOMPARE(server.decoded<mms::FunnelInfo>(1).playIncarnation, 0xF0F0F0EFu);
    const auto funnel = server.decoded<mms::ConnectFunnel>(2);
    QCOMPARE(funnel.playIncarnation, 0u);
    QCOMPARE(funnel.maxBlockBytes, 0xFFFFFFFFu);
    QCOMPARE(funnel.maxFunnelBytes, 0u);
    QCOMPARE(funnel.maxBitRate, 0x00989680u);
    QCOMPARE(funnel.funnelMode, 2u);
    QCOMPARE(funnel.funnelName, QStringLiteral("\\\\127.0.0.1\\TCP\\%1").arg(server.lastPeerPort));

    const auto open = server.decoded<mms::OpenFile>(3);
    QCOMPARE(open.playIncarnation, 9u);
    QCOMPARE(open.spare, 0u);
    QCOMPARE(open.fileName, QStringLiteral("dir/clip file.wmv?x=1"));
    QVERIFY(open.tokenData.isEmpty());

    mms::ReadBlock readBlock; // the spec constants are the struct's defaults; check them literally too
    readBlock.openFileId = 7;
    readBlock.playIncarnation = 1;
    const auto read = server.decoded<mms::ReadBlock>(4);
    QCOMPARE(read, readBlock);
    QCOMPARE(read.length, 0x8000u);
    QCOMPARE(read.flags, 0xFFFFFFFFu);
    QCOMPARE(read.tDeadline, 3600.0);

    const auto sw = server.decoded<mms::StreamSwitch>(5);
    const QList<mms::StreamSwitchEntry> allOn = { { 0xFFFF, 1, 0 }, { 0xFFFF, 2, 0 } };
    QCOMPARE(sw.entries, allOn);

    const auto start = server.decoded<mms::StartPlaying>(6);
    QCOMPARE(start.openFileId, 7u);
    QCOMPARE(start.padding, 0u);
    QCOMPARE(start.position, 0.0);
    QCOMPARE(start.asfOffset, 0xFFFFFFFFu);
    QCOMPARE(start.locationId, 0xFFFFFFFFu);
    QCOMPARE(start.frameOffset, 0u);
    QCOMPARE(start.playIncarnation, 10u);
    // clip.wmv is FFmpeg-made: its video stream has no bit rate, so the sum of the streams' rates
    // (the audio's alone) would ask for a "burst" slower than the content. The file's bit rate,
    // which ReportOpenFile carried, is used instead, ten times over.
    const asf::Header &header = server.file().header();
    QCOMPARE(header.stream(1)->bitrate, 0u);
    QVERIFY(header.stream(2)->bitrate > 0);
    QVERIFY(header.file.maxBitrate > header.stream(2)->bitrate);
    QCOMPARE(start.accelBandwidth, std::optional<quint32>(quint32(quint64(header.file.maxBitrate) * 10)));
    QCOMPARE(start.accelDuration, std::optional<quint32>(quint32(server.file().header().file.preroll)));
    QVERIFY(!start.linkBandwidth);

    const auto log = server.decoded<mms::Logging>(7);
    QCOMPARE(log.sourceId, 7u);
    QCOMPARE(log.info.packetsReceived, 3u);
    QCOMPARE(log.info.url, session.url().toString(QUrl::FullyEncoded).toLatin1());
    QVERIFY(log.info.userAgent.startsWith("NSPlayer/9.0.0."));
    QCOMPARE(log.proto, QByteArray("mms"));
    QCOMPARE(log.transport, QByteArray("TCP"));

    const auto close = server.decoded<mms::CloseFile>(8);
    QCOMPARE(close.playIncarnation, 0u);
    QCOMPARE(close.openFileId, 7u);

    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(1).toByteArray(), server.file().mmsHeaderBytes());
    QCOMPARE(packets.count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(packets.at(i).at(0).toUInt(), quint32(i));
        QCOMPARE(packets.at(i).at(1).toByteArray(), server.file().packet(quint64(i)));
    }
    QCOMPARE(ends.count(), 1);
    QCOMPARE(ends.at(0).at(0).toUInt(), 0u);
    using S = MmsSession::State;
    const QList<S> stateOrder = { S::Connecting, S::OpeningFile, S::ReadingHeader, S::Ready, S::Starting,
                                  S::Streaming, S::Ready, S::Closing, S::Closed };
    QList<S> seen;
    for (const auto &args : states)
        seen.append(args.at(0).value<S>());
    QCOMPARE(seen, stateOrder);
    QCOMPARE(session.packetsReceived(), 3u);
}

void tst_MmsSession::streamSwitchTurnsUnchosenStreamsOff()
{
    FakeMmsServer server(media("multi.wmv"));
    QVERIFY(server.fileOk());
    QVERIFY(server.listen());
    MmsSession session;
    session.setFastStart(false);
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(1.5); });
    session.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/multi.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    QCOMPARE(session.selectedStreams(), QList<int>({ 1, 3 }));
    const int switchIndex = int(server.receivedIds().indexOf(Id::StreamSwitch));
    QVERIFY(switchIndex > 0);
    // Notes §6.7: every stream listed; off = {0xFFFF, N, 2}.
    const QList<mms::StreamSwitchEntry> entries = { { 0xFFFF, 1, 0 }, { 0xFFFF, 2, 2 }, { 0xFFFF, 3, 0 } };
    QCOMPARE(server.decoded<mms::StreamSwitch>(switchIndex).entries, entries);
    const auto start = server.decoded<mms::StartPlaying>(switchIndex + 1);
    QCOMPARE(start.position, 1.5);
    QVERIFY(!start.accelBandwidth); // setFastStart(false)
}

void tst_MmsSession::pingGetsPongInAnyState()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&server](const mms::CommandPacket &p) {
        if (p.id == Id::Connect || p.id == Id::ReadBlock)
            server.sendMessage(mms::Ping()); // before the reply, and again right before the header
        server.respond(p);
    };
    MmsSession session;
    QSignalSpy pings(&session, &MmsSession::pingReceived);
    QSignalSpy ready(&session, &MmsSession::headerReceived);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QCOMPARE(pings.count(), 2);
    server.sendMessage(mms::Ping()); // while Ready
    QTRY_COMPARE_WITH_TIMEOUT(pings.count(), 3, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 8, 30000);
    const QList<Id> expected = { Id::Connect, Id::Pong, Id::FunnelInfo, Id::ConnectFunnel, Id::OpenFile,
                                 Id::ReadBlock, Id::Pong, Id::Pong };
    QCOMPARE(server.receivedIds(), expected);
    QCOMPARE(server.decoded<mms::Pong>(1), mms::Pong());
}

void tst_MmsSession::readyKeepsAliveAndDoesNotTimeOut()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    MmsSession session;
    session.setKeepAliveInterval(150);
    QSignalSpy ready(&session, &MmsSession::headerReceived);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    // The short timeout only from Ready on: during the handshake it would race a busy machine.
    session.setTimeout(300);
    const qsizetype before = server.received.size();
    // Four keep-alive Pongs take at least 600 ms, twice the timeout: Ready must not time out.
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), before + 4, 30000);
    for (qsizetype i = before; i < server.received.size(); ++i)
        QCOMPARE(server.received.at(i).id, Id::Pong);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.state(), MmsSession::State::Ready);
}

void tst_MmsSession::staleAndForeignPacketsAreDropped()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&server](const mms::CommandPacket &p) {
        if (p.id == Id::StartPlaying) {
            const auto start = mms::decodeMessage<mms::StartPlaying>(p.message).value;
            mms::ReportStartedPlaying started;
            started.playIncarnation = start.playIncarnation;
            server.sendMessage(started);
            // One packet from an older play (a seek's leftovers), then the real one.
            server.sendData(0, quint8(start.playIncarnation - 1), 0, server.file().packet(0));
            server.sendData(1, quint8(start.playIncarnation), 1, server.file().packet(1));
            mms::ReportEndOfStream end;
            end.playIncarnation = start.playIncarnation;
            server.sendMessage(end);
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    QSignalSpy packets(&session, &MmsSession::dataPacketReceived);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QCOMPARE(packets.count(), 1);
    QCOMPARE(packets.at(0).at(0).toUInt(), 1u);
}

void tst_MmsSession::brokenServer_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<MmsSession::Error>("error");
    QTest::addColumn<quint32>("hr");
    using E = MmsSession::Error;

    QTest::newRow("wrong seal") << Script([](FakeMmsServer &s, const mms::CommandPacket &) {
        QByteArray bytes = mms::encodePacket(mms::ReportConnectedEX(), 0);
        bytes[12] = 'X'; // MS-MMSP 2.2.3: seal must be "MMS "
        s.sendBytes(bytes);
    }) << E::ProtocolError << 0u;
    QTest::newRow("huge messageLength") << Script([](FakeMmsServer &s, const mms::CommandPacket &) {
        QByteArray bytes = mms::encodePacket(mms::ReportConnectedEX(), 0);
        bytes[8] = char(0xF0);
        bytes[9] = bytes[10] = bytes[11] = char(0x7F);
        s.sendBytes(bytes);
    }) << E::ProtocolError << 0u;
    QTest::newRow("message cut off by a close") << Script([](FakeMmsServer &s, const mms::CommandPacket &) {
        s.sendBytes(mms::encodePacket(mms::ReportConnectedEX(), 0).left(40));
        s.closeClient();
    }) << E::ConnectionLost << 0u;
    QTest::newRow("data packet larger than the packet size") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id != Id::StartPlaying)
            return s.respond(p);
        const auto start = mms::decodeMessage<mms::StartPlaying>(p.message).value;
        mms::ReportStartedPlaying started;
        started.playIncarnation = start.playIncarnation;
        s.sendMessage(started);
        s.sendData(0, quint8(start.playIncarnation), 0, s.file().packet(0) + QByteArray(1, '\0'));
    }) << E::PacketTooLarge << 0u;
    QTest::newRow("header that never ends") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id != Id::ReadBlock)
            return s.respond(p);
        const auto read = mms::decodeMessage<mms::ReadBlock>(p.message).value;
        mms::ReportReadBlock reply;
        reply.playIncarnation = read.playIncarnation;
        s.sendMessage(reply);
        const QByteArray header = s.file().mmsHeaderBytes();
        for (quint32 i = 0; i < 4; ++i) // AFFlags 0x04 only, past fileHeaderSize
            s.sendData(i, quint8(read.playIncarnation), mms::HeaderFragmentMore, header.left(header.size() / 2 + 1));
    }) << E::InvalidHeader << 0u;
    QTest::newRow("ReportStartedPlaying before ReportOpenFile") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id == Id::OpenFile)
            return s.sendMessage(mms::ReportStartedPlaying());
        s.respond(p);
    }) << E::UnexpectedMessage << 0u;
    QTest::newRow("file not found") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id != Id::OpenFile)
            return s.respond(p);
        mms::ReportOpenFile reply;
        reply.hr = mms::Hresult::Win32FileNotFound;
        reply.openFileId = 0;
        s.sendMessage(reply);
        s.closeClient();
    }) << E::ServerError << mms::Hresult::Win32FileNotFound;
    QTest::newRow("too many sessions at connect") << Script([](FakeMmsServer &s, const mms::CommandPacket &) {
        mms::ReportConnectedEX reply;
        reply.hr = mms::Hresult::TooManySessions;
        s.sendMessage(reply);
    }) << E::ServerError << mms::Hresult::TooManySessions;
    QTest::newRow("security challenge") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id != Id::OpenFile)
            return s.respond(p);
        mms::SecurityChallenge challenge;
        challenge.token = QByteArray("r\0e\0a\0l\0m\0=\0\"\0\"\0\0\0", 18);
        s.sendMessage(challenge);
    }) << E::AuthenticationRequired << 0u;
    QTest::newRow("packet size zero") << Script([](FakeMmsServer &s, const mms::CommandPacket &p) {
        if (p.id != Id::OpenFile)
            return s.respond(p);
        mms::ReportOpenFile reply;
        reply.playIncarnation = 9;
        reply.filePacketSize = 0;
        s.sendMessage(reply);
    }) << E::ProtocolError << 0u;
}

void tst_MmsSession::brokenServer()
{
    QFETCH(Script, script);
    QFETCH(MmsSession::Error, error);
    QFETCH(quint32, hr);
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&server, script](const mms::CommandPacket &p) { script(server, p); };
    MmsSession session;
    // Longer than the wait below: the error must come from the broken reply, not a timeout.
    session.setTimeout(120000);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QSignalSpy closed(&session, &MmsSession::closed);
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    // Nobody to type a password: a challenge ends in AuthenticationRequired.
    connect(
        &session, &MmsSession::credentialsRequired, &session, &MmsSession::cancelAuthentication);
    // mmst://: the TCP wire's errors (an mms:// URL would roll over to HTTP on them).
    session.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), error);
    QCOMPARE(errors.at(0).at(1).toUInt(), hr);
    QVERIFY(!errors.at(0).at(2).toString().isEmpty());
    QCOMPARE(session.state(), MmsSession::State::Failed);
    QCOMPARE(closed.count(), 1);
}

void tst_MmsSession::silentServerTimesOut()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = nullptr; // never answers
    MmsSession session;
    // Long enough for a loaded machine to connect and send Connect before it runs out.
    session.setTimeout(2000);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedIds(), QList<Id>{ Id::Connect }, 30000);
}

void tst_MmsSession::redirectsAreFollowedUpToFive()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&server](const mms::CommandPacket &p) {
        if (p.id != Id::OpenFile)
            return server.respond(p);
        mms::ReportRedirect redirect;
        redirect.location = QStringLiteral("mms://127.0.0.1:%1/hop%2.wmv").arg(server.port()).arg(server.connections);
        server.sendMessage(redirect);
    };
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/start.wmv").arg(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::TooManyRedirects);
    QCOMPARE(redirects.count(), 5);
    QCOMPARE(server.connections, 6);
    QCOMPARE(redirects.at(4).at(0).toUrl(), QUrl(QStringLiteral("mms://127.0.0.1:%1/hop5.wmv").arg(server.port())));
    // Each hop starts again from Connect, with the same GUID, and opens the new path.
    QStringList names;
    QSet<QString> players;
    for (int i = 0; i < server.received.size(); ++i) {
        if (server.received.at(i).id == Id::Connect)
            players.insert(server.decoded<mms::Connect>(i).subscriberName.section(QLatin1Char(';'), 1, 1));
        if (server.received.at(i).id == Id::OpenFile)
            names.append(server.decoded<mms::OpenFile>(i).fileName);
    }
    QCOMPARE(players.size(), 1);
    QCOMPARE(names, QStringList({ "start.wmv", "hop1.wmv", "hop2.wmv", "hop3.wmv", "hop4.wmv", "hop5.wmv" }));
}

void tst_MmsSession::invalidUrl()
{
    MmsSession session;
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("ftp://example.com/a.wmv")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::InvalidUrl);
    QCOMPARE(session.state(), MmsSession::State::Failed);
}

QTEST_GUILESS_MAIN(tst_MmsSession)
#include "tst_mmssession.moc"
