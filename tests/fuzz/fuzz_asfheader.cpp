// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the ASF header parser, with and without the Data Object preamble.
#include "core/asf/asfheaderparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static_cast<void>(asf::peekHeaderSize(input));
    const asf::HeaderParseResult result = asf::parseHeader(input, false);
    if (result.ok()) {
        // Derived values must be computable for anything the parser accepted.
        static_cast<void>(result.header.durationSeconds());
        static_cast<void>(result.header.totalBitrate());
    }
    static_cast<void>(asf::parseHeader(input, true));
    return 0;
}
