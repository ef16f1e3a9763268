// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs shaped like known vulnerabilities of other players, each expecting a clean, typed error.
// The point is not those players' exact bugs but the same shapes: a length or count from the wire
// or the file that would overflow, underflow, or make us allocate or loop without bound.
#include "asftestutil.h"
#include "codectestsupport.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/protocol/streamsplitter.h"

#include <QtTest>

using namespace asftest;
using mms::CodecStatus;

class tst_CveInputs : public QObject
{
    Q_OBJECT
private slots:
    void hugeOrNegativeCommandSize_data();
    void hugeOrNegativeCommandSize();
    void hugeMmstPacket();
    void dataPacketLengthUnderflow();
    void dataPacketLargerThanAsfPacket();
    void asfPacketSizeLargerThanAnyBuffer();
    void headerObjectSizes_data();
    void headerObjectSizes();
    void allOnesObjectCount();
    void moreThan127Streams();
    void absurdPrerollAndDuration_data();
    void absurdPrerollAndDuration();
    void endlessHeader();
};

namespace {

QByteArray validHeader(const FileProps &props = {})
{
    return header({ fileProperties(props), audioStream(1) });
}

mms::StreamSplitter::Item feed(const QByteArray &bytes, mms::StreamSplitter &splitter)
{
    splitter.append(bytes);
    return splitter.next();
}

} // namespace

// VLC CVE-2008-3794 class: a command whose size field is negative as a signed int, or huge.
void tst_CveInputs::hugeOrNegativeCommandSize_data()
{
    QTest::addColumn<quint32>("messageLength");
    QTest::newRow("-8 as int32") << 0xFFFFFFF8u;
    QTest::newRow("0x80000000") << 0x80000000u;
    QTest::newRow("1 MiB + 8") << quint32(1024 * 1024 + 8);
}

void tst_CveInputs::hugeOrNegativeCommandSize()
{
    QFETCH(quint32, messageLength);
    const QByteArray ping = mms::encodePacket(mms::Ping {}, 0);
    mms::StreamSplitter splitter;
    // Only the 48 bytes of a Ping arrive: the splitter must refuse from the header alone rather
    // than wait for (and buffer) gigabytes.
    const auto item = feed(codectest::patchU32(ping, 8, messageLength), splitter);
    QCOMPARE(item.error.status, CodecStatus::TooLarge);
    QCOMPARE(item.error.offset, qint64(8));
    QVERIFY(splitter.hasError());
    QVERIFY(splitter.bufferedBytes() <= ping.size());
}

// MPlayer CVE-2004-1310 class: an MMST packet larger than the receive buffer.
void tst_CveInputs::hugeMmstPacket()
{
    // The largest Data packet a u16 allows is 65,535 bytes; with a limit below it the splitter
    // refuses from the 8-byte header, before any payload is buffered.
    QByteArray header(8, '\0');
    qToLittleEndian<quint16>(0xFFFF, header.data() + 6);
    header[4] = 4;
    mms::StreamSplitter splitter(mms::StreamSplitter::Limits { 1024 * 1024, 4096 });
    const auto item = feed(header + QByteArray(100, 'x'), splitter);
    QCOMPARE(item.error.status, CodecStatus::TooLarge);
    QCOMPARE(item.error.offset, qint64(6));
}

void tst_CveInputs::dataPacketLengthUnderflow()
{
    // PacketSize counts its own 8-byte header: anything below 9 would make "size - 8" wrap.
    for (quint16 size : { 0, 1, 7, 8 }) {
        QByteArray packet(8, '\0');
        qToLittleEndian<quint16>(size, packet.data() + 6);
        packet[4] = 4;
        mms::StreamSplitter splitter;
        const auto item = feed(packet, splitter);
        QCOMPARE(item.error.status, CodecStatus::Malformed);
        QCOMPARE(item.error.offset, qint64(6));
    }
}

// MPlayer: a data packet longer than the ASF packet size overflowed the demuxer's buffer.
void tst_CveInputs::dataPacketLargerThanAsfPacket()
{
    const QByteArray tooLong(3201, '\0');
    const asf::PadResult padded = asf::padPacket(tooLong, 3200);
    QCOMPARE(padded.error.status, asf::AsfStatus::BadPacket);
    QVERIFY(padded.packet.isEmpty());
    const asf::PadResult filtered = asf::filterPacket(tooLong, 3200, { 1 });
    QCOMPARE(filtered.error.status, asf::AsfStatus::BadPacket);
}

