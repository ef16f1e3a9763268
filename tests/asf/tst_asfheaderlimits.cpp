// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

// Hostile and truncated headers: every size, count and limit check of the header parser.
namespace {

QByteArray minimalHeader(const FileProps &props = {})
{
    return header({fileProperties(props), audioStream(1)}) + dataPreamble(10, props.maxPacketSize);
}

} // namespace

class tst_AsfHeaderLimits : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBuiltHeaders_data();
    void rejectsBuiltHeaders();
    void tooManyStreams();
    void truncatedPrefixesNeedMoreData_data();
    void truncatedPrefixesNeedMoreData();
    void peekHeaderSize_data();
    void peekHeaderSize();
    void dataObjectPreamble();
    void mutatedHeadersKeepInvariants();
};

void tst_AsfHeaderLimits::rejectsBuiltHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<QString>("what");
    const QByteArray fp = fileProperties();
    const QByteArray a1 = audioStream(1);
    const QByteArray tail = dataPreamble(10, 1000);
    QTest::newRow("child size near 2^64")
        << header(
               {fp, object(guids::ContentDescription, QByteArray(10, '\0'), ~quint64(0) - 7), a1})
            + tail
        << AsfStatus::BadObjectSize << "claims 18446744073709551608 bytes";
    QTest::newRow("header size near 2^64") << header({fp, a1}, -1, ~quint64(0))
            + tail << AsfStatus::TooLarge << "Header Object: size 18446744073709551615";
    QTest::newRow("0xFFFFFFFF objects") << header({fp, a1}, 0xFFFFFFFF) + tail
                                        << AsfStatus::BadCount << "4294967295 header objects";
    QTest::newRow("zero-size child")
        << header({fp, objectHeader(guids::StreamBitrateProperties, 0) + QByteArray(8, 0), a1})
            + tail
        << AsfStatus::BadObjectSize << "has size 0";
    QTest::newRow("23-byte child")
        << header({fp, object(QUuid(), QByteArray(10, 'x'), 23), a1}) + tail
        << AsfStatus::BadObjectSize << "has size 23";
    QTest::newRow("zero-size nested")
        << header(
               {fp, a1, headerExtension(objectHeader(guids::LanguageList, 0) + QByteArray(8, 0))})
            + tail
        << AsfStatus::BadObjectSize << "Header Extension: child object";
    QTest::newRow("extension data size") << header({fp, a1,
                                                object(guids::HeaderExtension,
                                                    guidToBytes(guids::HeaderExtensionReserved1)
                                                        + QByteArray::fromHex("0600ffffffff"))})
            + tail << AsfStatus::BadObjectSize
                                         << "Header Extension: data size 4294967295";
    // Objects shorter than the offset their fields start at (fuzz_asfheader found the first):
    // nothing is read past the object, whatever lies after it in the header.
    QTest::newRow("24-byte header extension")
        << header({fp, object(guids::HeaderExtension, QByteArray()), a1}) + tail
        << AsfStatus::BadObjectSize << "Header Extension: object size 24, minimum 46";
    QTest::newRow("40-byte header extension")
        << header({fp, object(guids::HeaderExtension, QByteArray(16, '\0')), a1}) + tail
        << AsfStatus::BadObjectSize << "Header Extension: object size 40, minimum 46";
    QTest::newRow("no file properties")
        << header({a1}) + tail << AsfStatus::MissingObject << "File Properties";
    QTest::newRow("no streams") << header({fp}) + tail << AsfStatus::MissingObject
                                << "Stream Properties";
    QTest::newRow("two file properties")
        << header({fp, fp, a1}) + tail << AsfStatus::BadCount << "second File Properties";
    FileProps p;
    p.minPacketSize = p.maxPacketSize = 0;
    QTest::newRow("packet size 0")
        << minimalHeader(p) << AsfStatus::BadPacketSize << "File Properties: packet size 0";
    p = {};
    p.minPacketSize = 999;
    QTest::newRow("min != max") << minimalHeader(p) << AsfStatus::BadPacketSize
                                << "minimum packet size 999 differs";
    p = {};
    p.minPacketSize = p.maxPacketSize = MaxPacketSize + 1;
    QTest::newRow("packet too big")
        << minimalHeader(p) << AsfStatus::BadPacketSize << "over our limit";
    p = {};
    p.preroll = 24ull * 3600 * 1000;
    QTest::newRow("huge preroll") << minimalHeader(p) << AsfStatus::TooLarge
                                  << "File Properties: preroll 86400000 ms";
    p = {};
    p.playDuration = ~quint64(0);
    QTest::newRow("huge duration")
        << minimalHeader(p) << AsfStatus::TooLarge << "File Properties: play duration";
    p = {};
    p.sendDuration = 1ull << 60;
    QTest::newRow("huge send duration")
        << minimalHeader(p) << AsfStatus::TooLarge << "send duration";
    QTest::newRow("stream number 0") << header({fp, audioStream(0)}) + tail << AsfStatus::BadStream
                                     << "Stream Properties: stream number 0";
    QTest::newRow("duplicate stream") << header({fp, a1, videoStream(1, 16, 16, "WMV2")}) + tail
                                      << AsfStatus::BadStream << "stream number 1 declared twice";
    QTest::newRow("ESP stream 200")
        << header({fp, a1, headerExtension(extendedStream(200, 0, 0))}) + tail
        << AsfStatus::BadStream << "Extended Stream Properties: stream number 200";
    QTest::newRow("embedded mismatch")
        << header({fp, a1,
               headerExtension(extendedStream(3, 0, 0, {}, videoStream(4, 16, 16, "WMV2")))})
            + tail
        << AsfStatus::BadStream << "declares stream 4 inside the description of stream 3";
    QTest::newRow("type data length")
        << header({fp, streamProperties(guids::AudioMedia, 1, QByteArray(18, 0), 0xFFFFFFFF)})
            + tail
        << AsfStatus::BadObjectSize << "type-specific data (4294967295)";
    QTest::newRow("0 Hz") << header({fp, audioStream(1, 0)}) + tail << AsfStatus::BadStream
                          << "sample rate 0 Hz";
    QTest::newRow("huge video") << header({fp, videoStream(1, 100000, 16, "WMV2")}) + tail
                                << AsfStatus::BadStream << "video size 100000x16";
    QByteArray sbp;
    put<quint16>(sbp, 0xFFFF);
    QTest::newRow("bitrate count")
        << header({fp, a1, object(guids::StreamBitrateProperties, sbp + QByteArray(12, 0))}) + tail
        << AsfStatus::BadCount << "65535 records cannot fit in 12 bytes";
    QByteArray langs;
    put<quint16>(langs, 5000);
    QTest::newRow("language count")
        << header({fp, a1, headerExtension(object(guids::LanguageList, langs))}) + tail
        << AsfStatus::BadCount << "Language List: 5000 records";
    QByteArray esp = extendedStream(1, 0, 0);
    esp[24 + 60] = char(0xFF); // Stream Name Count (object offset 84) := 0xFFFF
    esp[24 + 61] = char(0xFF);
    QTest::newRow("name count") << header({fp, a1, headerExtension(esp)}) + tail
                                << AsfStatus::BadCount << "65535 stream names";
    QByteArray cd;
    for (int i = 0; i < 5; ++i)
        put<quint16>(cd, 0x4000);
    QTest::newRow("description lengths")
        << header({fp, a1, object(guids::ContentDescription, cd + "x")}) + tail
        << AsfStatus::BadObjectSize << "Content Description: string lengths total 81920";
    QTest::newRow("short file properties")
        << header({object(guids::FileProperties, QByteArray(40, 0)), a1}) + tail
        << AsfStatus::BadObjectSize << "File Properties: object size 64";
    QTest::newRow("wrong data object")
        << header({fp, a1}) + QByteArray(50, 'D') << AsfStatus::MissingObject << "Data Object";
}

