// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/plaintextplaylist.h"

#include "core/playlist/asxwarnings.h"
#include "core/playlist/playlisttext.h"

#include <QList>
#include <QStringTokenizer>
#include <algorithm>

namespace {

AsxParseResult failure(int line, int column, const QString &message)
{
    AsxParseResult result;
    result.error.line = line;
    result.error.column = column;
    result.error.message = message;
    return result;
}

// "Ref12" -> 12; -1 for any other key.
int refNumber(QStringView key)
{
    if (key.size() < 4 || !key.startsWith(u"ref", Qt::CaseInsensitive))
        return -1;
    bool ok = false;
    const int n = key.mid(3).toInt(&ok);
    return ok && n >= 0 && key[3].isDigit() ? n : -1;
}

} // namespace

bool PlainTextPlaylist::looksLikeUrl(QStringView line)
{
    const qsizetype colon = line.indexOf(u"://");
    if (colon < 1 || colon > 16 || !line[0].isLetter())
        return false;
    for (QChar c : line.left(colon)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

AsxParseResult PlainTextPlaylist::parseReference(QStringView text, const QUrl &sourceUrl,
                                                 const AsxParseLimits &limits)
{
    struct Ref
    {
        int number;
        QUrl url;
    };
    QList<Ref> refs;
    AsxWarnings warnings(limits.maxWarnings);
    bool inReference = false;
    int lineNumber = 0;
    for (QStringView rawLine : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inReference = line.compare(u"[Reference]", Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!inReference)
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            warnings.add(
                PlaylistText::tr("line %1: not a Key=Value line; ignored").arg(lineNumber));
            continue;
        }
        const int number = refNumber(line.left(eq).trimmed());
        if (number < 0)
            continue; // other keys (e.g. BaseURL from some encoders) carry nothing we play
        QString why;
        const QUrl url = AsxParser::resolveHref(line.mid(eq + 1).toString(), sourceUrl, &why);
        if (url.isEmpty()) {
            warnings.add(PlaylistText::tr("line %1: %2 ignored: %3")
                             .arg(lineNumber)
                             .arg(line.left(eq).trimmed(), why));
            continue;
        }
        if (refs.size() >= limits.maxEntries)
            return failure(
                lineNumber, 1, PlaylistText::tr("more than %1 Ref lines").arg(limits.maxEntries));
        refs.append({number, url});
    }
    if (refs.isEmpty())
        return failure(0, 0, PlaylistText::tr("[Reference] list has no usable RefN= line"));
    std::stable_sort(refs.begin(), refs.end(),
                     [](const Ref &a, const Ref &b) { return a.number < b.number; });
    AsxParseResult result;
    result.ok = true;
    result.playlist.format = PlaylistFormat::Reference;
    result.playlist.sourceUrl = sourceUrl;
    PlaylistEntry entry;
    for (const Ref &r : std::as_const(refs))
        entry.refs.append(r.url);
    result.playlist.entries.append(entry);
    result.playlist.warnings = warnings.take();
    return result;
}

AsxParseResult PlainTextPlaylist::parseUrlList(QStringView text, const QUrl &sourceUrl,
                                               const AsxParseLimits &limits)
{
    AsxParseResult result;
    result.playlist.format = PlaylistFormat::UrlList;
    result.playlist.sourceUrl = sourceUrl;
    int lineNumber = 0;
    for (QStringView rawLine : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int column = int(rawLine.indexOf(line.front())) + 1;
        QString why;
        const QUrl url = looksLikeUrl(line)
                             ? AsxParser::resolveHref(line.toString(), QUrl(), &why)
                             : QUrl();
        if (url.isEmpty())
            return failure(lineNumber, column,
                PlaylistText::tr("line is not a URL: \"%1\"").arg(line.left(80)));
        if (result.playlist.entries.size() >= limits.maxEntries)
            return failure(lineNumber, column,
                PlaylistText::tr("more than %1 entries").arg(limits.maxEntries));
        PlaylistEntry entry;
        entry.refs.append(url);
        result.playlist.entries.append(entry);
    }
    result.ok = true;
    return result;
}
