// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the HTTP head reader (response and request), the chunked decoder and the
// Pragma parser, as an MMSH client or server meets them. The first byte picks the chunk size.
#include "core/mmsh/chunkeddecoder.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"

#include <cstddef>
#include <cstdint>

namespace {

void readHead(mms::HttpHeadReader::Kind kind, QByteArrayView input, qsizetype chunk)
{
    mms::HttpHeadReader::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxLineBytes = 1024;
    mms::HttpHeadReader reader(kind, limits);
    qsizetype pos = 0;
    qsizetype consumed = 0;
    mms::HttpHeadReader::Result r;
    while (pos < input.size()) {
        const qsizetype n = qMin(chunk, input.size() - pos);
        r = reader.feed(input.sliced(pos, n));
        consumed += r.consumed;
        if (r.consumed > n || reader.headBytes() > limits.maxHeadBytes)
            __builtin_trap();
        pos += n;
        if (r.error.status != mms::CodecStatus::NeedMoreData)
            break;
    }
    if (!reader.isComplete())
        return;
    const mms::HttpHead &head = reader.head();
    static_cast<void>(head.contentLength());
    static_cast<void>(head.keepAlive());
    static_cast<void>(mms::parsePragmas(head.values("Pragma")));
    if (head.isChunked()) {
        mms::ChunkedDecoder decoder;
        QByteArray out;
        const QByteArrayView body = input.sliced(consumed);
        for (qsizetype at = 0; at < body.size(); at += chunk) {
            const qsizetype n = qMin(chunk, body.size() - at);
            const mms::ChunkedDecoder::Result c = decoder.feed(body.sliced(at, n), out);
            if (c.consumed > n || out.size() > body.size())
                __builtin_trap();
            if (c.error.status != mms::CodecStatus::NeedMoreData)
                break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 64) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    readHead(mms::HttpHeadReader::Kind::Response, input, chunk);
    readHead(mms::HttpHeadReader::Kind::Request, input, chunk);
    static_cast<void>(mms::parsePragmas({input.toByteArray()}));
    return 0;
}
