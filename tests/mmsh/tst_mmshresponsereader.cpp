// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshresponsereader.h"

#include <QTest>

using namespace mms;
using Kind = MmshResponseReader::Kind;

// The client's view of one MMSH response: head, $-packets, and where the body ends, whatever
// the delimiting (Content-Length, chunked, the connection's end) and whatever the chunking.
class tst_MmshResponseReader : public QObject {
    Q_OBJECT
private slots:
    void bodiesInEveryDelimiting_data();
    void bodiesInEveryDelimiting();
    void bytesPastContentLengthAreNotOurs();
    void pipelinedResponsesFollowEachOther_data();
    void pipelinedResponsesFollowEachOther();
    void pipelinedTrailingBytesAreBounded();
    void bodyEndingInsideAPacketIsAnError();
    void rawBodyIsKeptWithinItsLimit();
    void badHeadsAreErrors_data();
    void badHeadsAreErrors();

private:
    static QByteArray packets()
    {
        return MmshPacket::header(0, 0, QByteArray(40, 'h')).encode()
            + MmshPacket::data(7, 1, 0, QByteArray(100, 'd')).encode()
            + MmshPacket::endOfStream(0).encode();
    }
    // Everything `reader` yields once `wire` is fed `step` bytes at a time.
    static QList<Kind> run(const QByteArray &wire, int step, MmshResponseReader &reader,
        QList<MmshPacket> *out = nullptr)
    {
        QList<Kind> kinds;
        for (qsizetype at = 0; at < wire.size(); at += step) {
            reader.append(wire.mid(at, step));
            for (;;) {
                MmshResponseReader::Item item = reader.next();
                if (item.kind == Kind::NeedMoreData)
                    break;
                kinds.append(item.kind);
                if (item.kind == Kind::Packet && out)
                    out->append(item.packet);
                if (item.kind == Kind::Error)
                    return kinds;
            }
        }
        return kinds;
    }
};

void tst_MmshResponseReader::bodiesInEveryDelimiting_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("delimited");
    const QByteArray body = packets();
    QTest::newRow("Content-Length") << "HTTP/1.0 200 OK\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n"
            + body << true;
    QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += 33) {
        const QByteArray piece = body.mid(at, 33);
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    QTest::newRow("chunked") << chunked << true;
    QTest::newRow("until close")
        << "HTTP/1.0 200 OK\r\nContent-Type: application/x-mms-framed\r\n\r\n" + body << false;
}

void tst_MmshResponseReader::bodiesInEveryDelimiting()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, delimited);
    for (int step : {1, 3, 7, 4096}) {
        MmshResponseReader reader;
        QList<MmshPacket> got;
        const QList<Kind> kinds = run(wire, step, reader, &got);
        QList<Kind> expected = {Kind::Head, Kind::Packet, Kind::Packet, Kind::Packet};
        if (delimited)
            expected.append(Kind::BodyEnd);
        QCOMPARE(kinds, expected);
        QCOMPARE(reader.head().statusCode, 200);
        QCOMPARE(got.at(0).type, MmshPacketType::Header);
        QCOMPARE(got.at(0).payload, QByteArray(40, 'h'));
        QCOMPARE(got.at(1).locationId, 7u);
        QCOMPARE(got.at(1).payload, QByteArray(100, 'd'));
        QCOMPARE(got.at(2).type, MmshPacketType::EndOfStream);
    }
}

void tst_MmshResponseReader::bytesPastContentLengthAreNotOurs()
{
    const QByteArray one = MmshPacket::endOfStream(0).encode();
    MmshResponseReader reader;
    const QList<Kind> kinds = run("HTTP/1.0 200 OK\r\nContent-Length: "
            + QByteArray::number(one.size()) + "\r\n\r\n" + one + "garbage that is no packet",
        4096, reader);
    QCOMPARE(kinds, QList<Kind>({Kind::Head, Kind::Packet, Kind::BodyEnd}));
}

void tst_MmshResponseReader::pipelinedResponsesFollowEachOther_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("all at once") << 100000;
    QTest::newRow("7 bytes at a time") << 7;
    QTest::newRow("a byte at a time") << 1;
}

