// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlist.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>
#include <QUrl>

// Small builders and views shared by the parser tests in tests/playlist.
namespace playlisttest {

inline const QUrl Source(QStringLiteral("http://example.com/lists/main.asx"));

inline QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(MMS_TEST_SOURCE_DIR "/data/playlist/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QStringList urls(const QList<QUrl> &list)
{
    QStringList out;
    for (const QUrl &u : list)
        out.append(u.toString(QUrl::FullyEncoded));
    return out;
}

// Every REF of every entry (ENTRYREFs as "entryref:<url>"), one string per entry, '|'-joined.
inline QStringList refsOf(const Playlist &p)
{
    QStringList out;
    for (const PlaylistEntry &e : p.entries)
        out.append(e.isEntryRef() ? QStringLiteral("entryref:") + e.entryRef.toString()
                                  : urls(e.refs).join(u'|'));
    return out;
}

inline QByteArray asx(const QByteArray &body)
{
    return "<ASX VERSION=\"3.0\">\n" + body + "\n</ASX>\n";
}

inline QByteArray entries(int n)
{
    QByteArray body;
    for (int i = 0; i < n; ++i)
        body += "<ENTRY><REF HREF=\"mms://h/" + QByteArray::number(i) + "\"/></ENTRY>\n";
    return body;
}

} // namespace playlisttest
