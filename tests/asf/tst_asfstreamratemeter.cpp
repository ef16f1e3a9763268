// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asffile.h"
#include "core/asf/asfstreamratemeter.h"

#include <QTest>

using namespace asf;
using namespace asftest;

namespace {

constexpr quint32 PacketSize = 1200;

// One data packet of PacketSize bytes (ASF 5.2) carrying one payload of `dataBytes` bytes of
// `stream`, sent at `sendTime` ms; the rest is padding. Written from the spec, not with the code
// under test: Length Type Flags 0x50 (WORD Packet Length and Padding Length), Property Flags 0x5D
// (BYTE replicated data length, DWORD offset into media object, BYTE media object number).
QByteArray packet(int stream, quint32 sendTime, int dataBytes)
{
    QByteArray b;
    b.append('\x50');
    b.append('\x5D');
    put<quint16>(b, quint16(PacketSize));
    const int used = 2 + 2 + 2 + 4 + 2 + 1 + 1 + 4 + 1 + 8 + dataBytes;
    put<quint16>(b, quint16(PacketSize - used)); // padding
    put<quint32>(b, sendTime);
    put<quint16>(b, 0); // duration
    b.append(char(stream));
    b.append('\x01'); // media object number
    put<quint32>(b, 0); // offset into media object
    b.append('\x08'); // replicated data: media object size, presentation time
    put<quint32>(b, quint32(dataBytes));
    put<quint32>(b, sendTime + 3000);
    b += QByteArray(dataBytes, 'd');
    b += QByteArray(PacketSize - used, '\0');
    return b;
}

} // namespace

// The measured bit rate (issue 12): bytes of a stream over the content time of its packets.
class tst_AsfStreamRateMeter : public QObject {
    Q_OBJECT

private slots:
    void steadyStreamIsExact();
    void streamsAreMeasuredApart();
    void seeksDoNotSkewTheRate();
    void switchedOffStreamKeepsItsRate();
    void badPacketsCountNothing();
    void ffmpegClipMatchesItsFile();
};

void tst_AsfStreamRateMeter::steadyStreamIsExact()
{
    // 1000 bytes every 100 ms: 80 kbit/s. Reported from one second of content on.
    StreamRateMeter meter(PacketSize);
    for (quint32 t = 0; t < 1000; t += 100) {
        QVERIFY(meter.addPacket(packet(1, 5000 + t, 1000)));
        QCOMPARE(meter.bitrate(1), 0u);
    }
    QCOMPARE(meter.spanMs(1), 900u);
    QVERIFY(meter.bitrates().isEmpty());
    QVERIFY(meter.addPacket(packet(1, 6000, 1000)));
    QCOMPARE(meter.spanMs(1), 1000u);
    QCOMPARE(meter.bytes(1), 10000u); // the first packet only marks where the time starts
    QCOMPARE(meter.bitrate(1), 80000u);
    QCOMPARE(meter.bitrates(), (QHash<int, quint32> {{1, 80000}}));
    QCOMPARE(meter.bitrate(2), 0u);
    meter.reset(PacketSize);
    QCOMPARE(meter.bitrate(1), 0u);
    QCOMPARE(meter.spanMs(1), 0u);
}

void tst_AsfStreamRateMeter::streamsAreMeasuredApart()
{
    // Audio (stream 3) 500 bytes every 100 ms: 40 kbit/s; video (stream 1) 2000 bytes every
    // 200 ms, in between: 80 kbit/s. Packets of one stream do not lend time to the other.
    StreamRateMeter meter(PacketSize);
    for (quint32 t = 0; t <= 4000; t += 100) {
        QVERIFY(meter.addPacket(packet(3, t, 500)));
        if (t % 200 == 0) { // a frame in two packets of one send time
            QVERIFY(meter.addPacket(packet(1, t + 50, 1000)));
            QVERIFY(meter.addPacket(packet(1, t + 50, 1000)));
        }
    }
    QCOMPARE(meter.bitrate(3), 40000u);
    // 80 kbit/s, + the first frame's second half (1000 bytes over the 4 s: 2 kbit/s).
    QCOMPARE(meter.bitrate(1), 82000u);
    QCOMPARE(meter.bytes(1), 21u * 2000 - 1000);
    QCOMPARE(meter.spanMs(1), 4000u);
}

