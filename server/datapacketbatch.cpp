#include "server/datapacketbatch.h"

#include "core/protocol/datapacket.h"
#include "core/protocol/mmsconstants.h"

#include <QtEndian>

#include <utility>

void DataPacketBatch::reserve(qsizetype bytes)
{
    m_bytes.reserve(bytes);
}

void DataPacketBatch::append(quint32 locationId, quint8 playIncarnation, quint8 afFlags, QByteArrayView payload)
{
    Q_ASSERT(payload.size() <= mms::DataPacket::MaxPayload);
    // MS-MMSP 2.2.2, as DataPacket::encode() writes it: LocationId (u32), playIncarnation (u8),
    // AFFlags (u8), PacketSize (u16, the header included), all little-endian, then the payload.
    char header[mms::DataPacketHeaderSize];
    qToLittleEndian<quint32>(locationId, header);
    header[4] = char(playIncarnation);
    header[5] = char(afFlags);
    qToLittleEndian<quint16>(quint16(payload.size() + mms::DataPacketHeaderSize), header + 6);
    m_bytes.append(header, sizeof header);
    m_bytes.append(payload);
}

QByteArray DataPacketBatch::take()
{
    return std::exchange(m_bytes, QByteArray());
}
