// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"
#include "core/protocol/mmsconstants.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mms {

// MS-MMSP 2.2.2: a Data packet on the TCP stream: 8-byte header then the payload (part of the
// ASF file header, or one ASF data packet). Wire order: LocationId, playIncarnation, AFFlags,
// PacketSize (the total size, header included).
struct DataPacket
{
    quint32 locationId = 0;
    quint8 playIncarnation = 0;
    quint8 afFlags = 0;
    QByteArray payload;

    // Largest payload a Data packet can carry: PacketSize is a u16 that counts the header too.
    static constexpr qsizetype MaxPayload = 0xFFFF - DataPacketHeaderSize;

    // Header + payload. The caller keeps payload.size() <= MaxPayload (asserted).
    QByteArray encode() const;
    // The same bytes for these fields and payload, appended to `out`: for a sender that builds
    // several packets into one buffer (the server's DataPacketBatch) without a copy per packet.
    static void appendEncoded(QByteArray &out, quint32 locationId, quint8 playIncarnation,
                              quint8 afFlags, QByteArrayView payload);
    // Decodes one whole Data packet: NeedMoreData if `bytes` is shorter than its PacketSize,
    // Malformed if PacketSize <= 8 (VLC rejects those too). Extra bytes after it are ignored.
    static Decoded<DataPacket> decode(QByteArrayView bytes);

    friend bool operator==(const DataPacket &, const DataPacket &) = default;
};

} // namespace mms
