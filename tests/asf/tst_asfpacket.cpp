// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

namespace {

int width(int lengthType)
{
    return lengthType == 3 ? 4 : lengthType;
}

// Does what an MMS server does before sending (MS-MMSP 2.2.2): drops the padding bytes and sets
// Padding Length to 0, leaving the field (and Packet Length) in place. Written from ASF 5.2
// independently of the code under test. Returns the packet unchanged if it has no padding.
QByteArray stripPadding(const QByteArray &packet)
{
    const auto byte = [&packet](int i) { return quint8(packet.at(i)); };
    int pos = (byte(0) & 0x80) ? 1 + (byte(0) & 0x0F) : 0;
    const quint8 flags = byte(pos);
    pos += 2;
    quint32 packetLength = quint32(packet.size());
    if (const int w = width((flags >> 5) & 3)) {
        packetLength = 0;
        for (int i = 0; i < w; ++i)
            packetLength |= quint32(byte(pos + i)) << (8 * i);
    }
    pos += width((flags >> 5) & 3) + width((flags >> 1) & 3);
    const int padWidth = width((flags >> 3) & 3);
    quint32 padding = 0;
    for (int i = 0; i < padWidth; ++i)
        padding |= quint32(byte(pos + i)) << (8 * i);
    if (padding == 0)
        return packet;
    QByteArray stripped = packet.left(packetLength - padding);
    for (int i = 0; i < padWidth; ++i)
        stripped[pos + i] = 0;
    return stripped;
}

struct PayloadBytes
{
    int stream;
    quint32 object;
    quint32 offset;
    QByteArray data;
    bool operator==(const PayloadBytes &o) const
    {
        return stream == o.stream && object == o.object && offset == o.offset && data == o.data;
    }
};

QList<PayloadBytes> payloadBytes(const QByteArray &packet, const PacketInfo &info)
{
    QList<PayloadBytes> out;
    for (const Payload &p : info.payloads)
        out.append({p.streamNumber, p.mediaObjectNumber, p.offsetIntoMediaObject,
            packet.mid(p.dataOffset, p.dataLength)});
    return out;
}

// A single-payload packet with no Packet Length, Sequence or Padding Length field (Length Type
// Flags 0x00, Property Flags 0x5D: BYTE replicated length, DWORD offset, BYTE object number).
QByteArray bareSinglePayload(int dataBytes)
{
    QByteArray b;
    b.append('\x00');
    b.append('\x5D');
    put<quint32>(b, 5000); // send time
    put<quint16>(b, 40); // duration
    b.append(char(0x82)); // stream 2, key frame
    b.append('\x07'); // media object 7
    put<quint32>(b, 0); // offset into media object
    b.append('\x08');
    put<quint32>(b, quint32(dataBytes));
    put<quint32>(b, 5100);
    for (int i = 0; i < dataBytes; ++i)
        b.append(char('a' + i % 26));
    return b;
}

} // namespace

class tst_AsfPacket : public QObject
{
    Q_OBJECT

private slots:
    void everyPacketParses_data();
    void everyPacketParses();
    void payloadBytesMatchFfprobe();
    void strippedPacketsRepad_data();
    void strippedPacketsRepad();
    void padInsertsPaddingField_data();
    void padInsertsPaddingField();
    void padKeepsFullPacketAndRejectsLonger();
    void filterKeepsSelectedStreams();
    void filterSinglePayload();
    void malformedPackets_data();
    void malformedPackets();
    void everyPrefixIsSafe();
    void mutatedPacketsKeepInvariants();
};

void tst_AsfPacket::everyPacketParses_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clip.wmv") << mediaFile("clip.wmv");
    QTest::newRow("multi.wmv") << mediaFile("multi.wmv");
    QTest::newRow("mp43 (compressed payloads)")
        << dataFile(QStringLiteral("real/mp43-wma2-160x120.asf"));
    QTest::newRow("48 kHz (single payloads)")
        << dataFile(QStringLiteral("real/wma2-48khz-silence.wma"));
}

