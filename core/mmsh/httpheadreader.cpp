// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/httpheadreader.h"

#include <cstring>

namespace mms {

namespace {

constexpr QByteArrayView HttpPrefix("HTTP/");

// RFC 9110 5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// "HTTP/" DIGIT "." DIGIT; only HTTP/1.x is spoken here.
bool parseVersion(QByteArrayView text, int *major, int *minor)
{
    if (text.size() != 8 || !text.startsWith(HttpPrefix) || text[6] != '.')
        return false;
    const char a = text[5];
    const char b = text[7];
    if (a != '1' || b < '0' || b > '9')
        return false;
    *major = a - '0';
    *minor = b - '0';
    return true;
}

} // namespace

void HttpHeadReader::reset()
{
    *this = HttpHeadReader(m_kind, m_limits);
}

CodecError HttpHeadReader::error(CodecStatus status, qint64 offset, const QString &what) const
{
    return {status, offset, what};
}

// While a response's first line is arriving, its first bytes must be those of "HTTP/": a peer
// that answers in another protocol (an MMS-over-TCP server, a binary stream) is told at once.
CodecError HttpHeadReader::checkResponsePrefix() const
{
    const qsizetype n = qMin(m_line.size(), HttpPrefix.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (m_line.at(i) != HttpPrefix.at(i))
            return error(CodecStatus::Malformed, m_lineStart + i,
                QStringLiteral("response does not start with HTTP/"));
    }
    return {};
}

HttpHeadReader::Result HttpHeadReader::feed(QByteArrayView bytes)
{
    if (m_done)
        return {{}, 0};
    if (!m_error.ok())
        return {m_error, 0};
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const char *start = bytes.data() + pos;
        const auto *newline =
            static_cast<const char *>(std::memchr(start, '\n', size_t(bytes.size() - pos)));
        const qsizetype take = newline ? newline - start + 1 : bytes.size() - pos;
        // The limits, checked before the bytes are kept. Whichever would be passed first, byte
        // by byte, is the one reported, so the result does not depend on the chunking.
        const qsizetype lineRoom = m_limits.maxLineBytes - m_line.size();
        const qsizetype headRoom = m_limits.maxHeadBytes - m_total;
        if (take > qMin(lineRoom, headRoom)) {
            const bool line = lineRoom <= headRoom;
            m_error = error(CodecStatus::TooLarge, m_total + qMin(lineRoom, headRoom),
                line
                    ? QStringLiteral("header line over the limit of %1 bytes")
                          .arg(m_limits.maxLineBytes)
                    : QStringLiteral("head over the limit of %1 bytes").arg(m_limits.maxHeadBytes));
            m_line.clear();
            return {m_error, pos};
        }
        m_line.append(start, take);
        m_total += take;
        pos += take;
        if (m_kind == Kind::Response && !m_startLineDone) {
            m_error = checkResponsePrefix();
            if (!m_error.ok()) {
                m_line.clear();
                return {m_error, pos};
            }
        }
        if (!newline)
            break;
        QByteArrayView line(m_line);
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_error = takeLine(line);
        m_lineStart = m_total;
        m_line.clear();
        if (!m_error.ok())
            return {m_error, pos};
        if (m_done) {
            m_line.squeeze();
            return {{}, pos};
        }
    }
    return {{CodecStatus::NeedMoreData, 0, QString()}, pos};
}

CodecError HttpHeadReader::takeLine(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7F)
            return error(CodecStatus::Malformed, m_lineStart + i,
                QStringLiteral("control character 0x%1 in the head")
                    .arg(c, 2, 16, QLatin1Char('0')));
    }
    if (!m_startLineDone) {
        // RFC 9112 2.2: a server SHOULD ignore empty lines before a request line (some clients
        // send a CRLF after a POST body).
        if (line.isEmpty() && m_kind == Kind::Request)
            return {};
        CodecError e = parseStartLine(line);
        m_startLineDone = e.ok();
        return e;
    }
    if (line.isEmpty()) {
        m_done = true;
        return {};
    }
    if (line[0] == ' ' || line[0] == '\t')
        return error(CodecStatus::Malformed, m_lineStart, QStringLiteral("obsolete line folding"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return error(CodecStatus::Malformed, m_lineStart,
            QStringLiteral("header line without a field name"));
    if (m_head.headers.size() >= m_limits.maxHeaders)
        return error(CodecStatus::TooLarge, m_lineStart,
            QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaders));
    m_head.headers.append(
        {line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return {};
}

CodecError HttpHeadReader::parseStartLine(QByteArrayView line)
{
    if (m_kind == Kind::Response) {
        // status-line = HTTP-version SP 3DIGIT SP [ reason-phrase ] (RFC 9112 4); the space and
        // reason are optional here, as several servers leave them out.
        if (line.size() < 12 || line[8] != ' '
            || !parseVersion(line.first(8), &m_head.versionMajor, &m_head.versionMinor))
            return error(CodecStatus::Malformed, m_lineStart, QStringLiteral("bad status line"));
        int code = 0;
        for (int i = 9; i < 12; ++i) {
            if (line[i] < '0' || line[i] > '9')
                return error(
                    CodecStatus::Malformed, m_lineStart + i, QStringLiteral("bad status code"));
            code = code * 10 + (line[i] - '0');
        }
        if (code < 100 || code > 599)
            return error(CodecStatus::Malformed, m_lineStart + 9,
                QStringLiteral("status code %1").arg(code));
        if (line.size() > 12 && line[12] != ' ')
            return error(
                CodecStatus::Malformed, m_lineStart + 12, QStringLiteral("bad status line"));
        m_head.statusCode = code;
        m_head.reason = line.size() > 13 ? line.sliced(13).toByteArray() : QByteArray();
        return {};
    }
    // request-line = method SP request-target SP HTTP-version (RFC 9112 3)
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1 || !isToken(line.first(first)))
        return error(CodecStatus::Malformed, m_lineStart, QStringLiteral("bad request line"));
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    if (target.contains(' '))
        return error(CodecStatus::Malformed, m_lineStart + first + 1,
            QStringLiteral("space in the request target"));
    if (!parseVersion(line.sliced(last + 1), &m_head.versionMajor, &m_head.versionMinor))
        return error(
            CodecStatus::Malformed, m_lineStart + last + 1, QStringLiteral("bad HTTP version"));
    m_head.method = line.first(first).toByteArray();
    m_head.target = target.toByteArray();
    return {};
}

} // namespace mms
