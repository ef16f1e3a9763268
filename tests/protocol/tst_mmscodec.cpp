// SPDX-License-Identifier: GPL-3.0-or-later
// Golden bytes (protocol doc §12) and round trips of all 28 messages of the MS-MMSP codec in
// core/protocol.
#include "core/protocol/datapacket.h"
#include "core/protocol/mmscodec.h"
#include "tests/protocol/codectestsupport.h"

#include <QtEndian>
#include <QtTest>

using namespace mms;
using namespace codectest;

namespace {

Logging fullLogging()
{
    Logging m;
    ClientLogInfo &i = m.info;
    i.url = "mms://example.org/clip.wmv";
    i.channelUrl = "http://example.org/station.nsc";
    i.userAgent = "MmsPlayer/0.1";
    i.hostingWebPage = "http://example.org/";
    i.clientVersion = 0x0009000000000B80;
    i.lang = "en-GB";
    i.uniquePid = "{3300AD50-2C39-46C0-AE0A-60B5A5A2F1E4}";
    i.hostExe = "mmsplayer";
    i.hostExeVersion = 0x0000000100000002;
    i.fileDurationMs = 30500;
    i.fileSize = 0x123456789A;
    i.avgBandwidthBps = 364000;
    i.audioCodec = "Windows Media Audio V2";
    i.videoCodec = "Windows Media Video 8";
    i.startTimeMs = 1500;
    i.playedMs = 29000;
    i.rate = -5;
    i.bufferingCount = 3;
    i.bufferingTimeMs = 2500;
    i.bytesReceived = 0x1122334455;
    i.packetsReceived = 114;
    i.packetsLostClient = 6;
    i.packetsRecoveredEcc = 7;
    i.minReceptionQuality = 95;
    i.hr = 8;
    m.sourceId = 2;
    m.ipAddress = 0x0100007F;
    m.computerDns = "workstation.example.org";
    m.os = "Linux";
    m.osVersion = 0x0006000100000000;
    m.cpu = "x86_64";
    m.proto = "mmst";
    m.transport = "UDP";
    m.packetsLostNet = 11;
    m.packetsLostContNet = 12;
    m.resendRequests = 13;
    m.packetsRecoveredResent = 14;
    m.packetsResent = 15;
    return m;
}

} // namespace

class tst_MmsCodec : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void reportRedirectExample();
    void dataPacketHeaders_data();
    void dataPacketHeaders();
    void roundTrip_data();
    void roundTrip();
    void loggingLayout();
    void names();
};

