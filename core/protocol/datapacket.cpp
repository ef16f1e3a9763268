// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/datapacket.h"

#include "core/protocol/bytereader.h"
#include "core/protocol/protocoltext.h"

#include <QtEndian>

namespace mms {

QByteArray DataPacket::encode() const
{
    QByteArray out;
    out.reserve(DataPacketHeaderSize + payload.size());
    appendEncoded(out, locationId, playIncarnation, afFlags, payload);
    return out;
}

void DataPacket::appendEncoded(QByteArray &out, quint32 locationId, quint8 playIncarnation,
                               quint8 afFlags, QByteArrayView payload)
{
    Q_ASSERT(payload.size() <= MaxPayload);
    // MS-MMSP 2.2.2: LocationId, playIncarnation, AFFlags, PacketSize (total, header included),
    // little-endian.
    char header[DataPacketHeaderSize];
    qToLittleEndian<quint32>(locationId, header);
    header[4] = char(playIncarnation);
    header[5] = char(afFlags);
    qToLittleEndian<quint16>(quint16(payload.size() + DataPacketHeaderSize), header + 6);
    out.append(header, sizeof header);
    out.append(payload);
}

Decoded<DataPacket> DataPacket::decode(QByteArrayView bytes)
{
    Decoded<DataPacket> result;
    if (bytes.size() < DataPacketHeaderSize) {
        result.error = {CodecStatus::NeedMoreData, bytes.size(),
            ProtocolText::tr("Data packet header needs 8 bytes")};
        return result;
    }
    ByteReader r(bytes.first(DataPacketHeaderSize));
    result.value.locationId = r.u32("LocationId");
    result.value.playIncarnation = r.u8("playIncarnation");
    result.value.afFlags = r.u8("AFFlags");
    const quint16 packetSize = r.u16("PacketSize");
    // MS-MMSP 2.2.2: PacketSize counts the 8-byte header; a packet without payload is not valid
    // (VLC's mms_ParsePacket rejects PacketSize <= 8 too).
    if (packetSize <= DataPacketHeaderSize) {
        result.error = {CodecStatus::Malformed, 6,
            ProtocolText::tr("Data packet PacketSize %1 leaves no payload").arg(packetSize)};
        return result;
    }
    if (bytes.size() < packetSize) {
        result.error = {CodecStatus::NeedMoreData, bytes.size(),
            ProtocolText::tr("Data packet needs %1 bytes").arg(packetSize)};
        return result;
    }
    result.value.payload = bytes.sliced(DataPacketHeaderSize, packetSize - DataPacketHeaderSize).toByteArray();
    return result;
}

} // namespace mms
