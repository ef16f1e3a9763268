// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the client's MMSH response reader (HTTP head, then a body delimited by
// Content-Length, chunked coding or the connection's end, split into $-packets or kept raw),
// fed in pieces whose size the first input byte picks; its top bit asks for a raw body (an ASX
// answer), the next one for a pipelined connection (responses one after the other, each begun
// with startNext() after BodyEnd). The order of items, sticky errors and the memory held are
// checked.
#include "core/mmsh/mmshresponsereader.h"

#include <cstddef>
#include <cstdint>

namespace {

using Kind = mms::MmshResponseReader::Kind;

// Whole $-packet (64 KiB + framing) plus what one piece may leave unsplit.
constexpr qsizetype MaxHeldBytes = 2 * 65536 + 1024;
constexpr qsizetype RawLimit = 4096;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 64) + 1;
    const bool raw = (data[0] & 0x80) != 0;
    const bool pipelined = (data[0] & 0x40) != 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    mms::MmshResponseReader reader;
    reader.setPipelined(pipelined);
    bool head = false;
    bool ended = false;
    bool failed = false;
    for (qsizetype pos = 0; pos < input.size() && !failed; pos += chunk) {
        const qsizetype n = qMin(chunk, input.size() - pos);
        reader.append(input.sliced(pos, n));
        for (int guard = 0;; ++guard) {
            if (guard > 100000)
                __builtin_trap(); // next() must run dry
            const mms::MmshResponseReader::Item item = reader.next();
            if (item.kind == Kind::NeedMoreData)
                break;
            if (item.kind == Kind::Error) {
                failed = true;
                if (reader.next().kind != Kind::Error || item.error.ok())
                    __builtin_trap(); // errors are sticky and say what they are
                break;
            }
            if (item.kind == Kind::Head) {
                if (head || !reader.headComplete())
                    __builtin_trap(); // the head comes once, first
                head = true;
                if (raw)
                    reader.keepRawBody(RawLimit);
                continue;
            }
            if (!head || ended)
                __builtin_trap(); // nothing before the head, nothing after BodyEnd
            if (item.kind == Kind::BodyEnd) {
                ended = true;
                if (pipelined) {
                    reader.startNext(); // the next response on the connection
                    head = ended = false;
                }
            }
            else if (raw || item.packet.payload.size() > 0xFFFF)
                __builtin_trap(); // a raw body yields no packets; no payload over 16 bits
        }
        const qsizetype held = pipelined ? mms::MmshResponseReader::MaxTrailingBytes : MaxHeldBytes;
        if (reader.bufferedBytes() > held + chunk || reader.rawBody().size() > RawLimit + chunk)
            __builtin_trap();
    }
    return 0;
}
