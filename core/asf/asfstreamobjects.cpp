// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfbytereader.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheaderobjects.h"
#include "core/asf/asftext.h"

#include <algorithm>

namespace asf::detail {

namespace {

QString fourccText(quint32 fourcc)
{
    QString text;
    for (int i = 0; i < 4; ++i) {
        const char c = char((fourcc >> (8 * i)) & 0xFF);
        if (c < 0x20 || c > 0x7E)
            return QStringLiteral("0x%1").arg(fourcc, 8, 16, QLatin1Char('0'));
        text += QLatin1Char(c);
    }
    return text;
}

QString audioCodecText(quint16 tag)
{
    const char *name = nullptr;
    switch (tag) {
    case 0x0001:
        name = "PCM";
        break;
    case 0x0050:
        name = "MPEG audio";
        break;
    case 0x0055:
        name = "MP3";
        break;
    case 0x000A:
        name = "WMA Voice";
        break;
    case 0x0160:
        name = "WMA v1";
        break;
    case 0x0161:
        name = "WMA v2";
        break;
    case 0x0162:
        name = "WMA Pro";
        break;
    case 0x0163:
        name = "WMA Lossless";
        break;
    default:
        name = "audio";
        break;
    }
    return QStringLiteral("%1 (0x%2)").arg(QLatin1String(name)).arg(tag, 4, 16, QLatin1Char('0'));
}

// WAVEFORMATEX (ASF 9.1): the first 16 bytes are all we use; cbSize and codec data may follow.
AsfError parseAudioFormat(
    ByteReader r, quint32 length, qint64 offset, Stream *s, quint32 *waveBitrate)
{
    if (length < 16)
        return makeError(AsfStatus::BadObjectSize, offset,
            AsfText::tr("Stream Properties: audio format data of %1 bytes, "
                        "WAVEFORMATEX needs 16")
                .arg(length));
    quint16 tag = 0, channels = 0, blockAlign = 0, bits = 0;
    quint32 rate = 0, avgBytes = 0;
    r.u16(&tag);
    r.u16(&channels);
    r.u32(&rate);
    r.u32(&avgBytes);
    r.u16(&blockAlign);
    r.u16(&bits);
    // 0 channels or 0 Hz cannot be decoded or timed; such headers come from broken writers.
    if (channels == 0)
        return makeError(AsfStatus::BadStream, offset + 2,
            AsfText::tr("Stream Properties: stream %1 has 0 audio channels").arg(s->number));
    if (rate == 0 || rate > 1000000)
        return makeError(AsfStatus::BadStream, offset + 4,
            AsfText::tr("Stream Properties: stream %1 sample rate %2 Hz").arg(s->number).arg(rate));
    s->formatTag = tag;
    s->channels = channels;
    s->sampleRate = int(rate);
    s->bitsPerSample = bits;
    s->codec = audioCodecText(tag);
    *waveBitrate = avgBytes > 0xFFFFFFFFu / 8 ? 0xFFFFFFFFu : avgBytes * 8;
    return {};
}

// Video type-specific data (ASF 9.2): u32 width, u32 height, u8 reserved, u16 format data size,
// then a BITMAPINFOHEADER whose biCompression (at +16) is the codec FourCC.
AsfError parseVideoFormat(ByteReader r, quint32 length, qint64 offset, Stream *s)
{
    if (length < 11)
        return makeError(AsfStatus::BadObjectSize, offset,
            AsfText::tr("Stream Properties: video format data of %1 bytes, needs 11").arg(length));
    quint32 width = 0, height = 0;
    quint8 reserved = 0;
    quint16 formatSize = 0;
    r.u32(&width);
    r.u32(&height);
    r.u8(&reserved);
    r.u16(&formatSize);
    if (formatSize > length - 11)
        return makeError(AsfStatus::BadObjectSize, offset + 9,
            AsfText::tr("Stream Properties: video format data size %1 exceeds the %2 bytes "
                        "present")
                .arg(formatSize)
                .arg(length - 11));
    if (width > MaxVideoDimension || height > MaxVideoDimension)
        return makeError(AsfStatus::BadStream, offset,
            AsfText::tr("Stream Properties: video size %1x%2 over our limit of %3")
                .arg(width)
                .arg(height)
                .arg(MaxVideoDimension));
    s->width = int(width);
    s->height = int(height);
    if (formatSize >= 20) {
        r.skip(16);
        r.u32(&s->fourcc);
        s->codec = fourccText(s->fourcc);
    }
    return {};
}

} // namespace

AsfError makeError(AsfStatus status, qint64 offset, const QString &what)
{
    return AsfError {status, offset, what};
}

// ASF 3.3 Stream Properties Object.
AsfError parseStreamProperties(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    ByteReader r(object, 24);
    if (!r.has(78 - 24))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Stream Properties: object size %1, minimum 78").arg(object.size()));
    Stream s;
    QUuid ecType;
    quint64 timeOffset = 0;
    quint32 typeLength = 0, ecLength = 0, reserved = 0;
    quint16 flags = 0;
    r.guid(&s.typeGuid);
    r.guid(&ecType);
    r.u64(&timeOffset);
    r.u32(&typeLength);
    r.u32(&ecLength);
    r.u16(&flags);
    r.u32(&reserved);
    // Both lengths are u32: their sum is taken in 64 bits, so it cannot wrap.
    if (quint64(typeLength) + ecLength > quint64(r.remaining()))
        return makeError(AsfStatus::BadObjectSize, base + 64,
            AsfText::tr("Stream Properties: type-specific data (%1) + error correction data "
                        "(%2) exceed the %3 bytes left in the object")
                .arg(typeLength)
                .arg(ecLength)
                .arg(r.remaining()));
    // ASF 3.3: flags bits 0-6 are the stream number, 1..127 (0 is invalid).
    s.number = flags & 0x7F;
    s.encrypted = flags & 0x8000;
    if (s.number == 0)
        return makeError(
            AsfStatus::BadStream, base + 72, AsfText::tr("Stream Properties: stream number 0"));
    if (ctx->header.streams.size() >= MaxStreams)
        return makeError(AsfStatus::BadStream, base,
            AsfText::tr("Stream Properties: more than %1 streams").arg(MaxStreams));
    if (ctx->header.stream(s.number))
        return makeError(AsfStatus::BadStream, base + 72,
            AsfText::tr("Stream Properties: stream number %1 declared twice").arg(s.number));

    const qint64 typeOffset = base + r.pos();
    const ByteReader typeData(object.sliced(r.pos(), typeLength));
    if (s.typeGuid == guids::AudioMedia) {
        s.type = StreamType::Audio;
        quint32 waveBitrate = 0;
        if (AsfError e = parseAudioFormat(typeData, typeLength, typeOffset, &s, &waveBitrate);
            !e.ok())
            return e;
        ctx->waveFormatBitrates.append({s.number, waveBitrate});
    } else if (s.typeGuid == guids::VideoMedia) {
        s.type = StreamType::Video;
        if (AsfError e = parseVideoFormat(typeData, typeLength, typeOffset, &s); !e.ok())
            return e;
    } else if (s.typeGuid == guids::CommandMedia) {
        s.type = StreamType::Command;
    }
    ctx->header.streams.append(s);
    return {};
}

// ASF 4.1 Extended Stream Properties Object (inside the Header Extension).
AsfError parseExtendedStreamProperties(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    if (object.size() < 88)
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Extended Stream Properties: object size %1, minimum 88")
                .arg(object.size()));
    ExtendedStreamInfo info;
    ByteReader r(object, 40);
    quint16 number = 0, language = 0, nameCount = 0, extensionCount = 0;
    r.u32(&info.dataBitrate);
    r.skip(72 - 44);
    r.u16(&number);
    r.u16(&language);
    r.u64(&info.averageTimePerFrame);
    r.u16(&nameCount);
    r.u16(&extensionCount);
    if (number == 0 || number > MaxStreams)
        return makeError(AsfStatus::BadStream, base + 72,
            AsfText::tr("Extended Stream Properties: stream number %1").arg(number));
    for (const ExtendedStreamInfo &other : std::as_const(ctx->extended)) {
        if (other.number == number)
            return makeError(AsfStatus::BadStream, base + 72,
                AsfText::tr("Extended Stream Properties: stream %1 described twice").arg(number));
    }
    info.number = number;
    info.languageIndex = language;

