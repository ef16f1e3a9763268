// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemmsserver.h"

#include "core/session/mmssession.h"

#include <QSignalSpy>
#include <QTest>

using Id = mms::MessageId;

// Seek and reconnect details a real server does not provoke, against the scripted fake server:
// a server that keeps sending the old play after ReportEndOfStream, one that ignores the resume
// locationId, the caller changing its mind while the session reconnects, and a StopPlaying that
// crosses the server's end of the play.
class tst_SessionFlows : public QObject
{
    Q_OBJECT
private slots:
    void seekDropsEveryPacketOfTheOldPlay();
    void resumeDropsWhatTheServerRepeats();
    void stopWhileReconnectingEndsReady();
    void closeWhileReconnectingStops();
    void stopCrossingTheServersEndIsNoError();

private:
    static QString media(const char *name) { return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name); }
    static QUrl url(const FakeMmsServer &server)
    {
        return QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.port()));
    }
    static void started(FakeMmsServer &server, const mms::StartPlaying &start)
    {
        mms::ReportStartedPlaying reply;
        reply.playIncarnation = start.playIncarnation;
        server.sendMessage(reply);
    }
};

void tst_SessionFlows::seekDropsEveryPacketOfTheOldPlay()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    int plays = 0;
    quint8 firstIncarnation = 0;
    server.script = [&](const mms::CommandPacket &p) {
        if (p.id == Id::StartPlaying) {
            const auto start = mms::decodeMessage<mms::StartPlaying>(p.message).value;
            started(server, start);
            const quint32 base = plays++ == 0 ? 0 : 50;
            if (base == 0)
                firstIncarnation = quint8(start.playIncarnation);
            for (quint32 i = 0; i < 3; ++i)
                server.sendData(base + i, quint8(start.playIncarnation), 0, server.file().packet(base + i));
            if (base == 50) {
                mms::ReportEndOfStream end;
                end.playIncarnation = start.playIncarnation;
                server.sendMessage(end);
            }
            return;
        }
        if (p.id == Id::StopPlaying) {
            // A sloppy server: more of the old play before and after the acknowledgement.
            for (quint32 i = 3; i < 5; ++i)
                server.sendData(i, firstIncarnation, 0, server.file().packet(i));
            mms::ReportEndOfStream end;
            end.playIncarnation = firstIncarnation;
            server.sendMessage(end);
            for (quint32 i = 5; i < 8; ++i)
                server.sendData(i, firstIncarnation, 0, server.file().packet(i));
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    QList<quint32> before, after;
    bool seeked = false;
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location) {
        (seeked ? after : before).append(location);
        if (!seeked && location == 1) {
            session.startPlaying(3.0);
            seeked = true;
        }
    });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(server));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(before, QList<quint32>({ 0, 1 }));
    QCOMPARE(after, QList<quint32>({ 50, 51, 52 })); // packet 2 was already in flight: dropped too
    // The last Logging goes out at the end of the stream; the server reads it a pass later.
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedIds().count(Id::Logging), 2, 30000);
    QList<Id> plays2;
    QList<mms::StartPlaying> starts;
    for (int i = 0; i < server.received.size(); ++i) {
        const Id id = server.received.at(i).id;
        if (id == Id::StartPlaying)
            starts.append(server.decoded<mms::StartPlaying>(i));
        if (id == Id::StartPlaying || id == Id::StopPlaying || id == Id::Logging)
            plays2.append(id);
    }
    QCOMPARE(plays2, QList<Id>({ Id::StartPlaying, Id::StopPlaying, Id::Logging, Id::StartPlaying, Id::Logging }));
    QCOMPARE(starts.at(1).position, 3.0);
    QVERIFY(starts.at(1).playIncarnation != starts.at(0).playIncarnation);
}

