// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"
#include "core/protocol/mmsconstants.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The 14 LinkViewerToMac* messages (client -> server), MS-MMSP 2.2.4.15-2.2.4.28.
// Each struct holds the fields after chunkLen and MID, with the values the spec prescribes as
// defaults. writeFields() appends exactly the spec's fields (no chunkLen/MID, no padding);
// readFields() reads them from a reader bounded by the message length and reports problems on it.
// Encode and decode whole messages with the templates of core/protocol/mmscodec.h.
namespace mms {

struct Connect // 2.2.4.17
{
    static constexpr MessageId Id = MessageId::Connect;
    quint32 playIncarnation = DisablePacketPair;
    quint32 macToViewerProtocolRevision = mms::MacToViewerProtocolRevision;
    quint32 viewerToMacProtocolRevision = mms::ViewerToMacProtocolRevision;
    QString subscriberName; // "NSPlayer/9.0.0.2980; {GUID}; Host: h" (sent NUL-terminated)

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, Connect &m);
    friend bool operator==(const Connect &, const Connect &) = default;
};

struct FunnelInfo // 2.2.4.19
{
    static constexpr MessageId Id = MessageId::FunnelInfo;
    quint32 playIncarnation = DisablePacketPair;
    quint32 padding = 0; // FFmpeg puts 0x0004000B here; kept so a server can log what it got

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, FunnelInfo &m);
    friend bool operator==(const FunnelInfo &, const FunnelInfo &) = default;
};

struct ConnectFunnel // 2.2.4.18
{
    static constexpr MessageId Id = MessageId::ConnectFunnel;
    quint32 playIncarnation = 0;
    quint32 maxBlockBytes = 0xFFFFFFFF;
    quint32 maxFunnelBytes = 0;
    quint32 maxBitRate = 0x00989680;
    quint32 funnelMode = 2;
    QString funnelName; // "\\192.168.0.5\TCP\1755"; trailing bytes after its NUL are tolerated

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ConnectFunnel &m);
    friend bool operator==(const ConnectFunnel &, const ConnectFunnel &) = default;
};

struct OpenFile // 2.2.4.21
{
    static constexpr MessageId Id = MessageId::OpenFile;
    quint32 playIncarnation = 9;
    quint32 spare = 0;
    QString fileName; // path without percent-encoding, sent NUL-terminated
    QByteArray tokenData; // credentials; empty = none. token/cbtoken are computed on write.

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, OpenFile &m);
    friend bool operator==(const OpenFile &, const OpenFile &) = default;
};

struct ReadBlock // 2.2.4.23
{
    static constexpr MessageId Id = MessageId::ReadBlock;
    quint32 openFileId = 1;
    quint32 fileBlockId = 0;
    quint32 offset = 0;
    quint32 length = 0x00008000;
    quint32 flags = 0xFFFFFFFF;
    quint32 padding = 0;
    double tEarliest = 0.0;
    double tDeadline = 3600.0;
    quint32 playIncarnation = 1;
    quint32 playSequence = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReadBlock &m);
    friend bool operator==(const ReadBlock &, const ReadBlock &) = default;
};

struct CancelReadBlock // 2.2.4.15
{
    static constexpr MessageId Id = MessageId::CancelReadBlock;
    quint32 playIncarnation = 1;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, CancelReadBlock &m);
    friend bool operator==(const CancelReadBlock &, const CancelReadBlock &) = default;
};

struct StreamSwitchEntry // 2.2.4.28 STREAM_SWITCH_ENTRY, 6 bytes packed
{
    quint16 srcStreamNumber = NoStream;
    quint16 dstStreamNumber = NoStream;
    quint16 thinningLevel = quint16(ThinningLevel::All);
    friend bool operator==(const StreamSwitchEntry &, const StreamSwitchEntry &) = default;
};

struct StreamSwitch // 2.2.4.28
{
    static constexpr MessageId Id = MessageId::StreamSwitch;
    QList<StreamSwitchEntry> entries; // at most 127 on read (one per ASF stream number)

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, StreamSwitch &m);
    friend bool operator==(const StreamSwitch &, const StreamSwitch &) = default;
};

