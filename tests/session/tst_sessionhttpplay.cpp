// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/mmshpragma.h"
#include "core/protocol/mmsconstants.h"
#include "core/session/mmssession.h"
#include "core/session/playlogxml.h"
#include "server/mmsserver.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

// MMS over HTTP once a play runs, in both modes of [MS-WMSP] (mms-serve with and without the
// pipelined mode): the stream choice sent again after a server-side playlist changes entry, the
// Log request at the end of each play, and which request went on which connection, in order.
class tst_SessionHttpPlay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void streamChangeSendsTheSelectionAgain_data() { modes(); }
    void streamChangeSendsTheSelectionAgain();
    void endOfStreamPostsThePlayLog_data() { modes(); }
    void endOfStreamPostsThePlayLog();
    void stopPostsStopThenTheLog_data() { modes(); }
    void stopPostsStopThenTheLog();
    void seekOnOnePipelinedConnection();

private:
    static void modes()
    {
        QTest::addColumn<bool>("pipelined");
        QTest::newRow("non-pipelined") << false;
        QTest::newRow("pipelined") << true;
    }
    static QString media(const char *name)
    {
        return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
    }
    QUrl url(const MmsServer &server, const char *path) const
    {
        return QUrl(QStringLiteral("mmsh://127.0.0.1:%1/%2")
                        .arg(server.serverPort())
                        .arg(QLatin1String(path)));
    }
    void record(MmsServer &server);
    QList<QByteArray> requestNames() const; // Describe, Play, Stop, Log, KeepAlive, SelectStream
    static QByteArray pragmaLine(const mms::HttpHead &head);
    static QByteArray field(const QByteArray &log, const char *name);

    struct Request {
        int session = 0; // the server's number for the connection
        QByteArray method;
        QByteArray pragma; // every Pragma value, joined with ", "
        int versionMinor = 1; // HTTP/1.x
        QByteArray connection; // the Connection header
    };
    // [0]: non-pipelined only, [1]: pipelined when offered.
    std::unique_ptr<MmsServer> m_burst[2];
    std::unique_ptr<MmsServer> m_realtime[2];
    std::unique_ptr<asf::AsfFile> m_clip;
    QList<Request> m_requests; // of both servers, in order
    QList<QPair<int, QByteArray>> m_logs; // session, body
};

void tst_SessionHttpPlay::record(MmsServer &server)
{
    connect(&server, &MmsServer::httpRequestHeadReceived, this,
        [this](int session, const mms::HttpHead &head) {
            m_requests.append({session, head.method, pragmaLine(head), head.versionMinor,
                head.value("Connection")});
        });
    connect(
        &server, &MmsServer::httpLogReceived, this, [this](int session, const QByteArray &body) {
            m_logs.append({session, body});
        });
}

QByteArray tst_SessionHttpPlay::pragmaLine(const mms::HttpHead &head)
{
    return head.values("Pragma").join(", ");
}

QByteArray tst_SessionHttpPlay::field(const QByteArray &log, const char *name)
{
    for (const auto &f : PlayLogXml::parse(log)) {
        if (f.first == name)
            return f.second;
    }
    return "(missing)";
}

void tst_SessionHttpPlay::initTestCase()
{
    asf::AsfFile::OpenResult clip = asf::AsfFile::open(media("clip.wmv"));
    QVERIFY(clip.ok());
    m_clip = std::move(clip.file);
    MmsServerConfig realtime;
    realtime.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    realtime.port = 0;
    realtime.playlists.insert(QStringLiteral("list"), {media("audio.wma"), media("multi.wmv")});
    for (int pipelined = 0; pipelined < 2; ++pipelined) {
        realtime.httpPipelining = pipelined != 0;
        m_realtime[pipelined] = std::make_unique<MmsServer>(realtime);
        QVERIFY2(m_realtime[pipelined]->listen(), qPrintable(m_realtime[pipelined]->errorString()));
        MmsServerConfig burst = realtime;
        burst.pace = MmsServerConfig::Pace::Burst;
        m_burst[pipelined] = std::make_unique<MmsServer>(burst);
        QVERIFY2(m_burst[pipelined]->listen(), qPrintable(m_burst[pipelined]->errorString()));
        record(*m_realtime[pipelined]);
        record(*m_burst[pipelined]);
    }
}

