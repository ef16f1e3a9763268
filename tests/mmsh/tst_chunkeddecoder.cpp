// SPDX-License-Identifier: GPL-3.0-or-later
// ChunkedDecoder: chunked transfer coding removed in any chunking, stopping after the trailer,
// with the chunk-size, line and trailer limits enforced as bytes arrive.
#include "core/mmsh/chunkeddecoder.h"

#include <QtTest>

using namespace mms;

namespace {

// RFC 9112 7.1 shape: sizes in hex (either case), an extension, a trailer field.
const QByteArray Body = "4\r\nWiki\r\n"
                        "5;name=value\r\npedia\r\n"
                        "E\r\n in\r\n\r\nchunks.\r\n"
                        "0\r\n"
                        "Expires: never\r\n"
                        "\r\n";
const QByteArray Plain = "Wikipedia in\r\n\r\nchunks.";

} // namespace

class tst_ChunkedDecoder : public QObject {
    Q_OBJECT

private slots:
    void whole();
    void byteByByte();
    void everyTruncatedPrefix();
    void stopsAfterTheTrailer();
    void errors_data();
    void errors();
    void tooLargeChunkBeforeItsData();
};

void tst_ChunkedDecoder::whole()
{
    ChunkedDecoder decoder;
    QByteArray out;
    const ChunkedDecoder::Result r = decoder.feed(Body, out);
    QVERIFY(r.error.ok());
    QCOMPARE(r.consumed, Body.size());
    QCOMPARE(out, Plain);
    QVERIFY(decoder.isComplete());
}

void tst_ChunkedDecoder::byteByByte()
{
    ChunkedDecoder decoder;
    QByteArray out;
    for (qsizetype i = 0; i < Body.size(); ++i) {
        const ChunkedDecoder::Result r = decoder.feed(QByteArrayView(Body).sliced(i, 1), out);
        QCOMPARE(r.consumed, 1);
        QCOMPARE(
            r.error.status, i + 1 == Body.size() ? CodecStatus::Ok : CodecStatus::NeedMoreData);
    }
    QCOMPARE(out, Plain);
}

void tst_ChunkedDecoder::everyTruncatedPrefix()
{
    for (qsizetype n = 0; n < Body.size(); ++n) {
        ChunkedDecoder decoder;
        QByteArray out;
        const ChunkedDecoder::Result r = decoder.feed(QByteArrayView(Body).first(n), out);
        QCOMPARE(r.error.status, CodecStatus::NeedMoreData);
        QCOMPARE(r.consumed, n);
        QVERIFY(Plain.startsWith(out));
        // ...and the rest completes it.
        const ChunkedDecoder::Result rest = decoder.feed(QByteArrayView(Body).sliced(n), out);
        QVERIFY(rest.error.ok());
        QCOMPARE(out, Plain);
    }
}

void tst_ChunkedDecoder::stopsAfterTheTrailer()
{
    ChunkedDecoder decoder;
    QByteArray out;
    const ChunkedDecoder::Result r = decoder.feed(Body + "HTTP/1.1 200 OK\r\n", out);
    QVERIFY(r.error.ok());
    QCOMPARE(r.consumed, Body.size());
    QCOMPARE(decoder.feed("x", out).consumed, 0);
}

void tst_ChunkedDecoder::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("offset");
    const auto Malformed = int(CodecStatus::Malformed);
    const auto TooLarge = int(CodecStatus::TooLarge);
    QTest::newRow("no size") << QByteArray("\r\n") << Malformed << qint64(0);
    QTest::newRow("not hex") << QByteArray("g\r\n") << Malformed << qint64(0);
    QTest::newRow("bare LF after size") << QByteArray("4\nabcd") << Malformed << qint64(1);
    QTest::newRow("CR without LF") << QByteArray("4\rabcd") << Malformed << qint64(2);
    QTest::newRow("data longer than its size")
        << QByteArray("2\r\nabc\r\n") << Malformed << qint64(5);
    QTest::newRow("huge size") << QByteArray("fffffffffffffffff\r\n") << TooLarge << qint64(5);
    QTest::newRow("endless extension")
        << ("1;" + QByteArray(2000, 'x')) << TooLarge << qint64(1024);
    QTest::newRow("endless trailer")
        << ("0\r\n" + QByteArray(9000, 'x')) << TooLarge << qint64(3 + 8192);
    QTest::newRow("control in trailer")
        << QByteArray("0\r\nA\x01\r\n\r\n") << Malformed << qint64(4);
}

void tst_ChunkedDecoder::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qint64, offset);
    for (bool bytewise : {false, true}) {
        ChunkedDecoder decoder;
        QByteArray out;
        ChunkedDecoder::Result r;
        if (bytewise) {
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                r = decoder.feed(QByteArrayView(bytes).sliced(i, 1), out);
                if (r.error.status != CodecStatus::NeedMoreData)
                    break;
            }
        } else {
            r = decoder.feed(bytes, out);
        }
        QCOMPARE(int(r.error.status), status);
        QCOMPARE(r.error.offset, offset);
        QCOMPARE(int(decoder.feed("0\r\n\r\n", out).error.status), status); // sticky
    }
}

void tst_ChunkedDecoder::tooLargeChunkBeforeItsData()
{
    ChunkedDecoder decoder({100, 1024, 8192});
    QByteArray out;
    // 0x65 = 101: refused on its second digit, before any of its data.
    const ChunkedDecoder::Result r = decoder.feed("65\r\n" + QByteArray(101, 'x'), out);
    QCOMPARE(r.error.status, CodecStatus::TooLarge);
    QCOMPARE(r.error.offset, qint64(1));
    QVERIFY(out.isEmpty());
    ChunkedDecoder ok({100, 1024, 8192});
    QVERIFY(ok.feed("64\r\n" + QByteArray(100, 'x') + "\r\n0\r\n\r\n", out).error.ok());
    QCOMPARE(out.size(), 100);
}

QTEST_GUILESS_MAIN(tst_ChunkedDecoder)
#include "tst_chunkeddecoder.moc"