struct StartPlaying // 2.2.4.25
{
    static constexpr MessageId Id = MessageId::StartPlaying;
    quint32 openFileId = 1;
    quint32 padding = 0;
    double position = 0.0; // seconds; DBL_MAX when asfOffset or locationId is used
    quint32 asfOffset = 0xFFFFFFFF;
    quint32 locationId = 0xFFFFFFFF;
    quint32 frameOffset = 0; // 0 = play to the end
    quint32 playIncarnation = 10;
    // Fast Start (optional; the receiver sees them from chunkLen). Link bandwidth needs the accel pair.
    std::optional<quint32> accelBandwidth; // bit/s of the initial burst
    std::optional<quint32> accelDuration; // ms of content sent at that rate
    std::optional<quint32> linkBandwidth; // bit/s

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, StartPlaying &m);
    friend bool operator==(const StartPlaying &, const StartPlaying &) = default;
};

struct StartStriding // 2.2.4.26
{
    static constexpr MessageId Id = MessageId::StartStriding;
    quint32 openFileId = 1;
    quint32 padding = 0;
    double position = 0.0;
    quint32 asfOffset = 0xFFFFFFFF;
    quint32 locationId = 0xFFFFFFFF;
    quint32 frameOffset = 0;
    quint32 playIncarnation = 10;
    double rate = 2.0; // -5.0 .. +5.0, not 0

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, StartStriding &m);
    friend bool operator==(const StartStriding &, const StartStriding &) = default;
};

struct StopPlaying // 2.2.4.27
{
    static constexpr MessageId Id = MessageId::StopPlaying;
    quint32 openFileId = 1;
    quint32 playIncarnation = 10;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, StopPlaying &m);
    friend bool operator==(const StopPlaying &, const StopPlaying &) = default;
};

struct CloseFile // 2.2.4.16: note the order, incarnation first
{
    static constexpr MessageId Id = MessageId::CloseFile;
    quint32 playIncarnation = 0;
    quint32 openFileId = 1;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, CloseFile &m);
    friend bool operator==(const CloseFile &, const CloseFile &) = default;
};

struct Pong // 2.2.4.22
{
    static constexpr MessageId Id = MessageId::Pong;
    quint32 param1 = 0;
    quint32 param2 = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, Pong &m);
    friend bool operator==(const Pong &, const Pong &) = default;
};

struct SecurityResponse // 2.2.4.24
{
    static constexpr MessageId Id = MessageId::SecurityResponse;
    quint32 playIncarnation = 0;
    quint32 cookie = 0;
    QByteArray token; // pToken including its terminating byte; cbToken = token.size()

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, SecurityResponse &m);
    friend bool operator==(const SecurityResponse &, const SecurityResponse &) = default;
};

// 2.2.1.2 CLIENT_LOG_INFO and 2.2.1.1 CLIENT_LOG, packed; strings are fixed-size ANSI fields,
// written as "-" when empty (2.2.1).
struct ClientLogInfo
{
    QByteArray url, channelUrl, userAgent, hostingWebPage;
    quint64 clientVersion = 0;
    QByteArray lang, uniquePid, hostExe;
    quint64 hostExeVersion = 0;
    quint32 fileDurationMs = 0;
    quint64 fileSize = 0;
    quint32 avgBandwidthBps = 0;
    QByteArray audioCodec, videoCodec;
    quint32 startTimeMs = 0;
    quint32 playedMs = 0;
    qint16 rate = 1;
    quint32 bufferingCount = 0;
    quint32 bufferingTimeMs = 0;
    quint64 bytesReceived = 0;
    quint32 packetsReceived = 0;
    quint32 packetsLostClient = 0;
    quint32 packetsRecoveredEcc = 0; // MUST 0
    quint32 minReceptionQuality = 100; // 0..100
    quint32 hr = 0; // MUST 0
    friend bool operator==(const ClientLogInfo &, const ClientLogInfo &) = default;
};

struct Logging // 2.2.4.20
{
    static constexpr MessageId Id = MessageId::Logging;
    static constexpr int ClientLogSize = 1490;
    static constexpr int ClientLogInfoSize = 1142;
    ClientLogInfo info;
    quint32 sourceId = 1; // openFileId
    quint32 ipAddress = 0xFFFFFFFF;
    QByteArray computerDns; // "-" when empty
    QByteArray os;
    quint64 osVersion = 0;
    QByteArray cpu;
    QByteArray proto = "mms";
    QByteArray transport = "TCP";
    quint32 packetsLostNet = 0, packetsLostContNet = 0, resendRequests = 0,
            packetsRecoveredResent = 0, packetsResent = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, Logging &m);
    friend bool operator==(const Logging &, const Logging &) = default;
};

} // namespace mms
