// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlist.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

// Bounds on what one playlist file may make us hold; every one is an error (or, for REPEAT, a
// truncation with a warning) when reached, never an allocation.
struct AsxParseLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxEntries = 1000; // ENTRY + ENTRYREF items, and REFs in one ENTRY
    int maxElementDepth = 32; // nested elements, including unknown ones
    int maxWarnings = 20; // further warnings are counted in one last line
};

struct AsxError
{
    int line = 0; // 1-based; 0 when the problem has no position (e.g. too large)
    int column = 0;
    QString message; // names what was wrong, e.g. "</ENTRY> does not close <TITLE> ..."
};

struct AsxParseResult
{
    bool ok = false;
    Playlist playlist; // valid when ok
    AsxError error; // set when !ok

    // "line 3, column 7: <message>" (or just the message when it has no position).
    QString errorString() const;
};

// Parses one playlist file. Pure: bytes and the URL they came from in, a Playlist out. Accepts:
// - ASX metafiles (.asx/.wax/.wvx): ASX, ENTRY, REF, ENTRYREF, TITLE, AUTHOR, COPYRIGHT, ABSTRACT,
//   PARAM, BASE and REPEAT; other elements (MOREINFO, BANNER, DURATION, ...) are skipped with
//   their content. See AsxTokenizer for the XML leniency. Void elements (REF, ENTRYREF, BASE,
//   PARAM and the other attribute-only ones) need no end tag; a stray end tag for one is ignored.
//   Relative hrefs resolve against the ENTRY's BASE, else the ASX BASE, else `sourceUrl` (RFC
//   3986 resolution; backslashes in relative hrefs become '/'). REPEAT COUNT=n repeats its items
//   n times (0 or no COUNT: once, with a warning for "forever"); only the first REPEAT counts, as
//   in Windows Media Player; expansion stops at maxEntries with a warning.
// - the "[Reference]" variant: Ref1=..., Ref2=... lines, one ENTRY whose REFs are in Ref order;
// - a list of URLs, one per line ('#' lines skipped), each its own ENTRY.
// Text is UTF-8 (UTF-16 with a BOM; not-UTF-8 bytes fall back to Latin-1 with a warning).
class AsxParser
{
public:
    static AsxParseResult parse(QByteArrayView bytes, const QUrl &sourceUrl,
                                const AsxParseLimits &limits = {});

    // True when `bytes` start with the ASF Header Object GUID: media, not a playlist.
    static bool looksLikeAsf(QByteArrayView bytes);

    // `href` as an absolute URL resolved against `base`; an empty QUrl with `why` set when it is
    // empty, invalid, or relative with no usable base.
    static QUrl resolveHref(const QString &href, const QUrl &base, QString *why);
};
