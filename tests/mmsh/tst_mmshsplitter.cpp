// SPDX-License-Identifier: GPL-3.0-or-later
// MmshSplitter and MmshPacket: the $-packet framing of [MS-WMSP] 2.2.3, encoded byte for byte,
// split however the stream arrives, with typed, sticky errors at the right offset.
#include "core/mmsh/mmshsplitter.h"

#include <QtTest>

using namespace mms;

namespace {

QList<MmshPacket> samplePackets()
{
    MmshPacket header = MmshPacket::header(0, 1, QByteArray(300, 'h'));
    MmshPacket meta;
    meta.type = MmshPacketType::Metadata;
    meta.payload = "meta";
    MmshPacket d0 = MmshPacket::data(0, 1, 0, QByteArray(100, 'a'));
    d0.bFlag = true;
    MmshPacket d1 = MmshPacket::data(1, 1, 1, QByteArray(1, 'b'));
    MmshPacket empty = MmshPacket::data(2, 1, 2, {});
    MmshPacket pair;
    pair.type = MmshPacketType::PacketPair;
    pair.reason = 504;
    pair.payload = QByteArray(20, 'p');
    return {
        header, meta, d0, d1, empty, pair, MmshPacket::streamChange(), MmshPacket::endOfStream(1)};
}

QByteArray joined(const QList<MmshPacket> &packets)
{
    QByteArray out;
    for (const MmshPacket &p : packets)
        p.appendEncoded(out);
    return out;
}

QList<MmshPacket> drain(MmshSplitter &splitter, CodecError *last = nullptr)
{
    QList<MmshPacket> got;
    for (;;) {
        MmshSplitter::Item item = splitter.next();
        if (!item.ok()) {
            if (last)
                *last = item.error;
            return got;
        }
        got.append(item.packet);
    }
}

} // namespace

class tst_MmshSplitter : public QObject {
    Q_OBJECT

private slots:
    void goldenBytes();
    void wholeStream();
    void byteByByte();
    void everySplitPoint();
    void everyTruncatedPrefix();
    void errors_data();
    void errors();
    void tooLargeBeforeBuffering();
    void errorIsStickyAfterGoodPackets();
};

// Layouts from [MS-WMSP] 2.2.3.1.1 (Framing header), 2.2.3.1.2 (MMS data packet), 2.2.3.4 ($E).
void tst_MmshSplitter::goldenBytes()
{
    QCOMPARE(MmshPacket::endOfStream(0).encode(),
        QByteArray::fromHex("24450400"
                            "00000000"));
    QCOMPARE(MmshPacket::endOfStream(1).encode(),
        QByteArray::fromHex("24450400"
                            "01000000"));
    QCOMPARE(MmshPacket::streamChange().encode(),
        QByteArray::fromHex("24430400"
                            "00000000"));
    // $D: PacketLength = PacketSize = 8 + payload; LocationId 0x01020304, Incarnation 5, AFFlags 6.
    MmshPacket d = MmshPacket::data(0x01020304, 5, 6, "xyz");
    QCOMPARE(d.encode(),
        QByteArray::fromHex("24440b00"
                            "04030201"
                            "05"
                            "06"
                            "0b00"
                            "78797a"));
    d.bFlag = true; // B set: the Frame byte is 0xA4
    QCOMPARE(d.encode().left(2), QByteArray::fromHex("a444"));
    const MmshPacket h = MmshPacket::header(0, 1, QByteArray(2, 'H'));
    QCOMPARE(h.encode(),
        QByteArray::fromHex("24480a00"
                            "00000000"
                            "01"
                            "0c"
                            "0a00"
                            "4848"));

    MmshSplitter splitter;
    splitter.append(QByteArray::fromHex("24440b00040302010506"
                                        "0b00"
                                        "78797a"));
    const MmshSplitter::Item item = splitter.next();
    QVERIFY(item.ok());
    QCOMPARE(item.packet.type, MmshPacketType::Data);
    QCOMPARE(item.packet.locationId, 0x01020304u);
    QCOMPARE(item.packet.incarnation, quint8(5));
    QCOMPARE(item.packet.afFlags, quint8(6));
    QCOMPARE(item.packet.payload, QByteArray("xyz"));
    QVERIFY(!item.packet.bFlag);
}

void tst_MmshSplitter::wholeStream()
{
    const QList<MmshPacket> packets = samplePackets();
    MmshSplitter splitter;
    splitter.append(joined(packets));
    CodecError last;
    QCOMPARE(drain(splitter, &last), packets);
    QCOMPARE(last.status, CodecStatus::NeedMoreData);
    QCOMPARE(splitter.bufferedBytes(), 0);
    QCOMPARE(splitter.totalBytesFed(), joined(packets).size());
}