void tst_AsfPacket::everyPacketParses()
{
    QFETCH(QString, file);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error.what));
    const AsfFile &f = *opened.file;
    QVERIFY(f.packetCount() > 0);
    quint32 lastSendTime = 0;
    QSet<int> seen;
    for (quint64 i = 0; i < f.packetCount(); ++i) {
        const QByteArray bytes = f.packet(i);
        const PacketParseResult r = parsePacket(bytes, f.packetSize());
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("packet %1: %2").arg(i).arg(r.error.what)));
        QVERIFY(r.info.sendTime >= lastSendTime);
        lastSendTime = r.info.sendTime;
        QCOMPARE(r.info.packetLength, f.packetSize());
        QVERIFY(!r.info.payloads.isEmpty());
        for (const Payload &p : r.info.payloads) {
            QVERIFY2(
                f.header().stream(p.streamNumber), qPrintable(QString::number(p.streamNumber)));
            seen.insert(p.streamNumber);
            QVERIFY(p.dataLength > 0);
            QVERIFY(
                p.dataOffset + p.dataLength <= qsizetype(f.packetSize() - r.info.paddingLength));
            if (!p.compressed) {
                QCOMPARE(p.replicatedDataLength, 8u);
                QVERIFY(p.offsetIntoMediaObject + p.dataLength <= p.mediaObjectSize);
                QVERIFY(p.presentationTime >= f.header().file.preroll);
            }
        }
    }
    QCOMPARE(seen.size(), f.header().streams.size());
}

void tst_AsfPacket::payloadBytesMatchFfprobe()
{
    // ffmpeg's demuxer reassembles media objects from the payloads: per stream, the sum of its
    // packet sizes must equal the sum of our payloads' data lengths.
    const QString file = mediaFile("multi.wmv");
    const QMap<int, qint64> expected = ffprobeStreamBytes(file);
    QCOMPARE(expected.size(), 3);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY(opened.ok());
    QMap<int, qint64> actual;
    for (quint64 i = 0; i < opened.file->packetCount(); ++i) {
        const PacketParseResult r = parsePacket(opened.file->packet(i), opened.file->packetSize());
        QVERIFY(r.ok());
        for (const Payload &p : r.info.payloads)
            actual[p.streamNumber] += p.dataLength;
    }
    QCOMPARE(actual, expected);
}

void tst_AsfPacket::strippedPacketsRepad_data()
{
    everyPacketParses_data();
}

void tst_AsfPacket::strippedPacketsRepad()
{
    QFETCH(QString, file);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY(opened.ok());
    const quint32 size = opened.file->packetSize();
    int strippedCount = 0;
    for (quint64 i = 0; i < opened.file->packetCount(); ++i) {
        const QByteArray original = opened.file->packet(i);
        const QByteArray stripped = stripPadding(original);
        if (stripped.size() == original.size())
            continue;
        ++strippedCount;
        const PacketParseResult before = parsePacket(original, size);
        const PacketParseResult shortOne = parsePacket(stripped, size);
        QVERIFY2(shortOne.ok(), qPrintable(shortOne.error.what));
        QCOMPARE(payloadBytes(stripped, shortOne.info), payloadBytes(original, before.info));
        const PadResult padded = padPacket(stripped, size);
        QVERIFY2(padded.ok(), qPrintable(padded.error.what));
        QCOMPARE(padded.packet.size(), qsizetype(size));
        const PacketParseResult after = parsePacket(padded.packet, size);
        QVERIFY(after.ok());
        QCOMPARE(payloadBytes(padded.packet, after.info), payloadBytes(original, before.info));
        QCOMPARE(after.info.paddingLength, before.info.paddingLength);
        // The fields were only zeroed, never resized, so the original comes back exactly when its
        // padding was zeros (ASF 5.2.4 says it should be).
        if (original.mid(stripped.size()).count('\0') == original.size() - stripped.size())
            QCOMPARE(padded.packet.toHex(), original.toHex());
    }
    QVERIFY(strippedCount > 0);
}

void tst_AsfPacket::padInsertsPaddingField_data()
{
    QTest::addColumn<int>("dataBytes");
    QTest::addColumn<quint32>("packetSize");
    QTest::addColumn<QByteArray>("expectedHeader"); // bytes before the stream number byte
    // 2 + 4 + 2 header bytes + 15 payload header bytes + data; one byte more for the BYTE field.
    QTest::newRow("BYTE field") << 100 << 200u
                                << QByteArray::fromHex("085d"
                                                       "4c"
                                                       "88130000"
                                                       "2800");
    QTest::newRow("WORD field") << 100 << 1000u
                                << QByteArray::fromHex("105d"
                                                       "6b03"
                                                       "88130000"
                                                       "2800");
    QTest::newRow("exactly one byte short") << 100 << quint32(8 + 15 + 100 + 1)
                                            << QByteArray::fromHex("085d"
                                                                   "00"
                                                                   "88130000"
                                                                   "2800");
}

