// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the MMSH $-packet splitter, fed in pieces whose size the first input byte
// picks; whatever comes out must encode back to exactly the bytes it was split from.
#include "core/mmsh/mmshsplitter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 64) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    mms::MmshSplitter splitter(mms::MmshSplitter::Limits {1 + (data[0] & 0x80 ? 512 : 0xFFFF)});
    QByteArray reencoded;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        splitter.append(input.sliced(pos, qMin(chunk, input.size() - pos)));
        for (;;) {
            const mms::MmshSplitter::Item item = splitter.next();
            if (!item.ok())
                break;
            item.packet.appendEncoded(reencoded);
        }
        if (splitter.hasError())
            break;
        if (splitter.bufferedBytes() > splitter.limits().maxPacketBytes)
            __builtin_trap(); // held more than one packet's worth
    }
    // Every packet returned was a prefix of the input, byte for byte.
    if (!input.startsWith(reencoded))
        __builtin_trap();
    return 0;
}
