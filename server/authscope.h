// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class MediaLibrary;

// Which requests need a login (mms-serve --auth-folder, docs/mms-serve.md "Authentication").
// Without folders every request does (--auth alone). With folders only what lies inside one:
// a file or .asx whose path, cleaned of "." and "..", or whose canonical path (symlinks
// followed) is inside; a playlist with an entry inside; a live source whose file is inside; a
// live, playlist or redirect name that starts with the folder's path. The request is normalised as
// MediaLibrary does it (query cut, percent-decoded once, leading '/' removed), so encodings and
// traversal cannot dodge the check; a path inside asks even when MediaLibrary would refuse it or
// finds nothing there, so the answer does not tell whether a protected file exists.
class AuthScope {
public:
    // Folders relative to the library's root. False + `error` naming the folder when one is not
    // a folder under the root (after symlinks). An empty list makes every request need a login.
    bool setFolders(const MediaLibrary *library, const QStringList &folders, QString *error);

    // NAME -> FILE of the live sources (--live), whose files are checked like a playlist's.
    void setLiveFiles(const QMap<QString, QString> &liveFiles) { m_liveFiles = liveFiles; }

    bool isGlobal() const { return m_global; }
    bool needsLogin(const QString &requested) const;

    // The normalised request with '\' read as '/', "." and ".." applied and no leading '/'
    // (for the tests).
    static QString lexicalPath(const QString &requested);

private:
    bool lexicallyInside(const QString &relative) const;
    bool canonicallyInside(const QString &canonicalPath) const;

    const MediaLibrary *m_library = nullptr;
    bool m_global = true;
    QStringList m_relative; // each folder as given and as its canonical path, relative to the root
    QStringList m_canonical; // canonical absolute folder paths
    QMap<QString, QString> m_liveFiles;
};
