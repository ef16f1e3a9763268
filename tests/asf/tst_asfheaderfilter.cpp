// SPDX-License-Identifier: GPL-3.0-or-later
// asf::filterHeaderStreams: the header the player gets when only some streams are sent. Checked
// with exact bytes built by hand, with ffmpeg's files (the result parses with our own parser and
// lists only the kept streams), and with malformed input (a named error, never a crash).
#include "asftestutil.h"
#include "core/asf/asfbytereader.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderfilter.h"
#include "core/asf/asfheaderparser.h"

#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

namespace {

// The objects that relate streams (ASF 1.20 §10.2, §10.3).
constexpr QUuid MutualExclusionId {
    0xD6E229DC, 0x35DA, 0x11D1, 0x90, 0x34, 0x00, 0xA0, 0xC9, 0x03, 0x49, 0xBE};
constexpr QUuid AdvancedMutualExclusionId {
    0xA08649CF, 0x4775, 0x4670, 0x8A, 0x16, 0x6E, 0x35, 0x35, 0x75, 0x66, 0xCD};
constexpr QUuid GroupMutualExclusionId {
    0xD1465A40, 0x5A79, 0x4338, 0xB7, 0x1B, 0xE3, 0x6B, 0x8F, 0xD6, 0xC2, 0x49};
constexpr QUuid StreamPrioritizationId {
    0xD4FED15B, 0x88D3, 0x454F, 0x81, 0xF0, 0xED, 0x5C, 0x45, 0x99, 0x9E, 0x24};
constexpr QUuid BandwidthSharingId {
    0xA69609E6, 0x517B, 0x11D2, 0xB6, 0xAF, 0x00, 0xC0, 0x4F, 0xD9, 0x08, 0xE9};
// Any exclusion or sharing type: the filter copies it as it is.
constexpr QUuid SomeType {0x11223344, 0x5566, 0x7788, 1, 2, 3, 4, 5, 6, 7, 8};

QByteArray numbers(const QList<int> &streams)
{
    QByteArray b;
    put<quint16>(b, quint16(streams.size()));
    for (int n : streams)
        put<quint16>(b, quint16(n));
    return b;
}

QByteArray exclusion(const QUuid &id, const QList<int> &streams)
{
    return object(id, guidToBytes(SomeType) + numbers(streams));
}

QByteArray groupExclusion(const QList<QList<int>> &records)
{
    QByteArray b = guidToBytes(SomeType);
    put<quint16>(b, quint16(records.size()));
    for (const QList<int> &r : records)
        b += numbers(r);
    return object(GroupMutualExclusionId, b);
}

QByteArray prioritization(const QList<int> &streams)
{
    QByteArray b;
    put<quint16>(b, quint16(streams.size()));
    for (int n : streams) {
        put<quint16>(b, quint16(n));
        put<quint16>(b, 1); // mandatory
    }
    return object(StreamPrioritizationId, b);
}

QByteArray bandwidthSharing(const QList<int> &streams)
{
    QByteArray b = guidToBytes(SomeType);
    put<quint32>(b, 500000);
    put<quint32>(b, 3000);
    return object(BandwidthSharingId, b + numbers(streams));
}

// A header of each kind of object: audio 1, video 2 and 3 (two bit rates of one picture), the
// objects that relate them holding only the `kept` ones (what the filter must leave).
QByteArray richHeader(const QList<int> &kept)
{
    const auto has = [&kept](int n) { return kept.contains(n); };
    const auto only = [&kept](const QList<int> &list) {
        QList<int> out;
        for (int n : list) {
            if (kept.contains(n))
                out.append(n);
        }
        return out;
    };
    QList<QByteArray> extension;
    for (int n : {1, 2, 3}) {
        if (has(n))
            extension << extendedStream(n, 100000 * quint32(n), 0, QStringLiteral("s%1").arg(n));
    }
    extension << languageList({QStringLiteral("en-us")});
    if (only({2, 3}).size() >= 2)
        extension << exclusion(AdvancedMutualExclusionId, only({2, 3}));
    QList<QList<int>> groups;
    for (const QList<int> &g : {QList<int> {1}, QList<int> {2, 3}}) {
        if (!only(g).isEmpty())
            groups << only(g);
    }
    if (groups.size() >= 2)
        extension << groupExclusion(groups);
    extension << prioritization(only({3, 1, 2}));
    if (!only({2, 3}).isEmpty())
        extension << bandwidthSharing(only({2, 3}));

    QList<QByteArray> children {fileProperties()};
    if (has(1))
        children << audioStream(1);
    if (has(2))
        children << videoStream(2, 320, 240, "WMV2");
    if (has(3))
        children << videoStream(3, 160, 120, "WMV2");
    children << headerExtension(extension.join());
    QList<QPair<int, quint32>> rates;
    for (int n : only({1, 2, 3}))
        rates << qMakePair(n, quint32(100000 * n));
    children << bitrateProperties(rates);
    if (only({2, 3}).size() >= 2)
        children << exclusion(MutualExclusionId, only({2, 3}));
    children << contentDescription({QStringLiteral("T"), QStringLiteral("A"), {}, {}, {}});
    return header(children) + dataPreamble(10, 1000);
}

QList<int> parsedStreams(const QByteArray &bytes)
{
    const HeaderParseResult parsed = parseHeader(bytes, true);
    QList<int> out;
    if (!parsed.error.ok())
        return {-1};
    for (const Stream &s : parsed.header.streams)
        out << s.number;
    return out;
}

// The Header Object's size and count fields against the objects it holds.
void verifySizes(const QByteArray &bytes)
{
    quint64 size = 0;
    quint32 count = 0;
    QVERIFY(ByteReader(bytes, 16).u64(&size));
    QVERIFY(ByteReader(bytes, 24).u32(&count));
    QVERIFY(size <= quint64(bytes.size()));
    quint32 found = 0;
    quint64 pos = 30;
    while (pos < size) {
        quint64 objectSize = 0;
        QVERIFY(ByteReader(bytes, qsizetype(pos) + 16).u64(&objectSize));
        QVERIFY(objectSize >= 24);
        pos += objectSize;
        ++found;
    }
    QCOMPARE(pos, size);
    QCOMPARE(found, count);
}

} // namespace