void tst_SessionHttpPlay::init()
{
    m_requests.clear();
    m_logs.clear();
}

void tst_SessionHttpPlay::streamChangeSendsTheSelectionAgain()
{
    // audio.wma, then multi.wmv (video 1 at 300 kbit/s, video 2 at 100 kbit/s, audio 3). After
    // the $C the server sends every stream of the new entry; the client's choice for it
    // (StreamSelector: the best video and the audio, as over TCP) goes out as SelectStream,
    // and the rest of the entry comes without stream 2.
    QFETCH(bool, pipelined);
    MmsSession session;
    QList<int> changedSelection;
    QList<QList<int>> payloadStreams; // per packet of the second entry
    quint32 packetSize = 0;
    connect(&session, &MmsSession::headerReceived, &session, [&](const asf::Header &header) {
        packetSize = header.packetSize();
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
    QSignalSpy changes(&session, &MmsSession::streamChanged);
    QSignalSpy switched(&session, &MmsSession::streamsSwitched);
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&](quint32, const QByteArray &packet) {
            if (changes.isEmpty())
                return;
            const asf::PacketParseResult parsed = asf::parsePacket(packet, packetSize);
            QVERIFY(parsed.ok());
            QList<int> streams;
            for (const asf::Payload &p : parsed.info.payloads)
                streams.append(p.streamNumber);
            payloadStreams.append(streams);
        });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(*m_realtime[pipelined], "list"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 60000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(session.selectedStreams(), QList<int>({1, 3}));
    // The SelectStream request: a POST naming our client-id, every stream of multi.wmv listed,
    // stream 2 with thinning 2 (nothing of it).
    QList<Request> selects;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.method == "POST" && r.pragma.contains("stream-switch-entry"))
            selects.append(r);
    }
    QCOMPARE(selects.size(), 1);
    const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({selects.at(0).pragma});
    QVERIFY(pragma.ok());
    QVERIFY(pragma.value.clientId.has_value());
    QCOMPARE(pragma.value.clientId.value(), session.clientId());
    QCOMPARE(mms::formatStreamSwitchEntries(pragma.value.streamSwitchEntries),
        QByteArray("ffff:1:0 ffff:2:2 ffff:3:0"));
    // The server applied it: the second half of the entry has no payload of stream 2.
    QVERIFY(payloadStreams.size() > 20);
    for (qsizetype i = payloadStreams.size() / 2; i < payloadStreams.size(); ++i)
        QVERIFY2(!payloadStreams.at(i).contains(2), qPrintable(QString::number(i)));
    session.abort();
}

void tst_SessionHttpPlay::endOfStreamPostsThePlayLog()
{
    QFETCH(bool, pipelined);
    MmsSession session;
    quint64 packets = 0;
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&packets] { ++packets; });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.open(url(*m_burst[pipelined], "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_logs.size(), 1, 10000);
    QCOMPARE(packets, m_clip->packetCount());
    // [MS-WMSP] 2.2.2.4: a POST naming our client-id; on a connection of its own, or pipelined
    // on the Play's after its response.
    int playSession = 0;
    int logSession = 0;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.pragma.contains("xPlayStrm=1"))
            playSession = r.session;
        if (r.method == "POST")
            logSession = r.session;
    }
    QVERIFY(playSession != 0);
    QCOMPARE(m_logs.at(0).first, logSession);
    QCOMPARE(logSession == playSession, pipelined);
    QVERIFY(
        m_requests.last().pragma.contains("client-id=" + QByteArray::number(session.clientId())));
    const QByteArray log = m_logs.at(0).second;
    QVERIFY2(log.startsWith("<XML><Summary>"), log.constData());
    QCOMPARE(field(log, "cs-uri-stem"), QByteArray("/clip.wmv"));
    QCOMPARE(field(log, "c-playerid"), session.playerId().toByteArray(QUuid::WithBraces));
    QCOMPARE(field(log, "c-playerversion"), QByteArray("9.0.0.4503"));
    QCOMPARE(field(log, "c-pkts-received"), QByteArray::number(m_clip->packetCount()));
    QCOMPARE(field(log, "c-starttime"), QByteArray("0"));
    QCOMPARE(field(log, "protocol"), QByteArray("http"));
    QCOMPARE(field(log, "c-status"), QByteArray("200"));
    QCOMPARE(field(log, "filelength"), QByteArray("5"));
    QVERIFY(field(log, "c-bytes").toULongLong() > 0);
    session.abort();
}

