// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a Windows Media metafile (.asx/.wax/.wvx), a "[Reference]" list or a plain URL list says
// to play. Plain data: AsxParser fills it from one file, PlaylistLoader splices nested ones in.

struct PlaylistParam
{
    QString name;
    QString value;

    friend bool operator==(const PlaylistParam &, const PlaylistParam &) = default;
};

struct PlaylistEntry
{
    QString title;
    QString author;
    QString copyright;
    QString abstract;
    // Every REF of the ENTRY, resolved to absolute URLs, in document order. They are alternatives
    // for the same clip: the player tries them in order until one plays.
    QList<QUrl> refs;
    QList<PlaylistParam> params;
    // Set (and refs empty) when this item is an ENTRYREF: a playlist to fetch and splice in here.
    // PlaylistLoader resolves these; its output never contains one.
    QUrl entryRef;

    bool isEntryRef() const { return !entryRef.isEmpty(); }
};

enum class PlaylistFormat {
    Asx, // <ASX VERSION="3.0"> metafile (.asx, .wax, .wvx are the same format)
    Reference, // "[Reference]" with Ref1=..., Ref2=... lines, as some servers answer
    UrlList, // one media URL per line (e.g. a bare mms:// URL)
};

struct Playlist
{
    PlaylistFormat format = PlaylistFormat::Asx;
    QUrl sourceUrl; // where the file came from (after redirects); relative hrefs resolve here
    QString title;
    QString author;
    QString copyright;
    QString abstract;
    QList<PlaylistParam> params; // PARAM elements directly under ASX
    QList<PlaylistEntry> entries;
    // Things we tolerated or dropped (an ENTRY without REF, a nested playlist that failed to
    // load, ...), in the installed language (PlaylistText), so the UI can show why something is
    // missing.
    QStringList warnings;
};

Q_DECLARE_METATYPE(Playlist)
