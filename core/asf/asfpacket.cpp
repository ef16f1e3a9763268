// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfpacket.h"

#include "core/asf/asfbytereader.h"
#include "core/asf/asfheader.h"
#include "core/asf/asfpacketlayout.h"
#include "core/asf/asftext.h"

#include <algorithm>

namespace asf {

namespace detail {

namespace {

PacketParseResult bad(qint64 offset, const QString &what)
{
    PacketParseResult result;
    result.error =
        AsfError {AsfStatus::BadPacket, offset, AsfText::tr("Data packet: %1").arg(what)};
    return result;
}

// One payload (ASF 5.2.3.1 single, 5.2.3.3 multiple) starting at r.pos(); `lengthType` is the
// Payload Flags' payload length type, 0 for a single payload (which runs to the end of `r`).
bool parsePayload(ByteReader &r, quint8 propertyFlags, int lengthType, int index, Payload *p,
    PacketParseResult *failure)
{
    p->offset = r.pos();
    quint8 streamByte = 0;
    // ASF 5.2.2: Property Flags bits 6-7 give the stream number's width and "shall be 01"; every
    // demuxer reads one byte whatever they say, and so do we.
    if (!r.u8(&streamByte) || !r.sized(propertyFlags >> 4, &p->mediaObjectNumber)
        || !r.sized(propertyFlags >> 2, &p->offsetIntoMediaObject)
        || !r.sized(propertyFlags, &p->replicatedDataLength)) {
        *failure = bad(p->offset, AsfText::tr("payload %1 header runs past the packet").arg(index));
        return false;
    }
    p->streamNumber = streamByte & 0x7F;
    p->keyFrame = streamByte & 0x80;
    if (p->streamNumber == 0) {
        *failure = bad(p->offset, AsfText::tr("payload %1 has stream number 0").arg(index));
        return false;
    }
    // ASF 5.2.3.1: replicated data is absent (0), a compressed group's presentation time delta
    // (1), or at least the 8 bytes of media object size and presentation time.
    const qsizetype replicatedAt = r.pos();
    if (p->replicatedDataLength == 1) {
        quint8 delta = 0;
        if (!r.u8(&delta)) {
            *failure = bad(replicatedAt,
                AsfText::tr("payload %1 replicated data runs past the packet").arg(index));
            return false;
        }
        p->compressed = true;
        p->presentationTime = p->offsetIntoMediaObject;
    } else if (p->replicatedDataLength >= 8) {
        if (!r.has(p->replicatedDataLength)) {
            *failure = bad(replicatedAt,
                AsfText::tr("payload %1 replicated data length %2, %3 bytes left")
                    .arg(index)
                    .arg(p->replicatedDataLength)
                    .arg(r.remaining()));
            return false;
        }
        r.u32(&p->mediaObjectSize);
        r.u32(&p->presentationTime);
        r.skip(p->replicatedDataLength - 8);
    } else if (p->replicatedDataLength != 0) {
        *failure = bad(replicatedAt,
            AsfText::tr("payload %1 replicated data length %2 (must be 0, 1 or >= 8)")
                .arg(index)
                .arg(p->replicatedDataLength));
        return false;
    }
    quint32 length = 0;
    if (lengthType == 0) {
        length = quint32(r.remaining());
    } else if (!r.sized(lengthType, &length) || !r.has(length)) {
        *failure = bad(r.pos(),
            AsfText::tr("payload %1 length %2, %3 bytes left")
                .arg(index)
                .arg(length)
                .arg(r.remaining()));
        return false;
    }
    p->dataOffset = r.pos();
    p->dataLength = length;
    if (p->compressed) {
        // Sub-payloads: u8 length + data, each must end inside this payload (ASF 5.2.3.3).
        ByteReader sub(r.bytes().sliced(p->dataOffset, length));
        quint8 subLength = 0;
        while (sub.remaining() > 0) {
            if (!sub.u8(&subLength) || !sub.skip(subLength)) {
                *failure = bad(p->dataOffset + sub.pos(),
                    AsfText::tr(
                        "payload %1 compressed sub-payload of %2 bytes runs past the payload")
                        .arg(index)
                        .arg(subLength));
                return false;
            }
        }
    }
    r.skip(length);
    return true;
}

} // namespace

PacketParseResult parsePacketLayout(QByteArrayView bytes, quint32 packetSize, PacketLayout *layout)
{
    PacketParseResult result;
    PacketInfo &info = result.info;
    if (packetSize == 0 || packetSize > MaxPacketSize) {
        result.error = AsfError {AsfStatus::BadPacketSize, 0,
            AsfText::tr("Data packet: packet size %1 (1..%2)").arg(packetSize).arg(MaxPacketSize)};
        return result;
    }
    // A stripped packet is shorter (MS-MMSP 2.2.2), never longer.
    if (bytes.size() > qsizetype(packetSize))
        return bad(packetSize,
            AsfText::tr("%1 bytes, longer than the packet size %2")
                .arg(bytes.size())
                .arg(packetSize));

    ByteReader r(bytes);
    quint8 first = 0;
    if (!r.u8(&first))
        return bad(0, AsfText::tr("empty packet"));
    quint8 lengthTypeFlags = first;
    if (first & 0x80) {
        // ASF 5.2.1: Error Correction Flags; bits 5-6 (length type) must be 00, and then bits
        // 0-3 are the error correction data length (2 in every known file: 0x82).
        if ((first & 0x60) != 0)
            return bad(0,
                AsfText::tr("error correction length type %1 (must be 0)").arg((first >> 5) & 3));
        if (!r.skip(first & 0x0F) || !r.u8(&lengthTypeFlags))
            return bad(r.pos(), AsfText::tr("error correction data runs past the packet"));
        info.hasErrorCorrection = true;
        layout->errorCorrectionLength = 1 + (first & 0x0F);
    }
    // ASF 5.2.2: Length Type Flags and Property Flags, then the optional fields they announce.
    layout->lengthTypeFlags = lengthTypeFlags;
    info.multiplePayloads = lengthTypeFlags & 0x01;
    layout->sequenceType = (lengthTypeFlags >> 1) & 3;
    layout->paddingType = (lengthTypeFlags >> 3) & 3;
    layout->packetLengthType = (lengthTypeFlags >> 5) & 3;
    quint32 packetLength = 0;
    if (!r.u8(&layout->propertyFlags) || !r.sized(layout->packetLengthType, &packetLength)
        || !r.sized(layout->sequenceType, &info.sequence)
        || !r.sized(layout->paddingType, &info.paddingLength) || !r.u32(&info.sendTime)
        || !r.u16(&info.duration))
        return bad(r.pos(),
            AsfText::tr("payload parsing information runs past the %1 bytes").arg(bytes.size()));
    layout->headerEnd = r.pos();

    // The packet's own length when it has the field, else the header's packet size (ASF 5.2.2).
    const quint32 declaredLength = layout->packetLengthType ? packetLength : packetSize;
    if (declaredLength > packetSize)
        return bad(0,
            AsfText::tr("Packet Length %1 over the packet size %2")
                .arg(declaredLength)
                .arg(packetSize));
    if (declaredLength < quint32(layout->headerEnd))
        return bad(0,
            AsfText::tr("Packet Length %1 shorter than its %2-byte header")
                .arg(declaredLength)
                .arg(layout->headerEnd));
    if (info.paddingLength > declaredLength - quint32(layout->headerEnd))
        return bad(layout->headerEnd,
            AsfText::tr("Padding Length %1 over the %2 bytes after the header")
                .arg(info.paddingLength)
                .arg(declaredLength - layout->headerEnd));
    info.packetLength = declaredLength;
    // Payloads end where padding starts, or where the bytes end if the padding was stripped
    // (whether or not the server also zeroed Padding Length, this is the same place).
    const qsizetype end = std::min<qsizetype>(declaredLength - info.paddingLength, bytes.size());
    ByteReader pr(bytes.first(end), layout->headerEnd);

    int count = 1;
    int lengthType = 0;
    if (info.multiplePayloads) {
        if (!pr.u8(&layout->payloadFlags))
            return bad(pr.pos(), AsfText::tr("no Payload Flags byte"));
        // ASF 5.2.3.3: bits 0-5 number of payloads, bits 6-7 payload length type ("shall be 10",
        // we take any width but absent, which would leave the payloads unbounded).
        count = layout->payloadFlags & 0x3F;
        lengthType = layout->payloadFlags >> 6;
        if (count == 0)
            return bad(pr.pos() - 1, AsfText::tr("multiple-payload packet with 0 payloads"));
        if (lengthType == 0)
            return bad(
                pr.pos() - 1, AsfText::tr("multiple-payload packet without payload lengths"));
    }
    info.payloads.reserve(count); // at most 63
    for (int i = 0; i < count; ++i) {
        Payload p;
        if (!parsePayload(pr, layout->propertyFlags, lengthType, i, &p, &result))
            return result;
        info.payloads.append(p);
    }
    layout->contentEnd = pr.pos();
    return result;
}

} // namespace detail

PacketParseResult parsePacket(QByteArrayView bytes, quint32 packetSize)
{
    detail::PacketLayout layout;
    return detail::parsePacketLayout(bytes, packetSize, &layout);
}

} // namespace asf