void tst_AsfPacket::padInsertsPaddingField()
{
    QFETCH(int, dataBytes);
    QFETCH(quint32, packetSize);
    QFETCH(QByteArray, expectedHeader);
    const QByteArray bare = bareSinglePayload(dataBytes);
    // Without a Padding Length field the appended zeros would run into the payload, so padPacket
    // must insert one (documented in asfpacketbuild.cpp).
    const PadResult padded = padPacket(bare, packetSize);
    QVERIFY2(padded.ok(), qPrintable(padded.error.what));
    QCOMPARE(padded.packet.size(), qsizetype(packetSize));
    QCOMPARE(padded.packet.left(expectedHeader.size()).toHex(), expectedHeader.toHex());
    QCOMPARE(padded.packet.mid(expectedHeader.size(), bare.size() - 8), bare.mid(8));
    QCOMPARE(padded.packet.mid(expectedHeader.size() + bare.size() - 8),
        QByteArray(packetSize - expectedHeader.size() - bare.size() + 8, '\0'));
    const PacketParseResult r = parsePacket(padded.packet, packetSize);
    QVERIFY(r.ok());
    QCOMPARE(r.info.payloads.size(), 1);
    QCOMPARE(r.info.payloads.at(0).dataLength, qsizetype(dataBytes));
    QCOMPARE(r.info.sendTime, 5000u);
    QCOMPARE(r.info.payloads.at(0).presentationTime, 5100u);
}

void tst_AsfPacket::padKeepsFullPacketAndRejectsLonger()
{
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("clip.wmv"));
    QVERIFY(opened.ok());
    const QByteArray full = opened.file->packet(3);
    const PadResult same = padPacket(full, opened.file->packetSize());
    QVERIFY(same.ok());
    QCOMPARE(same.packet, full);
    // From a QByteArray, a full packet is the caller's array itself (no copy on the receive
    // path); from a view, the same bytes in an array of its own.
    QCOMPARE(same.packet.constData(), full.constData());
    const PadResult fromView = padPacket(QByteArrayView(full), opened.file->packetSize());
    QCOMPARE(fromView.packet, full);
    QVERIFY(fromView.packet.constData() != full.constData());
    const PadResult longer = padPacket(full + QByteArray(1, '\0'), opened.file->packetSize());
    QCOMPARE(longer.error.status, AsfStatus::BadPacket);
    QVERIFY(longer.packet.isEmpty());

    // A BYTE Packet Length field cannot say 1000, nor a BYTE Padding Length 884: both become WORDs
    // (Length Type Flags 0x28 -> 0x50) and the padding shrinks by the 2 bytes the header grew.
    QByteArray withLength = QByteArray::fromHex("285d"
                                                "00"
                                                "00")
        + bareSinglePayload(90).mid(2);
    QCOMPARE(withLength.size(), 115);
    withLength[2] = char(withLength.size()); // Packet Length: the bytes present
    const PadResult widened = padPacket(withLength, 1000);
    QVERIFY2(widened.ok(), qPrintable(widened.error.what));
    QCOMPARE(widened.packet.left(12).toHex(),
        QByteArray("505d"
                   "e803"
                   "7303"
                   "88130000"
                   "2800"));
    QCOMPARE(widened.packet.mid(12, 105), withLength.mid(10));
    const PacketParseResult r = parsePacket(widened.packet, 1000);
    QVERIFY(r.ok());
    QCOMPARE(r.info.packetLength, 1000u);
    QCOMPARE(r.info.paddingLength, 883u);
    QCOMPARE(r.info.payloads.at(0).dataLength, 90);
}

void tst_AsfPacket::filterKeepsSelectedStreams()
{
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("multi.wmv"));
    QVERIFY(opened.ok());
    const AsfFile &f = *opened.file;
    QCOMPARE(f.header().stream(2)->width, 160); // the small rendition
    const QSet<int> keep {2, 3};
    qint64 originalBytes = 0, filteredBytes = 0, expectedBytes = 0, sentPackets = 0;
    for (quint64 i = 0; i < f.packetCount(); ++i) {
        const QByteArray original = f.packet(i);
        const PacketParseResult before = parsePacket(original, f.packetSize());
        QVERIFY(before.ok());
        QList<PayloadBytes> expected;
        for (const PayloadBytes &p : payloadBytes(original, before.info)) {
            originalBytes += p.data.size();
            if (keep.contains(p.stream)) {
                expected.append(p);
                expectedBytes += p.data.size();
            }
        }
        const PadResult filtered = filterPacket(original, f.packetSize(), keep);
        QVERIFY2(filtered.ok(), qPrintable(filtered.error.what));
        if (expected.isEmpty()) {
            QVERIFY(filtered.packet.isEmpty());
            continue;
        }
        ++sentPackets;
        QCOMPARE(filtered.packet.size(), qsizetype(f.packetSize()));
        const PacketParseResult after = parsePacket(filtered.packet, f.packetSize());
        QVERIFY2(after.ok(), qPrintable(after.error.what));
        QCOMPARE(payloadBytes(filtered.packet, after.info), expected);
        QCOMPARE(after.info.sendTime, before.info.sendTime);
        QCOMPARE(after.info.duration, before.info.duration);
        for (const Payload &p : after.info.payloads)
            filteredBytes += p.dataLength;
        if (expected.size() == before.info.payloads.size())
            QCOMPARE(filtered.packet, original); // nothing dropped: the packet is untouched
    }
    QCOMPARE(filteredBytes, expectedBytes);
    // Stream 1 (300 kbit/s) carries most bytes; dropping it must cut well over half of them.
    QVERIFY2(filteredBytes * 2 < originalBytes,
        qPrintable(QStringLiteral("%1 of %2").arg(filteredBytes).arg(originalBytes)));
    QVERIFY(sentPackets < qint64(f.packetCount()));
    // Keeping everything changes nothing.
    const QByteArray p0 = f.packet(0);
    QCOMPARE(filterPacket(p0, f.packetSize(), {1, 2, 3}).packet, p0);
}

