// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/asf/asftext.h"
#include "core/logging.h"

#include <algorithm>

namespace asf {

namespace {

AsfFile::OpenResult failure(AsfStatus status, qint64 offset, const QString &what)
{
    AsfFile::OpenResult result;
    result.error = AsfError {status, offset, what};
    return result;
}

} // namespace

AsfFile::OpenResult AsfFile::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: QIODevice's own 16 KiB buffer would be a second copy of every byte, and its
    // memory per session on top of the caller's read-ahead block.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(
            AsfStatus::IoError, 0, QStringLiteral("%1: %2").arg(path, file->errorString()));
    const qint64 fileSize = file->size();

    // Only the first 30 bytes until we know the header's size, which peekHeaderSize bounds by
    // MaxHeaderBytes: the read below never allocates from an unchecked size.
    const QByteArray preamble = file->read(30);
    const HeaderSizeResult peek = peekHeaderSize(preamble);
    if (peek.error.status == AsfStatus::NeedMoreData)
        return failure(AsfStatus::NotAsf, 0,
            AsfText::tr("%1: %2 bytes, too short for an ASF Header Object")
                .arg(path)
                .arg(fileSize));
    if (!peek.error.ok())
        return failure(peek.error.status, peek.error.offset, peek.error.what);
    const qint64 mmsHeaderSize = peek.headerObjectSize + 50;
    if (fileSize < mmsHeaderSize) {
        // A complete Header Object without a Data Object is a file with no packets to serve.
        const bool headerComplete = fileSize >= peek.headerObjectSize;
        return failure(headerComplete ? AsfStatus::MissingObject : AsfStatus::BadObjectSize,
            headerComplete ? peek.headerObjectSize : 16,
            headerComplete ? AsfText::tr("Data Object: file ends after the Header Object")
                           : AsfText::tr("Header Object: size %1 runs past the end of the file "
                                         "(%2 bytes)")
                                 .arg(peek.headerObjectSize)
                                 .arg(fileSize));
    }
    if (!file->seek(0))
        return failure(
            AsfStatus::IoError, 0, QStringLiteral("%1: %2").arg(path, file->errorString()));
    QByteArray mmsHeader = file->read(mmsHeaderSize);
    if (mmsHeader.size() != mmsHeaderSize)
        return failure(AsfStatus::IoError, mmsHeader.size(),
            AsfText::tr("%1: short read of the header: %2").arg(path, file->errorString()));
    HeaderParseResult parsed = parseHeader(mmsHeader, true);
    if (!parsed.ok())
        return failure(parsed.error.status, parsed.error.offset, parsed.error.what);

    std::unique_ptr<AsfFile> asf(new AsfFile);
    asf->m_header = parsed.header;
    asf->m_mmsHeader = mmsHeader;
    asf->m_firstPacketOffset = mmsHeaderSize;

    // Trust the smallest of: what the file really holds, what the Data Object's size covers, and
    // the counts in the Data Object and File Properties. A count of 0 means "unknown" (broadcast
    // files and some live captures leave it 0), not "empty".
    const quint64 packetSize = asf->packetSize();
    quint64 count = quint64(fileSize - mmsHeaderSize) / packetSize;
    const Header &h = asf->m_header;
    if (h.dataObjectSize >= 50)
        count = std::min(count, (h.dataObjectSize - 50) / packetSize);
    if (h.totalDataPackets != 0)
        count = std::min(count, h.totalDataPackets);
    if (!h.file.broadcast && h.file.dataPacketsCount != 0)
        count = std::min(count, h.file.dataPacketsCount);
    asf->m_packetCount = count;
    asf->m_file = std::move(file);
    qCDebug(lcMmsAsf) << "opened" << path << "header" << mmsHeaderSize << "bytes," << count
                      << "packets of" << packetSize;
    OpenResult result;
    result.file = std::move(asf);
    return result;
}

QByteArray AsfFile::packet(quint64 index, AsfError *error) const
{
    QByteArray bytes(qsizetype(packetSize()), Qt::Uninitialized);
    if (readPackets(index, 1, bytes.data(), error) != 1)
        return {};
    return bytes;
}

