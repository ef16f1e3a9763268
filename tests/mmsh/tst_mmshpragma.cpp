// SPDX-License-Identifier: GPL-3.0-or-later
// Pragma tokens ([MS-WMSP] 2.2.1.4) parsed and written, and the client's requests (2.2.2) as
// they go on the wire, read back by the server's own request reader.
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"
#include "core/mmsh/mmshrequests.h"
#include "core/session/playlogxml.h"

#include <QtTest>

using namespace mms;

namespace {

MmshClientContext context()
{
    MmshClientContext c;
    c.path = "/clip.wmv";
    c.host = "127.0.0.1:8080";
    c.clientGuid = QUuid(QStringLiteral("{2200AD50-2C39-46c0-AE0A-2CA76D8C766D}"));
    return c;
}

HttpHead readRequest(const QByteArray &bytes, qsizetype *bodyStart = nullptr)
{
    HttpHeadReader reader(HttpHeadReader::Kind::Request);
    const HttpHeadReader::Result r = reader.feed(bytes);
    if (!r.error.ok())
        qWarning() << r.error.what;
    if (bodyStart)
        *bodyStart = r.consumed;
    return reader.head();
}

} // namespace

class tst_MmshPragma : public QObject {
    Q_OBJECT

private slots:
    void serverPragmas();
    void clientPragmas();
    void errors_data();
    void errors();
    void format();
    void describeRequest();
    void playRequest();
    void playRequestRate();
    void otherRequests();
    void pipelinedRequests();
    void playLogXml();
};

void tst_MmshPragma::serverPragmas()
{
    const Decoded<MmshPragma> p = parsePragmas(
        {"no-cache,client-id=3320437,features=\"broadcast,playlist\"", "timeout=60000"});
    QVERIFY(p.ok());
    QCOMPARE(p.value.clientId, std::optional<quint32>(3320437));
    QCOMPARE(p.value.features, (QList<QByteArray> {"broadcast", "playlist"}));
    QVERIFY(p.value.hasFeature("broadcast"));
    QVERIFY(!p.value.hasFeature("seekable"));
    QCOMPARE(p.value.timeoutMs, std::optional<quint32>(60000));
    QVERIFY(p.value.noCache);
    QCOMPARE(p.value.tokens.size(), 4);
}

void tst_MmshPragma::clientPragmas()
{
    // As in the Play request example of [MS-WMSP] (stream-switch-entry on its own line).
    const Decoded<MmshPragma> p =
        parsePragmas({"no-cache,rate=1.000000,stream-time=5000,stream-offset=4294967295:4294967295,"
                      "request-context=2,max-duration=0",
            "xPlayStrm=1", "xClientGUID={2200AD50-2C39-46C0-AE0A-2CA76D8C766D}",
            "stream-switch-count=3", "stream-switch-entry=ffff:1:0 ffff:2:0 0001:3:2"});
    QVERIFY(p.ok());
    QCOMPARE(p.value.streamTimeMs, std::optional<quint32>(5000));
    QCOMPARE(p.value.rate, QByteArray("1.000000"));
    QCOMPARE(p.value.requestContext, std::optional<quint32>(2));
    QCOMPARE(p.value.maxDuration, std::optional<quint32>(0));
    QCOMPARE(p.value.xPlayStrm, std::optional<quint32>(1));
    QCOMPARE(p.value.xClientGuid, QByteArray("{2200AD50-2C39-46C0-AE0A-2CA76D8C766D}"));
    QCOMPARE(p.value.streamSwitchCount, std::optional<quint32>(3));
    const QList<MmshStreamSwitchEntry> expected {{0xFFFF, 1, 0}, {0xFFFF, 2, 0}, {1, 3, 2}};
    QCOMPARE(p.value.streamSwitchEntries, expected);
    QCOMPARE(p.value.value("stream-offset"), QByteArray("4294967295:4294967295"));
    QVERIFY(!p.value.clientId);

    const Decoded<MmshPragma> stop = parsePragmas({"xStopStrm=1"});
    QVERIFY(stop.ok() && stop.value.xStopStrm);
}