// MPlayer: an ASF packet size larger than any buffer was trusted from the header.
void tst_CveInputs::asfPacketSizeLargerThanAnyBuffer()
{
    FileProps props;
    props.minPacketSize = props.maxPacketSize = 0xFFFFFFFF;
    const asf::HeaderParseResult result = asf::parseHeader(validHeader(props));
    QCOMPARE(result.error.status, asf::AsfStatus::BadPacketSize);
    QVERIFY(result.error.what.contains(QLatin1String("packet size")));

    props.minPacketSize = props.maxPacketSize = 0;
    QCOMPARE(asf::parseHeader(validHeader(props)).error.status, asf::AsfStatus::BadPacketSize);
}

// Header objects whose sizes overflow the remaining bytes (or a 64-bit sum), or are 0.
void tst_CveInputs::headerObjectSizes_data()
{
    QTest::addColumn<quint64>("size");
    QTest::newRow("0") << quint64(0);
    QTest::newRow("23 (smaller than its own header)") << quint64(23);
    QTest::newRow("2^64 - 1") << ~quint64(0);
    QTest::newRow("2^64 - 8 (wraps when added)") << ~quint64(0) - 7;
    QTest::newRow("2^63") << (quint64(1) << 63);
}

void tst_CveInputs::headerObjectSizes()
{
    QFETCH(quint64, size);
    const QByteArray bad = objectHeader(asf::guids::ContentDescription, size) + QByteArray(16, 'a');
    const QByteArray bytes = header({ fileProperties(), audioStream(1), bad });
    const asf::HeaderParseResult result = asf::parseHeader(bytes);
    QCOMPARE(result.error.status, asf::AsfStatus::BadObjectSize);
}

// A header that claims 0xFFFFFFFF child objects (music-metadata's max-numberOfObjectHeaders).
void tst_CveInputs::allOnesObjectCount()
{
    const QByteArray bytes = header({ fileProperties(), audioStream(1) }, 0xFFFFFFFFll);
    QCOMPARE(asf::parseHeader(bytes).error.status, asf::AsfStatus::BadCount);
}

// GStreamer CVE-2026-2920 class: more streams than the 7-bit stream number allows.
void tst_CveInputs::moreThan127Streams()
{
    QList<QByteArray> children { fileProperties() };
    for (int n = 1; n <= 127; ++n)
        children << audioStream(n);
    QVERIFY(asf::parseHeader(header(children)).ok());
    children << audioStream(1); // the 128th stream can only repeat a number
    const asf::HeaderParseResult result = asf::parseHeader(header(children));
    QCOMPARE(result.error.status, asf::AsfStatus::BadStream);
}

void tst_CveInputs::absurdPrerollAndDuration_data()
{
    QTest::addColumn<quint64>("preroll");
    QTest::addColumn<quint64>("playDuration");
    QTest::newRow("preroll 2^64-1 ms") << ~quint64(0) << quint64(130000000);
    QTest::newRow("preroll 61 s") << quint64(61000) << quint64(130000000);
    QTest::newRow("play duration 2^64-1") << quint64(3000) << ~quint64(0);
}

void tst_CveInputs::absurdPrerollAndDuration()
{
    QFETCH(quint64, preroll);
    QFETCH(quint64, playDuration);
    FileProps props;
    props.preroll = preroll;
    props.playDuration = playDuration;
    QCOMPARE(asf::parseHeader(validHeader(props)).error.status, asf::AsfStatus::TooLarge);
}

// A header that never ends: the Header Object claims 2 GiB. The size is refused from the first
// 30 bytes, so a reader never waits for (or buffers) the rest.
void tst_CveInputs::endlessHeader()
{
    const QByteArray bytes = header({ fileProperties(), audioStream(1) }, -1, 0x80000000ull);
    const asf::HeaderSizeResult peek = asf::peekHeaderSize(bytes.first(30));
    QCOMPARE(peek.error.status, asf::AsfStatus::TooLarge);
    QCOMPARE(asf::parseHeader(bytes).error.status, asf::AsfStatus::TooLarge);
}

QTEST_GUILESS_MAIN(tst_CveInputs)
#include "tst_cveinputs.moc"