quint64 AsfFile::readPackets(quint64 first, quint64 count, char *into, AsfError *error) const
{
    if (first >= m_packetCount || count > m_packetCount - first) {
        if (error)
            *error = AsfError {AsfStatus::BadCount, 0,
                AsfText::tr("Data Object: packet %1 requested, the file has %2")
                    .arg(first >= m_packetCount ? first : m_packetCount)
                    .arg(m_packetCount)};
        return 0;
    }
    // first + count <= m_packetCount <= file size / packet size, so neither can overflow.
    const qint64 offset = m_firstPacketOffset + qint64(first * packetSize());
    const qint64 size = qint64(count * packetSize());
    // QFile's read loops until `size` bytes, the end of the file or an error: a short count is
    // one of the last two.
    const qint64 got = m_file->seek(offset) ? m_file->read(into, size) : -1;
    if (got == size) {
        if (error)
            *error = AsfError {};
        return count;
    }
    const quint64 whole = quint64(std::max<qint64>(got, 0)) / packetSize();
    if (error) {
        // A read that stops early without an error is the end of the file: it was truncated
        // since open() counted its packets.
        const qint64 failedAt = offset + qint64(whole * packetSize());
        const QString why = got >= 0 && m_file->error() == QFileDevice::NoError
            ? AsfText::tr("the file ends before byte %1").arg(failedAt + packetSize())
            : m_file->errorString();
        *error = AsfError {AsfStatus::IoError, failedAt,
            AsfText::tr("Data Object: reading packet %1: %2").arg(first + whole).arg(why)};
    }
    return whole;
}

quint32 AsfFile::packetSendTime(quint64 index) const
{
    const QByteArray bytes = packet(index);
    if (bytes.isEmpty())
        return 0;
    const PacketParseResult parsed = parsePacket(bytes, packetSize());
    return parsed.ok() ? parsed.info.sendTime : 0;
}

quint64 AsfFile::packetIndexForSendTime(quint32 ms) const
{
    // ASF 5.2: send times never decrease through the Data Object, so the first packet at or
    // after `ms` is found by bisection: about 17 reads for 100,000 packets.
    quint64 low = 0;
    quint64 high = m_packetCount;
    while (low < high) {
        const quint64 mid = low + (high - low) / 2;
        if (packetSendTime(mid) < ms)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

quint64 AsfFile::packetIndexForFileOffset(quint64 asfOffset) const
{
    if (asfOffset < quint64(m_firstPacketOffset))
        return 0;
    return std::min(m_packetCount, (asfOffset - quint64(m_firstPacketOffset)) / packetSize());
}

QHash<int, quint32> AsfFile::measureStreamBitrates(AsfError *error) const
{
    QHash<int, quint64> bytes;
    quint64 firstSend = 0, lastEnd = 0; // u32 send time + u16 duration: 64 bits cannot wrap
    for (quint64 i = 0; i < m_packetCount; ++i) {
        AsfError readError;
        const QByteArray data = packet(i, &readError);
        const PacketParseResult parsed =
            readError.ok() ? parsePacket(data, packetSize()) : PacketParseResult {};
        const AsfError &e = readError.ok() ? parsed.error : readError;
        if (!e.ok()) {
            if (error)
                *error = e;
            return {};
        }
        for (const Payload &p : parsed.info.payloads)
            bytes[p.streamNumber] += quint64(p.dataLength);
        if (i == 0)
            firstSend = parsed.info.sendTime;
        lastEnd = std::max(lastEnd, quint64(parsed.info.sendTime) + parsed.info.duration);
    }
    // The presentation length when the header has one; else (broadcast captures) the span of
    // send times; never less than a millisecond, so there is no division by zero.
    double seconds = m_header.durationSeconds();
    if (seconds <= 0.0)
        seconds = double(lastEnd > firstSend ? lastEnd - firstSend : 0) / 1000.0;
    seconds = std::max(seconds, 0.001);
    QHash<int, quint32> rates;
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        rates.insert(it.key(), quint32(std::min(double(it.value()) * 8.0 / seconds, 4294967295.0)));
    if (error)
        *error = AsfError {};
    return rates;
}

} // namespace asf
