// SPDX-License-Identifier: GPL-3.0-or-later
// StreamSplitter: the TCP byte stream cut into command and Data packets however it arrives, with
// typed, sticky errors at the right stream offset and no buffering for unchecked lengths.
#include "core/protocol/streamsplitter.h"
#include "tests/protocol/splittertestsupport.h"

#include <QtTest>

using namespace mms;
using namespace codectest;

class tst_StreamSplitter : public QObject
{
    Q_OBJECT

private slots:
    void wholeStream();
    void byteByByte();
    void everySplitPoint();
    void everyTruncatedPrefix();
    void largestDataPacket();
    void thirtyTwoBitSequenceAccepted();
    void errors_data();
    void errors();
    void tooLargeBeforeBuffering();
    void errorIsSticky();
    void manyPacketsInOneAppend();
};

void tst_StreamSplitter::wholeStream()
{
    const QList<QByteArray> packets = samplePackets();
    StreamSplitter splitter;
    splitter.append(joined(packets));
    CodecError last;
    const QList<QByteArray> got = drain(splitter, &last);
    QCOMPARE(got, packets);
    QCOMPARE(last.status, CodecStatus::NeedMoreData);
    QCOMPARE(splitter.bufferedBytes(), 0);
    QCOMPARE(splitter.totalBytesFed(), joined(packets).size());
    QVERIFY(!splitter.hasError());

    // The packet with two messages keeps both; the first one's id is reported.
    StreamSplitter again;
    again.append(packets.at(6));
    const StreamSplitter::Item item = again.next();
    QVERIFY(item.isCommand());
    const CommandPacket &command = std::get<CommandPacket>(item.packet);
    QCOMPARE(command.id, MessageId::ReportStreamSwitch);
    QCOMPARE(command.header.seq, quint16(4));
    QCOMPARE(command.message.size(), 16 + 40);
    QVERIFY(decodeMessage<ReportStreamSwitch>(command.message).ok());
}

void tst_StreamSplitter::byteByByte()
{
    const QList<QByteArray> packets = samplePackets();
    const QByteArray stream = joined(packets);
    StreamSplitter splitter;
    QList<QByteArray> got;
    QList<qsizetype> completedAt;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        splitter.append(stream.sliced(i, 1));
        const QList<QByteArray> now = drain(splitter);
        for (const QByteArray &p : now) {
            got.append(p);
            completedAt.append(i + 1);
        }
    }
    QCOMPARE(got, packets);
    // Each packet comes out exactly when its last byte arrives.
    qsizetype end = 0;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        end += packets.at(i).size();
        QCOMPARE(completedAt.at(i), end);
    }
}

void tst_StreamSplitter::everySplitPoint()
{
    const QList<QByteArray> packets = samplePackets();
    const QByteArray stream = joined(packets);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        StreamSplitter splitter;
        splitter.append(stream.first(cut));
        QList<QByteArray> got = drain(splitter);
        splitter.append(stream.sliced(cut));
        CodecError last;
        got += drain(splitter, &last);
        QVERIFY2(got == packets, qPrintable(QStringLiteral("split at %1").arg(cut)));
        QCOMPARE(last.status, CodecStatus::NeedMoreData);
    }
}

void tst_StreamSplitter::everyTruncatedPrefix()
{
    // A prefix yields exactly the packets it holds completely, then NeedMoreData, never an error.
    const QList<QByteArray> packets = samplePackets();
    const QByteArray stream = joined(packets);
    for (qsizetype length = 0; length <= stream.size(); ++length) {
        QList<QByteArray> complete;
        qsizetype end = 0;
        for (const QByteArray &p : packets) {
            if (end + p.size() > length)
                break;
            end += p.size();
            complete.append(p);
        }
        StreamSplitter splitter;
        splitter.append(stream.first(length));
        CodecError last;
        const QList<QByteArray> got = drain(splitter, &last);
        QVERIFY2(got == complete, qPrintable(QStringLiteral("prefix of %1 bytes").arg(length)));
        QCOMPARE(last.status, CodecStatus::NeedMoreData);
        QCOMPARE(splitter.bufferedBytes(), length - end);
        QVERIFY(!splitter.hasError());
    }
}

void tst_StreamSplitter::largestDataPacket()
{
    // PacketSize 65535 is the largest a u16 allows; under the default 64 KiB limit it passes.
    const QByteArray big = dataPacket(3, 4, 5, DataPacket::MaxPayload);
    QCOMPARE(big.size(), 65535);
    const QByteArray stream = encodePacket(Ping {}, 1) + big + encodePacket(Ping {}, 2);
    StreamSplitter splitter;
    QList<QByteArray> got;
    for (qsizetype i = 0; i < stream.size(); i += 997) {
        splitter.append(stream.sliced(i, qMin<qsizetype>(997, stream.size() - i)));
        got += drain(splitter);
    }
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(1), big);
}