void tst_AsfHeaderLimits::rejectsBuiltHeaders()
{
    QFETCH(QByteArray, bytes);
    const HeaderParseResult parsed = parseHeader(bytes, true);
    QTEST(parsed.error.status, "status");
    QFETCH(QString, what);
    QVERIFY2(parsed.error.what.contains(what), qPrintable(parsed.error.what));
}

void tst_AsfHeaderLimits::tooManyStreams()
{
    QList<QByteArray> children {fileProperties()};
    for (int n = 1; n <= 127; ++n)
        children << audioStream(n);
    const HeaderParseResult ok = parseHeader(header(children));
    QVERIFY2(ok.ok(), qPrintable(ok.error.what));
    QCOMPARE(ok.header.streams.size(), 127);
    QCOMPARE(ok.header.streams.constLast().number, 127);
    // A 128th Stream Properties (flags 0x80 | 1: bit 7 is not part of the number, so it is 1).
    children << streamProperties(guids::AudioMedia, 0x81, QByteArray(18, 1));
    const HeaderParseResult bad = parseHeader(header(children));
    QCOMPARE(bad.error.status, AsfStatus::BadStream);
    QVERIFY2(bad.error.what.contains(QLatin1String("more than 127 streams")),
        qPrintable(bad.error.what));
}

void tst_AsfHeaderLimits::truncatedPrefixesNeedMoreData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("mmsHeaderSize");
    const QByteArray clip = readAll(mediaFile("clip.wmv"));
    const QByteArray real = readAll(dataFile(QStringLiteral("real/wma2-48khz-silence.wma")));
    QTest::newRow("clip.wmv") << clip << 927 + 50;
    QTest::newRow("wma2-48khz-silence") << real << 4984 + 50;
}

