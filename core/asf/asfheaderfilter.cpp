// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfheaderfilter.h"

#include "core/asf/asfbytereader.h"
#include "core/asf/asfguids.h"
#include "core/asf/asfheader.h"
#include "core/asf/asfheaderobjects.h"
#include "core/asf/asfheaderparser.h"
#include "core/asf/asftext.h"

#include <QSet>
#include <QtEndian>

namespace asf {

using detail::makeError;

namespace {

constexpr qsizetype HeaderPreambleSize = 30; // GUID, u64 size, u32 object count, 2 reserved bytes
constexpr qsizetype ObjectHeaderSize = 24; // GUID + u64 size
constexpr qsizetype ExtensionDataAt = 46; // Header Extension: GUID, u16, u32 data size, then data
// Stream Properties: the u16 flags (stream number in bits 0-6) after the stream type and error
// correction GUIDs, the u64 time offset and the two u32 data lengths (ASF 3.3).
constexpr qsizetype StreamPropertiesFlagsAt = 72;
// Extended Stream Properties: the u16 stream number after the 48 bytes of times, rates and
// flags (ASF 4.1).
constexpr qsizetype ExtendedStreamNumberAt = 72;

// GUIDs of the objects that name streams and that the project does not otherwise parse
// (ASF 1.20 §10.2, §10.3).
constexpr QUuid MutualExclusion {
    0xD6E229DC, 0x35DA, 0x11D1, 0x90, 0x34, 0x00, 0xA0, 0xC9, 0x03, 0x49, 0xBE};
constexpr QUuid AdvancedMutualExclusion {
    0xA08649CF, 0x4775, 0x4670, 0x8A, 0x16, 0x6E, 0x35, 0x35, 0x75, 0x66, 0xCD};
constexpr QUuid GroupMutualExclusion {
    0xD1465A40, 0x5A79, 0x4338, 0xB7, 0x1B, 0xE3, 0x6B, 0x8F, 0xD6, 0xC2, 0x49};
constexpr QUuid StreamPrioritization {
    0xD4FED15B, 0x88D3, 0x454F, 0x81, 0xF0, 0xED, 0x5C, 0x45, 0x99, 0x9E, 0x24};
constexpr QUuid BandwidthSharing {
    0xA69609E6, 0x517B, 0x11D2, 0xB6, 0xAF, 0x00, 0xC0, 0x4F, 0xD9, 0x08, 0xE9};

using StreamSet = QSet<int>;

// An object with `body` (everything after its 24-byte GUID and size) and the right size.
QByteArray makeObject(QByteArrayView object, QByteArrayView body)
{
    QByteArray out = object.first(16).toByteArray();
    char size[8];
    qToLittleEndian<quint64>(quint64(ObjectHeaderSize + body.size()), size);
    out.append(size, 8);
    out.append(body.data(), body.size());
    return out;
}

// The GUID and size of the object at `pos` in `region`, checked against the region.
AsfError readChild(QByteArrayView region, qsizetype pos, qint64 base, const char *container,
    QUuid *id, qsizetype *size)
{
    ByteReader r(region, pos);
    quint64 claimed = 0;
    if (!r.guid(id) || !r.u64(&claimed))
        return makeError(AsfStatus::BadObjectSize, base + pos,
            AsfText::tr("%1: %2 trailing bytes, too few for an object header")
                .arg(QLatin1String(container))
                .arg(region.size() - pos));
    if (claimed < quint64(ObjectHeaderSize) || claimed > quint64(region.size() - pos))
        return makeError(AsfStatus::BadObjectSize, base + pos + 16,
            AsfText::tr("%1: child object %2 has size %3, %4 bytes remain")
                .arg(QLatin1String(container), id->toString())
                .arg(claimed)
                .arg(region.size() - pos));
    *size = qsizetype(claimed);
    return {};
}

// The u16 at `at` in `object`, which must hold it.
AsfError readNumber(
    QByteArrayView object, qsizetype at, qint64 base, const char *name, quint16 *value)
{
    if (!ByteReader(object, at).u16(value))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("%1: object size %2, minimum %3")
                .arg(QLatin1String(name))
                .arg(object.size())
                .arg(at + 2));
    return {};
}

// A list of `count` records of `recordSize` bytes, the u16 count at `countAt` and each record
// starting with a u16 whose bits `mask` are a stream number. Records of dropped streams go;
// `*out` is the object without them, or empty when fewer than `minLeft` records are left (the
// object then relates nothing and is dropped).
struct ListLayout {
    const char *name;
    qsizetype countAt;
    qsizetype recordSize;
    quint16 mask;
    int minLeft;
};

AsfError filterList(QByteArrayView object, qint64 base, const ListLayout &layout,
    const StreamSet &keep, QByteArray *out)
{
    quint16 count = 0;
    if (AsfError e = readNumber(object, layout.countAt, base, layout.name, &count); !e.ok())
        return e;
    const qsizetype first = layout.countAt + 2;
    if (quint64(count) * quint64(layout.recordSize) > quint64(object.size() - first))
        return makeError(AsfStatus::BadCount, base + layout.countAt,
            AsfText::tr("%1: %2 records cannot fit in %3 bytes")
                .arg(QLatin1String(layout.name))
                .arg(count)
                .arg(object.size() - first));
    QByteArray body =
        object.sliced(ObjectHeaderSize, layout.countAt - ObjectHeaderSize).toByteArray();
    QByteArray records;
    int left = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArrayView record =
            object.sliced(first + i * layout.recordSize, layout.recordSize);
        const int number = qFromLittleEndian<quint16>(record.data()) & layout.mask;
        if (keep.contains(number)) {
            records.append(record.data(), record.size());
            ++left;
        }
    }
    out->clear();
    if (left < layout.minLeft)
        return {};
    char c[2];
    qToLittleEndian<quint16>(quint16(left), c);
    body.append(c, 2);
    body += records;
    const qsizetype end = first + count * layout.recordSize;
    body.append(object.sliced(end).toByteArray()); // anything after the records, as it was
    *out = makeObject(object, body);
    return {};
}

