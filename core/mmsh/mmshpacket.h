// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace mms {

// The packet types of MMS over HTTP ([MS-WMSP] 2.2.3), by their PacketID byte.
enum class MmshPacketType : char {
    StreamChange = 'C', // $C: Reason; the new header follows as $H packets
    Data = 'D', // $D: an MMS data packet holding one ASF data packet
    EndOfStream = 'E', // $E: Reason (S_OK: done; S_FALSE: a $C follows)
    Header = 'H', // $H: an MMS data packet holding (a piece of) the ASF header
    Metadata = 'M', // $M: an MMS data packet holding metadata
    PacketPair = 'P', // $P: Reason (a byte count) and random payload, for bandwidth estimation
};

// Sizes from [MS-WMSP] 2.2.3.1: the Framing header (B+Frame, PacketID, PacketLength) and the
// MMS data packet header (LocationId, Incarnation, AFFlags, PacketSize) that $H/$D/$M carry.
constexpr qsizetype MmshFramingHeaderSize = 4;
constexpr qsizetype MmshDataHeaderSize = 8;
constexpr qsizetype MmshReasonSize = 4;
// PacketLength is 16 bits: no packet is longer than this, header included.
constexpr qsizetype MmshMaxPacketBytes = MmshFramingHeaderSize + 0xFFFF;
// Frame byte: 0x24 ('$'), with the B flag ("next packet follows at once") in bit 7.
constexpr quint8 MmshFrameByte = 0x24;
constexpr quint8 MmshBFlag = 0x80;

// One $-packet. Which fields mean something depends on the type: locationId, incarnation and
// afFlags for $H/$D/$M (their MMS data packet header), reason for $C/$E/$P; payload is what
// follows those (for $C it is empty unless the sender appended a header, as [MS-WMHTTP] does).
struct MmshPacket {
    MmshPacketType type = MmshPacketType::Data;
    bool bFlag = false;
    quint32 locationId = 0;
    quint8 incarnation = 0;
    quint8 afFlags = 0;
    quint32 reason = 0;
    QByteArray payload;

    static bool hasDataHeader(MmshPacketType type);
    static bool hasReason(MmshPacketType type);
    static bool isKnownType(char id);

    // The packet as it goes on the wire. The payload must fit PacketLength (see maxPayload()).
    QByteArray encode() const;
    void appendEncoded(QByteArray &out) const;
    // The largest payload encode() can carry for `type`.
    static qsizetype maxPayload(MmshPacketType type);

    // Shorthands for the server.
    static MmshPacket header(quint32 locationId, quint8 incarnation, const QByteArray &piece);
    static MmshPacket data(
        quint32 locationId, quint8 incarnation, quint8 afFlags, const QByteArray &packet);
    static MmshPacket endOfStream(quint32 reason);
    static MmshPacket streamChange(quint32 reason = 0);

    bool operator==(const MmshPacket &) const = default;
};

} // namespace mms