void tst_MmshPragma::errors_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("offset");
    const auto Malformed = int(CodecStatus::Malformed);
    QTest::newRow("client-id not a number")
        << QList<QByteArray> {"client-id=12a"} << Malformed << qint64(0);
    QTest::newRow("client-id over 32 bits")
        << QList<QByteArray> {"client-id=4294967296"} << Malformed << qint64(0);
    QTest::newRow("stream-time negative")
        << QList<QByteArray> {"no-cache,stream-time=-1"} << Malformed << qint64(9);
    QTest::newRow("entry with two parts")
        << QList<QByteArray> {"stream-switch-entry=ffff:1"} << Malformed << qint64(0);
    QTest::newRow("entry thinning 3")
        << QList<QByteArray> {"stream-switch-entry=ffff:1:3"} << Malformed << qint64(0);
    QTest::newRow("entry not hex")
        << QList<QByteArray> {"stream-switch-entry=ffff:1g:0"} << Malformed << qint64(0);
    QTest::newRow("entry over 16 bits")
        << QList<QByteArray> {"stream-switch-entry=10000:1:0"} << Malformed << qint64(0);
    QTest::newRow("unterminated quote")
        << QList<QByteArray> {"a=1", "features=\"broadcast"} << Malformed << qint64(3 + 9);
    QTest::newRow("empty token") << QList<QByteArray> {"=1"} << Malformed << qint64(0);
    QByteArray many;
    for (int i = 0; i < 65; ++i)
        many += "t" + QByteArray::number(i) + ",";
    QTest::newRow("too many tokens")
        << QList<QByteArray> {many} << int(CodecStatus::TooLarge) << qint64(10 * 3 + 54 * 4);
    QByteArray entries = "stream-switch-entry=";
    for (int i = 0; i < 129; ++i)
        entries += "ffff:1:0 ";
    QTest::newRow("too many entries")
        << QList<QByteArray> {entries} << int(CodecStatus::TooLarge) << qint64(0);
}

void tst_MmshPragma::errors()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(int, status);
    QFETCH(qint64, offset);
    const Decoded<MmshPragma> p = parsePragmas(values);
    QCOMPARE(int(p.error.status), status);
    QCOMPARE(p.error.offset, offset);
}

void tst_MmshPragma::format()
{
    QCOMPARE(formatPragma({{"no-cache", {}}, {"client-id", "7"}, {"features", "broadcast"}}),
        QByteArray("no-cache,client-id=7,features=\"broadcast\""));
    QCOMPARE(formatStreamSwitchEntries({{0xFFFF, 1, 0}, {0xFFFF, 2, 2}}),
        QByteArray("ffff:1:0 ffff:2:2"));
    // Round trip.
    const QList<QPair<QByteArray, QByteArray>> tokens {
        {"no-cache", {}}, {"features", "seekable,playlist"}, {"timeout", "60000"}};
    const Decoded<MmshPragma> back = parsePragmas({formatPragma(tokens)});
    QVERIFY(back.ok());
    QCOMPARE(back.value.features, (QList<QByteArray> {"seekable", "playlist"}));
    QCOMPARE(back.value.timeoutMs, std::optional<quint32>(60000));
}

void tst_MmshPragma::describeRequest()
{
    const QByteArray expected = "GET /clip.wmv HTTP/1.0\r\n"
                                "Accept: */*\r\n"
                                "User-Agent: NSPlayer/7.10.0.3059\r\n"
                                "Host: 127.0.0.1:8080\r\n"
                                "Pragma: "
                                "no-cache,rate=1.000000,stream-time=0,stream-offset=0:0,request-"
                                "context=1,max-duration=0\r\n"
                                "Pragma: xClientGUID={2200AD50-2C39-46C0-AE0A-2CA76D8C766D}\r\n"
                                "Connection: Close\r\n"
                                "\r\n";
    QCOMPARE(MmshRequests::describe(context()), expected);
    const HttpHead head = readRequest(expected);
    const Decoded<MmshPragma> p = parsePragmas(head.values("Pragma"));
    QVERIFY(p.ok());
    QVERIFY(!p.value.xPlayStrm); // a Describe, not a Play (2.2.2.1)
}

