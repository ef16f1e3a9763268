// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the ASF data-packet parser, the padder and the stream filter.
// The first two bytes give the packet size, the third the set of streams to keep.
#include "core/asf/asfpacket.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const quint32 packetSize = quint32(data[0]) | (quint32(data[1]) << 8);
    QSet<int> keep;
    for (int bit = 0; bit < 8; ++bit) {
        if (data[2] & (1u << bit))
            keep.insert(bit + 1);
    }
    const QByteArrayView packet(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    static_cast<void>(asf::parsePacket(packet, packetSize));
    const asf::PadResult padded = asf::padPacket(packet, packetSize);
    if (padded.ok()) {
        // What the padder produced must parse again at full size.
        if (!asf::parsePacket(padded.packet, packetSize).ok())
            __builtin_trap();
    }
    static_cast<void>(asf::filterPacket(packet, packetSize, keep));
    return 0;
}
