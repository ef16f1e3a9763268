// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

// What an OpenFile name refers to, or why it is refused.
struct MediaLookup
{
    enum class Kind { File, Live, Playlist, Redirect, Refused };
    Kind kind = Kind::Refused;
    quint32 hr = 0; // mms::Hresult of a refusal; Ok otherwise
    QString path; // canonical path of the file (Kind::File)
    QString liveName; // key of the live source (Kind::Live)
    QStringList entries; // canonical paths of the playlist's entries, in order (Kind::Playlist)
    QString location; // URL to send the client to (Kind::Redirect)
    QString reason; // for the log: why it was refused
};

// Maps OpenFile names to files under the server's root folder, to server-side playlists (.asx
// files under the root, or named lists given by the operator), to live sources and to redirects.
// Everything that could leave the root is refused before the file system is touched: "..",
// backslashes, absolute paths, drive letters, NUL characters, and (after canonicalisation)
// symlinks that point outside. The entries of an .asx file obey the same rules, relative to the
// playlist's folder.
class MediaLibrary
{
public:
    MediaLibrary(const QString &rootDir, const QStringList &liveNames);

    // NAME -> canonical paths of the entries (the operator's --playlist; checked by the caller).
    void setPlaylists(const QMap<QString, QStringList> &playlists) { m_playlists = playlists; }
    // NAME -> URL: OpenFile of NAME is answered with ReportRedirect (MS-MMSP 3.2.5.6).
    void setRedirects(const QMap<QString, QString> &redirects) { m_redirects = redirects; }

    // A broadcast that appears while the server runs (a pushed publishing point).
    void addLiveName(const QString &name)
    {
        if (!m_liveNames.contains(name))
            m_liveNames.append(name);
    }

    // The canonical root; empty when the folder does not exist.
    const QString &rootPath() const { return m_root; }
    MediaLookup resolve(const QString &requested) const;

    // The request as a relative path: ?query cut off, percent-decoded once, one leading '/'
    // removed (clients differ, MS-MMSP notes §10.1). Exposed for the tests.
    static QString normalizeRequest(const QString &requested);
    // Our OpenFile extension (mms::PlaylistEntryQuery, sent by our client when it reconnects in
    // a server-side playlist): the 0-based entry the request names in its query, 0 without one,
    // -1 if the value is not a number in 0..mms::MaxPlaylistEntries.
    static qsizetype requestedEntry(const QString &requested);
    static bool hasServedExtension(const QString &path);
    static bool isPlaylistFile(const QString &path);

private:
    // A normalised path relative to the root, checked and canonicalised; `playlistsAllowed`
    // false for the entries of a playlist (no nesting).
    MediaLookup resolveRelative(const QString &relative, bool playlistsAllowed) const;
    MediaLookup resolveAsx(const QString &relative, const QString &canonical) const;

    QString m_root;
    QStringList m_liveNames;
    QMap<QString, QStringList> m_playlists;
    QMap<QString, QString> m_redirects;
};