void tst_MmshPragma::playRequest()
{
    MmshClientContext c = context();
    c.clientId = 3320437;
    MmshRequests::PlayOptions options;
    options.streamTimeMs = 12345;
    options.streams = {{0xFFFF, 1, 0}, {0xFFFF, 2, 2}};
    const QByteArray expected = "GET /clip.wmv HTTP/1.0\r\n"
                                "Accept: */*\r\n"
                                "User-Agent: NSPlayer/7.10.0.3059\r\n"
                                "Host: 127.0.0.1:8080\r\n"
                                "Pragma: "
                                "no-cache,rate=1.000000,stream-time=12345,stream-offset=4294967295:"
                                "4294967295,request-context=2,max-duration=0\r\n"
                                "Pragma: xPlayStrm=1\r\n"
                                "Pragma: client-id=3320437\r\n"
                                "Pragma: xClientGUID={2200AD50-2C39-46C0-AE0A-2CA76D8C766D}\r\n"
                                "Pragma: stream-switch-count=2\r\n"
                                "Pragma: stream-switch-entry=ffff:1:0 ffff:2:2\r\n"
                                "Connection: Close\r\n"
                                "\r\n";
    QCOMPARE(MmshRequests::play(c, options), expected);
    const Decoded<MmshPragma> p = parsePragmas(readRequest(expected).values("Pragma"));
    QVERIFY(p.ok());
    QCOMPARE(p.value.streamSwitchEntries, options.streams);
    QCOMPARE(p.value.streamTimeMs, std::optional<quint32>(12345));
    QCOMPARE(p.value.clientId, std::optional<quint32>(3320437));
}

void tst_MmshPragma::playRequestRate()
{
    // Fast-forward and rewind: the rate token of the Play request's first Pragma, six
    // decimals, negative to rewind, with the stream-time to start from.
    MmshClientContext c = context();
    c.clientId = 77;
    MmshRequests::PlayOptions options;
    options.streamTimeMs = 4000;
    options.rate = -5.0;
    const QByteArray expected = "GET /clip.wmv HTTP/1.0\r\n"
                                "Accept: */*\r\n"
                                "User-Agent: NSPlayer/7.10.0.3059\r\n"
                                "Host: 127.0.0.1:8080\r\n"
                                "Pragma: "
                                "no-cache,rate=-5.000000,stream-time=4000,stream-offset=4294967295:"
                                "4294967295,request-context=2,max-duration=0\r\n"
                                "Pragma: xPlayStrm=1\r\n"
                                "Pragma: client-id=77\r\n"
                                "Pragma: xClientGUID={2200AD50-2C39-46C0-AE0A-2CA76D8C766D}\r\n"
                                "Connection: Close\r\n"
                                "\r\n";
    QCOMPARE(MmshRequests::play(c, options), expected);
    const Decoded<MmshPragma> p = parsePragmas(readRequest(expected).values("Pragma"));
    QVERIFY(p.ok());
    QCOMPARE(p.value.rate, QByteArray("-5.000000"));
    QCOMPARE(p.value.rateValue(), std::optional<double>(-5.0));
    options.rate = 10.0;
    QVERIFY(MmshRequests::play(c, options)
                .contains("Pragma: no-cache,rate=10.000000,stream-time=4000,"));
    options.rate = 2.5;
    QVERIFY(MmshRequests::play(c, options).contains(",rate=2.500000,"));

    // What a server accepts as a rate: a number, nothing else.
    MmshPragma q;
    for (const QByteArray &bad : {QByteArray(""), QByteArray("-"), QByteArray("5."),
             QByteArray(".5"), QByteArray("1e3"), QByteArray("nan"), QByteArray("+2"),
             QByteArray("12345678901"), QByteArray("1.0000000001")}) {
        q.rate = bad;
        QVERIFY2(!q.rateValue(), bad.constData());
    }
    q.rate = "1";
    QCOMPARE(q.rateValue(), std::optional<double>(1.0));
    q.rate = "0.5";
    QCOMPARE(q.rateValue(), std::optional<double>(0.5));
}

void tst_MmshPragma::otherRequests()
{
    MmshClientContext c = context();
    c.clientId = 9;
    const HttpHead stop = readRequest(MmshRequests::stop(c));
    QCOMPARE(stop.method, QByteArray("POST"));
    QCOMPARE(stop.versionMinor, 1); // 2.2.2.10: HTTP/1.1
    QCOMPARE(stop.contentLength(), std::optional<qint64>(0));
    QVERIFY(!stop.has("Content-Type"));
    QVERIFY(parsePragmas(stop.values("Pragma")).value.xStopStrm);

    const HttpHead keepAlive = readRequest(MmshRequests::keepAlive(c));
    QCOMPARE(keepAlive.method, QByteArray("OPTIONS"));
    QCOMPARE(parsePragmas(keepAlive.values("Pragma")).value.clientId, std::optional<quint32>(9));

    const HttpHead select = readRequest(MmshRequests::selectStream(c, {{0xFFFF, 2, 1}}));
    QCOMPARE(select.method, QByteArray("POST"));
    QCOMPARE(parsePragmas(select.values("Pragma")).value.streamSwitchEntries,
        (QList<MmshStreamSwitchEntry> {{0xFFFF, 2, 1}}));

    const QByteArray body = "<XML>log</XML>";
    const QByteArray logBytes = MmshRequests::log(c, body);
    qsizetype bodyStart = 0;
    const HttpHead log = readRequest(logBytes, &bodyStart);
    QCOMPARE(log.value("Content-Type"), QByteArray("application/x-wms-LogStats;charset=UTF-8"));
    QCOMPARE(log.contentLength(), std::optional<qint64>(body.size()));
    QCOMPARE(logBytes.sliced(bodyStart), body);
}

