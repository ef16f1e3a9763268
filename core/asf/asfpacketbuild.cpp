// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfbytereader.h"
#include "core/asf/asfpacket.h"
#include "core/asf/asfpacketlayout.h"
#include "core/asf/asftext.h"

#include <QtEndian>
#include <algorithm>

// padPacket and filterPacket: both write a packet made of the original's error correction block,
// its payload parsing information with Packet Length and Padding Length fixed, a body of payload
// bytes copied verbatim, and zeros up to the packet size.
//
// Why the fields change (MS-MMSP 2.2.2, notes §8.7): an MMS server strips a packet's padding, and
// the client appends zeros up to the packet size. A demuxer reads a single payload "to the end of
// the packet minus padding", so the zeros must be declared as padding or they become payload:
// * Padding Length := packet size - (header + payload bytes). When the packet has no Padding
//   Length field, or a BYTE field cannot hold the value, the field is inserted or widened (Length
//   Type Flags bits 3-4); the header grows by 1 or 2 bytes, so the padding shrinks by as much.
// * Packet Length, when the packet has that field, := packet size (widened if a BYTE is too
//   small), since the packet now really is that long.
// * Everything else (error correction, flags, sequence, send time, duration, payloads) is kept;
//   only stray bytes between the last payload and the padding (none in real files) are dropped.
// A packet whose fields already fit is therefore rebuilt byte for byte as the server sent it, plus
// zeros; stripping and re-padding a full packet gives back the original bytes.
namespace asf {

namespace {

int lengthTypeFor(quint32 value)
{
    return value <= 0xFF ? 1 : value <= 0xFFFF ? 2 : 3;
}

void appendSized(QByteArray *out, int lengthType, quint32 value)
{
    char buffer[4];
    qToLittleEndian<quint32>(value, buffer);
    out->append(buffer, fieldWidth(lengthType));
}

PadResult failed(AsfStatus status, qint64 offset, const QString &what)
{
    PadResult result;
    result.error = AsfError {status, offset, what};
    return result;
}

PadResult build(QByteArrayView original, const PacketInfo &info, const detail::PacketLayout &layout,
    QByteArrayView body, quint32 packetSize)
{
    const int lengthType = layout.packetLengthType == 0
        ? 0
        : std::max(layout.packetLengthType, lengthTypeFor(packetSize));
    int paddingType = layout.paddingType;
    qsizetype headerSize = 0;
    quint32 padding = 0;
    // Widening the padding field only shrinks the padding, so this settles in at most 3 rounds.
    for (;;) {
        headerSize = layout.errorCorrectionLength + 2 + fieldWidth(lengthType)
            + fieldWidth(layout.sequenceType) + fieldWidth(paddingType) + 6;
        if (headerSize + body.size() > qsizetype(packetSize))
            return failed(AsfStatus::BadPacket, 0,
                AsfText::tr(
                    "Data packet: %1 bytes after adding a Padding Length field, over the packet "
                    "size %2")
                    .arg(headerSize + body.size())
                    .arg(packetSize));
        padding = packetSize - quint32(headerSize + body.size());
        if (padding == 0 || paddingType >= lengthTypeFor(padding))
            break;
        paddingType = lengthTypeFor(padding);
    }
    QByteArray out;
    out.reserve(packetSize);
    out.append(original.first(layout.errorCorrectionLength));
    // ASF 5.2.2 Length Type Flags: bits 3-4 Padding Length type, bits 5-6 Packet Length type.
    out.append(char((layout.lengthTypeFlags & ~0x78) | (paddingType << 3) | (lengthType << 5)));
    out.append(char(layout.propertyFlags));
    appendSized(&out, lengthType, packetSize);
    appendSized(&out, layout.sequenceType, info.sequence);
    appendSized(&out, paddingType, padding);
    appendSized(&out, 3, info.sendTime);
    char duration[2];
    qToLittleEndian<quint16>(info.duration, duration);
    out.append(duration, 2);
    out.append(body);
    out.append(QByteArray(padding, '\0'));
    PadResult result;
    result.packet = out;
    return result;
}

// `shared`, when given, holds the same bytes as `bytes`: a full packet is returned as it.
PadResult padPacketFrom(QByteArrayView bytes, const QByteArray *shared, quint32 packetSize)
{
    detail::PacketLayout layout;
    const PacketParseResult parsed = detail::parsePacketLayout(bytes, packetSize, &layout);
    if (!parsed.ok())
        return failed(AsfStatus::BadPacket, parsed.error.offset, parsed.error.what);
    // A full packet is what demuxers expect already: returned untouched.
    if (bytes.size() == qsizetype(packetSize)) {
        PadResult result;
        result.packet = shared ? *shared : bytes.toByteArray();
        return result;
    }
    return build(bytes, parsed.info, layout,
        bytes.sliced(layout.headerEnd, layout.contentEnd - layout.headerEnd), packetSize);
}

} // namespace

PadResult padPacket(QByteArrayView bytes, quint32 packetSize)
{
    return padPacketFrom(bytes, nullptr, packetSize);
}

PadResult padPacket(const QByteArray &bytes, quint32 packetSize)
{
    return padPacketFrom(bytes, &bytes, packetSize);
}

PadResult filterPacket(QByteArrayView bytes, quint32 packetSize, const QSet<int> &keep)
{
    detail::PacketLayout layout;
    const PacketParseResult parsed = detail::parsePacketLayout(bytes, packetSize, &layout);
    if (!parsed.ok())
        return failed(AsfStatus::BadPacket, parsed.error.offset, parsed.error.what);
    QList<Payload> kept;
    for (const Payload &p : parsed.info.payloads) {
        if (keep.contains(p.streamNumber))
            kept.append(p);
    }
    // MS-MMSP 3.2.5.11.1: a packet left without payloads is not sent at all.
    if (kept.isEmpty())
        return {};
    if (kept.size() == parsed.info.payloads.size())
        return padPacket(bytes, packetSize);
    // Only a multiple-payload packet can lose some of its payloads: a new Payload Flags byte
    // (same length type, new count, ASF 5.2.3.3), then each kept payload copied whole.
    QByteArray body;
    body.append(char((layout.payloadFlags & 0xC0) | kept.size()));
    for (const Payload &p : std::as_const(kept))
        body.append(bytes.sliced(p.offset, p.dataOffset + p.dataLength - p.offset));
    return build(bytes, parsed.info, layout, body, packetSize);
}

} // namespace asf
