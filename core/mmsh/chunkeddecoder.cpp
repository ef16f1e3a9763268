// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/chunkeddecoder.h"

#include <cstring>

namespace mms {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

CodecError ChunkedDecoder::fail(CodecStatus status, qint64 offset, const QString &what)
{
    m_error = {status, offset, what};
    return m_error;
}

ChunkedDecoder::Result ChunkedDecoder::feed(QByteArrayView bytes, QByteArray &out)
{
    return feed(bytes, [&out](QByteArrayView data) { out.append(data); });
}

ChunkedDecoder::Result ChunkedDecoder::feedTo(QByteArrayView bytes, SinkFunction sink, void *context)
{
    if (m_state == State::Done)
        return {{}, 0};
    if (!m_error.ok())
        return {m_error, 0};
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    auto stop = [&](CodecStatus status, const QString &what) {
        return Result {fail(status, m_fed + pos, what), pos};
    };
    while (pos < size) {
        const char c = bytes[pos];
        switch (m_state) {
        case State::Size: {
            // chunk-size = 1*HEXDIG, then optional extensions (";..."), then CRLF.
            const int v = hexValue(c);
            if (v >= 0) {
                m_chunkSize = m_chunkSize * 16 + v;
                ++m_digits;
                if (m_chunkSize > m_limits.maxChunkBytes)
                    return stop(CodecStatus::TooLarge,
                        QStringLiteral("chunk over the limit of %1 bytes")
                            .arg(m_limits.maxChunkBytes));
                break;
            }
            if (m_digits == 0)
                return stop(
                    CodecStatus::Malformed, QStringLiteral("chunk size is not hexadecimal"));
            if (c == ';' || c == ' ' || c == '\t')
                m_state = State::Extension;
            else if (c == '\r')
                m_state = State::SizeLf;
            else
                return stop(
                    CodecStatus::Malformed, QStringLiteral("bad character after the chunk size"));
            break;
        }
        case State::Extension:
            if (c == '\r')
                m_state = State::SizeLf;
            else if (uchar(c) < 0x20 && c != '\t')
                return stop(CodecStatus::Malformed,
                    QStringLiteral("control character in a chunk extension"));
            break;
        case State::SizeLf:
            if (c != '\n')
                return stop(
                    CodecStatus::Malformed, QStringLiteral("chunk size line does not end in CRLF"));
            m_lineBytes = -1; // the next line starts after this byte
            if (m_chunkSize == 0) {
                m_lastChunk = true;
                m_state = State::Trailer;
            } else {
                m_left = m_chunkSize;
                m_state = State::Data;
            }
            break;
        case State::Data: {
            const qsizetype n = qsizetype(qMin<qint64>(m_left, size - pos));
            sink(context, bytes.sliced(pos, n));
            m_left -= n;
            pos += n;
            if (m_left == 0)
                m_state = State::DataCr;
            continue; // pos already moved
        }
        case State::DataCr:
            if (c != '\r')
                return stop(
                    CodecStatus::Malformed, QStringLiteral("chunk data does not end in CRLF"));
            m_state = State::DataLf;
            break;
        case State::DataLf:
            if (c != '\n')
                return stop(
                    CodecStatus::Malformed, QStringLiteral("chunk data does not end in CRLF"));
            m_state = State::Size;
            m_chunkSize = 0;
            m_digits = 0;
            m_lineBytes = -1;
            break;
        case State::Trailer:
            // Trailer fields are skipped (we use none), counted against their limit; an empty
            // line ends the body.
            if (++m_trailerBytes > m_limits.maxTrailerBytes)
                return stop(CodecStatus::TooLarge,
                    QStringLiteral("trailer over the limit of %1 bytes")
                        .arg(m_limits.maxTrailerBytes));
            if (c == '\n') {
                if (m_lineBytes == 0) {
                    m_state = State::Done;
                    ++pos;
                    m_fed += pos;
                    return {{}, pos};
                }
                m_lineBytes = -1;
            } else if (c != '\r') {
                if (uchar(c) < 0x20 && c != '\t')
                    return stop(
                        CodecStatus::Malformed, QStringLiteral("control character in a trailer"));
                ++m_lineBytes; // CR is not counted, so "\r\n" alone is the empty line
            }
            if (m_lineBytes < 0)
                m_lineBytes = 0;
            ++pos;
            continue;
        case State::Done:
            break;
        }
        if (m_state == State::Size || m_state == State::Extension || m_state == State::SizeLf) {
            if (++m_lineBytes > m_limits.maxLineBytes)
                return stop(CodecStatus::TooLarge,
                    QStringLiteral("chunk size line over the limit of %1 bytes")
                        .arg(m_limits.maxLineBytes));
        }
        if (m_lineBytes < 0)
            m_lineBytes = 0;
        ++pos;
    }
    m_fed += pos;
    return {{CodecStatus::NeedMoreData, 0, QString()}, pos};
}

} // namespace mms