void tst_MmshResponseReader::pipelinedResponsesFollowEachOther()
{
    // [MS-WMSP] pipelined mode: a Describe (Content-Length), a chunked Play, two empty answers.
    QFETCH(int, step);
    const QByteArray body = packets();
    QByteArray wire =
        "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    wire += "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    wire += QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").repeated(2);
    MmshResponseReader reader;
    reader.setPipelined(true);
    QList<Kind> kinds;
    for (qsizetype at = 0; at < wire.size(); at += step) {
        reader.append(wire.mid(at, step));
        for (;;) {
            const MmshResponseReader::Item item = reader.next();
            if (item.kind == Kind::NeedMoreData)
                break;
            kinds.append(item.kind);
            QVERIFY(item.kind != Kind::Error);
            if (item.kind == Kind::BodyEnd)
                reader.startNext();
        }
    }
    const QList<Kind> one = {Kind::Head, Kind::Packet, Kind::Packet, Kind::Packet, Kind::BodyEnd};
    QCOMPARE(
        kinds, one + one + QList<Kind>({Kind::Head, Kind::BodyEnd, Kind::Head, Kind::BodyEnd}));
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_MmshResponseReader::pipelinedTrailingBytesAreBounded()
{
    MmshResponseReader reader;
    reader.setPipelined(true);
    reader.append("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(reader.next().kind, Kind::Head);
    QCOMPARE(reader.next().kind, Kind::BodyEnd);
    reader.append(QByteArray(MmshResponseReader::MaxTrailingBytes + 1, 'x'));
    const MmshResponseReader::Item item = reader.next();
    QCOMPARE(item.kind, Kind::Error);
    QCOMPARE(item.error.status, CodecStatus::TooLarge);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_MmshResponseReader::bodyEndingInsideAPacketIsAnError()
{
    const QByteArray data = MmshPacket::data(1, 1, 0, QByteArray(50, 'd')).encode();
    MmshResponseReader reader;
    const QList<Kind> kinds =
        run("HTTP/1.0 200 OK\r\nContent-Length: 20\r\n\r\n" + data, 4096, reader);
    QCOMPARE(kinds, QList<Kind>({Kind::Head, Kind::Error}));
}

void tst_MmshResponseReader::rawBodyIsKeptWithinItsLimit()
{
    // An ASX answer: after the head the caller asks for the bytes, not $-packets.
    const QByteArray asx = "<ASX version=\"3.0\"><ENTRY><REF HREF=\"mms://h/a\"/></ENTRY></ASX>";
    MmshResponseReader reader;
    reader.append("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(reader.next().kind, Kind::Head);
    reader.keepRawBody(100);
    reader.append(QByteArray::number(asx.size(), 16) + "\r\n" + asx + "\r\n0\r\n\r\n");
    QCOMPARE(reader.next().kind, Kind::BodyEnd);
    QCOMPARE(reader.rawBody(), asx);

    MmshResponseReader small;
    small.append("HTTP/1.0 200 OK\r\n\r\n");
    QCOMPARE(small.next().kind, Kind::Head);
    small.keepRawBody(10);
    small.append(asx);
    const MmshResponseReader::Item item = small.next();
    QCOMPARE(item.kind, Kind::Error);
    QCOMPARE(item.error.status, CodecStatus::TooLarge);
}

void tst_MmshResponseReader::badHeadsAreErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not HTTP") << QByteArray("\x01\x00\x00\x00\xce\xfa\x0b\xb0", 8);
    QTest::newRow("bad length") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 12x\r\n\r\n");
    QTest::newRow("endless head") << "HTTP/1.0 200 OK\r\n" + QByteArray(64 * 1024, 'a');
    QTest::newRow("not framed") << QByteArray("HTTP/1.0 200 OK\r\n\r\n<html>");
}

void tst_MmshResponseReader::badHeadsAreErrors()
{
    QFETCH(QByteArray, wire);
    MmshResponseReader reader;
    const QList<Kind> kinds = run(wire, 512, reader);
    QVERIFY(!kinds.isEmpty());
    QCOMPARE(kinds.last(), Kind::Error);
    QCOMPARE(reader.next().kind, Kind::Error); // sticky
}

QTEST_GUILESS_MAIN(tst_MmshResponseReader)
#include "tst_mmshresponsereader.moc"
