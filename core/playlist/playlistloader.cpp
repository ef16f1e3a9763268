// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/playlistloader.h"

#include "core/playlist/asxparser.h"
#include "core/playlist/playlisttext.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

// Off below warning level like the other mms.* categories; QT_LOGGING_RULES="mms.*=true" shows it.
Q_LOGGING_CATEGORY(lcMmsPlaylist, "mms.playlist", QtWarningMsg)

namespace {

// A nested playlist can repeat its children's warnings: keep the list readable.
constexpr int MaxWarnings = 100;

QUrl normalized(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
}

} // namespace

PlaylistLoader::PlaylistLoader(QObject *parent)
    : PlaylistLoader(nullptr, parent)
{
}

PlaylistLoader::PlaylistLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

PlaylistLoader::~PlaylistLoader()
{
    dropFetcher();
}

QUrl PlaylistLoader::urlFromUserInput(const QString &pathOrUrl)
{
    return QUrl::fromUserInput(pathOrUrl, QDir::currentPath(), QUrl::AssumeLocalFile);
}

bool PlaylistLoader::isMediaUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"mms" || scheme == u"mmst" || scheme == u"mmsu" || scheme == u"mmsh"
           || scheme == u"rtsp" || scheme == u"rtspt" || scheme == u"rtspu";
}

QString PlaylistLoader::display(const QUrl &url)
{
    return url.toDisplayString(QUrl::PreferLocalFile);
}

void PlaylistLoader::load(const QUrl &url)
{
    abort();
    m_loading = true;
    qCDebug(lcMmsPlaylist) << "loading" << url;
    startFetch(url);
}

void PlaylistLoader::abort()
{
    dropFetcher();
    m_stack.clear();
    m_warnings.clear();
    m_total = 0;
    m_loading = false;
}

void PlaylistLoader::dropFetcher()
{
    if (!m_fetcher)
        return;
    m_fetcher->disconnect(this);
    m_fetcher->abort();
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
}

void PlaylistLoader::startFetch(const QUrl &url)
{
    dropFetcher();
    m_pending = url;
    auto *fetcher = new PlaylistFetcher(m_network, this);
    m_fetcher = fetcher;
    connect(fetcher, &PlaylistFetcher::fetched, this, &PlaylistLoader::onFetched);
    connect(fetcher, &PlaylistFetcher::fetchedMedia, this, &PlaylistLoader::onFetchedMedia);
    connect(fetcher, &PlaylistFetcher::failed, this, &PlaylistLoader::onFetchFailed);
    if (isMediaUrl(url)) {
        // Nothing to fetch; still answer from the event loop, like every other load.
        QTimer::singleShot(0, fetcher, [fetcher, url] { emit fetcher->fetchedMedia(url); });
        return;
    }
    PlaylistFetcher::Options options;
    options.maxBytes = m_limits.maxBytes;
    options.timeoutMs = m_limits.timeoutMs;
    options.maxRedirects = m_limits.maxRedirects;
    fetcher->fetch(url, options);
}

void PlaylistLoader::onFetched(const QByteArray &bytes, const QUrl &finalUrl)
{
    dropFetcher();
    const QString loop = loopChain(finalUrl); // a redirect back to an open playlist
    if (!loop.isEmpty()) {
        fail(PlaylistText::tr("playlist loop: %1").arg(loop));
        return;
    }
    AsxParseLimits parseLimits;
    parseLimits.maxBytes = m_limits.maxBytes;
    parseLimits.maxEntries = m_limits.maxEntries;
    const AsxParseResult result = AsxParser::parse(bytes, finalUrl, parseLimits);
    if (!result.ok) {
        const QString message = QStringLiteral("%1: %2").arg(display(finalUrl), result.errorString());
        if (m_stack.isEmpty())
            fail(message);
        else
            skipPending(message);
        return;
    }
    const bool nested = !m_stack.isEmpty();
    for (const QString &w : result.playlist.warnings)
        warn(nested ? QStringLiteral("%1: %2").arg(display(finalUrl), w) : w);
    Frame frame;
    frame.urls = {normalized(m_pending), normalized(finalUrl)};
    frame.playlist = result.playlist;
    m_stack.append(frame);
    advance();
}

