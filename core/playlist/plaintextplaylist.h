// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/asxparser.h"

#include <QStringView>

// The two line-based formats AsxParser accepts besides <ASX>. Used by AsxParser only.
class PlainTextPlaylist
{
public:
    // "[Reference]" then "Ref1=<url>", "Ref2=<url>", ... (keys case-insensitive, any order,
    // played in number order). One ENTRY whose REFs are the alternatives: servers list the same
    // stream over several protocols. Lines in other [sections] are ignored; a line in
    // [Reference] without '=' or a RefN key without a URL is a warning.
    static AsxParseResult parseReference(QStringView text, const QUrl &sourceUrl,
                                         const AsxParseLimits &limits);

    // One absolute URL per line, each its own ENTRY; blank lines and '#' lines are skipped. A
    // line that is not a URL is an error naming it.
    static AsxParseResult parseUrlList(QStringView text, const QUrl &sourceUrl,
                                       const AsxParseLimits &limits);

    // True when `line` is "scheme://..." with a plausible scheme: how AsxParser recognises a
    // URL list.
    static bool looksLikeUrl(QStringView line);
};
