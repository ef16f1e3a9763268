// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/authscope.h"

#include "server/medialibrary.h"

#include <QDir>
#include <QFileInfo>

bool AuthScope::setFolders(const MediaLibrary *library, const QStringList &folders, QString *error)
{
    m_library = library;
    m_relative.clear();
    m_canonical.clear();
    m_global = folders.isEmpty();
    const QString root = library ? library->rootPath() : QString();
    for (const QString &folder : folders) {
        const auto refuse = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("--auth-folder \"%1\": %2").arg(folder, why);
            return false;
        };
        if (root.isEmpty())
            return refuse(QStringLiteral("no --root folder to be under"));
        const QString relative = lexicalPath(folder);
        if (relative.isEmpty() || relative == QLatin1String("..")
            || relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(folder))
            return refuse(QStringLiteral("not a folder inside the root \"%1\"").arg(root));
        const QFileInfo info(root + QLatin1Char('/') + relative);
        if (!info.isDir())
            return refuse(QStringLiteral("no such folder under the root \"%1\"").arg(root));
        const QString canonical = info.canonicalFilePath();
        if (canonical == root) {
            // The whole root: every request, as without --auth-folder.
            m_global = true;
            continue;
        }
        if (!canonical.startsWith(root + QLatin1Char('/')))
            return refuse(QStringLiteral("leads outside the root \"%1\"").arg(root));
        m_canonical.append(canonical);
        m_relative.append(relative);
        m_relative.append(canonical.mid(root.size() + 1));
    }
    m_relative.removeDuplicates();
    return true;
}

QString AuthScope::lexicalPath(const QString &requested)
{
    QString path = MediaLibrary::normalizeRequest(requested);
    // MediaLibrary refuses backslashes; read as separators they cannot hide a folder here.
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path == QLatin1String("."))
        path.clear();
    return path;
}

bool AuthScope::lexicallyInside(const QString &relative) const
{
    for (const QString &folder : m_relative) {
        if (relative == folder || relative.startsWith(folder + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool AuthScope::canonicallyInside(const QString &canonicalPath) const
{
    for (const QString &folder : m_canonical) {
        if (canonicalPath.startsWith(folder + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool AuthScope::needsLogin(const QString &requested) const
{
    // A name MediaLibrary refuses for its length is not looked at: asking costs nothing there.
    if (m_global || !m_library || requested.size() > 4096)
        return true;
    // 1. The path as written, with "." and ".." applied: covers names that are not files
    //    (live, --playlist, --redirect) and paths MediaLibrary refuses or cannot find.
    if (lexicallyInside(lexicalPath(requested)))
        return true;
    // 2. Where the path leads on disk: a symlink into a protected folder, "a//b", "./a".
    const QString relative = MediaLibrary::normalizeRequest(requested);
    if (!relative.isEmpty() && !m_library->rootPath().isEmpty()) {
        const QString canonical =
            QFileInfo(m_library->rootPath() + QLatin1Char('/') + relative).canonicalFilePath();
        if (!canonical.isEmpty() && canonicallyInside(canonical))
            return true;
    }
    // 3. What the library would serve: the file, a live source's file, or a playlist's entries.
    const MediaLookup lookup = m_library->resolve(requested);
    if (lookup.kind == MediaLookup::Kind::File)
        return canonicallyInside(lookup.path);
    if (lookup.kind == MediaLookup::Kind::Live)
        return canonicallyInside(QFileInfo(m_liveFiles.value(lookup.liveName)).canonicalFilePath());
    if (lookup.kind == MediaLookup::Kind::Playlist) {
        for (const QString &entry : lookup.entries) {
            if (canonicallyInside(QFileInfo(entry).canonicalFilePath()))
                return true;
        }
    }
    return false;
}