class tst_AsfHeaderFilter : public QObject {
    Q_OBJECT
private slots:
    void exactBytes_data();
    void exactBytes();
    void allKeptIsTheSameBytes();
    void ffmpegFiles_data();
    void ffmpegFiles();
    void malformed_data();
    void malformed();
    void corruptedBytesNeverCrash();
};

void tst_AsfHeaderFilter::exactBytes_data()
{
    QTest::addColumn<QList<int>>("keep");
    QTest::newRow("audio and the large video") << QList<int> {1, 2};
    QTest::newRow("both videos") << QList<int> {2, 3};
    QTest::newRow("video only") << QList<int> {2};
    QTest::newRow("audio only") << QList<int> {1};
    QTest::newRow("unknown numbers ignored") << QList<int> {3, 9};
}

void tst_AsfHeaderFilter::exactBytes()
{
    QFETCH(QList<int>, keep);
    const HeaderFilterResult result = filterHeaderStreams(richHeader({1, 2, 3}), keep);
    QVERIFY2(result.ok(), qPrintable(result.error.what));
    QList<int> expectedStreams;
    for (int n : {1, 2, 3}) {
        if (keep.contains(n))
            expectedStreams << n;
    }
    QCOMPARE(result.bytes, richHeader(expectedStreams));
    QCOMPARE(parsedStreams(result.bytes), expectedStreams);
    verifySizes(result.bytes);
}

void tst_AsfHeaderFilter::allKeptIsTheSameBytes()
{
    const QByteArray input = richHeader({1, 2, 3});
    const HeaderFilterResult result = filterHeaderStreams(input, {1, 2, 3});
    QVERIFY(result.ok());
    QCOMPARE(result.bytes, input);
}

void tst_AsfHeaderFilter::ffmpegFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("keep");
    QTest::newRow("demo video") << QStringLiteral("demo.wmv") << QList<int> {1};
    QTest::newRow("demo audio") << QStringLiteral("demo.wmv") << QList<int> {2};
    QTest::newRow("multi 300k video and audio") << QStringLiteral("multi.wmv") << QList<int> {1, 3};
    QTest::newRow("multi 100k video") << QStringLiteral("multi.wmv") << QList<int> {2};
}

void tst_AsfHeaderFilter::ffmpegFiles()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, keep);
    const QByteArray bytes = readAll(mediaFile(file.toLatin1().constData()));
    const HeaderParseResult original = parseHeader(bytes, true);
    QVERIFY2(original.error.ok(), qPrintable(original.error.what));
    const QByteArray mmsHeader = bytes.first(original.header.mmsHeaderSize());

    const HeaderFilterResult result = filterHeaderStreams(mmsHeader, keep);
    QVERIFY2(result.ok(), qPrintable(result.error.what));
    const HeaderParseResult filtered = parseHeader(result.bytes, true);
    QVERIFY2(filtered.error.ok(), qPrintable(filtered.error.what));
    QCOMPARE(parsedStreams(result.bytes), keep);
    verifySizes(result.bytes);
    QCOMPARE(filtered.header.mmsHeaderSize(), result.bytes.size());
    // The kept streams as they were; the file's properties and the Data preamble unchanged.
    for (const Stream &s : filtered.header.streams) {
        const Stream *was = original.header.stream(s.number);
        QVERIFY(was);
        QCOMPARE(s.codec, was->codec);
        QCOMPARE(s.width, was->width);
        QCOMPARE(s.sampleRate, was->sampleRate);
        QCOMPARE(s.bitrate, was->bitrate);
    }
    QCOMPARE(filtered.header.packetSize(), original.header.packetSize());
    QCOMPARE(filtered.header.file.preroll, original.header.file.preroll);
    QCOMPARE(filtered.header.file.dataPacketsCount, original.header.file.dataPacketsCount);
    QCOMPARE(filtered.header.title, original.header.title);
    QCOMPARE(result.bytes.last(50), mmsHeader.last(50));
    QVERIFY(result.bytes.size() < mmsHeader.size());
}