void tst_AsfPacket::filterSinglePayload()
{
    const QByteArray bare = bareSinglePayload(50); // stream 2
    const PadResult dropped = filterPacket(bare, 100, {1, 3});
    QVERIFY(dropped.ok());
    QVERIFY(dropped.packet.isEmpty());
    const PadResult kept = filterPacket(bare, 100, {2});
    QVERIFY(kept.ok());
    QCOMPARE(kept.packet, padPacket(bare, 100).packet);
    QCOMPARE(kept.packet.size(), 100);
}

void tst_AsfPacket::malformedPackets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("packetSize");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<QString>("what");
    const QByteArray single = bareSinglePayload(20);
    // Multiple payloads, WORD payload lengths: flags 0x01, payload flags 0x81 (1 payload).
    const QByteArray multiHead = QByteArray::fromHex("015d"
                                                     "00000000"
                                                     "0000");
    const QByteArray payloadHead = QByteArray::fromHex("01"
                                                       "00"
                                                       "00000000"
                                                       "08"
                                                       "0a000000"
                                                       "64000000");
    QTest::newRow("empty") << QByteArray() << 100u << AsfStatus::BadPacket << "empty packet";
    QTest::newRow("longer than packet size")
        << single << quint32(single.size() - 1) << AsfStatus::BadPacket << "longer";
    QTest::newRow("packet size 0") << single << 0u << AsfStatus::BadPacketSize << "packet size 0";
    QTest::newRow("error correction past end")
        << QByteArray::fromHex("8f0000") << 100u << AsfStatus::BadPacket << "error correction data";
    QTest::newRow("EC length type") << QByteArray::fromHex("a2000001") << 100u
                                    << AsfStatus::BadPacket << "error correction length type";
    QTest::newRow("header truncated") << QByteArray::fromHex("015d0000") << 100u
                                      << AsfStatus::BadPacket << "payload parsing information";
    QTest::newRow("packet length > size") << QByteArray::fromHex("205d"
                                                                 "ff"
                                                                 "00000000"
                                                                 "0000")
            + single.mid(8) << 100u << AsfStatus::BadPacket
                                          << "Packet Length 255 over";
    QTest::newRow("padding too long") << QByteArray::fromHex("085d"
                                                             "f0"
                                                             "00000000"
                                                             "0000")
            + single.mid(8) << 100u << AsfStatus::BadPacket
                                      << "Padding Length 240";
    QTest::newRow("0 payloads") << multiHead + "\x80" << 100u << AsfStatus::BadPacket
                                << "0 payloads";
    QTest::newRow("no payload lengths") << multiHead + "\x01" + payloadHead << 100u
                                        << AsfStatus::BadPacket << "without payload lengths";
    QTest::newRow("payload past end")
        << multiHead + "\x81" + payloadHead + QByteArray::fromHex("4000") + "abc" << 100u
        << AsfStatus::BadPacket << "payload 0 length 64";
    QTest::newRow("missing payload")
        << multiHead + "\x82" + payloadHead + QByteArray::fromHex("0300") + "abc" << 100u
        << AsfStatus::BadPacket << "payload 1 header";
    QByteArray rep5 = single;
    rep5[14] = 5;
    QTest::newRow("replicated length 5")
        << rep5 << 100u << AsfStatus::BadPacket << "replicated data length 5";
    QByteArray rep200 = single;
    rep200[14] = char(200);
    QTest::newRow("replicated past end")
        << rep200 << 100u << AsfStatus::BadPacket << "replicated data length 200";
    QByteArray stream0 = single;
    stream0[8] = char(0x80);
    QTest::newRow("stream 0") << stream0 << 100u << AsfStatus::BadPacket << "stream number 0";
    // Compressed payload (replicated length 1): sub-payloads of 3 bytes then one claiming 9.
    QByteArray compressed = single.left(14)
        + QByteArray::fromHex("01"
                              "28"
                              "03616263"
                              "09616263");
    QTest::newRow("compressed sub-payload")
        << compressed << 100u << AsfStatus::BadPacket << "compressed sub-payload";
}

