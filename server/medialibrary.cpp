// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/medialibrary.h"

#include "core/protocol/mmsconstants.h"
#include "server/asxreader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// Requests longer than this are refused before any decoding (no real path is this long).
constexpr qsizetype MaxRequestChars = 4096;

MediaLookup refuse(quint32 hr, const QString &reason)
{
    MediaLookup lookup;
    lookup.kind = MediaLookup::Kind::Refused;
    lookup.hr = hr;
    lookup.reason = reason;
    return lookup;
}

} // namespace

MediaLibrary::MediaLibrary(const QString &rootDir, const QStringList &liveNames)
    : m_liveNames(liveNames)
{
    const QFileInfo info(rootDir);
    if (info.isDir())
        m_root = info.canonicalFilePath();
}

QString MediaLibrary::normalizeRequest(const QString &requested)
{
    QString path = requested;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query >= 0)
        path.truncate(query);
    // FFmpeg sends the URL path as typed (still percent-encoded), libmms decodes it: decoding
    // once serves both; a literal '%' in a file name is then the only thing that cannot be named.
    path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

qsizetype MediaLibrary::requestedEntry(const QString &requested)
{
    const qsizetype query = requested.indexOf(QLatin1Char('?'));
    if (query < 0)
        return 0;
    const QString key = QLatin1String(mms::PlaylistEntryQuery) + QLatin1Char('=');
    const QStringList items = requested.mid(query + 1).split(QLatin1Char('&'));
    for (const QString &item : items) {
        if (!item.startsWith(key))
            continue;
        // Digits only, and few of them: no sign, no spaces, nothing the limit check could miss.
        const QString value = item.mid(key.size());
        if (value.isEmpty() || value.size() > 5)
            return -1;
        for (const QChar c : value) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
        }
        const qsizetype entry = value.toLongLong();
        return entry <= mms::MaxPlaylistEntries ? entry : -1;
    }
    return 0;
}

bool MediaLibrary::hasServedExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("asf") || suffix == QLatin1String("wmv")
        || suffix == QLatin1String("wma");
}

bool MediaLibrary::isPlaylistFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("asx"), Qt::CaseInsensitive) == 0;
}

MediaLookup MediaLibrary::resolve(const QString &requested) const
{
    using namespace mms;
    if (requested.size() > MaxRequestChars)
        return refuse(Hresult::InvalidArg, QStringLiteral("name longer than %1 characters").arg(MaxRequestChars));
    const QString relative = normalizeRequest(requested);

    // The operator's names come first: they are not files and need no path checks.
    if (m_redirects.contains(relative)) {
        MediaLookup lookup;
        lookup.kind = MediaLookup::Kind::Redirect;
        lookup.location = m_redirects.value(relative);
        return lookup;
    }
    if (m_liveNames.contains(relative)) {
        MediaLookup lookup;
        lookup.kind = MediaLookup::Kind::Live;
        lookup.liveName = relative;
        return lookup;
    }
    if (m_playlists.contains(relative)) {
        MediaLookup lookup;
        lookup.kind = MediaLookup::Kind::Playlist;
        lookup.entries = m_playlists.value(relative);
        return lookup;
    }
    return resolveRelative(relative, true);
}

MediaLookup MediaLibrary::resolveRelative(const QString &relative, bool playlistsAllowed) const
{
    using namespace mms;
    if (relative.isEmpty())
        return refuse(Hresult::FileNotFound, QStringLiteral("empty file name"));
    if (relative.contains(QLatin1Char('\\')))
        return refuse(Hresult::AccessDenied, QStringLiteral("backslash in path"));
    if (relative.contains(QChar(0)))
        return refuse(Hresult::AccessDenied, QStringLiteral("NUL character in path"));
    if (relative.startsWith(QLatin1Char('/')))
        return refuse(Hresult::AccessDenied, QStringLiteral("absolute path"));
    if (relative.size() >= 2 && relative.at(1) == QLatin1Char(':'))
        return refuse(Hresult::AccessDenied, QStringLiteral("drive letter in path"));
    const QStringList segments = relative.split(QLatin1Char('/'));
    if (segments.contains(QStringLiteral("..")))
        return refuse(Hresult::AccessDenied, QStringLiteral("'..' in path"));
    const bool playlist = isPlaylistFile(relative);
    if (playlist && !playlistsAllowed)
        return refuse(Hresult::AccessDenied, QStringLiteral("playlist inside a playlist"));
    if (!playlist && !hasServedExtension(relative))
        return refuse(Hresult::AccessDenied, QStringLiteral("not an .asf/.wmv/.wma/.asx file"));
    if (m_root.isEmpty())
        return refuse(Hresult::FileNotFound, QStringLiteral("root folder does not exist"));

    const QFileInfo info(m_root + QLatin1Char('/') + relative);
    if (!info.exists())
        return refuse(Hresult::FileNotFound, QStringLiteral("no such file"));
    // A symlink (or a symlinked folder on the way) may point anywhere: only the canonical path
    // counts, and it must lie under the canonical root.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_root + QLatin1Char('/')))
        return refuse(Hresult::AccessDenied, QStringLiteral("resolves outside the root"));
    if (!QFileInfo(canonical).isFile())
        return refuse(Hresult::FileNotFound, QStringLiteral("not a regular file"));
    if (playlist)
        return resolveAsx(relative, canonical);

    MediaLookup lookup;
    lookup.kind = MediaLookup::Kind::File;
    lookup.path = canonical;
    return lookup;
}

MediaLookup MediaLibrary::resolveAsx(const QString &relative, const QString &canonical) const
{
    using namespace mms;
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Hresult::FileOpenFailed, QStringLiteral("playlist unreadable: %1").arg(file.errorString()));
    // Read one byte more than allowed so an oversized file is told apart without reading it all.
    const QByteArray document = file.read(AsxReader::MaxDocumentBytes + 1);
    const AsxReader::Result parsed = AsxReader::parse(document);
    if (!parsed.ok())
        return refuse(Hresult::InvalidData, QStringLiteral("bad playlist: %1").arg(parsed.error));

    // HREFs are relative to the playlist's own folder (under the root).
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash >= 0 ? relative.left(slash + 1) : QString();
    MediaLookup lookup;
    lookup.kind = MediaLookup::Kind::Playlist;
    for (const QStringList &refs : parsed.entries) {
        // The REFs of an ENTRY are alternatives: the first one that resolves is the entry. Only
        // relative paths are served: a scheme (mms:, http:, file:), a drive letter or a leading
        // '/' names something that is not ours, and is skipped like a missing file.
        for (const QString &href : refs) {
            QString path = href.left(href.indexOf(QLatin1Char('?'))); // whole string if no '?'
            path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
            if (path.isEmpty() || path.contains(QLatin1Char(':')) || path.startsWith(QLatin1Char('/')))
                continue;
            const MediaLookup entry = resolveRelative(folder + path, false);
            if (entry.kind == MediaLookup::Kind::File) {
                lookup.entries.append(entry.path);
                break;
            }
        }
    }
    if (lookup.entries.isEmpty())
        return refuse(Hresult::FileNotFound, QStringLiteral("playlist has no entry that can be served"));
    return lookup;
}
