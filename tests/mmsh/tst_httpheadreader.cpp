// SPDX-License-Identifier: GPL-3.0-or-later
// HttpHeadReader and HttpHead: request and response heads read in any chunking, stopping at the
// body, with the line, field-count and head limits enforced as bytes arrive.
#include "core/mmsh/httpheadreader.h"

#include <QtTest>

using namespace mms;

namespace {

// A Describe response as a Windows Media server sends it ([MS-WMSP] 2.2.2.1, 2.2.1).
const QByteArray DescribeResponse =
    "HTTP/1.0 200 OK\r\n"
    "Content-Type: application/vnd.ms.wms-hdr.asfv1\r\n"
    "Server: Cougar/9.01.01.3814\r\n"
    "Content-Length: 12\r\n"
    "Pragma: no-cache,client-id=3320437,features=\"broadcast,playlist\"\r\n"
    "Pragma: timeout=60000\r\n"
    "Cache-Control: no-cache\r\n"
    "\r\n";

const QByteArray PlayRequest = "GET /clip.wmv HTTP/1.1\r\n"
                               "Accept: */*\r\n"
                               "User-Agent: NSPlayer/7.10.0.3059\r\n"
                               "Host: 127.0.0.1:8080\r\n"
                               "Pragma: xPlayStrm=1\r\n"
                               "\r\n";

HttpHeadReader::Result feedBytewise(HttpHeadReader &reader, QByteArrayView bytes)
{
    HttpHeadReader::Result last {{CodecStatus::NeedMoreData, 0, {}}, 0};
    qsizetype consumed = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        last = reader.feed(bytes.sliced(i, 1));
        consumed += last.consumed;
        if (last.error.status != CodecStatus::NeedMoreData)
            break;
    }
    last.consumed = consumed;
    return last;
}

} // namespace

class tst_HttpHeadReader : public QObject {
    Q_OBJECT

private slots:
    void response();
    void request();
    void stopsAtTheBody();
    void everyTruncatedPrefix();
    void byteByByteSameResult();
    void errors_data();
    void errors();
    void limits();
    void contentLengthAndConnection();
};

void tst_HttpHeadReader::response()
{
    HttpHeadReader reader(HttpHeadReader::Kind::Response);
    const HttpHeadReader::Result r = reader.feed(DescribeResponse);
    QVERIFY(r.error.ok());
    QCOMPARE(r.consumed, DescribeResponse.size());
    const HttpHead &head = reader.head();
    QCOMPARE(head.statusCode, 200);
    QCOMPARE(head.reason, QByteArray("OK"));
    QCOMPARE(head.versionMinor, 0);
    QCOMPARE(head.value("content-type"), QByteArray("application/vnd.ms.wms-hdr.asfv1"));
    QCOMPARE(head.values("Pragma").size(), 2);
    QCOMPARE(head.values("Pragma").at(1), QByteArray("timeout=60000"));
    QCOMPARE(head.contentLength(), std::optional<qint64>(12));
    QVERIFY(!head.keepAlive());
    QVERIFY(head.value("X-Absent").isNull());
}

void tst_HttpHeadReader::request()
{
    HttpHeadReader reader(HttpHeadReader::Kind::Request);
    QVERIFY(reader.feed(PlayRequest).error.ok());
    QCOMPARE(reader.head().method, QByteArray("GET"));
    QCOMPARE(reader.head().target, QByteArray("/clip.wmv"));
    QCOMPARE(reader.head().versionMinor, 1);
    QVERIFY(reader.head().keepAlive());
    QCOMPARE(reader.head().value("host"), QByteArray("127.0.0.1:8080"));
}

void tst_HttpHeadReader::stopsAtTheBody()
{
    const QByteArray body = "$H\x0c\x00rest";
    for (bool bytewise : {false, true}) {
        HttpHeadReader reader(HttpHeadReader::Kind::Response);
        const HttpHeadReader::Result r = bytewise ? feedBytewise(reader, DescribeResponse + body)
                                                  : reader.feed(DescribeResponse + body);
        QVERIFY(r.error.ok());
        QCOMPARE(r.consumed, DescribeResponse.size());
        QCOMPARE(reader.headBytes(), DescribeResponse.size());
        QCOMPARE(reader.feed("more").consumed, 0); // complete: takes nothing more
    }
}

void tst_HttpHeadReader::everyTruncatedPrefix()
{
    for (const auto &[kind, bytes] : {std::pair {HttpHeadReader::Kind::Response, DescribeResponse},
             std::pair {HttpHeadReader::Kind::Request, PlayRequest}}) {
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            HttpHeadReader reader(kind);
            const HttpHeadReader::Result r = reader.feed(QByteArrayView(bytes).first(n));
            QCOMPARE(r.error.status, CodecStatus::NeedMoreData);
            QCOMPARE(r.consumed, n);
            QVERIFY(!reader.isComplete());
        }
    }
}

void tst_HttpHeadReader::byteByByteSameResult()
{
    HttpHeadReader whole(HttpHeadReader::Kind::Response);
    HttpHeadReader bytewise(HttpHeadReader::Kind::Response);
    QVERIFY(whole.feed(DescribeResponse).error.ok());
    QVERIFY(feedBytewise(bytewise, DescribeResponse).error.ok());
    QCOMPARE(bytewise.head().headers, whole.head().headers);
    QCOMPARE(bytewise.head().statusCode, whole.head().statusCode);
}

