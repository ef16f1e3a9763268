// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfpacket.h"

// Internal to core/asf: where the fields of a parsed data packet are, so that padPacket and
// filterPacket (asfpacketbuild.cpp) can rewrite a packet without parsing it a second way.
namespace asf::detail {

struct PacketLayout
{
    qsizetype errorCorrectionLength = 0; // error correction flags byte + data; 0 when absent
    quint8 lengthTypeFlags = 0; // ASF 5.2.2
    quint8 propertyFlags = 0;
    int packetLengthType = 0; // 2-bit length types: 0 absent, 1 BYTE, 2 WORD, 3 DWORD
    int sequenceType = 0;
    int paddingType = 0;
    qsizetype headerEnd = 0; // first byte after Duration: the Payload Flags byte or the payload
    quint8 payloadFlags = 0; // multiple payloads only (ASF 5.2.3.3)
    qsizetype contentEnd = 0; // end of the last payload's data
};

PacketParseResult parsePacketLayout(QByteArrayView bytes, quint32 packetSize, PacketLayout *layout);

} // namespace asf::detail