// Group Mutual Exclusion (ASF 4.3): exclusion type GUID, u16 record count, then records of a
// u16 stream count and the u16 stream numbers. Empty records go; fewer than two records
// exclude nothing and the object goes.
AsfError filterGroupExclusion(
    QByteArrayView object, qint64 base, const StreamSet &keep, QByteArray *out)
{
    constexpr qsizetype CountAt = 40;
    quint16 count = 0;
    if (AsfError e = readNumber(object, CountAt, base, "Group Mutual Exclusion", &count); !e.ok())
        return e;
    ByteReader r(object, CountAt + 2);
    QByteArray records;
    int left = 0;
    for (int i = 0; i < count; ++i) {
        quint16 streams = 0;
        if (!r.u16(&streams) || !r.has(quint64(streams) * 2))
            return makeError(AsfStatus::BadCount, base + r.pos(),
                AsfText::tr("Group Mutual Exclusion: record %1 runs past the object").arg(i));
        QByteArray numbers;
        int kept = 0;
        for (int j = 0; j < streams; ++j) {
            quint16 number = 0;
            r.u16(&number);
            if (keep.contains(number)) {
                numbers.append(object.sliced(r.pos() - 2, 2).toByteArray());
                ++kept;
            }
        }
        if (kept == 0)
            continue;
        char c[2];
        qToLittleEndian<quint16>(quint16(kept), c);
        records.append(c, 2);
        records += numbers;
        ++left;
    }
    out->clear();
    if (left < 2)
        return {};
    QByteArray body = object.sliced(ObjectHeaderSize, CountAt - ObjectHeaderSize).toByteArray();
    char c[2];
    qToLittleEndian<quint16>(quint16(left), c);
    body.append(c, 2);
    body += records;
    body.append(object.sliced(r.pos()).toByteArray());
    *out = makeObject(object, body);
    return {};
}

// Filters one object of the Header Object or of the Header Extension's data; `*out` stays
// empty when the object goes. `*keptStream` tells that a kept Stream Properties was seen.
AsfError filterObject(QByteArrayView object, const QUuid &id, qint64 base, const StreamSet &keep,
    QByteArray *out, bool *keptStream);

AsfError filterHeaderExtension(
    QByteArrayView object, qint64 base, const StreamSet &keep, QByteArray *out)
{
    quint32 dataSize = 0;
    ByteReader r(object, ExtensionDataAt - 4);
    if (!r.u32(&dataSize))
        return makeError(AsfStatus::BadObjectSize, base + 16,
            AsfText::tr("Header Extension: object size %1, minimum 46").arg(object.size()));
    if (dataSize > quint64(r.remaining()))
        return makeError(AsfStatus::BadObjectSize, base + ExtensionDataAt - 4,
            AsfText::tr("Header Extension: data size %1, only %2 bytes in the object")
                .arg(dataSize)
                .arg(r.remaining()));
    const QByteArrayView data = object.sliced(ExtensionDataAt, qsizetype(dataSize));
    QByteArray children;
    for (qsizetype pos = 0; pos < data.size();) {
        QUuid id;
        qsizetype size = 0;
        if (AsfError e =
                readChild(data, pos, base + ExtensionDataAt, "Header Extension", &id, &size);
            !e.ok())
            return e;
        QByteArray child;
        bool unused = false;
        if (AsfError e = filterObject(
                data.sliced(pos, size), id, base + ExtensionDataAt + pos, keep, &child, &unused);
            !e.ok())
            return e;
        children += child;
        pos += size;
    }
    QByteArray body =
        object.sliced(ObjectHeaderSize, ExtensionDataAt - 4 - ObjectHeaderSize).toByteArray();
    char c[4];
    qToLittleEndian<quint32>(quint32(children.size()), c);
    body.append(c, 4);
    body += children;
    body.append(object.sliced(ExtensionDataAt + qsizetype(dataSize)).toByteArray());
    *out = makeObject(object, body);
    return {};
}

