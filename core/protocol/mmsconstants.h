// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Wire constants of MS-MMSP (Microsoft Media Server protocol), with the spec section that defines
// each. Section numbers are those of [MS-MMSP] v20170601; docs/protocol-notes in shared/ has tables.
namespace mms {

// MS-MMSP 2.2.3: TcpMessageHeader constants.
inline constexpr quint32 SessionIdValue = 0xB00BFACE;
inline constexpr quint32 SealValue = 0x20534D4D; // "MMS " little-endian
inline constexpr int TcpMessageHeaderSize = 32;
// MS-MMSP 2.2.2: every Data packet starts with an 8-byte header.
inline constexpr int DataPacketHeaderSize = 8;

// MS-MMSP 2.2.4.17 / 2.2.4.2: protocol revisions, fixed by the spec.
inline constexpr quint32 MacToViewerProtocolRevision = 0x0004000B;
inline constexpr quint32 ViewerToMacProtocolRevision = 0x0003001C;

// MS-MMSP 2.2.4.17, 2.2.4.19: packet-pair choices carried in playIncarnation.
inline constexpr quint32 DisablePacketPair = 0xF0F0F0EF;
inline constexpr quint32 UsePacketPair = 0xF0F0F0F0;
inline constexpr quint32 PacketPairHighEntropyTcp = 0xF0F0F0F1;
inline constexpr quint32 PacketPairHighEntropyUdp = 0xF0F0F901;

// MS-MMSP 2.2.2: playIncarnation byte of header Data packets after a TCP ReportStreamChange.
inline constexpr quint8 StreamChangeIncarnation = 0xFF;
// MS-MMSP 2.2.2: AFFlags of header fragments.
inline constexpr quint8 HeaderFragmentMore = 0x04;
inline constexpr quint8 HeaderFragmentLast = 0x0C;
inline constexpr quint8 HeaderFragmentLastBit = 0x08;

// MS-MMSP 2.2.4.7: ReportOpenFile fileAttributes.
namespace FileAttribute {
inline constexpr quint32 CanStride = 0x00800000;
inline constexpr quint32 CanSeek = 0x01000000;
inline constexpr quint32 Broadcast = 0x02000000;
inline constexpr quint32 Live = 0x04000000;
inline constexpr quint32 Playlist = 0x40000000;
} // namespace FileAttribute

// Not MS-MMSP: the spec has no way to name a server-side playlist entry on a new connection
// (OpenFile carries only the name; StartPlaying's position, asfOffset and locationId address
// the entry being played). Our client appends "?" or "&" PlaylistEntryQuery "=" N to the
// OpenFile name when it reconnects during entry N (0-based, counted in ReportStreamChanges);
// mms-serve then opens that entry, and StartPlaying's locationId addresses a packet inside it.
// A server that does not know the parameter serves the first entry, whose header differs, and
// the client then plays that from its start (docs/mms-serve.md).
inline constexpr char PlaylistEntryQuery[] = "mmsplayer-entry";
inline constexpr qsizetype MaxPlaylistEntries = 10000;

// MS-MMSP 2.2.4.28: STREAM_SWITCH_ENTRY.
inline constexpr quint16 NoStream = 0xFFFF;
enum class ThinningLevel : quint16 { All = 0, KeyFramesOnly = 1, Nothing = 2 };

// MS-MMSP 2.2.4.9: ReportRedirect RedirectType.
enum class RedirectType : quint16 { Url = 0x0001, Proxy = 0x0002 };

// MS-MMSP 2.2.4: message identifiers. High 16 bits: direction (3 = to server, 4 = to client).
enum class MessageId : quint32 {
    // LinkViewerToMac* (client -> server)
    Connect = 0x00030001, // 2.2.4.17
    ConnectFunnel = 0x00030002, // 2.2.4.18
    OpenFile = 0x00030005, // 2.2.4.21
    StartPlaying = 0x00030007, // 2.2.4.25
    StopPlaying = 0x00030009, // 2.2.4.27
    CloseFile = 0x0003000D, // 2.2.4.16
    ReadBlock = 0x00030015, // 2.2.4.23
    FunnelInfo = 0x00030018, // 2.2.4.19
    SecurityResponse = 0x0003001A, // 2.2.4.24
    Pong = 0x0003001B, // 2.2.4.22
    CancelReadBlock = 0x00030025, // 2.2.4.15
    StartStriding = 0x00030028, // 2.2.4.26
    Logging = 0x00030032, // 2.2.4.20
    StreamSwitch = 0x00030033, // 2.2.4.28
    // LinkMacToViewer* (server -> client)
    ReportConnectedEX = 0x00040001, // 2.2.4.2
    ReportConnectedFunnel = 0x00040002, // 2.2.4.3
    ReportDisconnectedFunnel = 0x00040003, // 2.2.4.4
    ReportStartedPlaying = 0x00040005, // 2.2.4.10
    ReportOpenFile = 0x00040006, // 2.2.4.7
    ReportStartStriding = 0x0004000A, // 2.2.4.11
    ReportReadBlock = 0x00040011, // 2.2.4.8
    ReportFunnelInfo = 0x00040015, // 2.2.4.6
    SecurityChallenge = 0x0004001A, // 2.2.4.14
    Ping = 0x0004001B, // 2.2.4.1
    ReportEndOfStream = 0x0004001E, // 2.2.4.5
    ReportStreamChange = 0x00040020, // 2.2.4.12
    ReportStreamSwitch = 0x00040021, // 2.2.4.13
    ReportRedirect = 0x00040022, // 2.2.4.9
};

// The message's name as the spec spells it without its LinkViewerToMac/LinkMacToViewer prefix,
// e.g. "ReportOpenFile"; "Unknown(0x...)" for other values. Used by the protocol trace.
const char *messageName(quint32 mid);
inline const char *messageName(MessageId mid) { return messageName(quint32(mid)); }

// HRESULT values a server sends (MS-MMSP 3.x, nserror.h). Bit 31 set = failure.
namespace Hresult {
inline constexpr quint32 Ok = 0x00000000;
inline constexpr quint32 EndOfEntry = 0x00000001; // ReportEndOfStream: a ReportStreamChange follows
inline constexpr quint32 Win32FileNotFound = 0x80070002;
inline constexpr quint32 Win32PathNotFound = 0x80070003;
inline constexpr quint32 AccessDenied = 0x80070005;
inline constexpr quint32 InvalidArg = 0x80070057;
inline constexpr quint32 Unexpected = 0x8000FFFF;
inline constexpr quint32 NoConnection = 0xC00D0005;
inline constexpr quint32 NetworkBusy = 0xC00D000E;
inline constexpr quint32 TooManySessions = 0xC00D000F;
inline constexpr quint32 Timeout = 0xC00D0013;
inline constexpr quint32 FileNotFound = 0xC00D001A;
inline constexpr quint32 FileOpenFailed = 0xC00D001D;
inline constexpr quint32 ConnectionFailure = 0xC00D0029;
inline constexpr quint32 InvalidRequest = 0xC00D002B;
inline constexpr quint32 InsufficientBandwidth = 0xC00D002C;
inline constexpr quint32 NoStream = 0xC00D0033;
inline constexpr quint32 StreamEnd = 0xC00D0034;
inline constexpr quint32 ServerNotFound = 0xC00D0035;
inline constexpr quint32 StrideRefused = 0xC00D0045;
// Our server's code for a file that is not valid ASF ("invalid data", NS_E_INVALID_DATA; value
// checked against wine's include/nserror.h).
inline constexpr quint32 InvalidData = 0xC00D002F;

constexpr bool isFailure(quint32 hr) { return (hr & 0x80000000u) != 0; }
} // namespace Hresult

} // namespace mms
