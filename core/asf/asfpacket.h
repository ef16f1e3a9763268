// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asferror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>

// ASF data packets (ASF spec 1.20 §5.2; notes §11.3 in shared/): parse, pad, filter by stream.
namespace asf {

struct Payload
{
    qsizetype offset = 0; // where the payload starts in the packet (its stream number byte)
    int streamNumber = 0; // 1..127
    bool keyFrame = false;
    quint32 mediaObjectNumber = 0;
    quint32 offsetIntoMediaObject = 0; // or presentation time for compressed payloads
    quint32 replicatedDataLength = 0;
    quint32 mediaObjectSize = 0; // from replicated data when it has >= 8 bytes, else 0
    quint32 presentationTime = 0; // ms, includes preroll; from replicated data when present
    // Replicated data length 1 (ASF 5.2.3.3): the data is a group of sub-payloads, each a u8
    // length and that many bytes; offsetIntoMediaObject then holds the presentation time.
    bool compressed = false;
    qsizetype dataOffset = 0; // where the payload data starts in the packet
    qsizetype dataLength = 0;
};

struct PacketInfo
{
    bool hasErrorCorrection = false;
    bool multiplePayloads = false;
    quint32 packetLength = 0; // explicit Packet Length field, or the packet size when absent
    quint32 sequence = 0;
    quint32 paddingLength = 0;
    quint32 sendTime = 0; // ms, includes preroll
    quint16 duration = 0; // ms
    QList<Payload> payloads;
};

struct PacketParseResult
{
    PacketInfo info;
    AsfError error;
    bool ok() const { return error.ok(); }
};

// Parses one ASF data packet. `bytes` may be shorter than `packetSize` (an MMS server stripped its
// padding, MS-MMSP 2.2.2) but never longer. Every length is checked against the bytes present.
PacketParseResult parsePacket(QByteArrayView bytes, quint32 packetSize);

// Pads a (possibly stripped) data packet to `packetSize` with zeros and fixes its length fields so
// a demuxer reads the zeros as padding, not as payload (MS-MMSP 2.2.2, notes §8.7). BadPacket if
// `bytes` is longer than `packetSize` or does not parse; the exact field changes are documented in
// asfpacket.cpp.
struct PadResult
{
    QByteArray packet;
    AsfError error;
    bool ok() const { return error.ok(); }
};
PadResult padPacket(QByteArrayView bytes, quint32 packetSize);
// The same for bytes the caller holds in a QByteArray: a packet that is full already comes back
// as `bytes` itself (implicitly shared, not copied), which is what every packet of a server that
// does not strip padding is (a receiver's hot path: docs/benchmarks.md figure 2).
PadResult padPacket(const QByteArray &bytes, quint32 packetSize);

// Rebuilds a data packet with only the payloads of the streams in `keep`, padded to `packetSize`
// (what a server does after StreamSwitch, MS-MMSP 3.2.5.11.1). `packet` is empty when no payload is
// left (such packets are not sent); unchanged (but padded) when every payload is kept.
PadResult filterPacket(QByteArrayView bytes, quint32 packetSize, const QSet<int> &keep);

} // namespace asf
