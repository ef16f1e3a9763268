// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfheaderparser.h"

#include "core/asf/asfbytereader.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderobjects.h"
#include "core/asf/asftext.h"
#include "core/logging.h"

#include <algorithm>

namespace asf {

using detail::HeaderContext;
using detail::makeError;

namespace {

constexpr qint64 HeaderPreambleSize = 30; // GUID, u64 size, u32 object count, 2 reserved bytes
constexpr qint64 ObjectHeaderSize = 24; // GUID + u64 size, the start of every ASF object
constexpr qint64 DataPreambleSize = 50; // ASF 5.1 / MS-MMSP 2.2.2

// Reads the GUID and size of the object at `pos` in `region` and checks, before anything uses the
// size, that the object is at least 24 bytes and ends inside the region (ASF 3.1: every object
// size includes its own 24-byte header).
AsfError readChild(QByteArrayView region, qsizetype pos, qint64 base, const char *container,
    QUuid *id, qsizetype *size)
{
    ByteReader r(region, pos);
    quint64 claimed = 0;
    if (!r.has(ObjectHeaderSize))
        return makeError(AsfStatus::BadObjectSize, base + pos,
            AsfText::tr("%1: %2 trailing bytes, too few for an object header")
                .arg(QLatin1String(container))
                .arg(r.remaining()));
    r.guid(id);
    r.u64(&claimed);
    if (claimed < quint64(ObjectHeaderSize))
        return makeError(AsfStatus::BadObjectSize, base + pos + 16,
            AsfText::tr("%1: child object %2 has size %3, smaller than its 24-byte header")
                .arg(QLatin1String(container), id->toString())
                .arg(claimed));
    if (claimed > quint64(region.size() - pos))
        return makeError(AsfStatus::BadObjectSize, base + pos + 16,
            AsfText::tr("%1: child object %2 claims %3 bytes, only %4 remain")
                .arg(QLatin1String(container), id->toString())
                .arg(claimed)
                .arg(region.size() - pos));
    *size = qsizetype(claimed);
    return {};
}

// ASF 3.2 File Properties Object.
AsfError parseFileProperties(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    if (ctx->haveFileProperties)
        return makeError(AsfStatus::BadCount, base,
            AsfText::tr("File Properties: a second File Properties Object"));
    if (object.size() < 104)
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("File Properties: object size %1, must be 104").arg(object.size()));
    FileProperties &f = ctx->header.file;
    ByteReader r(object, 24);
    quint32 flags = 0;
    r.guid(&f.fileId);
    r.u64(&f.fileSize);
    r.u64(&f.creationDate);
    r.u64(&f.dataPacketsCount);
    r.u64(&f.playDuration);
    r.u64(&f.sendDuration);
    r.u64(&f.preroll);
    r.u32(&flags);
    r.u32(&f.minPacketSize);
    r.u32(&f.maxPacketSize);
    r.u32(&f.maxBitrate);
    f.broadcast = flags & 0x1;
    f.seekable = flags & 0x2;
    // ASF 3.2 / MS-MMSP 2.2.2 (notes §8.7): data packets have one fixed size, min == max; clients
    // pad to it, so 0, unequal sizes or more than an MMS Data packet can carry are refused.
    if (f.minPacketSize == 0 || f.maxPacketSize == 0)
        return makeError(AsfStatus::BadPacketSize, base + 92,
            AsfText::tr("File Properties: packet size 0 (min %1, max %2)")
                .arg(f.minPacketSize)
                .arg(f.maxPacketSize));
    if (f.minPacketSize != f.maxPacketSize)
        return makeError(AsfStatus::BadPacketSize, base + 92,
            AsfText::tr("File Properties: minimum packet size %1 differs from maximum %2")
                .arg(f.minPacketSize)
                .arg(f.maxPacketSize));
    if (f.maxPacketSize > MaxPacketSize)
        return makeError(AsfStatus::BadPacketSize, base + 96,
            AsfText::tr("File Properties: packet size %1 over our limit of %2")
                .arg(f.maxPacketSize)
                .arg(MaxPacketSize));
    if (f.preroll > MaxPrerollMs)
        return makeError(AsfStatus::TooLarge, base + 80,
            AsfText::tr("File Properties: preroll %1 ms over our limit of %2 ms")
                .arg(f.preroll)
                .arg(MaxPrerollMs));
    // ASF 3.2: durations are not valid for broadcast content, so only files are checked.
    if (!f.broadcast
        && (f.playDuration > MaxDuration100ns || f.sendDuration > MaxDuration100ns))
        return makeError(AsfStatus::TooLarge,
            f.playDuration > MaxDuration100ns ? base + 64 : base + 72,
            AsfText::tr("File Properties: play duration %1 / send duration %2 (100 ns) over "
                        "our limit of %3")
                .arg(f.playDuration)
                .arg(f.sendDuration)
                .arg(MaxDuration100ns));
    ctx->haveFileProperties = true;
    return {};
}

// ASF 3.10 Content Description Object: five u16 byte lengths, then the five UTF-16LE strings.
AsfError parseContentDescription(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    ByteReader r(object, 24);
    quint16 lengths[5] = {};
    for (quint16 &length : lengths) {
        if (!r.u16(&length))
            return makeError(AsfStatus::BadObjectSize, base + 16,
                AsfText::tr("Content Description: object size %1, minimum 34").arg(object.size()));
    }
    quint64 total = 0;
    for (quint16 length : lengths)
        total += length;
    if (total > quint64(r.remaining()))
        return makeError(AsfStatus::BadObjectSize, base + 24,
            AsfText::tr("Content Description: string lengths total %1, only %2 bytes present")
                .arg(total)
                .arg(r.remaining()));
    Header &h = ctx->header;
    QString *fields[5] = {&h.title, &h.author, &h.copyright, &h.description, &h.rating};
    for (int i = 0; i < 5; ++i)
        r.utf16(lengths[i], fields[i]);
    return {};
}

// ASF 3.4 Header Extension Object: reserved GUID and u16, u32 data size, then nested objects.
AsfError parseHeaderExtension(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    ByteReader r(object, 40);
    quint16 reserved2 = 0;
    quint32 dataSize = 0;
    if (!r.u16(&reserved2) || !r.u32(&dataSize))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Header Extension: object size %1, minimum 46").arg(object.size()));
    if (dataSize > quint64(r.remaining()))
        return makeError(AsfStatus::BadObjectSize, base + 42,
            AsfText::tr("Header Extension: data size %1, only %2 bytes in the object")
                .arg(dataSize)
                .arg(r.remaining()));
    const QByteArrayView data = object.sliced(46, qsizetype(dataSize));
    // Every child is at least 24 bytes (readChild), so this loop ends after at most size/24 steps.
    for (qsizetype pos = 0; pos < data.size();) {
        QUuid id;
        qsizetype size = 0;
        if (AsfError e = readChild(data, pos, base + 46, "Header Extension", &id, &size); !e.ok())
            return e;
        const QByteArrayView child = data.sliced(pos, size);
        AsfError e;
        if (id == guids::ExtendedStreamProperties)
            e = detail::parseExtendedStreamProperties(child, base + 46 + pos, ctx);
        else if (id == guids::LanguageList)
            e = detail::parseLanguageList(child, base + 46 + pos, ctx);
        if (!e.ok())
            return e;
        pos += size;
    }
    return {};
}

// Bitrates, languages and names can come before or after the streams they describe.
AsfError finish(HeaderContext *ctx)
{
    Header &h = ctx->header;
    if (!ctx->haveFileProperties)
        return makeError(
            AsfStatus::MissingObject, 30, AsfText::tr("Header Object: no File Properties Object"));
    if (h.streams.isEmpty())
        return makeError(AsfStatus::MissingObject, 30,
            AsfText::tr("Header Object: no Stream Properties Object"));
    for (Stream &s : h.streams) {
        const auto ext = std::find_if(ctx->extended.cbegin(), ctx->extended.cend(),
            [&s](const detail::ExtendedStreamInfo &e) { return e.number == s.number; });
        if (ext != ctx->extended.cend()) {
            if (ext->languageIndex < ctx->languages.size())
                s.language = ctx->languages.at(ext->languageIndex);
            s.name = ext->name;
            s.averageTimePerFrame = ext->averageTimePerFrame;
        }
        // Stream Bitrate Properties is the authority (ASF 3.12). ffmpeg writes none: fall back to
        // the Extended Stream Properties data bitrate, then to the WAVEFORMATEX average bytes per
        // second of audio streams. ffmpeg's video streams stay 0 (unknown): nothing else in the
        // header tells (StreamRateMeter measures them from the packets as they come).
        for (const detail::BitrateRecord &b : std::as_const(ctx->bitrates)) {
            if (b.number == s.number)
                s.bitrate = b.bitrate;
        }
        if (s.bitrate == 0 && ext != ctx->extended.cend())
            s.bitrate = ext->dataBitrate;
        if (s.bitrate == 0) {
            for (const detail::BitrateRecord &b : std::as_const(ctx->waveFormatBitrates)) {
                if (b.number == s.number)
                    s.bitrate = b.bitrate;
            }
        }
    }
    std::sort(h.streams.begin(), h.streams.end(),
        [](const Stream &a, const Stream &b) { return a.number < b.number; });
    return {};
}

AsfError parseObjects(QByteArrayView header, quint32 declaredCount, HeaderContext *ctx)
{
    quint32 found = 0;
    for (qsizetype pos = HeaderPreambleSize; pos < header.size();) {
        QUuid id;
        qsizetype size = 0;
        if (AsfError e = readChild(header, pos, 0, "Header Object", &id, &size); !e.ok())
            return e;
        const QByteArrayView child = header.sliced(pos, size);
        AsfError e;
        if (id == guids::FileProperties)
            e = parseFileProperties(child, pos, ctx);
        else if (id == guids::StreamProperties)
            e = detail::parseStreamProperties(child, pos, ctx);
        else if (id == guids::HeaderExtension)
            e = parseHeaderExtension(child, pos, ctx);
        else if (id == guids::StreamBitrateProperties)
            e = detail::parseStreamBitrateProperties(child, pos, ctx);
        else if (id == guids::ContentDescription)
            e = parseContentDescription(child, pos, ctx);
        if (!e.ok())
            return e;
        pos += size;
        ++found;
    }
    // The count is only a cross-check: objects are walked by their sizes, as every demuxer does.
    if (found != declaredCount)
        qCDebug(lcMmsAsf) << "Header Object declares" << declaredCount << "objects, holds" << found;
    return finish(ctx);
}

} // namespace

