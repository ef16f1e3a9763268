// SPDX-License-Identifier: GPL-3.0-or-later
// Decode errors and tolerated oddities of the MS-MMSP codec in core/protocol: every count and
// length is checked against the bytes present, and the error says what and where.
#include "core/protocol/datapacket.h"
#include "core/protocol/mmscodec.h"
#include "tests/protocol/codectestsupport.h"

#include <QtEndian>
#include <QtTest>

using namespace mms;
using namespace codectest;

class tst_MmsDecoding : public QObject
{
    Q_OBJECT

private slots:
    void decodeErrors_data();
    void decodeErrors();
    void streamSwitchHugeCountAllocatesNothing();
    void toleratedInput();
    void stringsBoundedByChunkLen();
    void tcpMessageHeader_data();
    void tcpMessageHeader();
    void dataPacketDecode();
};

void tst_MmsDecoding::decodeErrors_data()
{
    QTest::addColumn<CodecStatus>("status");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<CodecStatus>("expectedStatus");
    QTest::addColumn<qint64>("expectedOffset");

    const QByteArray ping = encodeMessage(Ping {});
    addDecodeError<Pong>("wrong MID", ping, CodecStatus::WrongMessage, 4);
    addDecodeError<Ping>("chunkLen larger than the bytes", patchU32(ping, 0, 3), CodecStatus::BadLength, 0);
    addDecodeError<Ping>("chunkLen 0", patchU32(ping, 0, 0), CodecStatus::BadLength, 0);
    addDecodeError<Ping>("chunkLen 0xFFFFFFFF", patchU32(ping, 0, 0xFFFFFFFF), CodecStatus::BadLength, 0);
    addDecodeError<Ping>("no MID", ping.first(7), CodecStatus::Malformed, 4);

    // Truncated fields: chunkLen says 4 (32 bytes), ReportOpenFile needs 120; fileDuration at 32
    // is the first field that does not fit.
    const QByteArray openFile = encodeMessage(ReportOpenFile {});
    addDecodeError<ReportOpenFile>("ReportOpenFile truncated", patchU32(openFile, 0, 4).first(32), CodecStatus::Malformed, 32);
    addDecodeError<StartPlaying>("StartPlaying truncated", patchU32(encodeMessage(StartPlaying {}), 0, 4).first(32),
                                 CodecStatus::Malformed, 32);
    addDecodeError<Logging>("Logging truncated", patchU32(encodeMessage(Logging {}), 0, 100).first(800),
                            CodecStatus::Malformed, 8 + 4 + 4 + 260 + 260 + 64);
    addDecodeError<ReadBlock>("ReadBlock without fields", hex("01 00 00 00 15 00 03 00"), CodecStatus::Malformed, 8);

    // String and byte counts larger than the message.
    ReportConnectedEX connected;
    connected.serverVersionInfo = QStringLiteral("9.1");
    const QByteArray ex = encodeMessage(connected); // 72 bytes, 8 after the counts
    addDecodeError<ReportConnectedEX>("cbServerVersionInfo huge", patchU32(ex, 48, 0x7FFFFFFF), CodecStatus::Malformed, 64);
    addDecodeError<ReportConnectedEX>("cbServerVersionInfo one too many", patchU32(ex, 48, 5), CodecStatus::Malformed, 64);
    addDecodeError<ReportConnectedEX>("cbAuthenPackage past the end", patchU32(ex, 60, 1), CodecStatus::Malformed, 72);
    const QByteArray redirect = encodeMessage(ReportRedirect { 0, 1, QStringLiteral("mms://h/x") });
    QByteArray bigLocation = redirect;
    qToLittleEndian(quint16(0xFFFE), bigLocation.data() + 14);
    addDecodeError<ReportRedirect>("cbLocation past the end", bigLocation, CodecStatus::Malformed, 16);
    addDecodeError<SecurityChallenge>("challenge cbToken huge",
                                      patchU32(encodeMessage(SecurityChallenge { 1, 2, "abc" }), 16, 0xFFFFFFFF),
                                      CodecStatus::Malformed, 20);
    addDecodeError<SecurityResponse>("response cbToken one too many",
                                     patchU32(encodeMessage(SecurityResponse { 1, 2, QByteArray(12, 'x') }), 16, 13),
                                     CodecStatus::Malformed, 20);
    const QByteArray open = encodeMessage(OpenFile { 1, 0, QStringLiteral("x.asf"), "tok" }); // 40 bytes
    addDecodeError<OpenFile>("OpenFile token offset past the end", patchU32(open, 16, 17), CodecStatus::Malformed, 24);
    addDecodeError<OpenFile>("OpenFile cbtoken past the end", patchU32(open, 20, 5), CodecStatus::Malformed, 24);
    addDecodeError<OpenFile>("OpenFile cbtoken huge", patchU32(open, 20, 0xFFFFFFFF), CodecStatus::Malformed, 24);

    // StreamSwitch: over 127 entries, or more than the message holds.
    QByteArray many = encodeMessage(StreamSwitch { QList<StreamSwitchEntry>(128) });
    addDecodeError<StreamSwitch>("StreamSwitch 128 entries", many, CodecStatus::Malformed, 12);
    addDecodeError<StreamSwitch>("StreamSwitch count beyond entries",
                                 patchU32(encodeMessage(StreamSwitch { QList<StreamSwitchEntry>(2) }), 8, 4),
                                 CodecStatus::Malformed, 12);
    addDecodeError<StreamSwitch>("StreamSwitch count 0xFFFFFFFF",
                                 patchU32(encodeMessage(StreamSwitch { QList<StreamSwitchEntry>(2) }), 8, 0xFFFFFFFF),
                                 CodecStatus::Malformed, 12);
}

