// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlist.h"
#include "core/playlist/playlistfetcher.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

struct PlaylistLoaderLimits
{
    qint64 maxBytes = 1024 * 1024; // per playlist file
    int timeoutMs = 15000; // per fetch, without data
    int maxRedirects = 5; // per fetch
    int maxDepth = 5; // ENTRYREF levels below the first playlist
    int maxEntries = 1000; // entries in all, after nested playlists are spliced in
};

// Loads a playlist from a local file or an http(s):// URL and resolves its ENTRYREFs (depth
// first, in place, so the order is the order of play). Rules:
// - a media URL (mms://, mmst://, mmsu://, mmsh://, rtsp://) is a one-entry playlist, fetched
//   from nowhere; so is an http:// URL that serves ASF media instead of a playlist;
// - a loop (a playlist that refers, directly or through others, to itself, also after
//   redirects), nesting deeper than maxDepth and more than maxEntries entries fail the load;
// - a nested playlist that cannot be fetched or parsed is skipped with a warning, as Windows
//   Media Player skips an entry it cannot open; the first playlist failing fails the load;
// - a playlist that did not come from a local file may not refer to one (file:// ENTRYREF), so a
//   web page cannot make us read local files;
// - a result without entries is a failure.
// Exactly one of finished() or failed() follows each load(), unless abort() or load() is called
// first.
class PlaylistLoader : public QObject
{
    Q_OBJECT

public:
    explicit PlaylistLoader(QObject *parent = nullptr);
    // Uses `network` (not owned) instead of a manager of its own.
    explicit PlaylistLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PlaylistLoader() override;

    void setLimits(const PlaylistLoaderLimits &limits) { m_limits = limits; }
    PlaylistLoaderLimits limits() const { return m_limits; }

    void load(const QUrl &url);
    void abort();
    bool isLoading() const { return m_loading; }

    // A command-line argument or typed text as a URL: an existing path becomes file://.
    static QUrl urlFromUserInput(const QString &pathOrUrl);
    static bool isMediaUrl(const QUrl &url);

signals:
    void finished(const Playlist &playlist);
    void failed(const QString &message);

private:
    struct Frame
    {
        QList<QUrl> urls; // requested and (after redirects) final URL, for loop detection
        Playlist playlist;
        qsizetype next = 0;
        QList<PlaylistEntry> out;
    };

    void startFetch(const QUrl &url);
    void onFetched(const QByteArray &bytes, const QUrl &finalUrl);
    void onFetchedMedia(const QUrl &url);
    void onFetchFailed(const QString &message);
    void advance();
    bool appendEntry(const PlaylistEntry &entry);
    QString loopChain(const QUrl &url) const;
    void skipPending(const QString &why);
    void warn(const QString &warning);
    void fail(const QString &message);
    void dropFetcher();
    static QString display(const QUrl &url);

    QNetworkAccessManager *m_network;
    QPointer<PlaylistFetcher> m_fetcher;
    PlaylistLoaderLimits m_limits;
    QList<Frame> m_stack;
    QUrl m_pending; // the URL being fetched
    int m_total = 0;
    QStringList m_warnings;
    bool m_loading = false;
};
