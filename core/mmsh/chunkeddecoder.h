// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QByteArrayView>

#include <type_traits>

namespace mms {

// Removes HTTP/1.1 chunked transfer coding (RFC 9112 7.1) from bytes fed in any chunking,
// appending the chunk data to the caller's array as it arrives (nothing of it is buffered here).
// A chunk size is checked against maxChunkBytes digit by digit, and a size or trailer line
// against its limit as it arrives, so a hostile peer cannot make us hold more than those.
// Ok once the last chunk and the trailer section are in; the bytes after them are not consumed.
// Errors are sticky.
class ChunkedDecoder {
public:
    struct Limits {
        qint64 maxChunkBytes = 1024 * 1024;
        qsizetype maxLineBytes = 1024; // a chunk-size line with its extensions
        qsizetype maxTrailerBytes = 8 * 1024; // the whole trailer section
    };

    struct Result {
        CodecError error; // Ok: the body is complete; NeedMoreData; or the error
        qsizetype consumed = 0; // bytes of this call's input that were part of the body
    };

    ChunkedDecoder() : m_limits(Limits()) { }
    explicit ChunkedDecoder(Limits limits) : m_limits(limits) { }

    Result feed(QByteArrayView bytes, QByteArray &out);
    // The same, handing each run of chunk data to `sink` (a view into `bytes`, valid during the
    // call) instead of copying it: a reader that passes the data on saves a copy per byte.
    template<typename Sink>
    Result feed(QByteArrayView bytes, Sink &&sink)
    {
        return feedTo(bytes, [](void *context, QByteArrayView data) {
            (*static_cast<std::remove_reference_t<Sink> *>(context))(data);
        }, &sink);
    }
    bool isComplete() const { return m_state == State::Done; }
    qint64 totalBytesFed() const { return m_fed; }
    void reset() { *this = ChunkedDecoder(m_limits); }

private:
    using SinkFunction = void (*)(void *context, QByteArrayView data);
    Result feedTo(QByteArrayView bytes, SinkFunction sink, void *context);

    enum class State { Size, Extension, SizeLf, Data, DataCr, DataLf, Trailer, Done };

    CodecError fail(CodecStatus status, qint64 offset, const QString &what);

    Limits m_limits;
    State m_state = State::Size;
    qint64 m_fed = 0; // bytes consumed so far (error offsets count from the first)
    qint64 m_chunkSize = 0;
    qint64 m_left = 0; // data bytes of the current chunk still to come
    int m_digits = 0;
    qsizetype m_lineBytes = 0; // of the current size line or trailer line
    qsizetype m_trailerBytes = 0;
    bool m_lastChunk = false;
    CodecError m_error;
};

} // namespace mms