void tst_AsfHeaderLimits::truncatedPrefixesNeedMoreData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, mmsHeaderSize);
    QVERIFY(bytes.size() > mmsHeaderSize);
    for (int n = 0; n < mmsHeaderSize; ++n) {
        const HeaderParseResult r = parseHeader(QByteArrayView(bytes).first(n), true);
        if (r.error.status != AsfStatus::NeedMoreData)
            QFAIL(qPrintable(QStringLiteral("prefix %1: %2 %3")
                                 .arg(n)
                                 .arg(asfStatusName(r.error.status), r.error.what)));
        QCOMPARE(r.error.offset, qint64(n));
        // Without the preamble requirement the header alone is enough.
        const HeaderParseResult h = parseHeader(QByteArrayView(bytes).first(n), false);
        QCOMPARE(h.ok(), n >= mmsHeaderSize - 50);
    }
    const HeaderParseResult full = parseHeader(QByteArrayView(bytes).first(mmsHeaderSize), true);
    QVERIFY2(full.ok(), qPrintable(full.error.what));
    QCOMPARE(full.header.mmsHeaderSize(), qint64(mmsHeaderSize));
}

void tst_AsfHeaderLimits::peekHeaderSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<qint64>("size");
    const QByteArray good = header({fileProperties(), audioStream(1)});
    QTest::newRow("empty") << QByteArray() << AsfStatus::NeedMoreData << qint64(0);
    QTest::newRow("29 bytes") << good.left(29) << AsfStatus::NeedMoreData << qint64(0);
    QTest::newRow("30 bytes") << good.left(30) << AsfStatus::Ok << qint64(good.size());
    QTest::newRow("garbage") << QByteArray("RIFF") << AsfStatus::NotAsf << qint64(0);
    QByteArray small = good.left(30);
    small[16] = 29;
    small[17] = 0;
    QTest::newRow("size 29") << small << AsfStatus::BadObjectSize << qint64(0);
    QByteArray big = good.left(30);
    qToLittleEndian<quint64>(quint64(MaxHeaderBytes) + 1, big.data() + 16);
    QTest::newRow("over limit") << big << AsfStatus::TooLarge << qint64(0);
}

void tst_AsfHeaderLimits::peekHeaderSize()
{
    QFETCH(QByteArray, bytes);
    const HeaderSizeResult r = asf::peekHeaderSize(bytes);
    QTEST(r.error.status, "status");
    QTEST(r.headerObjectSize, "size");
}

void tst_AsfHeaderLimits::dataObjectPreamble()
{
    const QByteArray h = header({fileProperties(), audioStream(1)});
    QByteArray zeroSize = dataPreamble(0, 1000);
    qToLittleEndian<quint64>(0, zeroSize.data() + 16); // broadcast: size 0 is allowed (ASF 5.1)
    const HeaderParseResult ok = parseHeader(h + zeroSize, true);
    QVERIFY2(ok.ok(), qPrintable(ok.error.what));
    QVERIFY(ok.header.hasDataPreamble);
    QCOMPARE(ok.header.dataObjectSize, 0u);
    QByteArray tiny = dataPreamble(0, 1000);
    qToLittleEndian<quint64>(49, tiny.data() + 16);
    const HeaderParseResult bad = parseHeader(h + tiny, true);
    QCOMPARE(bad.error.status, AsfStatus::BadObjectSize);
    QVERIFY(bad.error.what.startsWith(QLatin1String("Data Object")));
    // Not a Data Object but not required: the header alone is returned.
    const HeaderParseResult loose = parseHeader(h + QByteArray(60, 'x'), false);
    QVERIFY(loose.ok());
    QVERIFY(!loose.header.hasDataPreamble);
}

void tst_AsfHeaderLimits::mutatedHeadersKeepInvariants()
{
    // Seeded random damage to a real header: whatever still parses must hold what the parser
    // promises (valid, unique, sorted stream numbers; one legal packet size; preroll in range).
    const QByteArray original =
        readAll(dataFile(QStringLiteral("real/wma2-48khz-silence.wma"))).left(4984 + 50);
    QRandomGenerator random(1755);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = original;
        const int flips = random.bounded(1, 4);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(qint32(bytes.size()))] = char(random.bounded(256));
        const HeaderParseResult r = parseHeader(bytes, true);
        if (!r.ok()) {
            QVERIFY(!r.error.what.isEmpty());
            QVERIFY(r.error.offset >= 0 && r.error.offset <= bytes.size());
            continue;
        }
        ++accepted;
        const Header &h = r.header;
        QVERIFY(!h.streams.isEmpty());
        for (int i = 0; i < h.streams.size(); ++i) {
            QVERIFY(h.streams.at(i).number >= 1 && h.streams.at(i).number <= MaxStreams);
            if (i > 0)
                QVERIFY(h.streams.at(i - 1).number < h.streams.at(i).number);
        }
        QVERIFY(h.packetSize() > 0 && h.packetSize() <= MaxPacketSize);
        QCOMPARE(h.file.minPacketSize, h.file.maxPacketSize);
        QVERIFY(h.file.preroll <= MaxPrerollMs);
        QCOMPARE(h.mmsHeaderSize(), qint64(bytes.size()));
    }
    QVERIFY(accepted > 100); // most flips land in strings and reserved bytes
}

QTEST_GUILESS_MAIN(tst_AsfHeaderLimits)
#include "tst_asfheaderlimits.moc"
