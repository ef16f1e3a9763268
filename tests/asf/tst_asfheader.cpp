// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

namespace {

// "number:type:codec:details" for each stream, e.g. "1:video:WMV2:320x240 2:audio:0x0161:44100/1".
QString streamSummary(const Header &h)
{
    QStringList parts;
    for (const Stream &s : h.streams) {
        if (s.type == StreamType::Video)
            parts << QStringLiteral("%1:video:%2:%3x%4")
                         .arg(s.number)
                         .arg(s.codec)
                         .arg(s.width)
                         .arg(s.height);
        else if (s.type == StreamType::Audio)
            parts << QStringLiteral("%1:audio:0x%2:%3/%4")
                         .arg(s.number)
                         .arg(s.formatTag, 4, 16, QLatin1Char('0'))
                         .arg(s.sampleRate)
                         .arg(s.channels);
        else
            parts << QStringLiteral("%1:other").arg(s.number);
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

class tst_AsfHeader : public QObject
{
    Q_OBJECT

private slots:
    void guidWireBytes();
    void matchesFfprobe_data();
    void matchesFfprobe();
    void ffmpegFileDetails();
    void realSamples_data();
    void realSamples();
    void malformedSamples_data();
    void malformedSamples();
    void builtHeaderWithEveryObject();
    void bitrateFallbacks();
};

void tst_AsfHeader::guidWireBytes()
{
    // Wire forms from notes §11.1 (cross-checked there against other implementations).
    QCOMPARE(guidToBytes(guids::Header).toHex(' '),
        QByteArray("30 26 b2 75 8e 66 cf 11 a6 d9 00 aa 00 62 ce 6c"));
    QCOMPARE(guidToBytes(guids::ExtendedStreamProperties).toHex(' '),
        QByteArray("cb a5 e6 14 72 c6 32 43 83 99 a9 69 52 06 5b 5a"));
    const QByteArray wire = QByteArray::fromHex("CE75F87B8D46D1118D82006097C9A2B2");
    QCOMPARE(guidFromBytes(wire), guids::StreamBitrateProperties);
}

void tst_AsfHeader::matchesFfprobe_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clip.wmv") << mediaFile("clip.wmv");
    QTest::newRow("audio.wma") << mediaFile("audio.wma");
    QTest::newRow("multi.wmv") << mediaFile("multi.wmv");
}

void tst_AsfHeader::matchesFfprobe()
{
    QFETCH(QString, file);
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
            QStringLiteral("-show_format"), QStringLiteral("-of"), QStringLiteral("json"), file});
    QVERIFY2(probe.waitForFinished(30000), "ffprobe did not finish");
    QCOMPARE(probe.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    const QJsonArray probed = json.value(QLatin1String("streams")).toArray();

    const HeaderParseResult parsed = parseHeader(readAll(file), true);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    const Header &h = parsed.header;
    QCOMPARE(h.streams.size(), probed.size());
    // ffprobe numbers streams in Stream Properties order from 0; ffmpeg writes them as ASF stream
    // numbers 1, 2, 3 in that order, and our list is sorted by number: index i is stream i + 1.
    double longest = 0;
    for (int i = 0; i < probed.size(); ++i) {
        const QJsonObject p = probed.at(i).toObject();
        const Stream &s = h.streams.at(i);
        QCOMPARE(s.number, i + 1);
        const QString type = p.value(QLatin1String("codec_type")).toString();
        const quint32 tag = p.value(QLatin1String("codec_tag")).toString().toUInt(nullptr, 16);
        if (type == QLatin1String("video")) {
            QCOMPARE(s.type, StreamType::Video);
            QCOMPARE(s.fourcc, tag);
            QCOMPARE(s.codec, p.value(QLatin1String("codec_tag_string")).toString());
            QCOMPARE(s.width, p.value(QLatin1String("width")).toInt());
            QCOMPARE(s.height, p.value(QLatin1String("height")).toInt());
        } else {
            QCOMPARE(type, QStringLiteral("audio"));
            QCOMPARE(s.type, StreamType::Audio);
            QCOMPARE(quint32(s.formatTag), tag);
            QCOMPARE(s.sampleRate, p.value(QLatin1String("sample_rate")).toString().toInt());
            QCOMPARE(s.channels, p.value(QLatin1String("channels")).toInt());
            // No Stream Bitrate Properties in ffmpeg files: the WAVEFORMATEX fallback must agree.
            QCOMPARE(s.bitrate, p.value(QLatin1String("bit_rate")).toString().toUInt());
        }
        longest = std::max(longest, p.value(QLatin1String("duration")).toString().toDouble());
    }
    // ffprobe's stream durations are the header's play duration minus preroll; a packet's
    // worth (under 50 ms here) of tolerance covers rounding to its millisecond time base.
    QVERIFY2(qAbs(h.durationSeconds() - longest) < 0.05,
        qPrintable(QStringLiteral("%1 vs %2").arg(h.durationSeconds()).arg(longest)));
}

void tst_AsfHeader::ffmpegFileDetails()
{
    const QByteArray bytes = readAll(mediaFile("multi.wmv"));
    const HeaderParseResult parsed = parseHeader(bytes, true);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    const Header &h = parsed.header;
    // Values set by resources/media/make-media.sh and the ffmpeg facts in platform-notes.md.
    QCOMPARE(h.title, QStringLiteral("MMS Player test clip"));
    QCOMPARE(h.author, QStringLiteral("MMS Player"));
    QCOMPARE(h.copyright, QStringLiteral("CC0"));
    QCOMPARE(h.packetSize(), 3200u);
    QCOMPARE(h.file.preroll, 3100u);
    QVERIFY(h.file.seekable);
    QVERIFY(!h.file.broadcast);
    QCOMPARE(h.file.maxBitrate, 300000u + 100000u + 64000u);
    QVERIFY(h.hasDataPreamble);
    QCOMPARE(h.totalDataPackets, h.file.dataPacketsCount);
    QCOMPARE(h.dataObjectSize, 50 + h.totalDataPackets * 3200);
    QCOMPARE(h.headerObjectSize, qFromLittleEndian<qint64>(bytes.constData() + 16));
    QCOMPARE(h.mmsHeaderSize(), h.headerObjectSize + 50);
    // Video bitrates are unknown in ffmpeg headers, so the total is File Properties' maximum.
    QCOMPARE(h.totalBitrate(), h.file.maxBitrate);
}

void tst_AsfHeader::realSamples_data()
{
    // Values checked by hand with ffprobe and a hex dump of each file's Header Object.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("streams");
    QTest::addColumn<quint32>("packetSize");
    QTest::addColumn<quint64>("packets");
    QTest::addColumn<quint64>("preroll");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<QString>("bitrates");
    QTest::newRow("mp3") << "real/mp3-in-asf.asf"
                         << "1:audio:0x0055:44100/1" << 3200u << quint64(2) << quint64(3100) << 2145
                         << "0";
    QTest::newRow("mp43") << "real/mp43-wma2-160x120.asf"
                          << "1:audio:0x0161:8000/1 2:video:MP43:160x120" << 947u << quint64(150)
                          << quint64(3399) << 27699 << "128 0";
    QTest::newRow("48khz") << "real/wma2-48khz-silence.wma"
                           << "1:audio:0x0161:48000/2" << 2762u << quint64(11) << quint64(1451)
                           << 3712 << "64685";
    QTest::newRow("wma2") << "real/wma2-audio-only.wma"
                          << "1:audio:0x0161:44100/1" << 3200u << quint64(4) << quint64(3100)
                          << 2605 << "128000";
    QTest::newRow("wmv2") << "real/wmv2-wma2-640x356.wmv"
                          << "1:video:WMV2:640x356 2:audio:0x0161:44100/2" << 3200u << quint64(15)
                          << quint64(3100) << 92 << "0 128000";
}

void tst_AsfHeader::realSamples()
{
    QFETCH(QString, file);
    const HeaderParseResult parsed = parseHeader(readAll(dataFile(file)), true);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    const Header &h = parsed.header;
    QTEST(streamSummary(h), "streams");
    QTEST(h.packetSize(), "packetSize");
    QTEST(h.file.dataPacketsCount, "packets");
    QTEST(h.file.preroll, "preroll");
    QTEST(qRound(h.durationSeconds() * 1000), "durationMs");
    QStringList rates;
    for (const Stream &s : h.streams)
        rates << QString::number(s.bitrate);
    QTEST(rates.join(QLatin1Char(' ')), "bitrates");
}

void tst_AsfHeader::malformedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<AsfStatus>("status");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty") << "malformed/empty.wma" << AsfStatus::NeedMoreData << "Header Object";
    QTest::newRow("one byte") << "malformed/one-byte.asf" << AsfStatus::NotAsf
                              << "Header Object: wrong GUID";
    QTest::newRow("count") << "malformed/object-count-0xffffffff.wma" << AsfStatus::BadCount
                           << "4294967295 header objects";
    QTest::newRow("too small") << "malformed/object-size-too-small.wma" << AsfStatus::BadObjectSize
                               << "has size 23";
    QTest::newRow("packet size 0") << "malformed/zero-packet-size.wma" << AsfStatus::BadPacketSize
                                   << "File Properties: packet size 0";
    QTest::newRow("zero size") << "malformed/zero-size-subobject.wma" << AsfStatus::BadObjectSize
                               << "has size 0";
}