void tst_SessionFlows::resumeDropsWhatTheServerRepeats()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&](const mms::CommandPacket &p) {
        if (p.id != Id::StartPlaying)
            return server.respond(p);
        const auto start = mms::decodeMessage<mms::StartPlaying>(p.message).value;
        started(server, start);
        if (server.connections == 1) {
            for (quint32 i = 0; i < 5; ++i)
                server.sendData(i, quint8(start.playIncarnation), 0, server.file().packet(i));
            server.closeClient(); // the connection drops mid-stream
            return;
        }
        // This server ignores the locationId and starts over from the first packet.
        for (quint32 i = 0; i < 10; ++i)
            server.sendData(i, quint8(start.playIncarnation), 0, server.file().packet(i));
        mms::ReportEndOfStream end;
        end.playIncarnation = start.playIncarnation;
        server.sendMessage(end);
    };
    MmsSession session;
    session.setReconnectDelay(10);
    QList<quint32> locations;
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::dataPacketReceived, &session,
            [&locations](quint32 location) { locations.append(location); });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy resumed(&session, &MmsSession::resumed);
    session.open(url(server));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QCOMPARE(server.connections, 2);
    QCOMPARE(locations, QList<quint32>({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
    QCOMPARE(headers.count(), 1); // the same header: not handed out again
    QCOMPARE(resumed.count(), 1);
    mms::StartPlaying last;
    for (int i = 0; i < server.received.size(); ++i) {
        if (server.received.at(i).id == Id::StartPlaying)
            last = server.decoded<mms::StartPlaying>(i);
    }
    QCOMPARE(last.locationId, 5u);
    QCOMPARE(last.position, server.file().packetSendTime(4) / 1000.0);
    QCOMPARE(resumed.at(0).at(0).toDouble(), last.position);
}

void tst_SessionFlows::stopWhileReconnectingEndsReady()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&](const mms::CommandPacket &p) {
        if (p.id == Id::StartPlaying && server.connections == 1) {
            started(server, mms::decodeMessage<mms::StartPlaying>(p.message).value);
            server.closeClient();
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    session.setReconnectDelay(10);
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    // The user pauses while the new connection is being set up.
    connect(&session, &MmsSession::reconnecting, &session, [&session] { session.stopPlaying(); });
    QSignalSpy reconnected(&session, &MmsSession::reconnected);
    QSignalSpy resumed(&session, &MmsSession::resumed);
    session.open(url(server));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(session.reconnectAttempt(), 0);
    QCOMPARE(resumed.count(), 0);
    int startsOnSecond = 0;
    int connects = 0;
    for (const mms::CommandPacket &p : std::as_const(server.received)) {
        connects += p.id == Id::Connect ? 1 : 0;
        startsOnSecond += connects == 2 && p.id == Id::StartPlaying ? 1 : 0;
    }
    QCOMPARE(connects, 2);
    QCOMPARE(startsOnSecond, 0);
}

void tst_SessionFlows::closeWhileReconnectingStops()
{
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&](const mms::CommandPacket &p) {
        if (p.id == Id::StartPlaying) {
            started(server, mms::decodeMessage<mms::StartPlaying>(p.message).value);
            server.closeClient();
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    session.setReconnectDelay(0); // the attempt would start at the next event-loop turn
    connect(&session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::reconnecting, &session, [&session] {
        QCOMPARE(session.state(), MmsSession::State::Connecting);
        session.close(); // the user gives up before the attempt
    });
    QSignalSpy reconnecting(&session, &MmsSession::reconnecting);
    QSignalSpy closed(&session, &MmsSession::closed);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(server));
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 30000);
    QCOMPARE(reconnecting.count(), 1);
    QCOMPARE(session.state(), MmsSession::State::Closed);
    QCOMPARE(session.reconnectAttempt(), 0);
    // Many event-loop turns later (another client's whole setup), still no new connection.
    MmsSession other;
    QSignalSpy otherHeader(&other, &MmsSession::headerReceived);
    other.open(url(server));
    QTRY_COMPARE_WITH_TIMEOUT(otherHeader.count(), 1, 30000);
    QCOMPARE(server.connections, 2); // the first session's one, and the other's
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.state(), MmsSession::State::Closed);
}

void tst_SessionFlows::stopCrossingTheServersEndIsNoError()
{
    // The server ends the play (last packet, ReportEndOfStream) while the client's StopPlaying is
    // on its way; the server then answers the StopPlaying with a second ReportEndOfStream of the
    // same incarnation, which arrives while the client is Ready again.
    FakeMmsServer server(media("clip.wmv"));
    QVERIFY(server.listen());
    server.script = [&server](const mms::CommandPacket &p) {
        if (p.id == Id::StartPlaying) {
            const auto start = mms::decodeMessage<mms::StartPlaying>(p.message).value;
            started(server, start);
            server.sendData(0, quint8(start.playIncarnation), 0, server.file().packet(0));
            mms::ReportEndOfStream end;
            end.playIncarnation = start.playIncarnation;
            server.sendMessage(end);
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    // Stop on the packet: the server's ReportEndOfStream is already on its way.
    const auto stopOnPacket = connect(
        &session, &MmsSession::dataPacketReceived, &session, [&session] { session.stopPlaying(); });
    session.open(url(server));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedIds().contains(Id::StopPlaying), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    // The server's answer to the StopPlaying comes and goes without a trace.
    const qsizetype pongsBefore = server.receivedIds().count(Id::Pong);
    session.setKeepAliveInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedIds().count(Id::Pong) >= pongsBefore + 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(ends.count(), 1);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    // And the next play is an ordinary one, ended by its own ReportEndOfStream.
    disconnect(stopOnPacket);
    session.startPlaying();
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.state(), MmsSession::State::Ready);
}

QTEST_GUILESS_MAIN(tst_SessionFlows)
#include "tst_sessionflows.moc"