HeaderSizeResult peekHeaderSize(QByteArrayView bytes)
{
    HeaderSizeResult result;
    // Compare whatever part of the GUID is present, so garbage is refused before 30 bytes arrive.
    const QByteArray guid = guidToBytes(guids::Header);
    const qsizetype n = std::min<qsizetype>(bytes.size(), 16);
    if (bytes.first(n) != QByteArrayView(guid).first(n)) {
        result.error = makeError(AsfStatus::NotAsf, 0, AsfText::tr("Header Object: wrong GUID"));
        return result;
    }
    if (bytes.size() < HeaderPreambleSize) {
        result.error = makeError(AsfStatus::NeedMoreData, bytes.size(),
            AsfText::tr("Header Object: %1 of 30 preamble bytes").arg(bytes.size()));
        return result;
    }
    quint64 size = 0;
    ByteReader(bytes, 16).u64(&size);
    if (size < quint64(HeaderPreambleSize)) {
        result.error = makeError(AsfStatus::BadObjectSize, 16,
            AsfText::tr("Header Object: size %1, minimum 30").arg(size));
        return result;
    }
    if (size > quint64(MaxHeaderBytes)) {
        result.error = makeError(AsfStatus::TooLarge, 16,
            AsfText::tr("Header Object: size %1 over our limit of %2")
                .arg(size)
                .arg(MaxHeaderBytes));
        return result;
    }
    result.headerObjectSize = qint64(size);
    return result;
}

