// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderparser.h"

#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

// Where a stream's bit rate comes from (issue 12): Stream Bitrate Properties (ASF 3.12), else the
// Extended Stream Properties' data bitrate (ASF 4.1), else WAVEFORMATEX nAvgBytesPerSec * 8 for
// audio, else unknown (0: the player measures it). Headers are built byte by byte; the malformed
// ones check every size and count of the two objects against what contains them.
class tst_AsfBitrates : public QObject {
    Q_OBJECT

private slots:
    void sources_data();
    void sources();
    void malformed_data();
    void malformed();

private:
    static QByteArray sbpRecord(quint16 flags, quint32 bitrate)
    {
        QByteArray b;
        put<quint16>(b, flags);
        put<quint32>(b, bitrate);
        return b;
    }
};

void tst_AsfBitrates::sources_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("audio"); // stream 1
    QTest::addColumn<quint32>("video"); // stream 2
    QTest::addColumn<quint32>("total");
    const QByteArray fp = fileProperties(); // maximum bitrate 128000
    const QByteArray a1 = audioStream(1, 44100, 2, 8000); // nAvgBytesPerSec 8000: 64 kbit/s
    const QByteArray v2 = videoStream(2, 320, 240, "WMV2");

    QTest::newRow("bitrate object")
        << header({fp, a1, v2, headerExtension(extendedStream(2, 250000, 0)),
               bitrateProperties({{1, 96000}, {2, 310000}})})
        << 96000u << 310000u << 406000u;
    // The object may come before the streams it describes (ASF does not order header objects).
    QTest::newRow("bitrate object first")
        << header({bitrateProperties({{2, 310000}, {1, 96000}}), fp, a1, v2}) << 96000u << 310000u
        << 406000u;
    // Flags bits 7-15 are reserved (ASF 3.12): only the low 7 bits are the stream number.
    QByteArray highBits;
    put<quint16>(highBits, 1);
    highBits += sbpRecord(0xFF82, 270000);
    QTest::newRow("reserved flag bits")
        << header({fp, a1, v2, object(guids::StreamBitrateProperties, highBits)}) << 64000u
        << 270000u << 334000u;
    QTest::newRow("extended stream properties only")
        << header({fp, a1, v2, headerExtension(extendedStream(2, 250000, 0))}) << 64000u << 250000u
        << 314000u;
    // Rate 0 in the bitrate object is no rate: the next source is used.
    QTest::newRow("zero record falls back") << header(
        {fp, a1, v2, headerExtension(extendedStream(2, 250000, 0)), bitrateProperties({{2, 0}})})
                                            << 64000u << 250000u << 314000u;
    // As ffmpeg writes it: only the audio's WAVEFORMATEX tells; the video is unknown, so the
    // total is File Properties' maximum bitrate.
    QTest::newRow("neither") << header({fp, a1, v2}) << 64000u << 0u << 128000u;
    QTest::newRow("record for another stream")
        << header({fp, a1, v2, bitrateProperties({{5, 999000}})}) << 64000u << 0u << 128000u;
    QTest::newRow("empty bitrate object")
        << header({fp, a1, v2, bitrateProperties({})}) << 64000u << 0u << 128000u;
    // Bytes after the records (a writer's slack) are allowed, like in every other object.
    QTest::newRow("trailing bytes") << header({fp, a1, v2,
        object(guids::StreamBitrateProperties,
            QByteArray::fromHex("0100") + sbpRecord(2, 123000) + QByteArray(7, 'z'))})
                                    << 64000u << 123000u << 187000u;
}

