// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/chunkeddecoder.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshsplitter.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mms {

// One MMSH response as the client reads it ([MS-WMSP] 2.2.2): the HTTP head, then a body of
// $-packets, delimited by Content-Length, by chunked coding, or by the end of the connection.
// Fed arbitrary pieces; next() yields the head once, then the packets, then BodyEnd when a
// delimited body is complete. Limits are those of HttpHeadReader, ChunkedDecoder and
// MmshSplitter. Errors are sticky.
class MmshResponseReader {
public:
    enum class Kind { NeedMoreData, Head, Packet, BodyEnd, Error };

    struct Item {
        Kind kind = Kind::NeedMoreData;
        CodecError error; // for Error
        MmshPacket packet; // for Packet
    };

    void append(QByteArrayView bytes);
    Item next();

    // After the Head item: keep the body as bytes instead of splitting it into $-packets (an
    // ASX playlist answered in place of a stream), at most `maxBytes` (more is an error).
    // BodyEnd comes as for packets; until-close bodies end with the connection (the caller's).
    void keepRawBody(qsizetype maxBytes);
    const QByteArray &rawBody() const { return m_raw; }

    // Pipelined connections ([MS-WMSP] pipelined mode): the bytes after a complete body are
    // the next response's. Kept (at most MaxTrailingBytes, more is an error) for startNext(),
    // which begins that response after BodyEnd. Otherwise they are dropped.
    static constexpr qsizetype MaxTrailingBytes = 1024 * 1024;
    void setPipelined(bool pipelined) { m_pipelined = pipelined; }
    void startNext();

    const HttpHead &head() const { return m_head.head(); }
    bool headComplete() const { return m_headReported; }
    // Body bytes fed after the head but not yet split into whole packets.
    qsizetype bufferedBytes() const { return m_input.size() + m_splitter.bufferedBytes(); }
    void reset();

private:
    Item fail(const CodecError &error);
    void feedBody();
    // Takes the body's bytes from `bytes` (up to Content-Length); returns how many it took.
    qsizetype feedPlain(QByteArrayView bytes);
    // The same for a chunked body, through the decoder (errors land in m_error).
    qsizetype feedChunked(QByteArrayView bytes);

    HttpHeadReader m_head {HttpHeadReader::Kind::Response};
    ChunkedDecoder m_chunked;
    MmshSplitter m_splitter;
    QByteArray m_input; // bytes not yet given to the head reader or the body decoder
    bool m_headReported = false;
    bool m_chunkedBody = false;
    qint64 m_bodyLeft = -1; // Content-Length still to come; -1: until the connection ends
    bool m_bodyDone = false;
    bool m_endReported = false;
    bool m_rawMode = false;
    bool m_pipelined = false;
    qsizetype m_rawMax = 0;
    QByteArray m_raw;
    CodecError m_error;
};

} // namespace mms