void tst_MmsDecoding::decodeErrors()
{
    QFETCH(CodecStatus, status);
    QFETCH(qint64, offset);
    QFETCH(CodecStatus, expectedStatus);
    QFETCH(qint64, expectedOffset);
    QCOMPARE(status, expectedStatus);
    QCOMPARE(offset, expectedOffset);
}

void tst_MmsDecoding::streamSwitchHugeCountAllocatesNothing()
{
    const QByteArray bytes = patchU32(encodeMessage(StreamSwitch { QList<StreamSwitchEntry>(1) }), 8, 0xFFFFFFFF);
    const Decoded<StreamSwitch> d = decodeMessage<StreamSwitch>(bytes, 1000);
    QCOMPARE(d.error.status, CodecStatus::Malformed);
    QCOMPARE(d.error.offset, qint64(1012)); // baseOffset is added
    QVERIFY(d.error.what.contains(QLatin1String("cStreamEntries 4294967295")));
    QCOMPARE(d.value.entries.capacity(), 0);

    // 127 entries is the most one message may carry.
    const Decoded<StreamSwitch> most = decodeMessage<StreamSwitch>(encodeMessage(StreamSwitch { QList<StreamSwitchEntry>(127) }));
    QVERIFY(most.ok());
    QCOMPARE(most.value.entries.size(), 127);
}

void tst_MmsDecoding::toleratedInput()
{
    // Protocol doc §6.3: VLC sends a u16 0x0030 after ConnectFunnel's NUL.
    ByteWriter w;
    w.u32(0);
    w.u32(quint32(MessageId::ConnectFunnel));
    ConnectFunnel vlc { 0, 0xFFFFFFFF, 0, 0x000A0000, 2, QStringLiteral("\\\\192.168.0.1\\TCP\\1242") };
    vlc.writeFields(w);
    w.u16(0x0030);
    w.padTo(8);
    QByteArray bytes = w.take();
    bytes = patchU32(bytes, 0, quint32(bytes.size() / 8));
    const Decoded<ConnectFunnel> funnel = decodeMessage<ConnectFunnel>(bytes);
    QVERIFY2(funnel.ok(), qPrintable(errorText(funnel.error)));
    QVERIFY(funnel.value == vlc);

    // MS-MMSP 5.1: a string may lack its NUL; it then ends with the message.
    const QByteArray unterminated = hex("04 00 00 00 02 00 04 00 00 00 00 00 00 00 00 00 00 00 00 00 41 00 42 00 43 00 44 00 45 00 46 00");
    const Decoded<ReportConnectedFunnel> name = decodeMessage<ReportConnectedFunnel>(unterminated);
    QVERIFY(name.ok());
    QCOMPARE(name.value.funnelName, QStringLiteral("ABCDEF"));

    // A 48-byte StartPlaying carries the accel pair and no link bandwidth (MS-MMSP 2.2.4.25).
    StartPlaying pair;
    pair.accelBandwidth = 1;
    pair.accelDuration = 2;
    const QByteArray pairBytes = encodeMessage(pair);
    QCOMPARE(pairBytes.size(), 48);
    QCOMPARE(encodeMessage(StartPlaying {}).size(), 40);
    StartPlaying linkOnly; // dwLinkBandwidth needs the pair in front of it: it goes out as zeros
    linkOnly.linkBandwidth = 5;
    const Decoded<StartPlaying> link = decodeMessage<StartPlaying>(encodeMessage(linkOnly));
    QCOMPARE(encodeMessage(linkOnly).size(), 56);
    QCOMPARE(link.value.accelBandwidth, std::optional<quint32>(0));
    QCOMPARE(link.value.linkBandwidth, std::optional<quint32>(5));
}