HeaderParseResult parseHeader(QByteArrayView bytes, bool requireDataPreamble)
{
    HeaderParseResult result;
    const HeaderSizeResult peek = peekHeaderSize(bytes);
    if (!peek.error.ok()) {
        result.error = peek.error;
        return result;
    }
    const qint64 headerSize = peek.headerObjectSize;
    if (bytes.size() < headerSize) {
        result.error = makeError(AsfStatus::NeedMoreData, bytes.size(),
            AsfText::tr("Header Object: %1 of %2 bytes").arg(bytes.size()).arg(headerSize));
        return result;
    }
    quint32 count = 0;
    ByteReader(bytes, 24).u32(&count);
    // ASF 3.1: every header object is at least 24 bytes, which bounds the count (0xFFFFFFFF fails).
    if (count > quint64(headerSize - HeaderPreambleSize) / ObjectHeaderSize) {
        result.error = makeError(AsfStatus::BadCount, 24,
            AsfText::tr("Header Object: %1 header objects cannot fit in %2 bytes")
                .arg(count)
                .arg(headerSize - HeaderPreambleSize));
        return result;
    }
    HeaderContext ctx;
    if (AsfError e = parseObjects(bytes.first(headerSize), count, &ctx); !e.ok()) {
        result.error = e;
        return result;
    }
    result.header = ctx.header;
    result.header.headerObjectSize = headerSize;

    // ASF 5.1 / MS-MMSP 2.2.2: GUID, u64 size, File ID, u64 Total Data Packets, 0x0101.
    if (bytes.size() < headerSize + DataPreambleSize) {
        if (requireDataPreamble)
            result.error = makeError(AsfStatus::NeedMoreData, bytes.size(),
                AsfText::tr("Data Object: %1 of 50 preamble bytes").arg(bytes.size() - headerSize));
        return result;
    }
    ByteReader r(bytes, headerSize);
    QUuid id, fileId;
    quint64 dataSize = 0, packets = 0;
    r.guid(&id);
    r.u64(&dataSize);
    r.guid(&fileId);
    r.u64(&packets);
    if (id != guids::Data) {
        if (requireDataPreamble)
            result.error = makeError(AsfStatus::MissingObject, headerSize,
                AsfText::tr("Data Object: not found after the Header Object"));
        return result;
    }
    // Size 0 is allowed for broadcast content (ASF 5.1); otherwise it includes the 50 bytes.
    if (dataSize != 0 && dataSize < quint64(DataPreambleSize)) {
        result.error = makeError(AsfStatus::BadObjectSize, headerSize + 16,
            AsfText::tr("Data Object: size %1, minimum 50").arg(dataSize));
        return result;
    }
    // The reserved 0x0101 is not checked: nothing depends on it and some writers differ.
    result.header.hasDataPreamble = true;
    result.header.dataObjectSize = dataSize;
    result.header.totalDataPackets = packets;
    return result;
}

} // namespace asf