void tst_AsfHeader::malformedSamples()
{
    QFETCH(QString, file);
    const QByteArray bytes = readAll(dataFile(file));
    QVERIFY(QFile::exists(dataFile(file)));
    const HeaderParseResult parsed = parseHeader(bytes, true);
    QTEST(parsed.error.status, "status");
    QFETCH(QString, what);
    QVERIFY2(parsed.error.what.contains(what), qPrintable(parsed.error.what));
}

void tst_AsfHeader::builtHeaderWithEveryObject()
{
    // Stream 2 is declared only inside its Extended Stream Properties (ASF 4.1).
    const QByteArray extension = headerExtension(
        languageList({QStringLiteral("en-us"), QStringLiteral("de-de")})
        + extendedStream(1, 90000, 1, QStringLiteral("Main audio"))
        + extendedStream(2, 250000, 0, QStringLiteral("Camera"), videoStream(2, 320, 240, "WMV3")));
    const QByteArray bytes =
        header({contentDescription({QStringLiteral("Title"), QStringLiteral("Author"),
                    QStringLiteral("(c)"), QStringLiteral("Desc"), QStringLiteral("PG")}),
            fileProperties(), audioStream(1), extension,
            bitrateProperties({{1, 96000}, {2, 260000}})})
        + dataPreamble(10, 1000);
    const HeaderParseResult parsed = parseHeader(bytes, true);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    const Header &h = parsed.header;
    QCOMPARE(streamSummary(h), QStringLiteral("1:audio:0x0161:44100/2 2:video:WMV3:320x240"));
    QCOMPARE(h.stream(1)->bitrate, 96000u); // Stream Bitrate Properties wins over ESP's 90000
    QCOMPARE(h.stream(2)->bitrate, 260000u);
    QCOMPARE(h.stream(1)->language, QStringLiteral("de-de"));
    QCOMPARE(h.stream(2)->language, QStringLiteral("en-us"));
    QCOMPARE(h.stream(1)->name, QStringLiteral("Main audio"));
    QCOMPARE(h.stream(2)->name, QStringLiteral("Camera"));
    QCOMPARE(h.stream(2)->averageTimePerFrame, 400000u);
    QCOMPARE(h.stream(3), nullptr);
    QCOMPARE(h.title, QStringLiteral("Title"));
    QCOMPARE(h.author, QStringLiteral("Author"));
    QCOMPARE(h.copyright, QStringLiteral("(c)"));
    QCOMPARE(h.description, QStringLiteral("Desc"));
    QCOMPARE(h.rating, QStringLiteral("PG"));
    QCOMPARE(h.file.fileId, QUuid(0x01020304, 0x0506, 0x0708, 9, 10, 11, 12, 13, 14, 15, 16));
    QCOMPARE(h.file.minPacketSize, 1000u);
    QCOMPARE(h.file.preroll, 3000u);
    QCOMPARE(h.durationSeconds(), 10.0);
    QCOMPARE(h.totalBitrate(), 96000u + 260000u);
    QCOMPARE(h.headerObjectSize, bytes.size() - 50);
    QCOMPARE(h.totalDataPackets, 10u);
}

void tst_AsfHeader::bitrateFallbacks()
{
    // No Stream Bitrate Properties (as ffmpeg writes): ESP data bitrate first, then WAVEFORMATEX.
    const QByteArray bytes = header({fileProperties(), audioStream(1, 44100, 2, 8000),
        audioStream(2, 22050, 1, 2000), headerExtension(extendedStream(2, 20000, 0))});
    const HeaderParseResult parsed = parseHeader(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.what));
    QCOMPARE(parsed.header.stream(1)->bitrate, 64000u);
    QCOMPARE(parsed.header.stream(2)->bitrate, 20000u);
    QCOMPARE(parsed.header.stream(2)->language, QString()); // index 0 of an absent Language List
    QVERIFY(!parsed.header.hasDataPreamble);
}

QTEST_GUILESS_MAIN(tst_AsfHeader)
#include "tst_asfheader.moc"