void tst_SessionHttpPlay::stopPostsStopThenTheLog()
{
    // Pause after 20 packets: Stop, then the log of that play, in that order. Non-pipelined:
    // Describe, Play, Stop and Log each on a connection of its own; pipelined: all on one.
    QFETCH(bool, pipelined);
    MmsSession session;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&session] {
        if (session.packetsReceived() == 20)
            session.stopPlaying();
    });
    session.open(url(*m_realtime[pipelined], "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(m_logs.size(), 1, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(requestNames(), QList<QByteArray>({"Describe", "Play", "Stop", "Log"}));
    QList<int> connections;
    for (const Request &r : std::as_const(m_requests))
        connections.append(r.session);
    const int first = connections.at(0);
    QCOMPARE(connections,
        pipelined ? QList<int>({first, first, first, first})
                  : QList<int>({first, first + 1, first + 2, first + 3}));
    QCOMPARE(field(m_logs.at(0).second, "c-pkts-received"), QByteArray("20"));
    // [MS-WMSP] 3.1.4.2.1: the Describe offers the pipelined mode (HTTP/1.1, Keep-Alive); once
    // the server declined it, the Play is HTTP/1.0 and closes its connection (it went out as
    // HTTP/1.1 with Keep-Alive before). Stop and Log are HTTP/1.1 POSTs, as in 2.2.2.
    QList<QByteArray> versions;
    for (const Request &r : std::as_const(m_requests))
        versions.append(r.method + " 1." + QByteArray::number(r.versionMinor) + " " + r.connection);
    QCOMPARE(versions,
        pipelined
            ? QList<QByteArray>({"GET 1.1 Keep-Alive", "GET 1.1 Keep-Alive", "POST 1.1 Keep-Alive",
                "POST 1.1 Keep-Alive"})
            : QList<QByteArray>({"GET 1.1 Keep-Alive", "GET 1.0 Close", "POST 1.1 ", "POST 1.1 "}));
    session.abort();
}

void tst_SessionHttpPlay::seekOnOnePipelinedConnection()
{
    // A seek while playing (Stop, then Play at the new position) and a pause with a KeepAlive:
    // every request on the one connection, answered in order, the second play from 2 s.
    MmsSession session;
    session.setKeepAliveInterval(200);
    QList<quint32> locations;
    int plays = 0;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::startedPlaying, &session, [&plays] { ++plays; });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location) {
        locations.append(location);
        if (plays == 1 && locations.size() == 10)
            session.startPlaying(2.0);
        if (plays == 2 && locations.size() == 20)
            session.stopPlaying();
    });
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(*m_realtime[1], "clip.wmv"));
    QTRY_VERIFY_WITH_TIMEOUT(requestNames().count("KeepAlive") >= 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(requestNames().mid(0, 7),
        QList<QByteArray>({"Describe", "Play", "Stop", "Log", "Play", "Stop", "Log"}));
    for (const Request &r : std::as_const(m_requests))
        QCOMPARE(r.session, m_requests.at(0).session);
    // The second play started at the packet of 2 s, not where the first one was.
    QVERIFY(locations.at(10) > locations.at(9) + 1);
    QVERIFY(m_requests.at(4).pragma.contains("stream-time=2000"));
    QVERIFY(m_requests.at(4).pragma.contains("version11-enabled=1"));
    session.abort();
}

QList<QByteArray> tst_SessionHttpPlay::requestNames() const
{
    QList<QByteArray> names;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.method == "OPTIONS")
            names.append("KeepAlive");
        else if (r.pragma.contains("xStopStrm=1"))
            names.append("Stop");
        else if (r.pragma.contains("xPlayStrm=1"))
            names.append("Play");
        else if (r.method == "GET")
            names.append("Describe");
        else if (r.pragma.contains("stream-switch-entry"))
            names.append("SelectStream");
        else
            names.append("Log");
    }
    return names;
}

QTEST_GUILESS_MAIN(tst_SessionHttpPlay)
#include "tst_sessionhttpplay.moc"