void tst_AsfBitrates::sources()
{
    QFETCH(QByteArray, bytes);
    const HeaderParseResult parsed = parseHeader(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    QCOMPARE(parsed.header.streams.size(), 2);
    QTEST(parsed.header.stream(1)->bitrate, "audio");
    QTEST(parsed.header.stream(2)->bitrate, "video");
    QTEST(parsed.header.totalBitrate(), "total");
}

void tst_AsfBitrates::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("what");
    const QByteArray fp = fileProperties();
    const QByteArray a1 = audioStream(1);
    const qint64 at = 30 + fp.size() + a1.size(); // where the third child starts

    QTest::newRow("bitrate object without its count")
        << header({fp, a1, object(guids::StreamBitrateProperties, QByteArray())})
        << AsfStatus::BadObjectSize << at + 16
        << "Stream Bitrate Properties: object size 24, minimum 26";
    QByteArray twoOfOne;
    put<quint16>(twoOfOne, 2);
    twoOfOne += sbpRecord(1, 64000) + QByteArray(5, '\0'); // 11 bytes: not two 6-byte records
    QTest::newRow("record count over the object")
        << header({fp, a1, object(guids::StreamBitrateProperties, twoOfOne)}) << AsfStatus::BadCount
        << at + 24 << "Stream Bitrate Properties: 2 records cannot fit in 11 bytes";
    QByteArray maxCount;
    put<quint16>(maxCount, 0xFFFF);
    QTest::newRow("record count 65535")
        << header({fp, a1, object(guids::StreamBitrateProperties, maxCount + sbpRecord(1, 1))})
        << AsfStatus::BadCount << at + 24 << "65535 records cannot fit in 6 bytes";
    QTest::newRow("record for stream 0")
        << header({fp, a1, bitrateProperties({{1, 64000}, {0x80, 1000}})}) << AsfStatus::BadStream
        << at + 32 << "record 1 has stream number 0";
    // The object claims more bytes than the Header Object has left.
    QTest::newRow("bitrate object size past the header")
        << header({fp, a1, object(guids::StreamBitrateProperties, QByteArray::fromHex("0000"), 27)})
        << AsfStatus::BadObjectSize << at + 16 << "claims 27 bytes, only 26 remain";
    QTest::newRow("bitrate object size 2^64-1")
        << header({fp, a1, objectHeader(guids::StreamBitrateProperties, ~quint64(0)) + "xx"})
        << AsfStatus::BadObjectSize << at + 16 << "claims 18446744073709551615 bytes";
    QTest::newRow("bitrate object size 23")
        << header({fp, a1, objectHeader(guids::StreamBitrateProperties, 23) + "xx"})
        << AsfStatus::BadObjectSize << at + 16 << "has size 23";

    // Extended Stream Properties inside the Header Extension (whose data starts 46 bytes in).
    QTest::newRow("extended stream properties too short")
        << header({fp, a1,
               headerExtension(object(guids::ExtendedStreamProperties, QByteArray(63, '\0')))})
        << AsfStatus::BadObjectSize << at + 46 + 16
        << "Extended Stream Properties: object size 87, minimum 88";
    const QByteArray esp = extendedStream(1, 250000, 0);
    QByteArray oversized = esp;
    qToLittleEndian<quint64>(quint64(esp.size()) + 1, oversized.data() + 16);
    QTest::newRow("extended stream properties size past the extension")
        << header({fp, a1, headerExtension(oversized)}) << AsfStatus::BadObjectSize << at + 46 + 16
        << QStringLiteral("Header Extension: child object %1 claims %2 bytes, only %3 remain")
               .arg(guids::ExtendedStreamProperties.toString())
               .arg(esp.size() + 1)
               .arg(esp.size());
}

void tst_AsfBitrates::malformed()
{
    QFETCH(QByteArray, bytes);
    const HeaderParseResult parsed = parseHeader(bytes);
    QTEST(parsed.error.status, "status");
    QTEST(parsed.error.offset, "offset");
    QFETCH(QString, what);
    QVERIFY2(parsed.error.what.contains(what), qPrintable(parsed.error.what));
}

QTEST_GUILESS_MAIN(tst_AsfBitrates)
#include "tst_asfbitrates.moc"