void tst_MmsCodec::golden_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("golden");
    QTest::addColumn<QByteArray>("reencoded");

    // 12.1: FFmpeg's Connect, with the spec's playIncarnation.
    Connect connect;
    connect.subscriberName =
            QStringLiteral("NSPlayer/7.0.0.1956; {7E667F5D-A661-495E-A512-F55686DDA178}; Host: 127.0.0.1");
    addGoldenPacket("12.1 Connect packet", connect, 0,
                    hex("01 00 00 00 ce fa 0b b0 c0 00 00 00 4d 4d 53 20 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                        "16 00 00 00 01 00 03 00 ef f0 f0 f0 0b 00 04 00 1c 00 03 00 4e 00 53 00 50 00 6c 00 61 00 79 00"
                        "65 00 72 00 2f 00 37 00 2e 00 30 00 2e 00 30 00 2e 00 31 00 39 00 35 00 36 00 3b 00 20 00 7b 00"
                        "37 00 45 00 36 00 36 00 37 00 46 00 35 00 44 00 2d 00 41 00 36 00 36 00 31 00 2d 00 34 00 39 00"
                        "35 00 45 00 2d 00 41 00 35 00 31 00 32 00 2d 00 46 00 35 00 35 00 36 00 38 00 36 00 44 00 44 00"
                        "41 00 31 00 37 00 38 00 7d 00 3b 00 20 00 48 00 6f 00 73 00 74 00 3a 00 20 00 31 00 32 00 37 00"
                        "2e 00 30 00 2e 00 30 00 2e 00 31 00 00 00 00 00"));

    StartPlaying start; // 12.2
    start.playIncarnation = 4;
    addGoldenPacket("12.2 StartPlaying packet", start, 6,
                    hex("01 00 00 00 ce fa 0b b0 38 00 00 00 4d 4d 53 20 07 00 00 00 06 00 00 00 00 00 00 00 00 00 00 00"
                        "05 00 00 00 07 00 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ff ff ff ff ff ff ff ff"
                        "00 00 00 00 04 00 00 00"));

    ReportConnectedEX connected; // 12.3
    connected.serverVersionInfo = QStringLiteral("9.1");
    addGoldenPacket("12.3 ReportConnectedEX packet", connected, 0,
                    hex("01 00 00 00 ce fa 0b b0 58 00 00 00 4d 4d 53 20 0b 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                        "09 00 00 00 01 00 04 00 00 00 00 00 ef f0 f0 f0 0b 00 04 00 1c 00 03 00 00 00 00 00 00 00 f0 3f"
                        "01 00 00 00 01 00 00 00 00 80 00 00 80 96 98 00 04 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                        "39 00 2e 00 31 00 00 00"));

    ReportOpenFile opened; // 12.4
    opened.playIncarnation = 1;
    opened.fileAttributes = FileAttribute::CanSeek | FileAttribute::CanStride;
    opened.fileDuration = 30.5;
    opened.fileBlocks = 31;
    opened.filePacketSize = 3200;
    opened.filePacketCount = 120;
    opened.fileBitRate = 128000;
    opened.fileHeaderSize = 5398;
    addGoldenPacket("12.4 ReportOpenFile packet", opened, 3,
                    hex("01 00 00 00 ce fa 0b b0 88 00 00 00 4d 4d 53 20 11 00 00 00 03 00 00 00 00 00 00 00 00 00 00 00"
                        "0f 00 00 00 06 00 04 00 00 00 00 00 01 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 80 01"
                        "00 00 00 00 00 80 3e 40 1f 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 80 0c 00 00"
                        "78 00 00 00 00 00 00 00 00 f4 01 00 16 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                        "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"));

    // 12.5: the short messages, and one whole Ping packet.
    addGoldenPacket("12.5 Ping packet", Ping {}, 9,
                    hex("01 00 00 00 ce fa 0b b0 20 00 00 00 4d 4d 53 20 04 00 00 00 09 00 00 00 00 00 00 00 00 00 00 00"
                        "02 00 00 00 1b 00 04 00 00 00 00 00 00 00 00 00"));
    addGoldenMessage("12.5 Ping", Ping {}, hex("02 00 00 00 1b 00 04 00 00 00 00 00 00 00 00 00"));
    addGoldenMessage("12.5 Pong", Pong {}, hex("02 00 00 00 1b 00 03 00 00 00 00 00 00 00 00 00"));
    addGoldenMessage("12.5 ReportEndOfStream", ReportEndOfStream { Hresult::Ok, 4 },
                     hex("02 00 00 00 1e 00 04 00 00 00 00 00 04 00 00 00"));
    addGoldenMessage("12.5 StopPlaying", StopPlaying { 1, 4 }, hex("02 00 00 00 09 00 03 00 01 00 00 00 04 00 00 00"));
    addGoldenMessage("12.5 CloseFile", CloseFile { 0, 1 }, hex("02 00 00 00 0d 00 03 00 00 00 00 00 01 00 00 00"));
    addGoldenMessage("12.5 FunnelInfo", FunnelInfo {}, hex("02 00 00 00 18 00 03 00 ef f0 f0 f0 00 00 00 00"));
    addGoldenMessage("12.5 ReportStreamSwitch", ReportStreamSwitch {},
                     hex("02 00 00 00 21 00 04 00 00 00 00 00 00 00 00 00"));
    addGoldenMessage("12.5 ReportDisconnectedFunnel", ReportDisconnectedFunnel { Hresult::NoConnection, 0 },
                     hex("02 00 00 00 03 00 04 00 05 00 0d c0 00 00 00 00"));
    addGoldenMessage("12.5 CancelReadBlock", CancelReadBlock {}, hex("02 00 00 00 25 00 03 00 01 00 00 00 00 00 00 00"));

    // 12.6: the longer messages, message part only.
    ReadBlock readBlock;
    readBlock.playIncarnation = 2;
    addGoldenMessage("12.6 ReadBlock", readBlock,
                     hex("07 00 00 00 15 00 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 80 00 00"
                         "ff ff ff ff 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 20 ac 40"
                         "02 00 00 00 00 00 00 00"));
    addGoldenMessage("12.6 ReportReadBlock", ReportReadBlock { Hresult::Ok, 2, 0 },
                     hex("03 00 00 00 11 00 04 00 00 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00"));
    OpenFile openFile;
    openFile.playIncarnation = 1;
    openFile.fileName = QStringLiteral("test.asf");
    addGoldenMessage("12.6 OpenFile", openFile,
                     hex("06 00 00 00 05 00 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                         "74 00 65 00 73 00 74 00 2e 00 61 00 73 00 66 00 00 00 00 00 00 00 00 00"));
    ConnectFunnel funnel;
    funnel.funnelName = QStringLiteral("\\\\127.0.0.1\\TCP\\1755");
    addGoldenMessage("12.6 ConnectFunnel", funnel,
                     hex("09 00 00 00 02 00 03 00 00 00 00 00 ff ff ff ff 00 00 00 00 80 96 98 00"
                         "02 00 00 00 5c 00 5c 00 31 00 32 00 37 00 2e 00 30 00 2e 00 30 00 2e 00"
                         "31 00 5c 00 54 00 43 00 50 00 5c 00 31 00 37 00 35 00 35 00 00 00 00 00"));
    addGoldenMessage("12.6 ReportConnectedFunnel", ReportConnectedFunnel {},
                     hex("08 00 00 00 02 00 04 00 00 00 00 00 00 00 00 00 00 00 00 00 46 00 75 00"
                         "6e 00 6e 00 65 00 6c 00 20 00 4f 00 66 00 20 00 54 00 68 00 65 00 20 00"
                         "47 00 6f 00 64 00 73 00 00 00 00 00 00 00 00 00"));
    ReportFunnelInfo funnelInfo;
    funnelInfo.nCubs = 0x12345678;
    addGoldenMessage("12.6 ReportFunnelInfo", funnelInfo,
                     hex("06 00 00 00 15 00 04 00 00 00 00 00 ef f0 f0 f0 08 00 00 00 01 00 00 00"
                         "00 00 01 00 78 56 34 12 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00"));
    StreamSwitch streamSwitch;
    streamSwitch.entries = { { NoStream, 1, quint16(ThinningLevel::All) },
                             { NoStream, 2, quint16(ThinningLevel::Nothing) } };
    addGoldenMessage("12.6 StreamSwitch", streamSwitch,
                     hex("03 00 00 00 33 00 03 00 02 00 00 00 ff ff 01 00 00 00 ff ff 02 00 02 00"));
    ReportStartedPlaying started;
    started.playIncarnation = 4;
    addGoldenMessage("12.6 ReportStartedPlaying", started,
                     hex("05 00 00 00 05 00 04 00 00 00 00 00 04 00 00 00 01 00 00 00 00 00 00 00"
                         "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"));
    ReportStreamChange change;
    change.packetSize = 3200;
    change.headerSize = 5398;
    change.bitRate = 128000;
    addGoldenMessage("12.6 ReportStreamChange", change,
                     hex("04 00 00 00 20 00 04 00 00 00 00 00 ff 00 00 00 80 0c 00 00 16 15 00 00"
                         "00 f4 01 00 00 00 00 00"));
    SecurityChallenge challenge;
    challenge.playIncarnation = 1;
    challenge.cookie = 0x1234;
    challenge.token = utf16Bytes(QStringLiteral("realm=\"MMS\""));
    addGoldenMessage("12.6 SecurityChallenge", challenge,
                     hex("06 00 00 00 1a 00 04 00 01 00 00 00 34 12 00 00 18 00 00 00 72 00 65 00"
                         "61 00 6c 00 6d 00 3d 00 22 00 4d 00 4d 00 53 00 22 00 00 00 00 00 00 00"));
    SecurityResponse response;
    response.playIncarnation = 1;
    response.cookie = 0x1234;
    response.token = QByteArray("dXNlcjpwYXNz", 13); // base64("user:pass") + its NUL byte
    addGoldenMessage("12.6 SecurityResponse", response,
                     hex("05 00 00 00 1a 00 03 00 01 00 00 00 34 12 00 00 0d 00 00 00 64 58 4e 6c"
                         "63 6a 70 77 59 58 4e 7a 00 00 00 00 00 00 00 00"));
    ReportRedirect redirect;
    redirect.location = QStringLiteral("mms://other.example/x.asf");
    // The doc shows the first 24 bytes (checked on their own below); the rest is the UTF-16LE URL.
    addGoldenMessage("12.6 ReportRedirect", redirect,
                     hex("09 00 00 00 22 00 04 00 00 00 00 00 01 00 34 00 6d 00 6d 00 73 00 3a 00"
                         "2f 00 2f 00 6f 00 74 00 68 00 65 00 72 00 2e 00 65 00 78 00 61 00 6d 00"
                         "70 00 6c 00 65 00 2f 00 78 00 2e 00 61 00 73 00 66 00 00 00 00 00 00 00"));
}

void tst_MmsCodec::golden()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, golden);
    QFETCH(QByteArray, reencoded);
    QCOMPARE(encoded.toHex(' '), golden.toHex(' '));
    QCOMPARE(reencoded.toHex(' '), golden.toHex(' '));
}

void tst_MmsCodec::reportRedirectExample()
{
    // Exactly the bytes shown in doc §12.6, then the sizes they imply: cbLocation 52, chunkLen 9.
    ReportRedirect redirect;
    redirect.location = QStringLiteral("mms://other.example/x.asf");
    const QByteArray bytes = encodeMessage(redirect);
    QCOMPARE(bytes.first(24).toHex(' '),
             hex("09 00 00 00 22 00 04 00 00 00 00 00 01 00 34 00 6d 00 6d 00 73 00 3a 00").toHex(' '));
    QCOMPARE(bytes.size(), 72);
    const Decoded<ReportRedirect> d = decodeMessage<ReportRedirect>(bytes);
    QVERIFY2(d.ok(), qPrintable(errorText(d.error)));
    QCOMPARE(d.value.location, redirect.location);
    QCOMPARE(d.value.redirectType, quint16(RedirectType::Url));
}

void tst_MmsCodec::dataPacketHeaders_data()
{
    QTest::addColumn<quint32>("locationId");
    QTest::addColumn<int>("incarnation");
    QTest::addColumn<int>("afFlags");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<QByteArray>("header");

    // 12.7
    QTest::newRow("header fragment 0") << 0u << 2 << int(HeaderFragmentMore) << 1400 << hex("00 00 00 00 02 04 80 05");
    QTest::newRow("last header fragment") << 3u << 2 << int(HeaderFragmentLast) << 1234 << hex("03 00 00 00 02 0c da 04");
    QTest::newRow("media packet 17") << 17u << 4 << 0 << 3200 << hex("11 00 00 00 04 00 88 0c");
}

void tst_MmsCodec::dataPacketHeaders()
{
    QFETCH(quint32, locationId);
    QFETCH(int, incarnation);
    QFETCH(int, afFlags);
    QFETCH(int, payloadSize);
    QFETCH(QByteArray, header);

    DataPacket packet;
    packet.locationId = locationId;
    packet.playIncarnation = quint8(incarnation);
    packet.afFlags = quint8(afFlags);
    for (int i = 0; i < payloadSize; ++i)
        packet.payload.append(char(i * 7));
    const QByteArray bytes = packet.encode();
    QCOMPARE(bytes.toHex(' '), (header + packet.payload).toHex(' '));

    const Decoded<DataPacket> d = DataPacket::decode(bytes);
    QVERIFY2(d.ok(), qPrintable(errorText(d.error)));
    QVERIFY(d.value == packet);
}

void tst_MmsCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<quint32>("mid");
    QTest::addColumn<QString>("decodeError");
    QTest::addColumn<bool>("sameValue");
    QTest::addColumn<QByteArray>("reencoded");

    // Client -> server. Every field differs from its default.
    addRoundTrip("Connect", Connect { 0xF0F0F0F0, 0x11111111, 0x22222222,
                                      QStringLiteral("NSPlayer/9.0.0.2980; {3300AD50-2C39-46C0-AE0A-60B5A5A2F1E4}; "
                                                     "Host: \u00e9xample.org:8080 \u20ac") });
    addRoundTrip("FunnelInfo", FunnelInfo { 0x00F0F0F0, 0x0004000B });
    addRoundTrip("ConnectFunnel", ConnectFunnel { 3, 0x1234, 5, 0x000A0000, 7, QStringLiteral("\\\\10.0.0.7\\UDP\\7000") });
    addRoundTrip("OpenFile without token", OpenFile { 9, 0xDEADBEEF, QStringLiteral("media/clip.wmv"), {} });
    addRoundTrip("OpenFile with token", OpenFile { 10, 3, QStringLiteral("a/b.asf"), QByteArray("user:pass", 10) });
    addRoundTrip("OpenFile empty name with token", OpenFile { 11, 0, QString(), QByteArray("\x01\x02\x03", 3) });
    addRoundTrip("ReadBlock", ReadBlock { 2, 3, 4, 0xFFFF, 0, 5, 1.25, 7200.5, 6, 7 });
    addRoundTrip("CancelReadBlock", CancelReadBlock { 7 });
    addRoundTrip("StreamSwitch empty", StreamSwitch {});
    addRoundTrip("StreamSwitch three entries",
                 StreamSwitch { { { NoStream, 1, 0 }, { 2, 3, quint16(ThinningLevel::KeyFramesOnly) }, { 4, NoStream, 2 } } });
    StartPlaying start { 2, 0x0001FFFF, 75.5, 1000, 17, 0x80001388, 11, {}, {}, {} };
    addRoundTrip("StartPlaying no Fast Start", start);
    start.accelBandwidth = 3000000;
    start.accelDuration = 20000;
    addRoundTrip("StartPlaying accel pair", start);
    start.linkBandwidth = 100000000;
    addRoundTrip("StartPlaying all three", start);
    addRoundTrip("StartStriding", StartStriding { 2, 1, 12.5, 99, 98, 97, 12, -5.0 });
    addRoundTrip("StopPlaying", StopPlaying { 3, 0x1F });
    addRoundTrip("CloseFile", CloseFile { 5, 6 });
    addRoundTrip("Pong", Pong { 1, 0x0100FFFF });
    addRoundTrip("SecurityResponse", SecurityResponse { 13, 0xCAFE, QByteArray("dG9rZW4=", 9) });
    addRoundTrip("Logging", fullLogging());

    // Server -> client.
    addRoundTrip("ReportConnectedEX all strings",
                 ReportConnectedEX { Hresult::AccessDenied, UsePacketPair, 1, 2, 0.5, 3, 4, 5, 6,
                                     QStringLiteral("9.1.1.3862"), QStringLiteral("10.0"),
                                     QStringLiteral("http://example.org/upgrade"), QStringLiteral("NTLM") });
    addRoundTrip("ReportFunnelInfo", ReportFunnelInfo { 1, DisablePacketPair, 9, 2, 3, 0x12345678, 4, 5, 6, 7, {} });
    addRoundTrip("ReportFunnelInfo packet-pair",
                 ReportFunnelInfo { 0, PacketPairHighEntropyTcp, 8, 1, 0x10000, 42, 0, 1, 0, 0, QByteArray(432, '\x5A') });
    addRoundTrip("ReportConnectedFunnel", ReportConnectedFunnel { 2, 3, 4, QStringLiteral("Funnel Of The ") });
    addRoundTrip("ReportDisconnectedFunnel", ReportDisconnectedFunnel { Hresult::NoConnection, 8 });
    addRoundTrip("ReportOpenFile", ReportOpenFile { Hresult::FileNotFound, 9, 2, 3, 4, FileAttribute::Broadcast | FileAttribute::Live,
                                                    12.75, 13, 1600, 0x100000002, 300000, 4567 });
    addRoundTrip("SecurityChallenge", SecurityChallenge { 10, 0xBEEF, QByteArray("\0\0NTLMSSP\0\x02", 12) });
    addRoundTrip("ReportRedirect proxy", ReportRedirect { Hresult::Ok, quint16(RedirectType::Proxy),
                                                          QStringLiteral("mmst://proxy.example:1755/") });
    addRoundTrip("ReportRedirect empty", ReportRedirect { Hresult::Ok, quint16(RedirectType::Proxy), QString() });
    addRoundTrip("ReportReadBlock", ReportReadBlock { 1, 2, 3 });
    addRoundTrip("ReportStreamSwitch", ReportStreamSwitch { Hresult::NoStream });
    addRoundTrip("ReportStartedPlaying", ReportStartedPlaying { 1, 12, 0, 0x40000000 });
    addRoundTrip("ReportStartStriding", ReportStartStriding { 2, 12, 3 });
    addRoundTrip("ReportEndOfStream", ReportEndOfStream { Hresult::EndOfEntry, 12 });
    addRoundTrip("ReportStreamChange", ReportStreamChange { 1, 0xFF, 3200, 5398, 128000, 6 });
    addRoundTrip("Ping", Ping { 7, 8 });
}

void tst_MmsCodec::roundTrip()
{
    QFETCH(QByteArray, encoded);
    QFETCH(quint32, mid);
    QFETCH(QString, decodeError);
    QFETCH(bool, sameValue);
    QFETCH(QByteArray, reencoded);

    QCOMPARE(encoded.size() % 8, 0);
    const Decoded<MessagePrefix> prefix = decodeMessagePrefix(encoded);
    QVERIFY(prefix.ok());
    QCOMPARE(qsizetype(prefix.value.chunkLen) * 8, encoded.size());
    QCOMPARE(prefix.value.mid, mid);
    QCOMPARE(decodeError, QString());
    QVERIFY(sameValue);
    QCOMPARE(reencoded.toHex(' '), encoded.toHex(' '));
}

void tst_MmsCodec::loggingLayout()
{
    // MS-MMSP 2.2.4.20 / 2.2.1: CLIENT_LOG is 1490 packed bytes, the message 1498 padded to 1504.
    const QByteArray full = encodeMessage(fullLogging());
    QCOMPARE(full.size(), 1504);
    QCOMPARE(qFromLittleEndian<quint32>(full.constData()), 188u); // chunkLen
    const QByteArrayView log = QByteArrayView(full).sliced(8, Logging::ClientLogSize);
    QCOMPARE(qFromLittleEndian<quint32>(log.data()), 1490u); // CLIENT_LOG.cbSize
    QCOMPARE(qFromLittleEndian<quint32>(log.data() + 4), 1142u); // CLIENT_LOG_INFO.cbSize
    QCOMPARE(log.sliced(8, 27).toByteArray(), QByteArray("mms://example.org/clip.wmv\0", 27)); // szURL
    QCOMPARE(qFromLittleEndian<qint16>(log.data() + 4 + 1104), qint16(-5)); // rate
    QCOMPARE(qFromLittleEndian<quint32>(log.data() + 1146), 2u); // dwSourceId
    QCOMPARE(log.sliced(1154, 24).toByteArray(), QByteArray("workstation.example.org\0", 24)); // szComputerDNS
    QCOMPARE(log.sliced(1454, 5).toByteArray(), QByteArray("mmst\0", 5)); // szProto
    QCOMPARE(log.sliced(1462, 4).toByteArray(), QByteArray("UDP\0", 4)); // szTransport
    QCOMPARE(qFromLittleEndian<quint32>(log.data() + 1486), 15u); // dwPacketsResent, the last field
    QCOMPARE(full.sliced(8 + 1490), QByteArray(6, '\0')); // padding

    // MS-MMSP 2.2.1: empty strings go out as "-"; they read back as empty.
    const QByteArray empty = encodeMessage(Logging {});
    QCOMPARE(empty.sliced(8 + 8, 2), QByteArray("-\0", 2)); // szURL
    QCOMPARE(empty.sliced(8 + 1154, 2), QByteArray("-\0", 2)); // szComputerDNS
    QCOMPARE(empty.sliced(8 + 1454, 4), QByteArray("mms\0", 4)); // szProto default
    const Decoded<Logging> d = decodeMessage<Logging>(empty);
    QVERIFY(d.ok());
    QVERIFY(d.value == Logging {});

    // A string longer than its field is cut to size - 1 and still NUL-terminated.
    Logging longProto;
    longProto.proto = "abcdefghij";
    const QByteArray cut = encodeMessage(longProto);
    QCOMPARE(cut.sliced(8 + 1454, 8), QByteArray("abcdefg\0", 8));
    QCOMPARE(decodeMessage<Logging>(cut).value.proto, QByteArray("abcdefg"));
}

void tst_MmsCodec::names()
{
    QCOMPARE(messageName(MessageId::ReportOpenFile), "ReportOpenFile");
    QCOMPARE(messageName(0x00030033), "StreamSwitch");
    QCOMPARE(messageName(0x00050001), "Unknown(0x00050001)");
    QCOMPARE(codecStatusName(CodecStatus::BadSeal), "BadSeal");
    QCOMPARE(codecStatusName(CodecStatus::NeedMoreData), "NeedMoreData");

    // Every MID of doc §4.1 has its own name.
    const quint32 mids[] = { 0x00030001, 0x00030002, 0x00030005, 0x00030007, 0x00030009, 0x0003000D, 0x00030015,
                             0x00030018, 0x0003001A, 0x0003001B, 0x00030025, 0x00030028, 0x00030032, 0x00030033,
                             0x00040001, 0x00040002, 0x00040003, 0x00040005, 0x00040006, 0x0004000A, 0x00040011,
                             0x00040015, 0x0004001A, 0x0004001B, 0x0004001E, 0x00040020, 0x00040021, 0x00040022 };
    QSet<QByteArray> seen;
    for (quint32 mid : mids) {
        const QByteArray name = messageName(mid);
        QVERIFY2(!name.startsWith("Unknown"), name.constData());
        seen.insert(name);
    }
    QCOMPARE(seen.size(), 28);
}

QTEST_GUILESS_MAIN(tst_MmsCodec)
#include "tst_mmscodec.moc"
