#include "core/protocol/datapacket.h"

#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"

namespace mms {

QByteArray DataPacket::encode() const
{
    Q_ASSERT(payload.size() <= MaxPayload);
    ByteWriter w;
    // MS-MMSP 2.2.2: LocationId, playIncarnation, AFFlags, PacketSize (total, header included).
    w.u32(locationId);
    w.u8(playIncarnation);
    w.u8(afFlags);
    w.u16(quint16(payload.size() + DataPacketHeaderSize));
    w.bytes(payload);
    return w.take();
}

Decoded<DataPacket> DataPacket::decode(QByteArrayView bytes)
{
    Decoded<DataPacket> result;
    if (bytes.size() < DataPacketHeaderSize) {
        result.error = { CodecStatus::NeedMoreData, bytes.size(),
                         QStringLiteral("Data packet header needs 8 bytes") };
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
        result.error = { CodecStatus::Malformed, 6,
                         QStringLiteral("Data packet PacketSize %1 leaves no payload").arg(packetSize) };
        return result;
    }
    if (bytes.size() < packetSize) {
        result.error = { CodecStatus::NeedMoreData, bytes.size(),
                         QStringLiteral("Data packet needs %1 bytes").arg(packetSize) };
        return result;
    }
    result.value.payload = bytes.sliced(DataPacketHeaderSize, packetSize - DataPacketHeaderSize).toByteArray();
    return result;
}

} // namespace mms