void tst_MmshSplitter::byteByByte()
{
    const QList<MmshPacket> packets = samplePackets();
    const QByteArray stream = joined(packets);
    MmshSplitter splitter;
    QList<MmshPacket> got;
    for (char c : stream) {
        splitter.append(QByteArrayView(&c, 1));
        got += drain(splitter);
    }
    QCOMPARE(got, packets);
}

void tst_MmshSplitter::everySplitPoint()
{
    const QList<MmshPacket> packets = samplePackets();
    const QByteArray stream = joined(packets);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        MmshSplitter splitter;
        splitter.append(QByteArrayView(stream).first(cut));
        QList<MmshPacket> got = drain(splitter);
        splitter.append(QByteArrayView(stream).sliced(cut));
        got += drain(splitter);
        QCOMPARE(got, packets);
    }
}

void tst_MmshSplitter::everyTruncatedPrefix()
{
    for (const MmshPacket &packet : samplePackets()) {
        const QByteArray bytes = packet.encode();
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            MmshSplitter splitter;
            splitter.append(QByteArrayView(bytes).first(n));
            const MmshSplitter::Item item = splitter.next();
            QCOMPARE(item.error.status, CodecStatus::NeedMoreData);
        }
    }
}

void tst_MmshSplitter::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("offset");
    const auto Malformed = int(CodecStatus::Malformed);
    QTest::newRow("not a dollar") << QByteArray("HTTP/1.0 200 OK\r\n") << Malformed << qint64(0);
    QTest::newRow("dollar without B still needs 0x24")
        << QByteArray::fromHex("25440800") << Malformed << qint64(0);
    QTest::newRow("unknown type") << QByteArray::fromHex("245a0400") << Malformed << qint64(1);
    // Whole packets fed at once take the unbuffered path: the same checks, the same offsets.
    QTest::newRow("unknown type, whole packet")
        << QByteArray::fromHex("245a040000000000") << Malformed << qint64(1);
    QTest::newRow("not a dollar, whole packet")
        << QByteArray::fromHex("2344040000000000") << Malformed << qint64(0);
    QTest::newRow("$E length 5") << QByteArray::fromHex("2445050000000000") << Malformed
                                 << qint64(2);
    QTest::newRow("$D shorter than its header")
        << QByteArray::fromHex("24440700") << Malformed << qint64(2);
    QTest::newRow("$C shorter than its reason")
        << QByteArray::fromHex("24430300") << Malformed << qint64(2);
    QTest::newRow("PacketSize disagrees") << QByteArray::fromHex("24440a00"
                                                                 "00000000"
                                                                 "0000"
                                                                 "0900"
                                                                 "0000")
                                          << Malformed << qint64(10);
    // A good packet first: the offset counts from the first byte fed.
    QTest::newRow("garbage after a packet")
        << (MmshPacket::endOfStream(0).encode() + "xxxx") << Malformed << qint64(8);
}

void tst_MmshSplitter::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qint64, offset);
    // Whole and byte by byte: the same error at the same offset.
    for (bool bytewise : {false, true}) {
        MmshSplitter splitter;
        if (bytewise) {
            for (char c : bytes)
                splitter.append(QByteArrayView(&c, 1));
        } else {
            splitter.append(bytes);
        }
        CodecError last;
        drain(splitter, &last);
        QCOMPARE(int(last.status), status);
        QCOMPARE(last.offset, offset);
        QVERIFY(splitter.hasError());
    }
}

void tst_MmshSplitter::tooLargeBeforeBuffering()
{
    MmshSplitter splitter({1000});
    // A $D claiming 0xFFFF bytes: refused on its 4-byte Framing header, nothing more is kept.
    splitter.append(QByteArray::fromHex("2444ffff"));
    CodecError last;
    drain(splitter, &last);
    QCOMPARE(last.status, CodecStatus::TooLarge);
    QCOMPARE(last.offset, qint64(2));
    splitter.append(QByteArray(60000, 'x'));
    QCOMPARE(splitter.bufferedBytes(), 0);
    // Exactly at the limit is fine.
    MmshSplitter atLimit({4 + 8 + 988});
    atLimit.append(MmshPacket::data(0, 0, 0, QByteArray(988, 'd')).encode());
    QVERIFY(atLimit.next().ok());
}

void tst_MmshSplitter::errorIsStickyAfterGoodPackets()
{
    MmshSplitter splitter;
    splitter.append(MmshPacket::endOfStream(0).encode() + QByteArray("junk")
        + MmshPacket::endOfStream(0).encode());
    QVERIFY(splitter.next().ok()); // the packet before the error is still delivered
    QCOMPARE(splitter.next().error.status, CodecStatus::Malformed);
    splitter.append(MmshPacket::endOfStream(0).encode());
    QCOMPARE(splitter.next().error.status, CodecStatus::Malformed);
    splitter.reset();
    splitter.append(MmshPacket::endOfStream(0).encode());
    QVERIFY(splitter.next().ok());
}

QTEST_GUILESS_MAIN(tst_MmshSplitter)
#include "tst_mmshsplitter.moc"