void tst_StreamSplitter::thirtyTwoBitSequenceAccepted()
{
    // FFmpeg, VLC, libmms and MPlayer count packets in 32 bits across seq and MBZ: packet 65,537
    // carries MBZ 1. It must come through like any other (notes §3), with its header kept as sent.
    const QByteArray ping = encodePacket(Ping {}, 1);
    const QByteArray late = patchU32(ping, 20, 0x00010001);
    StreamSplitter splitter;
    splitter.append(ping + late);
    const StreamSplitter::Item first = splitter.next();
    const StreamSplitter::Item second = splitter.next();
    QVERIFY(first.ok() && first.isCommand());
    QVERIFY2(second.ok() && second.isCommand(), qPrintable(second.error.what));
    const CommandPacket &command = std::get<CommandPacket>(second.packet);
    QCOMPARE(command.header.seq, quint16(1));
    QCOMPARE(command.header.mbz, quint16(1));
    QCOMPARE(command.id, MessageId::Ping);
    QCOMPARE(splitter.next().error.status, CodecStatus::NeedMoreData);
}

void tst_StreamSplitter::errors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("maxCommandBytes");
    QTest::addColumn<qsizetype>("maxDataPacketBytes");
    QTest::addColumn<int>("packetsBefore");
    QTest::addColumn<CodecStatus>("status");
    QTest::addColumn<qint64>("offset");

    const qsizetype cmd = StreamSplitter::Limits().maxCommandBytes;
    const qsizetype data = StreamSplitter::Limits().maxDataPacketBytes;
    const QByteArray ping = encodePacket(Ping {}, 1); // 48 bytes
    const QByteArray media = dataPacket(1, 4, 0, 100);

    // Bytes 4..7 other than the sessionId make a Data packet, whose PacketSize must leave a payload.
    QTest::newRow("PacketSize 8") << ping + hex("00 00 00 00 04 00 08 00 ff") << cmd << data << 1
                                  << CodecStatus::Malformed << qint64(48 + 6);
    QTest::newRow("PacketSize 0") << hex("01 02 03 04 05 06 00 00") << cmd << data << 0 << CodecStatus::Malformed << qint64(6);
    // An HTTP request is a Data packet of PacketSize 0x5448 ("HT"): fine for a 64 KiB limit (it
    // waits), too large for a peer that must not send Data packets at all (limit 0).
    QTest::newRow("HTTP to a server") << QByteArray("GET / HTTP/1.0\r\n\r\n") << cmd << qsizetype(0) << 0
                                      << CodecStatus::TooLarge << qint64(6);
    QTest::newRow("HTTP, default limits") << QByteArray("GET / HTTP/1.0\r\n\r\n") << cmd << data << 0
                                          << CodecStatus::NeedMoreData << qint64(18);
    QTest::newRow("Data packet over a lower limit") << media + dataPacket(2, 4, 0, 4089) << cmd << qsizetype(4096) << 1
                                                    << CodecStatus::TooLarge << qint64(108 + 6);
    QTest::newRow("Data packet at a lower limit") << media + dataPacket(2, 4, 0, 4088) << cmd << qsizetype(4096) << 2
                                                  << CodecStatus::NeedMoreData << qint64(108 + 4096);

    // TcpMessageHeader fields.
    QTest::newRow("wrong seal") << media + patchU32(ping, 12, 0x20534D4E) << cmd << data << 1 << CodecStatus::BadSeal
                                << qint64(108 + 12);
    QByteArray rep = ping;
    rep[0] = 0;
    QTest::newRow("rep 0") << rep << cmd << data << 0 << CodecStatus::Malformed << qint64(0);
    QByteArray version = ping;
    version[1] = 1;
    QTest::newRow("version 1") << ping + version << cmd << data << 1 << CodecStatus::Malformed << qint64(48 + 1);
    QTest::newRow("messageLength 16") << patchU32(ping, 8, 16) << cmd << data << 0 << CodecStatus::BadLength << qint64(8);
    QTest::newRow("messageLength 36") << patchU32(ping, 8, 36) << cmd << data << 0 << CodecStatus::BadLength << qint64(8);
    QTest::newRow("messageLength huge") << patchU32(ping, 8, 0xFFFFFFF8) << cmd << data << 0 << CodecStatus::TooLarge
                                        << qint64(8);
    QTest::newRow("command one chunk over limit") << patchU32(ping, 8, quint32(cmd - 16 + 8)) << cmd << data << 0
                                                  << CodecStatus::TooLarge << qint64(8);
    QTest::newRow("command at limit") << patchU32(ping, 8, quint32(cmd - 16)) << cmd << data << 0
                                      << CodecStatus::NeedMoreData << qint64(48);
    QTest::newRow("command over a lower limit") << ping + encodePacket(ReportReadBlock {}, 2) << qsizetype(48) << data << 1
                                                << CodecStatus::TooLarge << qint64(48 + 8);
    QTest::newRow("chunkLen beyond messageLength") << patchU32(ping, 32, 3) << cmd << data << 0 << CodecStatus::BadLength
                                                   << qint64(32);
    QTest::newRow("chunkLen 0") << media + patchU32(ping, 32, 0) << cmd << data << 1 << CodecStatus::BadLength
                                << qint64(108 + 32);
    // Several faults: the first in wire order wins, however the bytes were cut.
    QTest::newRow("seal and chunkLen") << patchU32(patchU32(ping, 12, 0), 32, 9) << cmd << data << 0
                                       << CodecStatus::BadSeal << qint64(12);
    QTest::newRow("seal and messageLength") << patchU32(patchU32(ping, 12, 0), 8, 0xFFFFFFF8) << cmd << data << 0
                                            << CodecStatus::TooLarge << qint64(8);
}

