// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshresponsereader.h"

namespace mms {

void MmshResponseReader::reset()
{
    *this = MmshResponseReader();
}

void MmshResponseReader::keepRawBody(qsizetype maxBytes)
{
    m_rawMode = true;
    m_rawMax = maxBytes;
}

void MmshResponseReader::startNext()
{
    QByteArray rest = std::move(m_input);
    const bool pipelined = m_pipelined;
    const CodecError error = m_error;
    reset();
    m_pipelined = pipelined;
    m_error = error;
    if (m_error.ok())
        m_input = std::move(rest);
}

void MmshResponseReader::append(QByteArrayView bytes)
{
    if (!m_error.ok() || (m_bodyDone && !m_pipelined))
        return; // anything after a complete body belongs to no response we asked for
    if (m_headReported && !m_bodyDone && m_input.isEmpty()) {
        // The body straight to the splitter: one copy fewer per byte (two for a chunked body;
        // figure 2h of docs/benchmarks.md). Items come out of next() in the same order either way.
        const qsizetype taken = m_chunkedBody ? feedChunked(bytes) : feedPlain(bytes);
        if (!m_error.ok())
            return;
        if (m_pipelined && taken < bytes.size())
            m_input.append(bytes.sliced(taken)); // the next pipelined response's
        return;
    }
    m_input.append(bytes.data(), bytes.size());
}

qsizetype MmshResponseReader::feedChunked(QByteArrayView bytes)
{
    const ChunkedDecoder::Result result = m_chunked.feed(bytes, [this](QByteArrayView data) {
        if (m_rawMode)
            m_raw.append(data);
        else
            m_splitter.append(data);
    });
    if (result.error.ok())
        m_bodyDone = true;
    else if (result.error.status != CodecStatus::NeedMoreData)
        m_error = result.error;
    return result.consumed;
}

qsizetype MmshResponseReader::feedPlain(QByteArrayView bytes)
{
    qsizetype take = bytes.size();
    if (m_bodyLeft >= 0)
        take = qsizetype(qMin<qint64>(take, m_bodyLeft));
    if (m_rawMode)
        m_raw.append(bytes.first(take));
    else
        m_splitter.append(bytes.first(take));
    if (m_bodyLeft >= 0) {
        m_bodyLeft -= take;
        if (m_bodyLeft == 0)
            m_bodyDone = true;
    }
    return take;
}

MmshResponseReader::Item MmshResponseReader::fail(const CodecError &error)
{
    m_error = error;
    m_input.clear();
    Item item;
    item.kind = Kind::Error;
    item.error = error;
    return item;
}

void MmshResponseReader::feedBody()
{
    if (m_input.isEmpty() || m_bodyDone)
        return;
    if (m_chunkedBody) {
        const qsizetype taken = feedChunked(m_input);
        m_input.remove(0, taken);
        if (m_bodyDone && !m_pipelined)
            m_input.clear();
        return;
    }
    const qsizetype taken = feedPlain(m_input);
    // Bytes past Content-Length are the next response's when pipelined, else nobody's.
    if (m_pipelined)
        m_input.remove(0, taken);
    else
        m_input.clear();
}

MmshResponseReader::Item MmshResponseReader::next()
{
    Item item;
    if (!m_error.ok()) {
        item.kind = Kind::Error;
        item.error = m_error;
        return item;
    }
    if (!m_headReported) {
        if (m_input.isEmpty())
            return item;
        const HttpHeadReader::Result result = m_head.feed(m_input);
        m_input.remove(0, result.consumed);
        if (result.error.status == CodecStatus::NeedMoreData)
            return item;
        if (!result.error.ok())
            return fail(result.error);
        m_headReported = true;
        const HttpHead &head = m_head.head();
        bool lengthValid = true;
        const std::optional<qint64> length = head.contentLength(&lengthValid);
        if (head.isChunked()) {
            m_chunkedBody = true;
        } else if (!lengthValid) {
            return fail({CodecStatus::Malformed, 0, QStringLiteral("bad Content-Length")});
        } else if (length) {
            m_bodyLeft = *length;
            m_bodyDone = *length == 0;
        }
        item.kind = Kind::Head;
        return item;
    }
    feedBody();
    if (m_rawMode && m_raw.size() > m_rawMax)
        return fail({CodecStatus::TooLarge, m_raw.size(),
            QStringLiteral("a body over %1 bytes").arg(m_rawMax)});
    MmshSplitter::Item packet = m_splitter.next();
    if (packet.ok()) {
        item.kind = Kind::Packet;
        item.packet = std::move(packet.packet);
        return item;
    }
    if (packet.error.status != CodecStatus::NeedMoreData)
        return fail(packet.error);
    if (!m_error.ok())
        return fail(m_error);
    if (m_bodyDone && m_input.size() > MaxTrailingBytes)
        return fail({CodecStatus::TooLarge, m_input.size(),
            QStringLiteral("over %1 bytes after the response").arg(MaxTrailingBytes)});
    if (m_bodyDone && !m_endReported) {
        m_endReported = true;
        if (m_splitter.bufferedBytes() > 0)
            return fail(
                {CodecStatus::Malformed, 0, QStringLiteral("the body ends inside a $-packet")});
        item.kind = Kind::BodyEnd;
    }
    return item;
}

} // namespace mms