void tst_HttpHeadReader::errors_data()
{
    QTest::addColumn<bool>("isRequest");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("offset");
    const auto Malformed = int(CodecStatus::Malformed);
    // An MMS-over-TCP server answering: refused on the first byte.
    QTest::newRow("binary response")
        << false << QByteArray::fromHex("01000000cefa0bb0") << Malformed << qint64(0);
    QTest::newRow("ICY response") << false << QByteArray("ICY 200 OK\r\n\r\n") << Malformed
                                  << qint64(0);
    QTest::newRow("HTTP/2") << false << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << Malformed
                            << qint64(0);
    QTest::newRow("bad status") << false << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << Malformed
                                << qint64(10);
    QTest::newRow("status 999") << false << QByteArray("HTTP/1.1 999 OK\r\n\r\n") << Malformed
                                << qint64(9);
    QTest::newRow("folding") << false << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n")
                             << Malformed << qint64(23);
    QTest::newRow("no colon") << false << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n")
                              << Malformed << qint64(17);
    QTest::newRow("NUL in field") << false << QByteArray("HTTP/1.1 200 OK\r\nA: \0b\r\n\r\n", 26)
                                  << Malformed << qint64(20);
    QTest::newRow("request no version")
        << true << QByteArray("GET /\r\n\r\n") << Malformed << qint64(0);
    QTest::newRow("request space in target")
        << true << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << Malformed << qint64(4);
    QTest::newRow("request bad method")
        << true << QByteArray("G(T / HTTP/1.1\r\n\r\n") << Malformed << qint64(0);
}

void tst_HttpHeadReader::errors()
{
    QFETCH(bool, isRequest);
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qint64, offset);
    const auto kind = isRequest ? HttpHeadReader::Kind::Request : HttpHeadReader::Kind::Response;
    HttpHeadReader whole(kind);
    HttpHeadReader bytewise(kind);
    const HttpHeadReader::Result a = whole.feed(bytes);
    const HttpHeadReader::Result b = feedBytewise(bytewise, bytes);
    QCOMPARE(int(a.error.status), status);
    QCOMPARE(a.error.offset, offset);
    QCOMPARE(int(b.error.status), status);
    QCOMPARE(b.error.offset, offset);
    QCOMPARE(whole.feed("x").error.status, a.error.status); // sticky
}

void tst_HttpHeadReader::limits()
{
    HttpHeadReader::Limits limits;
    limits.maxLineBytes = 64;
    limits.maxHeaders = 3;
    limits.maxHeadBytes = 150;

    // An endless line: refused at byte 64, before it is kept.
    HttpHeadReader endless(HttpHeadReader::Kind::Request, limits);
    HttpHeadReader::Result r = endless.feed("GET /" + QByteArray(1000, 'a'));
    QCOMPARE(r.error.status, CodecStatus::TooLarge);
    QCOMPARE(r.error.offset, qint64(64));
    // Byte by byte: the same.
    HttpHeadReader endless2(HttpHeadReader::Kind::Request, limits);
    r = feedBytewise(endless2, "GET /" + QByteArray(1000, 'a'));
    QCOMPARE(r.error.status, CodecStatus::TooLarge);
    QCOMPARE(r.error.offset, qint64(64));

    // Too many fields.
    HttpHeadReader many(HttpHeadReader::Kind::Request, limits);
    r = many.feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n");
    QCOMPARE(r.error.status, CodecStatus::TooLarge);
    QCOMPARE(r.error.offset, qint64(34));

    // Endless short lines: the head limit.
    HttpHeadReader::Limits headOnly = limits;
    headOnly.maxHeaders = 1000;
    HttpHeadReader longHead(HttpHeadReader::Kind::Request, headOnly);
    QByteArray lines = "GET / HTTP/1.1\r\n";
    while (lines.size() < 1000)
        lines += "X: y\r\n";
    r = longHead.feed(lines);
    QCOMPARE(r.error.status, CodecStatus::TooLarge);
    QCOMPARE(r.error.offset, qint64(150));
}

void tst_HttpHeadReader::contentLengthAndConnection()
{
    HttpHead head;
    head.headers = {{"Content-Length", "42"}, {"content-length", "42"}};
    QCOMPARE(head.contentLength(), std::optional<qint64>(42));
    bool valid = true;
    head.headers = {{"Content-Length", "42"}, {"Content-Length", "43"}};
    QCOMPARE(head.contentLength(&valid), std::nullopt);
    QVERIFY(!valid);
    head.headers = {{"Content-Length", "-1"}};
    QCOMPARE(head.contentLength(&valid), std::nullopt);
    QVERIFY(!valid);
    head.headers = {{"Content-Length", "99999999999999999999999"}};
    QCOMPARE(head.contentLength(&valid), std::nullopt);
    QVERIFY(!valid);
    head.headers = {{"Transfer-Encoding", "gzip, chunked"}};
    QVERIFY(head.isChunked());
    head.versionMinor = 1;
    head.headers = {{"Connection", "Close"}};
    QVERIFY(!head.keepAlive());
    head.versionMinor = 0;
    head.headers = {{"Connection", "Keep-Alive"}};
    QVERIFY(head.keepAlive());
}

QTEST_GUILESS_MAIN(tst_HttpHeadReader)
#include "tst_httpheadreader.moc"
