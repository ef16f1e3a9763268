// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Splits the XML-like text of an ASX metafile into tags and text. ASX files in the wild are
// rarely well-formed XML, so this is deliberately more lenient than an XML reader:
// - element and attribute names are case-insensitive (reported upper-cased);
// - attribute values may be double-quoted, single-quoted or unquoted (an unquoted value ends at
//   whitespace or '>');
// - a '&' that does not start &amp; &lt; &gt; &quot; &apos; or a numeric reference is kept as a
//   literal '&' (URLs with unescaped query strings are common);
// - comments, <?...?> processing instructions and <!DOCTYPE ...> are skipped; CDATA is text.
// Still errors (never guesses): an unterminated tag, comment, CDATA or quoted value, '<' not
// followed by a name, an attribute without a value, a duplicated attribute, more than 32
// attributes in one tag, and a numeric character reference naming no valid character.
struct AsxAttribute
{
    QString name; // upper-cased
    QString value; // entity references decoded
};

struct AsxToken
{
    enum Type { StartTag, EndTag, Text, EndOfInput, Error };

    Type type = EndOfInput;
    QString name; // StartTag / EndTag, upper-cased
    QList<AsxAttribute> attributes;
    bool selfClosing = false; // <NAME ... />
    QString text; // Text (decoded), or the message for Error
    qsizetype offset = 0; // where the token (or the error) starts in the input

    // The value of the attribute `upperName`, or a null QString when absent.
    QString attribute(QStringView upperName) const;
};

class AsxTokenizer
{
public:
    explicit AsxTokenizer(QStringView input);

    // The next token. After EndOfInput or Error every call returns the same again.
    AsxToken next();

    // 1-based line and column (in UTF-16 units) of an offset into the input.
    void lineColumn(qsizetype offset, int *line, int *column) const;

    // Decodes entity references in `raw` as described above; false and `error` set when a numeric
    // reference is invalid (`errorOffset` is relative to `raw`).
    static bool decodeEntities(QStringView raw, QString *out, QString *error,
                               qsizetype *errorOffset);

private:
    AsxToken readMarkup();
    AsxToken readStartTag(qsizetype start);
    AsxToken readEndTag(qsizetype start);
    AsxToken readText();
    AsxToken skipUntil(qsizetype start, QStringView terminator, const char *what);
    AsxToken error(qsizetype offset, const QString &message);
    bool readAttribute(AsxToken *tag, AsxToken *failure);
    QString readName();
    void skipSpace();
    bool atEnd() const { return m_pos >= m_input.size(); }

    QStringView m_input;
    qsizetype m_pos = 0;
    bool m_done = false;
    bool m_skipped = false; // the last read consumed a comment or declaration
    AsxToken m_last;
};
