// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

// What we know of an ASF file from its Header Object (ASF spec 1.20 §3; notes §11 in shared/).
namespace asf {

// Our limits (docs/security.md): a header bigger than this is refused before it is buffered.
inline constexpr qint64 MaxHeaderBytes = 16 * 1024 * 1024;
// Largest ASF data packet size we accept (an MMS Data packet's u16 PacketSize, minus its header).
inline constexpr quint32 MaxPacketSize = 0xFFFF - 8;
// ASF stream numbers are 7 bits (1..127).
inline constexpr int MaxStreams = 127;
// Values ASF leaves open, bounded by us (checked by parseHeader):
// - Preroll: the client buffers this much before playing; encoders write 0.5-10 s (ffmpeg 3.1 s).
//   More than a minute is a broken or hostile header that would stall the player.
inline constexpr quint64 MaxPrerollMs = 60 * 1000;
// - Play/Send Duration: payload time stamps are u32 milliseconds (ASF 5.2.3), so content cannot be
//   longer than 2^32-1 ms (about 49.7 days); a longer duration cannot be real.
inline constexpr quint64 MaxDuration100ns = quint64(0xFFFFFFFFu) * 10000;
// - Video size: BITMAPINFOHEADER allows 2^31; no Windows Media codec goes beyond 16 bits.
inline constexpr quint32 MaxVideoDimension = 0xFFFF;

struct FileProperties // ASF 3.2
{
    QUuid fileId;
    quint64 fileSize = 0;
    quint64 creationDate = 0; // 100-ns units since 1601-01-01
    quint64 dataPacketsCount = 0;
    quint64 playDuration = 0; // 100-ns units, includes preroll
    quint64 sendDuration = 0; // 100-ns units
    quint64 preroll = 0; // ms
    bool broadcast = false; // flags bit 0
    bool seekable = false; // flags bit 1
    quint32 minPacketSize = 0;
    quint32 maxPacketSize = 0;
    quint32 maxBitrate = 0;
};

enum class StreamType { Audio, Video, Command, Other };

struct Stream // ASF 3.3 Stream Properties (+ Bitrate, + Extended Stream Properties)
{
    int number = 0; // 1..127
    StreamType type = StreamType::Other;
    QUuid typeGuid;
    bool encrypted = false;
    // Video: BITMAPINFOHEADER compression as a FourCC ("WMV2", "MP43"), width and height.
    // Audio: WAVEFORMATEX format tag (0x0161 = WMAv2), channels, sample rate, bits.
    QString codec; // human-readable, e.g. "WMV2" or "WMA v2 (0x0161)"
    quint32 fourcc = 0;
    quint16 formatTag = 0;
    int width = 0;
    int height = 0;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    // Average bit/s. Taken from Stream Bitrate Properties; files without it (ffmpeg writes none)
    // fall back to Extended Stream Properties' data bitrate, then to WAVEFORMATEX avgBytesPerSec*8.
    // 0 = unknown: players measure it from the packets (asf::StreamRateMeter).
    quint32 bitrate = 0;
    QString language; // from Language List via the Extended Stream Properties' index; may be empty
    QString name; // first stream name of Extended Stream Properties; may be empty
    quint64 averageTimePerFrame = 0; // 100-ns units, from Extended Stream Properties; 0 = unknown
};

struct Header
{
    FileProperties file;
    QList<Stream> streams; // ordered by stream number
    QString title, author, copyright, description, rating; // Content Description
    qint64 headerObjectSize = 0; // bytes of the Header Object
    // The Data Object preamble that follows the header (ASF 5.1), when the input included it.
    bool hasDataPreamble = false;
    quint64 dataObjectSize = 0;
    quint64 totalDataPackets = 0;

    // The "ASF file header" of MMS (MS-MMSP 2.2.2): Header Object + 50-byte Data Object preamble.
    qint64 mmsHeaderSize() const { return headerObjectSize + 50; }
    quint32 packetSize() const { return file.maxPacketSize; }
    // Presentation length in seconds: play duration minus preroll (0 for broadcast).
    double durationSeconds() const;
    // Sum of the streams' bitrates; File Properties' max bitrate when they are unknown.
    quint32 totalBitrate() const;
    const Stream *stream(int number) const;
};

} // namespace asf
