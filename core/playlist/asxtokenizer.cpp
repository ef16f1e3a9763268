// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/asxtokenizer.h"

#include "core/playlist/playlisttext.h"

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == u'-' || c == u'.';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\f';
}

// Longest entity we recognise between '&' and ';' ("#x10FFFF" is 8), so a stray '&' never
// makes us scan far ahead.
constexpr qsizetype MaxEntityLength = 10;

// ASX elements have at most three attributes; the cap keeps the duplicate check linear.
constexpr qsizetype MaxAttributes = 32;

// Returns the character a numeric reference ("#65", "#x41") names, or 0 when it names none.
char32_t numericReference(QStringView ref)
{
    bool ok = false;
    uint value = 0;
    if (ref.size() > 2 && (ref[1] == u'x' || ref[1] == u'X'))
        value = ref.mid(2).toUInt(&ok, 16);
    else if (ref.size() > 1 && ref[1].isDigit())
        value = ref.mid(1).toUInt(&ok, 10);
    if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return char32_t(value);
}

} // namespace

QString AsxToken::attribute(QStringView upperName) const
{
    for (const AsxAttribute &a : attributes) {
        if (a.name == upperName)
            return a.value;
    }
    return {};
}

AsxTokenizer::AsxTokenizer(QStringView input)
    : m_input(input)
{
}

void AsxTokenizer::lineColumn(qsizetype offset, int *line, int *column) const
{
    offset = qBound(qsizetype(0), offset, m_input.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (m_input[i] == u'\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(offset - lineStart) + 1;
}

bool AsxTokenizer::decodeEntities(QStringView raw, QString *out, QString *error,
                                  qsizetype *errorOffset)
{
    out->clear();
    out->reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'&') {
            out->append(c);
            continue;
        }
        const qsizetype semi = raw.mid(i + 1, MaxEntityLength + 1).indexOf(u';');
        if (semi <= 0) {
            out->append(c); // a bare '&', e.g. in "?a=1&b=2"
            continue;
        }
        const QStringView name = raw.mid(i + 1, semi);
        QString replacement;
        if (name[0] == u'#') {
            const char32_t ch = numericReference(name);
            if (ch == 0) {
                *error = PlaylistText::tr("invalid character reference &%1;").arg(name);
                *errorOffset = i;
                return false;
            }
            replacement = QString::fromUcs4(&ch, 1);
        } else if (name.compare(u"amp", Qt::CaseInsensitive) == 0) {
            replacement = QStringLiteral("&");
        } else if (name.compare(u"lt", Qt::CaseInsensitive) == 0) {
            replacement = QStringLiteral("<");
        } else if (name.compare(u"gt", Qt::CaseInsensitive) == 0) {
            replacement = QStringLiteral(">");
        } else if (name.compare(u"quot", Qt::CaseInsensitive) == 0) {
            replacement = QStringLiteral("\"");
        } else if (name.compare(u"apos", Qt::CaseInsensitive) == 0) {
            replacement = QStringLiteral("'");
        } else {
            out->append(c); // unknown name: keep the text as written
            continue;
        }
        out->append(replacement);
        i += semi + 1;
    }
    return true;
}

AsxToken AsxTokenizer::next()
{
    if (m_done)
        return m_last;
    AsxToken token;
    // A loop, not recursion, over skipped comments: input may hold a million of them.
    do {
        m_skipped = false;
        if (atEnd()) {
            token.type = AsxToken::EndOfInput;
            token.offset = m_pos;
        } else if (m_input[m_pos] == u'<') {
            token = readMarkup();
        } else {
            token = readText();
        }
    } while (m_skipped);
    if (token.type == AsxToken::EndOfInput || token.type == AsxToken::Error) {
        m_done = true;
        m_last = token;
    }
    return token;
}

AsxToken AsxTokenizer::error(qsizetype offset, const QString &message)
{
    AsxToken token;
    token.type = AsxToken::Error;
    token.offset = offset;
    token.text = message;
    return token;
}

AsxToken AsxTokenizer::readMarkup()
{
    const qsizetype start = m_pos;
    const QStringView rest = m_input.mid(m_pos);
    if (rest.startsWith(u"<!--"))
        return skipUntil(start, u"-->", QT_TRANSLATE_NOOP("PlaylistText", "comment"));
    if (rest.startsWith(u"<![CDATA[")) {
        const qsizetype end = m_input.indexOf(u"]]>", start + 9);
        if (end < 0)
            return error(start, PlaylistText::tr("CDATA section is not closed"));
        AsxToken token;
        token.type = AsxToken::Text;
        token.offset = start;
        token.text = m_input.mid(start + 9, end - start - 9).toString();
        m_pos = end + 3;
        return token;
    }
    if (rest.startsWith(u"<!"))
        return skipUntil(start, u">", QT_TRANSLATE_NOOP("PlaylistText", "<! declaration"));
    if (rest.startsWith(u"<?"))
        return skipUntil(
            start, u"?>", QT_TRANSLATE_NOOP("PlaylistText", "<? processing instruction"));
    if (rest.startsWith(u"</"))
        return readEndTag(start);
    return readStartTag(start);
}