    // Each stream name takes at least 4 bytes (u16 language index, u16 length).
    if (quint64(nameCount) * 4 > quint64(r.remaining()))
        return makeError(AsfStatus::BadCount, base + 84,
            AsfText::tr("Extended Stream Properties: %1 stream names cannot fit in %2 bytes")
                .arg(nameCount)
                .arg(r.remaining()));
    for (int i = 0; i < nameCount; ++i) {
        quint16 nameLanguage = 0, length = 0;
        QString name;
        if (!r.u16(&nameLanguage) || !r.u16(&length) || !r.utf16(length, &name))
            return makeError(AsfStatus::BadObjectSize, base + r.pos(),
                AsfText::tr("Extended Stream Properties: stream name %1 runs past the object")
                    .arg(i));
        if (i == 0)
            info.name = name;
    }
    // Each payload extension system takes at least 22 bytes (GUID, u16 size, u32 info length).
    if (quint64(extensionCount) * 22 > quint64(r.remaining()))
        return makeError(AsfStatus::BadCount, base + 86,
            AsfText::tr("Extended Stream Properties: %1 payload extension systems cannot fit "
                        "in %2 bytes")
                .arg(extensionCount)
                .arg(r.remaining()));
    for (int i = 0; i < extensionCount; ++i) {
        QUuid id;
        quint16 size = 0;
        quint32 infoLength = 0;
        if (!r.guid(&id) || !r.u16(&size) || !r.u32(&infoLength) || !r.skip(infoLength))
            return makeError(AsfStatus::BadObjectSize, base + r.pos(),
                AsfText::tr("Extended Stream Properties: payload extension system %1 runs past "
                            "the object")
                    .arg(i));
    }
    // ASF 4.1: an optional Stream Properties Object may close the object; it is the only place
    // where streams beyond the top-level ones (e.g. multi-bit-rate renditions) are declared.
    if (r.remaining() >= 24) {
        const qsizetype at = r.pos();
        QUuid id;
        quint64 size = 0;
        r.guid(&id);
        r.u64(&size);
        if (id == guids::StreamProperties) {
            if (size < 24 || size > quint64(object.size() - at))
                return makeError(AsfStatus::BadObjectSize, base + at + 16,
                    AsfText::tr("Extended Stream Properties: embedded Stream Properties size %1, "
                                "%2 bytes left")
                        .arg(size)
                        .arg(object.size() - at));
            if (AsfError e =
                    parseStreamProperties(object.sliced(at, qsizetype(size)), base + at, ctx);
                !e.ok())
                return e;
            if (ctx->header.streams.constLast().number != number)
                return makeError(AsfStatus::BadStream, base + at + 72,
                    AsfText::tr("Extended Stream Properties: embedded Stream Properties declares "
                                "stream %1 inside the description of stream %2")
                        .arg(ctx->header.streams.constLast().number)
                        .arg(number));
        }
    }
    ctx->extended.append(info);
    return {};
}

