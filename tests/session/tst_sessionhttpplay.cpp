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

// MMS over HTTP once a play runs ([MS-WMSP] non-pipelined mode): the stream choice sent again
// after a server-side playlist changes entry, and the Log request at the end of each play, as
// mms-serve receives and records them.
class tst_SessionHttpPlay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void streamChangeSendsTheSelectionAgain();
    void endOfStreamPostsThePlayLog();
    void stopPostsStopThenTheLog();

private:
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
    static QByteArray pragmaLine(const mms::HttpHead &head);
    static QByteArray field(const QByteArray &log, const char *name);

    struct Request {
        int session = 0; // the server's number for the connection
        QByteArray method;
        QByteArray pragma; // every Pragma value, joined with ", "
    };
    std::unique_ptr<MmsServer> m_burst;
    std::unique_ptr<MmsServer> m_realtime;
    std::unique_ptr<asf::AsfFile> m_clip;
    QList<Request> m_requests; // of both servers, in order
    QList<QPair<int, QByteArray>> m_logs; // session, body
};

void tst_SessionHttpPlay::record(MmsServer &server)
{
    connect(&server, &MmsServer::httpRequestHeadReceived, this,
        [this](int session, const mms::HttpHead &head) {
            m_requests.append({session, head.method, pragmaLine(head)});
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
    m_realtime = std::make_unique<MmsServer>(realtime);
    QVERIFY2(m_realtime->listen(), qPrintable(m_realtime->errorString()));
    MmsServerConfig burst = realtime;
    burst.pace = MmsServerConfig::Pace::Burst;
    m_burst = std::make_unique<MmsServer>(burst);
    QVERIFY2(m_burst->listen(), qPrintable(m_burst->errorString()));
    record(*m_realtime);
    record(*m_burst);
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
    session.open(url(*m_realtime, "list"));
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
    MmsSession session;
    quint64 packets = 0;
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&packets] { ++packets; });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.open(url(*m_burst, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_logs.size(), 1, 10000);
    QCOMPARE(packets, m_clip->packetCount());
    // [MS-WMSP] 2.2.2.4: a POST of its own (not on the Play's connection), naming our client-id.
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
    QVERIFY(logSession != playSession);
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
    // Pause after 20 packets: Stop, then the log of that play, in that order.
    MmsSession session;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&session] {
        if (session.packetsReceived() == 20)
            session.stopPlaying();
    });
    session.open(url(*m_realtime, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(m_logs.size(), 1, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QList<QByteArray> posts;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.method == "POST")
            posts.append(r.pragma.contains("xStopStrm=1") ? "Stop" : "Log");
    }
    QCOMPARE(posts, QList<QByteArray>({"Stop", "Log"}));
    QCOMPARE(field(m_logs.at(0).second, "c-pkts-received"), QByteArray("20"));
    session.abort();
}

QTEST_GUILESS_MAIN(tst_SessionHttpPlay)
#include "tst_sessionhttpplay.moc"