void tst_MmshPragma::pipelinedRequests()
{
    // [MS-WMSP] pipelined mode: HTTP/1.1, the connection kept; Describe offers it
    // (pipeline-experiment=1, 2.2.1.4.15), Play uses it (version11-enabled=1, 2.2.1.4.30).
    MmshClientContext c = context();
    c.pipelined = true;
    const HttpHead describe = readRequest(MmshRequests::describe(c));
    QCOMPARE(describe.versionMinor, 1);
    QVERIFY(describe.keepAlive());
    QVERIFY(describe.values("Pragma").contains("pipeline-experiment=1"));
    c.clientId = 5;
    const HttpHead play = readRequest(MmshRequests::play(c, {}));
    QCOMPARE(play.versionMinor, 1);
    QVERIFY(play.keepAlive());
    QVERIFY(play.values("Pragma").contains("version11-enabled=1"));
    QVERIFY(!play.values("Pragma").contains("pipeline-experiment=1"));
    for (const QByteArray &request :
        {MmshRequests::stop(c), MmshRequests::keepAlive(c), MmshRequests::log(c, "<XML/>")}) {
        const HttpHead head = readRequest(request);
        QCOMPARE(head.versionMinor, 1);
        QVERIFY(head.keepAlive());
    }
    // Without it nothing of the sort (HTTP/1.0 MUST NOT send pipeline-experiment).
    c.pipelined = false;
    QVERIFY(!MmshRequests::describe(c).contains("pipeline-experiment"));
    QVERIFY(!MmshRequests::play(c, {}).contains("version11-enabled"));
}

void tst_MmshPragma::playLogXml()
{
    mms::Logging log;
    log.info.url = "mmsh://host/dir/a%20b.wmv";
    log.info.userAgent = "NSPlayer/9.0.0.4503 mmsplayer/0.1.0";
    log.info.clientVersion = 0x0009000000001197ULL;
    log.info.uniquePid = "{2200AD50-2C39-46C0-AE0A-2CA76D8C766D}";
    log.info.playedMs = 4200;
    log.info.startTimeMs = 2000;
    log.info.bytesReceived = 123456;
    log.info.packetsReceived = 77;
    log.info.audioCodec = "Windows Media Audio <9>";
    log.proto = "http";
    const QByteArray xml =
        PlayLogXml::build(log, QDateTime(QDate(2026, 12, 4), QTime(17, 5, 9), Qt::UTC));
    QVERIFY(xml.startsWith("<XML><Summary>- 2026-12-04 17:05:09 - /dir/a%20b.wmv 2 4 1 200 "));
    QVERIFY(xml.endsWith("</XML>"));
    const QList<QPair<QByteArray, QByteArray>> fields = PlayLogXml::parse(xml);
    QCOMPARE(fields.size(), 41); // the summary and 40 fields
    QCOMPARE(fields.at(0).first, QByteArray("Summary"));
    const QHash<QByteArray, QByteArray> map(fields.cbegin(), fields.cend());
    QCOMPARE(map.value("cs(User-Agent)"), log.info.userAgent);
    QCOMPARE(map.value("c-playerversion"), QByteArray("9.0.0.4503"));
    QCOMPARE(map.value("audiocodec"), log.info.audioCodec); // escaped and back
    QCOMPARE(map.value("c-bytes"), QByteArray("123456"));
    QCOMPARE(map.value("c-pkts-received"), QByteArray("77"));
    QCOMPARE(map.value("protocol"), QByteArray("http"));
    // Hostile bodies: no end tag, huge names, endless fields stop the scan in bounds.
    QVERIFY(PlayLogXml::parse("<XML><a>1</a><b>2").size() == 1);
    QVERIFY(PlayLogXml::parse("<" + QByteArray(100, 'n') + ">x</n>").isEmpty());
    QCOMPARE(PlayLogXml::parse(QByteArray("<a>1</a>").repeated(1000)).size(),
        qsizetype(PlayLogXml::MaxFields));
}

QTEST_GUILESS_MAIN(tst_MmshPragma)
#include "tst_mmshpragma.moc"
