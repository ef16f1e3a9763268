// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/datapacketbatch.h"

#include "core/protocol/datapacket.h"

#include <utility>

void DataPacketBatch::reserve(qsizetype bytes)
{
    m_bytes.reserve(bytes);
}

void DataPacketBatch::append(quint32 locationId, quint8 playIncarnation, quint8 afFlags, QByteArrayView payload)
{
    mms::DataPacket::appendEncoded(m_bytes, locationId, playIncarnation, afFlags, payload);
}

QByteArray DataPacketBatch::take()
{
    return std::exchange(m_bytes, QByteArray());
}