AsfError filterObject(QByteArrayView object, const QUuid &id, qint64 base, const StreamSet &keep,
    QByteArray *out, bool *keptStream)
{
    out->clear();
    if (id == guids::StreamProperties || id == guids::ExtendedStreamProperties) {
        const bool extended = id == guids::ExtendedStreamProperties;
        quint16 value = 0;
        if (AsfError e =
                readNumber(object, extended ? ExtendedStreamNumberAt : StreamPropertiesFlagsAt,
                    base, extended ? "Extended Stream Properties" : "Stream Properties", &value);
            !e.ok())
            return e;
        const int number = extended ? value : value & 0x7F;
        if (keep.contains(number)) {
            *out = object.toByteArray();
            *keptStream = !extended;
        }
        return {};
    }
    if (id == guids::HeaderExtension)
        return filterHeaderExtension(object, base, keep, out);
    // Stream Bitrate Properties (ASF 3.12): u16 count, records of u16 flags (stream number in
    // bits 0-6) and u32 bitrate.
    if (id == guids::StreamBitrateProperties)
        return filterList(object, base, {"Stream Bitrate Properties", 24, 6, 0x7F, 1}, keep, out);
    // (Advanced) Mutual Exclusion (ASF 3.13, 4.2): exclusion type GUID, u16 count, u16 numbers.
    if (id == MutualExclusion)
        return filterList(object, base, {"Mutual Exclusion", 40, 2, 0xFFFF, 2}, keep, out);
    if (id == AdvancedMutualExclusion)
        return filterList(object, base, {"Advanced Mutual Exclusion", 40, 2, 0xFFFF, 2}, keep, out);
    if (id == GroupMutualExclusion)
        return filterGroupExclusion(object, base, keep, out);
    // Stream Prioritization (ASF 4.4): u16 count, records of u16 stream number and u16 flags.
    if (id == StreamPrioritization)
        return filterList(object, base, {"Stream Prioritization", 24, 4, 0xFFFF, 1}, keep, out);
    // Bandwidth Sharing (ASF 4.5): sharing type GUID, u32 bitrate, u32 buffer size, u16 count,
    // u16 numbers.
    if (id == BandwidthSharing)
        return filterList(object, base, {"Bandwidth Sharing", 48, 2, 0xFFFF, 1}, keep, out);
    *out = object.toByteArray();
    return {};
}

} // namespace

HeaderFilterResult filterHeaderStreams(QByteArrayView bytes, const QList<int> &keep)
{
    HeaderFilterResult result;
    const HeaderSizeResult peek = peekHeaderSize(bytes);
    if (!peek.error.ok()) {
        result.error = peek.error;
        return result;
    }
    const qsizetype headerSize = qsizetype(peek.headerObjectSize);
    if (bytes.size() < headerSize) {
        result.error = makeError(AsfStatus::NeedMoreData, bytes.size(),
            AsfText::tr("Header Object: %1 of %2 bytes").arg(bytes.size()).arg(headerSize));
        return result;
    }
    const StreamSet kept(keep.cbegin(), keep.cend());
    const QByteArrayView header = bytes.first(headerSize);
    QByteArray children;
    quint32 count = 0;
    bool anyStream = false;
    for (qsizetype pos = HeaderPreambleSize; pos < header.size();) {
        QUuid id;
        qsizetype size = 0;
        if (AsfError e = readChild(header, pos, 0, "Header Object", &id, &size); !e.ok()) {
            result.error = e;
            return result;
        }
        QByteArray child;
        bool keptStream = false;
        if (AsfError e = filterObject(header.sliced(pos, size), id, pos, kept, &child, &keptStream);
            !e.ok()) {
            result.error = e;
            return result;
        }
        anyStream = anyStream || keptStream;
        if (!child.isEmpty()) {
            children += child;
            ++count;
        }
        pos += size;
    }
    if (!anyStream) {
        result.error = makeError(AsfStatus::MissingObject, HeaderPreambleSize,
            AsfText::tr("Header Object: no Stream Properties Object of the streams kept"));
        return result;
    }
    QByteArray out = header.first(HeaderPreambleSize).toByteArray();
    qToLittleEndian<quint64>(quint64(HeaderPreambleSize + children.size()), out.data() + 16);
    qToLittleEndian<quint32>(count, out.data() + 24);
    out += children;
    out.append(bytes.sliced(headerSize).toByteArray());
    result.bytes = out;
    return result;
}

} // namespace asf