void tst_StreamSplitter::errors()
{
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, maxCommandBytes);
    QFETCH(qsizetype, maxDataPacketBytes);
    QFETCH(int, packetsBefore);
    QFETCH(CodecStatus, status);
    QFETCH(qint64, offset);

    const StreamSplitter::Limits limits { maxCommandBytes, maxDataPacketBytes };
    StreamSplitter whole(limits);
    whole.append(stream);
    CodecError last;
    QCOMPARE(drain(whole, &last).size(), packetsBefore);
    QCOMPARE(last.status, status);
    QCOMPARE(last.offset, offset);
    if (status != CodecStatus::NeedMoreData)
        QVERIFY(!last.what.isEmpty());

    // The same result when the bytes arrive one at a time.
    StreamSplitter bytewise(limits);
    int packets = 0;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        bytewise.append(stream.sliced(i, 1));
        packets += int(drain(bytewise, &last).size());
    }
    QCOMPARE(packets, packetsBefore);
    QCOMPARE(last.status, status);
    QCOMPARE(last.offset, offset);
}

void tst_StreamSplitter::tooLargeBeforeBuffering()
{
    // 12 bytes are enough to refuse a huge command; nothing more is awaited or kept.
    StreamSplitter splitter;
    splitter.append(hex("01 00 00 00 ce fa 0b b0 f8 ff ff 7f"));
    const StreamSplitter::Item item = splitter.next();
    QCOMPARE(item.error.status, CodecStatus::TooLarge);
    QCOMPARE(item.error.offset, qint64(8));
    QCOMPARE(splitter.bufferedBytes(), 0);

    // 8 bytes are enough to refuse a Data packet over the limit.
    StreamSplitter data(StreamSplitter::Limits { 1024, 1000 });
    data.append(hex("00 00 00 00 01 00 e9 03"));
    QCOMPARE(data.next().error.status, CodecStatus::TooLarge);
}

void tst_StreamSplitter::errorIsSticky()
{
    StreamSplitter splitter;
    splitter.append(encodePacket(Ping {}, 1) + patchU32(encodePacket(Ping {}, 2), 12, 0));
    QVERIFY(splitter.next().isCommand());
    const StreamSplitter::Item bad = splitter.next();
    QCOMPARE(bad.error.status, CodecStatus::BadSeal);
    QCOMPARE(bad.error.offset, qint64(48 + 12));
    QVERIFY(splitter.hasError());

    // Good bytes after the error change nothing: the stream cannot be resynchronised.
    splitter.append(encodePacket(Ping {}, 3));
    for (int i = 0; i < 3; ++i) {
        const StreamSplitter::Item again = splitter.next();
        QCOMPARE(again.error.status, CodecStatus::BadSeal);
        QCOMPARE(again.error.offset, qint64(48 + 12));
        QVERIFY(!again.isCommand() && !again.isData());
    }
    QCOMPARE(splitter.bufferedBytes(), 0);
    QCOMPARE(splitter.totalBytesFed(), qint64(3 * 48));

    // reset() starts a new stream.
    splitter.reset();
    QVERIFY(!splitter.hasError());
    splitter.append(encodePacket(Ping {}, 4));
    QVERIFY(splitter.next().isCommand());
    QCOMPARE(splitter.totalBytesFed(), qint64(48));
}

void tst_StreamSplitter::manyPacketsInOneAppend()
{
    // A whole burst (16 MB of 3200-byte media packets) in one append comes out packet by packet,
    // in order, with nothing left over.
    constexpr int Count = 5000;
    const QByteArray one = dataPacket(0, 4, 0, 3200);
    QByteArray stream;
    stream.reserve(one.size() * Count);
    for (int i = 0; i < Count; ++i) {
        QByteArray p = one;
        qToLittleEndian(quint32(i), p.data()); // LocationId = packet number
        stream += p;
    }
    StreamSplitter splitter;
    splitter.append(stream);
    stream.clear();
    int packets = 0;
    for (StreamSplitter::Item item = splitter.next(); item.ok(); item = splitter.next()) {
        QVERIFY(item.isData());
        QCOMPARE(std::get<DataPacket>(item.packet).locationId, quint32(packets));
        ++packets;
    }
    QCOMPARE(packets, Count);
    QCOMPARE(splitter.bufferedBytes(), 0);
}

QTEST_GUILESS_MAIN(tst_StreamSplitter)
#include "tst_streamsplitter.moc"