void PlaylistLoader::onFetchedMedia(const QUrl &url)
{
    dropFetcher();
    PlaylistEntry entry;
    entry.refs.append(url);
    if (m_stack.isEmpty()) {
        Playlist playlist;
        playlist.format = PlaylistFormat::UrlList;
        playlist.sourceUrl = url;
        playlist.entries.append(entry);
        m_loading = false;
        emit finished(playlist);
        return;
    }
    if (appendEntry(entry))
        advance();
}

void PlaylistLoader::onFetchFailed(const QString &message)
{
    dropFetcher();
    const QString full = QStringLiteral("%1: %2").arg(display(m_pending), message);
    if (m_stack.isEmpty())
        fail(full);
    else
        skipPending(full);
}

void PlaylistLoader::skipPending(const QString &why)
{
    qCDebug(lcMmsPlaylist) << "skipping ENTRYREF:" << why;
    warn(PlaylistText::tr("ENTRYREF skipped: %1").arg(why));
    advance();
}

void PlaylistLoader::advance()
{
    while (!m_stack.isEmpty()) {
        Frame &top = m_stack.last();
        if (top.next < top.playlist.entries.size()) {
            const PlaylistEntry entry = top.playlist.entries.at(top.next++);
            if (!entry.isEntryRef()) {
                if (!appendEntry(entry))
                    return;
                continue;
            }
            const QString loop = loopChain(entry.entryRef);
            if (!loop.isEmpty()) {
                fail(PlaylistText::tr("playlist loop: %1").arg(loop));
                return;
            }
            if (m_stack.size() > m_limits.maxDepth) {
                fail(PlaylistText::tr("playlists nested more than %1 deep at %2")
                         .arg(m_limits.maxDepth)
                         .arg(display(entry.entryRef)));
                return;
            }
            if (entry.entryRef.isLocalFile() && !top.playlist.sourceUrl.isLocalFile()) {
                warn(PlaylistText::tr("ENTRYREF skipped: %1 names a local file but %2 is not one")
                         .arg(display(entry.entryRef), display(top.playlist.sourceUrl)));
                continue;
            }
            startFetch(entry.entryRef);
            return;
        }
        Frame done = m_stack.takeLast();
        if (!m_stack.isEmpty()) {
            m_stack.last().out.append(done.out);
            continue;
        }
        Playlist result = done.playlist;
        result.entries = done.out;
        result.warnings = m_warnings;
        if (result.entries.isEmpty()) {
            QString message =
                PlaylistText::tr("%1: no playable entries").arg(display(result.sourceUrl));
            if (!m_warnings.isEmpty())
                message += QStringLiteral(" (%1)").arg(m_warnings.mid(0, 3).join(u"; "));
            fail(message);
            return;
        }
        m_warnings.clear();
        m_loading = false;
        emit finished(result);
        return;
    }
}

bool PlaylistLoader::appendEntry(const PlaylistEntry &entry)
{
    if (++m_total > m_limits.maxEntries) {
        fail(PlaylistText::tr("more than %1 entries in all playlists").arg(m_limits.maxEntries));
        return false;
    }
    m_stack.last().out.append(entry);
    return true;
}

QString PlaylistLoader::loopChain(const QUrl &url) const
{
    const QUrl target = normalized(url);
    for (qsizetype i = 0; i < m_stack.size(); ++i) {
        if (!m_stack.at(i).urls.contains(target))
            continue;
        QStringList chain;
        for (qsizetype j = i; j < m_stack.size(); ++j)
            chain.append(display(m_stack.at(j).urls.constFirst()));
        chain.append(display(url));
        return chain.join(QStringLiteral(" -> "));
    }
    return {};
}

void PlaylistLoader::warn(const QString &warning)
{
    if (m_warnings.size() < MaxWarnings)
        m_warnings.append(warning);
}

void PlaylistLoader::fail(const QString &message)
{
    qCDebug(lcMmsPlaylist) << "failed:" << message;
    dropFetcher();
    m_stack.clear();
    m_warnings.clear();
    m_loading = false;
    emit failed(message);
}