// ASF 3.12 Stream Bitrate Properties Object.
AsfError parseStreamBitrateProperties(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    ByteReader r(object, 24);
    quint16 count = 0;
    if (!r.u16(&count))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Stream Bitrate Properties: object size %1, minimum 26")
                .arg(object.size()));
    if (quint64(count) * 6 > quint64(r.remaining()))
        return makeError(AsfStatus::BadCount, base + 24,
            AsfText::tr("Stream Bitrate Properties: %1 records cannot fit in %2 bytes")
                .arg(count)
                .arg(r.remaining()));
    ctx->haveBitrateObject = true;
    for (int i = 0; i < count; ++i) {
        quint16 flags = 0;
        quint32 bitrate = 0;
        r.u16(&flags);
        r.u32(&bitrate);
        if ((flags & 0x7F) == 0)
            return makeError(AsfStatus::BadStream, base + r.pos() - 6,
                AsfText::tr("Stream Bitrate Properties: record %1 has stream number 0").arg(i));
        ctx->bitrates.append({flags & 0x7F, bitrate});
    }
    return {};
}

// ASF 4.6 Language List Object: u16 count, then (u8 byte length, UTF-16LE name) records.
AsfError parseLanguageList(QByteArrayView object, qint64 base, HeaderContext *ctx)
{
    ByteReader r(object, 24);
    quint16 count = 0;
    if (!r.u16(&count))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Language List: object size %1, minimum 26").arg(object.size()));
    if (count > r.remaining())
        return makeError(AsfStatus::BadCount, base + 24,
            AsfText::tr("Language List: %1 records cannot fit in %2 bytes")
                .arg(count)
                .arg(r.remaining()));
    for (int i = 0; i < count; ++i) {
        quint8 length = 0;
        QString language;
        if (!r.u8(&length) || !r.utf16(length, &language))
            return makeError(AsfStatus::BadObjectSize, base + r.pos(),
                AsfText::tr("Language List: record %1 runs past the object").arg(i));
        ctx->languages.append(language);
    }
    return {};
}

} // namespace asf::detail
