// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/asxparser.h"

#include "core/playlist/asxdocument.h"
#include "core/playlist/plaintextplaylist.h"
#include "core/playlist/playlisttext.h"

#include <QStringDecoder>
#include <QStringTokenizer>

namespace {

AsxParseResult failure(int line, int column, const QString &message)
{
    AsxParseResult result;
    result.error.line = line;
    result.error.column = column;
    result.error.message = message;
    return result;
}

// Metafiles are ASCII in practice; UTF-8 is the XML default and what WMP writes; Notepad's
// "Unicode" files carry a UTF-16 BOM. Anything else is most likely Windows-1252, which Latin-1
// matches for every character a URL or title needs.
QString decodeText(QByteArrayView bytes, bool *wasLatin1)
{
    *wasLatin1 = false;
    const QByteArrayView utf8Bom("\xEF\xBB\xBF");
    if (bytes.startsWith(utf8Bom))
        bytes = bytes.sliced(3);
    else if (bytes.startsWith(QByteArrayView("\xFF\xFE")))
        return QStringDecoder(QStringConverter::Utf16LE)(bytes.sliced(2));
    else if (bytes.startsWith(QByteArrayView("\xFE\xFF")))
        return QStringDecoder(QStringConverter::Utf16BE)(bytes.sliced(2));
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    *wasLatin1 = true;
    return QString::fromLatin1(bytes);
}

void lineColumnOf(QStringView text, qsizetype offset, int *line, int *column)
{
    *line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == u'\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = int(offset - lineStart) + 1;
}

} // namespace

QString AsxParseResult::errorString() const
{
    if (error.line <= 0)
        return error.message;
    return PlaylistText::tr("line %1, column %2: %3")
        .arg(error.line)
        .arg(error.column)
        .arg(error.message);
}

bool AsxParser::looksLikeAsf(QByteArrayView bytes)
{
    // ASF Header Object GUID 75B22630-668E-11CF-A6D9-00AA0062CE6C as stored (ASF 1.20 §3.1).
    static const char headerGuid[] = "\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9\x00\xAA\x00\x62\xCE\x6C";
    return bytes.startsWith(QByteArrayView(headerGuid, 16));
}

QUrl AsxParser::resolveHref(const QString &href, const QUrl &base, QString *why)
{
    QString text = href.trimmed();
    if (text.isEmpty()) {
        *why = PlaylistText::tr("empty URL");
        return {};
    }
    QUrl url(text, QUrl::TolerantMode);
    if (url.isRelative()) {
        text.replace(u'\\', u'/'); // "media\clip.wmv" written on Windows
        url = QUrl(text, QUrl::TolerantMode);
        if (!base.isValid() || base.isRelative()) {
            *why = PlaylistText::tr("relative URL \"%1\" and no base URL").arg(text.left(200));
            return {};
        }
        url = base.resolved(url);
    }
    if (!url.isValid() || url.isEmpty()) {
        *why = PlaylistText::tr("\"%1\" is not a valid URL (%2)")
                   .arg(text.left(200), url.errorString());
        return {};
    }
    return url;
}

AsxParseResult AsxParser::parse(QByteArrayView bytes, const QUrl &sourceUrl,
                                const AsxParseLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return failure(
            0, 0, PlaylistText::tr("playlist is larger than %1 bytes").arg(limits.maxBytes));
    if (looksLikeAsf(bytes))
        return failure(0, 0, PlaylistText::tr("this is ASF media, not a playlist"));
    bool wasLatin1 = false;
    const QString text = decodeText(bytes, &wasLatin1);

    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    if (start == text.size())
        return failure(0, 0, PlaylistText::tr("playlist is empty"));

    AsxParseResult result;
    if (text[start] == u'<') {
        result = AsxDocument(text, sourceUrl, limits).parse();
    } else {
        QStringView firstLine;
        for (QStringView line : QStringTokenizer(text, u'\n')) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#')) {
                firstLine = line.trimmed();
                break;
            }
        }
        // An INI-style file: "[Reference]" is usually first, but need not be.
        if (firstLine.startsWith(u'[') && firstLine.endsWith(u']')) {
            result = PlainTextPlaylist::parseReference(text, sourceUrl, limits);
        } else if (PlainTextPlaylist::looksLikeUrl(firstLine)) {
            result = PlainTextPlaylist::parseUrlList(text, sourceUrl, limits);
        } else {
            int line = 0;
            int column = 0;
            lineColumnOf(text, start, &line, &column);
            return failure(
                line, column, PlaylistText::tr("not an ASX playlist, [Reference] list or URL"));
        }
    }
    if (result.ok && wasLatin1)
        result.playlist.warnings.prepend(PlaylistText::tr("not valid UTF-8; read as Latin-1"));
    return result;
}
