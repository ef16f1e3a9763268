// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshpacket.h"

#include <QtEndian>

namespace mms {

bool MmshPacket::hasDataHeader(MmshPacketType type)
{
    return type == MmshPacketType::Header || type == MmshPacketType::Data
        || type == MmshPacketType::Metadata;
}

bool MmshPacket::hasReason(MmshPacketType type)
{
    return type == MmshPacketType::StreamChange || type == MmshPacketType::EndOfStream
        || type == MmshPacketType::PacketPair;
}

bool MmshPacket::isKnownType(char id)
{
    switch (id) {
    case 'C':
    case 'D':
    case 'E':
    case 'H':
    case 'M':
    case 'P':
        return true;
    default:
        return false;
    }
}

qsizetype MmshPacket::maxPayload(MmshPacketType type)
{
    if (type == MmshPacketType::EndOfStream)
        return 0; // [MS-WMSP] 2.2.3.4: PacketLength MUST be 4
    return 0xFFFF - (hasDataHeader(type) ? MmshDataHeaderSize : MmshReasonSize);
}

QByteArray MmshPacket::encode() const
{
    QByteArray out;
    appendEncoded(out);
    return out;
}

void MmshPacket::appendEncoded(QByteArray &out) const
{
    Q_ASSERT(payload.size() <= maxPayload(type));
    const bool dataHeader = hasDataHeader(type);
    const qsizetype length = (dataHeader ? MmshDataHeaderSize : MmshReasonSize) + payload.size();
    const qsizetype start = out.size();
    out.resize(start + MmshFramingHeaderSize + (dataHeader ? MmshDataHeaderSize : MmshReasonSize));
    char *p = out.data() + start;
    p[0] = char(MmshFrameByte | (bFlag ? MmshBFlag : 0));
    p[1] = char(type);
    qToLittleEndian<quint16>(quint16(length), p + 2);
    if (dataHeader) {
        // [MS-WMSP] 2.2.3.1.2: PacketSize is the size of the whole MMS data packet, header
        // included, the same number as the Framing header's PacketLength.
        qToLittleEndian<quint32>(locationId, p + 4);
        p[8] = char(incarnation);
        p[9] = char(afFlags);
        qToLittleEndian<quint16>(quint16(length), p + 10);
    } else {
        qToLittleEndian<quint32>(reason, p + 4);
    }
    out.append(payload);
}

MmshPacket MmshPacket::header(quint32 locationId, quint8 incarnation, const QByteArray &piece)
{
    MmshPacket p;
    p.type = MmshPacketType::Header;
    p.locationId = locationId;
    p.incarnation = incarnation;
    // [MS-WMSP] 2.2.3.1.2: AFFlags 0x0C marks a header that fits one packet; 0x04 first, 0x08
    // last, 0x00 middle pieces. The caller fixes it for a header cut into several.
    p.afFlags = 0x0C;
    p.payload = piece;
    return p;
}

MmshPacket MmshPacket::data(
    quint32 locationId, quint8 incarnation, quint8 afFlags, const QByteArray &packet)
{
    MmshPacket p;
    p.type = MmshPacketType::Data;
    p.locationId = locationId;
    p.incarnation = incarnation;
    p.afFlags = afFlags;
    p.payload = packet;
    return p;
}

MmshPacket MmshPacket::endOfStream(quint32 reason)
{
    MmshPacket p;
    p.type = MmshPacketType::EndOfStream;
    p.reason = reason;
    return p;
}

MmshPacket MmshPacket::streamChange(quint32 reason)
{
    MmshPacket p;
    p.type = MmshPacketType::StreamChange;
    p.reason = reason;
    return p;
}

} // namespace mms
