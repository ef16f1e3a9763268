// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/httphead.h"
#include "core/protocol/codecresult.h"

#include <QByteArrayView>

namespace mms {

// Reads an HTTP/1.x request or response head (start line, header fields, empty line) from
// bytes fed in any chunking, and stops at its end: what follows is the body, left to the caller.
// Each limit is checked as bytes arrive, before they are kept: a line longer than maxLineBytes,
// more than maxHeaders fields or a head over maxHeadBytes gives TooLarge at once, so a peer that
// never ends its head costs at most maxHeadBytes. A response must start "HTTP/": anything else is
// Malformed as soon as the first byte that cannot begin one arrives. Obsolete line folding,
// control characters and fields without a name are Malformed. Errors are sticky.
class HttpHeadReader {
public:
    enum class Kind { Request, Response };

    struct Limits {
        qsizetype maxLineBytes = 8 * 1024; // one line, CRLF included
        qsizetype maxHeaders = 64;
        qsizetype maxHeadBytes = 32 * 1024; // the whole head, empty line included
    };

    struct Result {
        CodecError error; // Ok: the head is complete; NeedMoreData; or the error
        qsizetype consumed = 0; // bytes of this call's input that belong to the head
    };

    explicit HttpHeadReader(Kind kind) : m_kind(kind), m_limits(Limits()) { }
    HttpHeadReader(Kind kind, Limits limits) : m_kind(kind), m_limits(limits) { }

    Result feed(QByteArrayView bytes);
    bool isComplete() const { return m_done; }
    const HttpHead &head() const { return m_head; }
    qsizetype headBytes() const { return m_total; }
    void reset();

private:
    CodecError takeLine(QByteArrayView line);
    CodecError parseStartLine(QByteArrayView line);
    CodecError checkResponsePrefix() const;
    CodecError error(CodecStatus status, qint64 offset, const QString &what) const;

    Kind m_kind;
    Limits m_limits;
    HttpHead m_head;
    QByteArray m_line; // the line being received
    qint64 m_lineStart = 0; // offset of its first byte in the head
    qsizetype m_total = 0;
    bool m_startLineDone = false;
    bool m_done = false;
    CodecError m_error;
};

} // namespace mms