void tst_AsfPacket::malformedPackets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, packetSize);
    const PacketParseResult r = parsePacket(bytes, packetSize);
    QTEST(r.error.status, "status");
    QFETCH(QString, what);
    QVERIFY2(r.error.what.contains(what), qPrintable(r.error.what));
    if (r.error.status == AsfStatus::BadPacket) {
        QCOMPARE(padPacket(bytes, packetSize).error.status, AsfStatus::BadPacket);
        QCOMPARE(filterPacket(bytes, packetSize, {1, 2}).error.status, AsfStatus::BadPacket);
    }
}

void tst_AsfPacket::everyPrefixIsSafe()
{
    // Cutting a multiple-payload packet anywhere must give BadPacket, never a crash or a read
    // past the end (run under the sanitizer build too).
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("multi.wmv"));
    QVERIFY(opened.ok());
    const QByteArray packet = opened.file->packet(0);
    const PacketParseResult full = parsePacket(packet, opened.file->packetSize());
    QVERIFY(full.ok());
    QVERIFY(full.info.multiplePayloads);
    const Payload &last = full.info.payloads.constLast();
    for (qsizetype n = 0; n < last.dataOffset + last.dataLength; ++n) {
        const PacketParseResult r =
            parsePacket(QByteArrayView(packet).first(n), opened.file->packetSize());
        QCOMPARE(r.error.status, AsfStatus::BadPacket);
    }
    const PacketParseResult exact = parsePacket(
        QByteArrayView(packet).first(last.dataOffset + last.dataLength), opened.file->packetSize());
    QVERIFY(exact.ok());
}

void tst_AsfPacket::mutatedPacketsKeepInvariants()
{
    // Seeded random damage to real packets (flipped bytes, cut tails): whatever parses must
    // describe payloads inside the bytes, and must survive padPacket/filterPacket unchanged.
    const AsfFile::OpenResult opened =
        AsfFile::open(dataFile(QStringLiteral("real/mp43-wma2-160x120.asf")));
    QVERIFY(opened.ok());
    const quint32 size = opened.file->packetSize();
    QRandomGenerator random(1755);
    int parsed = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = opened.file->packet(random.bounded(quint32(opened.file->packetCount())));
        const int flips = random.bounded(1, 4);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(40)] = char(random.bounded(256)); // the header and first payloads
        if (random.bounded(2))
            bytes.truncate(random.bounded(qint32(bytes.size())));
        const PacketParseResult r = parsePacket(bytes, size);
        if (!r.ok()) {
            QCOMPARE(r.error.status, AsfStatus::BadPacket);
            QCOMPARE(padPacket(bytes, size).error.status, AsfStatus::BadPacket);
            continue;
        }
        ++parsed;
        for (const Payload &p : r.info.payloads)
            QVERIFY(p.dataOffset >= 0 && p.dataOffset + p.dataLength <= bytes.size());
        const PadResult padded = padPacket(bytes, size);
        QVERIFY2(padded.ok(), qPrintable(padded.error.what));
        QCOMPARE(padded.packet.size(), qsizetype(size));
        const PacketParseResult again = parsePacket(padded.packet, size);
        QVERIFY2(again.ok(), qPrintable(again.error.what));
        QCOMPARE(payloadBytes(padded.packet, again.info), payloadBytes(bytes, r.info));
        const QSet<int> keep {r.info.payloads.constFirst().streamNumber};
        const PadResult filtered = filterPacket(bytes, size, keep);
        QVERIFY(filtered.ok());
        const PacketParseResult kept = parsePacket(filtered.packet, size);
        QVERIFY(kept.ok());
        for (const Payload &p : kept.info.payloads)
            QVERIFY(keep.contains(p.streamNumber));
    }
    QVERIFY(parsed > 100); // the loop really exercised the success path
}

QTEST_GUILESS_MAIN(tst_AsfPacket)
#include "tst_asfpacket.moc"