void tst_AsfStreamRateMeter::seeksDoNotSkewTheRate()
{
    StreamRateMeter meter(PacketSize);
    const auto play = [&meter](quint32 from, quint32 to) {
        for (quint32 t = from; t <= to; t += 100)
            meter.addPacket(packet(2, t, 1000));
    };
    play(20000, 22000);
    QCOMPARE(meter.bitrate(2), 80000u);
    play(3000, 5000); // seek back: a new run
    QCOMPARE(meter.spanMs(2), 4000u);
    QCOMPARE(meter.bitrate(2), 80000u);
    play(60000, 61000); // seek forward by 55 s: a new run
    QCOMPARE(meter.spanMs(2), 5000u);
    QCOMPARE(meter.bitrate(2), 80000u);
    // Send times are u32: one near 2^32 then a small one is a step back, not a 4-billion step.
    play(0xFFFFF000u, 0xFFFFF000u + 1000);
    play(0, 1000);
    QCOMPARE(meter.spanMs(2), 7000u);
    QCOMPARE(meter.bitrate(2), 80000u);
}

void tst_AsfStreamRateMeter::switchedOffStreamKeepsItsRate()
{
    // Stream 2 is switched off for 20 s of content while stream 1 plays on, then on again.
    StreamRateMeter meter(PacketSize);
    for (quint32 t = 0; t <= 30000; t += 100) {
        meter.addPacket(packet(1, t, 500));
        if (t <= 2000 || t >= 22000)
            meter.addPacket(packet(2, t, 250));
    }
    QCOMPARE(meter.bitrate(1), 40000u);
    QCOMPARE(meter.bitrate(2), 20000u);
    QCOMPARE(meter.spanMs(2), 10000u);
}

void tst_AsfStreamRateMeter::badPacketsCountNothing()
{
    StreamRateMeter meter(PacketSize);
    for (quint32 t = 0; t <= 1000; t += 100)
        QVERIFY(meter.addPacket(packet(1, t, 1000)));
    QCOMPARE(meter.bitrate(1), 80000u);
    // Longer than the packet size, cut inside its payload header, a payload longer than the
    // packet, and a packet of the wrong size for the header: refused, nothing counted.
    QVERIFY(!meter.addPacket(packet(1, 1100, 1000) + "x"));
    QVERIFY(!meter.addPacket(packet(1, 1100, 1000).left(16)));
    QByteArray tooLong = packet(1, 1100, 1000);
    tooLong[4] = char(0xFF); // padding length 0x..FF: more padding than the packet has
    tooLong[5] = char(0xFF);
    QVERIFY(!meter.addPacket(tooLong));
    QVERIFY(!meter.addPacket(QByteArray()));
    StreamRateMeter small(100);
    QVERIFY(!small.addPacket(packet(1, 0, 10)));
    QCOMPARE(meter.bytes(1), 10000u);
    QCOMPARE(meter.spanMs(1), 1000u);
    QVERIFY(meter.addPacket(packet(1, 1100, 1000))); // the run goes on from 1000 ms
    QCOMPARE(meter.spanMs(1), 1100u);
}

void tst_AsfStreamRateMeter::ffmpegClipMatchesItsFile()
{
    // clip.wmv (ffmpeg, 5 s: WMV2 at -b:v 300k, WMAv2 at 64k) has no video rate in its header.
    // Packet by packet the meter must come to what the whole file measures (bytes over duration)
    // within 5 %, and the audio to its WAVEFORMATEX rate.
    auto opened = AsfFile::open(mediaFile("clip.wmv"));
    QVERIFY2(opened.ok(), qPrintable(opened.error.what));
    const AsfFile &file = *opened.file;
    QCOMPARE(file.header().stream(1)->bitrate, 0u);
    const quint32 audioRate = file.header().stream(2)->bitrate;
    QCOMPARE(audioRate, 64000u);
    AsfError error;
    const QHash<int, quint32> whole = file.measureStreamBitrates(&error);
    QVERIFY2(error.ok(), qPrintable(error.what));

    StreamRateMeter meter(file.packetSize());
    for (quint64 i = 0; i < file.packetCount(); ++i)
        QVERIFY(meter.addPacket(file.packet(i)));
    const quint32 video = meter.bitrate(1);
    qInfo() << "video" << video << "bit/s measured, file" << whole.value(1) << "; audio"
            << meter.bitrate(2);
    QVERIFY(meter.spanMs(1) >= 4000);
    QVERIFY2(qAbs(double(video) - whole.value(1)) < 0.05 * whole.value(1),
        qPrintable(QString::number(video)));
    QVERIFY(qAbs(double(meter.bitrate(2)) - audioRate) < 0.05 * audioRate);
}

QTEST_GUILESS_MAIN(tst_AsfStreamRateMeter)
#include "tst_asfstreamratemeter.moc"