void tst_MmsDecoding::stringsBoundedByChunkLen()
{
    // MS-MMSP 2.2.3 allows several messages in one packet: a string that runs to the end of the
    // first message must not read into the second.
    QByteArray first = hex("04 00 00 00 01 00 03 00 ef f0 f0 f0 0b 00 04 00 1c 00 03 00 58 00 59 00 5a 00 57 00 56 00 55 00");
    QByteArray both = first + encodeMessage(Ping {});
    const Decoded<Connect> d = decodeMessage<Connect>(both);
    QVERIFY(d.ok());
    QCOMPARE(d.value.subscriberName, QStringLiteral("XYZWVU"));
}

void tst_MmsDecoding::tcpMessageHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CodecStatus>("status");
    QTest::addColumn<qint64>("offset");

    const QByteArray good = TcpMessageHeader::forMessage(16, 0x1234, 0x1122334455667788).encode();
    QTest::newRow("good") << good << CodecStatus::Ok << qint64(0);
    QTest::newRow("31 bytes") << good.first(31) << CodecStatus::NeedMoreData << qint64(31);
    QByteArray rep = good;
    rep[0] = 2;
    QTest::newRow("rep 2") << rep << CodecStatus::Malformed << qint64(0);
    QByteArray minor = good;
    minor[2] = 1;
    QTest::newRow("versionMinor 1") << minor << CodecStatus::Malformed << qint64(2);
    QTest::newRow("sessionId") << patchU32(good, 4, 0xB00BFACF) << CodecStatus::BadSessionId << qint64(4);
    QTest::newRow("messageLength 8") << patchU32(good, 8, 8) << CodecStatus::BadLength << qint64(8);
    QTest::newRow("messageLength 33") << patchU32(good, 8, 33) << CodecStatus::BadLength << qint64(8);
    QTest::newRow("seal") << patchU32(good, 12, 0x20534D4E) << CodecStatus::BadSeal << qint64(12);
    // A 32-bit counter across seq and MBZ, as FFmpeg/VLC/libmms/MPlayer write it: accepted.
    QTest::newRow("MBZ ignored") << patchU32(good, 20, 0x00011234) << CodecStatus::Ok << qint64(0);
    // (the field checks below are for the unpatched header only)
    QTest::newRow("seal and MBZ: seal") << patchU32(patchU32(good, 12, 0), 20, 0x00011234) << CodecStatus::BadSeal
                                        << qint64(12);
}

void tst_MmsDecoding::tcpMessageHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CodecStatus, status);
    QFETCH(qint64, offset);

    const Decoded<TcpMessageHeader> h = TcpMessageHeader::decode(bytes);
    QCOMPARE(h.error.status, status);
    QCOMPARE(h.error.offset, offset);
    if (status == CodecStatus::Ok && h.value.mbz == 0) {
        QCOMPARE(bytes.toHex(' '),
                 hex("01 00 00 00 ce fa 0b b0 20 00 00 00 4d 4d 53 20 04 00 00 00 34 12 00 00 88 77 66 55 44 33 22 11").toHex(' '));
        QCOMPARE(h.value.messageLength, 32u);
        QCOMPARE(h.value.chunkCount, 4u);
        QCOMPARE(h.value.seq, quint16(0x1234));
        QCOMPARE(h.value.timeSent, 0x1122334455667788ull);
        QVERIFY(h.value == TcpMessageHeader::forMessage(16, 0x1234, 0x1122334455667788));
    }
}

void tst_MmsDecoding::dataPacketDecode()
{
    const QByteArray packet = DataPacket { 5, 6, 7, "payload" }.encode();
    QCOMPARE(packet.size(), 15);
    for (qsizetype n = 0; n < packet.size(); ++n)
        QCOMPARE(DataPacket::decode(packet.first(n)).error.status, CodecStatus::NeedMoreData);
    const Decoded<DataPacket> withTail = DataPacket::decode(packet + "next");
    QVERIFY(withTail.ok());
    QCOMPARE(withTail.value.payload, QByteArray("payload"));

    const Decoded<DataPacket> empty = DataPacket::decode(hex("00 00 00 00 01 00 08 00"));
    QCOMPARE(empty.error.status, CodecStatus::Malformed);
    QCOMPARE(empty.error.offset, qint64(6));
    QCOMPARE(DataPacket::decode(hex("00 00 00 00 01 00 00 00")).error.status, CodecStatus::Malformed);
}

QTEST_GUILESS_MAIN(tst_MmsDecoding)
#include "tst_mmsdecoding.moc"