AsxToken AsxTokenizer::skipUntil(qsizetype start, QStringView terminator, const char *what)
{
    const qsizetype end = m_input.indexOf(terminator, start + 2);
    if (end < 0)
        return error(start, PlaylistText::tr("%1 is not closed").arg(PlaylistText::tr(what)));
    m_pos = end + terminator.size();
    m_skipped = true;
    return {};
}

QString AsxTokenizer::readName()
{
    const qsizetype start = m_pos;
    if (atEnd() || !isNameStart(m_input[m_pos]))
        return {};
    while (!atEnd() && isNameChar(m_input[m_pos]))
        ++m_pos;
    return m_input.mid(start, m_pos - start).toString().toUpper();
}

void AsxTokenizer::skipSpace()
{
    while (!atEnd() && isSpace(m_input[m_pos]))
        ++m_pos;
}

AsxToken AsxTokenizer::readEndTag(qsizetype start)
{
    m_pos = start + 2;
    AsxToken token;
    token.type = AsxToken::EndTag;
    token.offset = start;
    token.name = readName();
    if (token.name.isEmpty())
        return error(start, PlaylistText::tr("'</' is not followed by an element name"));
    skipSpace();
    if (atEnd() || m_input[m_pos] != u'>')
        return error(
            start, PlaylistText::tr("end tag </%1> is not closed with '>'").arg(token.name));
    ++m_pos;
    return token;
}

AsxToken AsxTokenizer::readStartTag(qsizetype start)
{
    m_pos = start + 1;
    AsxToken token;
    token.type = AsxToken::StartTag;
    token.offset = start;
    token.name = readName();
    if (token.name.isEmpty())
        return error(start, PlaylistText::tr("'<' is not followed by an element name"));
    for (;;) {
        skipSpace();
        if (atEnd())
            return error(
                start, PlaylistText::tr("tag <%1> is not closed with '>'").arg(token.name));
        if (m_input[m_pos] == u'>') {
            ++m_pos;
            return token;
        }
        if (m_input.mid(m_pos).startsWith(u"/>")) {
            m_pos += 2;
            token.selfClosing = true;
            return token;
        }
        if (token.attributes.size() >= MaxAttributes)
            return error(m_pos,
                PlaylistText::tr("more than %1 attributes in <%2>")
                    .arg(MaxAttributes)
                    .arg(token.name));
        AsxToken failure;
        if (!readAttribute(&token, &failure))
            return failure;
    }
}

bool AsxTokenizer::readAttribute(AsxToken *tag, AsxToken *failure)
{
    const qsizetype nameStart = m_pos;
    const QString name = readName();
    if (name.isEmpty()) {
        *failure = error(nameStart,
            PlaylistText::tr("unexpected '%1' in tag <%2>").arg(m_input[nameStart], tag->name));
        return false;
    }
    if (!tag->attribute(name).isNull()) {
        *failure = error(
            nameStart, PlaylistText::tr("attribute %1 appears twice in <%2>").arg(name, tag->name));
        return false;
    }
    skipSpace();
    if (atEnd() || m_input[m_pos] != u'=') {
        *failure = error(
            nameStart, PlaylistText::tr("attribute %1 in <%2> has no value").arg(name, tag->name));
        return false;
    }
    ++m_pos;
    skipSpace();
    if (atEnd()) {
        *failure =
            error(nameStart, PlaylistText::tr("tag <%1> is not closed with '>'").arg(tag->name));
        return false;
    }
    qsizetype valueStart = m_pos;
    QStringView raw;
    const QChar quote = m_input[m_pos];
    if (quote == u'"' || quote == u'\'') {
        const qsizetype end = m_input.indexOf(quote, m_pos + 1);
        if (end < 0) {
            *failure = error(m_pos,
                PlaylistText::tr("value of attribute %1 in <%2> is not closed")
                    .arg(name, tag->name));
            return false;
        }
        valueStart = m_pos + 1;
        raw = m_input.mid(valueStart, end - valueStart);
        m_pos = end + 1;
    } else {
        while (!atEnd() && !isSpace(m_input[m_pos]) && m_input[m_pos] != u'>')
            ++m_pos;
        raw = m_input.mid(valueStart, m_pos - valueStart);
        if (raw.isEmpty()) {
            *failure = error(nameStart,
                PlaylistText::tr("attribute %1 in <%2> has no value").arg(name, tag->name));
            return false;
        }
    }
    AsxAttribute attribute;
    attribute.name = name;
    QString message;
    qsizetype at = 0;
    if (!decodeEntities(raw, &attribute.value, &message, &at)) {
        *failure = error(valueStart + at, message);
        return false;
    }
    tag->attributes.append(attribute);
    return true;
}

AsxToken AsxTokenizer::readText()
{
    const qsizetype start = m_pos;
    qsizetype end = m_input.indexOf(u'<', start);
    if (end < 0)
        end = m_input.size();
    m_pos = end;
    AsxToken token;
    token.type = AsxToken::Text;
    token.offset = start;
    QString message;
    qsizetype at = 0;
    if (!decodeEntities(m_input.mid(start, end - start), &token.text, &message, &at))
        return error(start + at, message);
    return token;
}