void tst_AsfHeaderFilter::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("keep");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<QString>("names"); // part of the error text

    const QByteArray good = richHeader({1, 2, 3});
    QTest::newRow("not ASF") << QByteArray(64, 'x') << QList<int> {1} << AsfStatus::NotAsf
                             << QString();
    QTest::newRow("truncated") << good.first(good.size() - 80) << QList<int> {1}
                               << AsfStatus::NeedMoreData << QStringLiteral("Header Object");
    QTest::newRow("no kept stream") << good << QList<int> {7} << AsfStatus::MissingObject
                                    << QStringLiteral("Stream Properties");
    QTest::newRow("child larger than the header")
        << header({fileProperties(), objectHeader(guids::StreamProperties, 5000)}) << QList<int> {1}
        << AsfStatus::BadObjectSize << QStringLiteral("Header Object");
    QTest::newRow("child smaller than 24")
        << header({fileProperties(), objectHeader(guids::StreamProperties, 10)}) << QList<int> {1}
        << AsfStatus::BadObjectSize << QStringLiteral("Header Object");
    QTest::newRow("short Stream Properties")
        << header({fileProperties(), object(guids::StreamProperties, QByteArray(20, '\0'))})
        << QList<int> {1} << AsfStatus::BadObjectSize << QStringLiteral("Stream Properties");
    QByteArray bitrates;
    put<quint16>(bitrates, 500);
    QTest::newRow("bitrate count past the object")
        << header({fileProperties(), audioStream(1),
               object(guids::StreamBitrateProperties, bitrates + QByteArray(12, '\0'))})
        << QList<int> {1} << AsfStatus::BadCount << QStringLiteral("Stream Bitrate Properties");
    QByteArray extension = guidToBytes(guids::HeaderExtensionReserved1);
    put<quint16>(extension, 6);
    put<quint32>(extension, 900);
    QTest::newRow("extension data size past the object")
        << header({fileProperties(), audioStream(1), object(guids::HeaderExtension, extension)})
        << QList<int> {1} << AsfStatus::BadObjectSize << QStringLiteral("Header Extension");
    QTest::newRow("short Extended Stream Properties")
        << header({fileProperties(), audioStream(1),
               headerExtension(object(guids::ExtendedStreamProperties, QByteArray(30, '\0')))})
        << QList<int> {1} << AsfStatus::BadObjectSize
        << QStringLiteral("Extended Stream Properties");
    QByteArray group = guidToBytes(SomeType);
    put<quint16>(group, 2);
    put<quint16>(group, 40); // 40 streams in 2 bytes
    put<quint16>(group, 1);
    QTest::newRow("group record past the object") << header(
        {fileProperties(), audioStream(1), headerExtension(object(GroupMutualExclusionId, group))})
                                                  << QList<int> {1} << AsfStatus::BadCount
                                                  << QStringLiteral("Group Mutual Exclusion");
    QByteArray sharing = guidToBytes(SomeType);
    put<quint32>(sharing, 1);
    QTest::newRow("short Bandwidth Sharing") << header(
        {fileProperties(), audioStream(1), headerExtension(object(BandwidthSharingId, sharing))})
                                             << QList<int> {1} << AsfStatus::BadObjectSize
                                             << QStringLiteral("Bandwidth Sharing");
    QByteArray priorities;
    put<quint16>(priorities, 0xFFFF);
    QTest::newRow("prioritization count past the object")
        << header({fileProperties(), audioStream(1),
               headerExtension(object(StreamPrioritizationId, priorities))})
        << QList<int> {1} << AsfStatus::BadCount << QStringLiteral("Stream Prioritization");
}

void tst_AsfHeaderFilter::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, keep);
    QFETCH(AsfStatus, status);
    QFETCH(QString, names);
    const HeaderFilterResult result = filterHeaderStreams(bytes, keep);
    QCOMPARE(result.error.status, status);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.error.what.contains(names), qPrintable(result.error.what));
}

void tst_AsfHeaderFilter::corruptedBytesNeverCrash()
{
    // Every byte of the header in turn set to 0xFF and to 0x00 (sizes, counts, numbers): the
    // filter gives a named error or a header; it never reads past the input (fuzz_asfheader-style
    // robustness, run under the sanitizer build).
    const QByteArray good = richHeader({1, 2, 3});
    const qsizetype headerSize = good.size() - 50;
    int refused = 0;
    for (qsizetype i = 16; i < headerSize; ++i) {
        for (char value : {'\xFF', '\x00'}) {
            QByteArray bytes = good;
            bytes[i] = value;
            const HeaderFilterResult result = filterHeaderStreams(bytes, {1, 2});
            if (!result.ok()) {
                ++refused;
                QVERIFY(result.bytes.isEmpty());
                QVERIFY(!result.error.what.isEmpty());
            }
        }
    }
    QVERIFY(refused > 0);
}

QTEST_APPLESS_MAIN(tst_AsfHeaderFilter)
#include "tst_asfheaderfilter.moc"
