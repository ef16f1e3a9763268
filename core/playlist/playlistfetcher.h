// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches the bytes of one playlist from a local file or an http(s):// URL, with a size limit
// enforced while the bytes arrive (a Content-Length over it, or a body growing past it, aborts
// at once), a transfer timeout and a redirect limit. Exactly one of the signals follows each
// fetch(), always later from the event loop (never from inside fetch()).
class PlaylistFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBytes = 1024 * 1024;
        int timeoutMs = 15000; // no byte for this long aborts the transfer
        int maxRedirects = 5;
    };

    PlaylistFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PlaylistFetcher() override;

    void fetch(const QUrl &url, const Options &options);
    // Stops the transfer; no signal follows.
    void abort();

signals:
    // `finalUrl` is where the bytes came from after redirects: relative hrefs resolve there.
    void fetched(const QByteArray &bytes, const QUrl &finalUrl);
    // The URL serves ASF media itself (an ASF header, or WMS's MMSH header type): not a playlist.
    void fetchedMedia(const QUrl &url);
    void failed(const QString &message);

private:
    void readLocalFile(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool isMediaReply() const;
    void finishWithError(const QString &message);
    void dropReply();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Options m_options;
    QUrl m_url;
    QByteArray m_bytes;
    bool m_done = false;
};
