// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asferror.h"
#include "core/asf/asfheader.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

#include <memory>

namespace asf {

// An ASF file on disk, read for serving: its parsed header, the MMS "ASF file header" bytes
// (Header Object + 50-byte Data Object preamble) and its data packets, read on demand so that a
// large file costs no memory. Not a QObject; one instance per server session is cheap: the file
// is read unbuffered, so it holds no read buffer of its own (callers that stream a file keep
// their own read-ahead block and fill it with readPackets()).
class AsfFile
{
public:
    struct OpenResult;
    static OpenResult open(const QString &path);

    const Header &header() const { return m_header; }
    const QByteArray &mmsHeaderBytes() const { return m_mmsHeader; }
    quint32 packetSize() const { return m_header.packetSize(); }
    // Data packets present in the file: the smaller of the header's count and what the Data
    // Object / file size really holds.
    quint64 packetCount() const { return m_packetCount; }
    qint64 firstPacketOffset() const { return m_firstPacketOffset; }

    // Packet `index` (0-based), exactly packetSize() bytes; empty with an error past the end or on
    // a read failure.
    QByteArray packet(quint64 index, AsfError *error = nullptr) const;
    // Packets `first` .. `first + count - 1` with one file read into `into`, which has room for
    // count * packetSize() bytes. Returns how many whole packets were read; fewer than `count`
    // (0 if `first` or `count` is out of range) with `error` naming the first packet not read,
    // e.g. when the file was truncated after open() or a read fails.
    quint64 readPackets(quint64 first, quint64 count, char *into, AsfError *error = nullptr) const;
    // Send time (ms, includes preroll) of packet `index`; 0 if it does not parse.
    quint32 packetSendTime(quint64 index) const;
    // First packet whose send time is >= `ms` (preroll included), by binary search on send times;
    // packetCount() if none.
    quint64 packetIndexForSendTime(quint32 ms) const;
    // Packet that holds byte `asfOffset` of the file (offset counts from the file's first byte).
    quint64 packetIndexForFileOffset(quint64 asfOffset) const;
    // Average bit/s of each stream's payload data over the file (stream number -> bit/s), for
    // headers that give no bitrate (ffmpeg's video streams: Stream::bitrate 0). Reads every packet
    // once, so call it once per file, not per session. Empty, with the error, if a packet cannot
    // be read or parsed.
    QHash<int, quint32> measureStreamBitrates(AsfError *error = nullptr) const;

private:
    AsfFile() = default;

    std::unique_ptr<QFile> m_file;
    Header m_header;
    QByteArray m_mmsHeader;
    quint64 m_packetCount = 0;
    qint64 m_firstPacketOffset = 0;
};

struct AsfFile::OpenResult
{
    std::unique_ptr<AsfFile> file;
    AsfError error;
    bool ok() const { return error.ok(); }
};

} // namespace asf
