// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/playlistfetcher.h"

#include "core/playlist/asxparser.h"
#include "core/playlist/playlisttext.h"
#include "mmsversion.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

PlaylistFetcher::PlaylistFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

PlaylistFetcher::~PlaylistFetcher()
{
    dropReply();
}

void PlaylistFetcher::fetch(const QUrl &url, const Options &options)
{
    dropReply();
    m_url = url;
    m_options = options;
    m_bytes.clear();
    m_done = false;
    if (url.isLocalFile()) {
        // Queued, so callers see the same ordering as for a network fetch.
        QTimer::singleShot(0, this, [this, url] { readLocalFile(url); });
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        QTimer::singleShot(0, this, [this, scheme] {
            finishWithError(PlaylistText::tr("cannot fetch a playlist over %1://").arg(scheme));
        });
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("MMSPlayer/" MMSPLAYER_VERSION));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PlaylistFetcher::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &PlaylistFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PlaylistFetcher::onFinished);
}

void PlaylistFetcher::abort()
{
    m_done = true;
    dropReply();
}

void PlaylistFetcher::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void PlaylistFetcher::readLocalFile(const QUrl &url)
{
    if (m_done)
        return;
    const QString path = url.toLocalFile();
    const QFileInfo info(path);
    // Not a FIFO or a device: reading /dev/zero or a pipe could block or never end.
    if (!info.isFile()) {
        finishWithError(info.exists() ? PlaylistText::tr("not a regular file")
                                      : PlaylistText::tr("file not found"));
        return;
    }
    if (info.size() > m_options.maxBytes) {
        finishWithError(PlaylistText::tr("file is larger than %1 bytes").arg(m_options.maxBytes));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        finishWithError(file.errorString());
        return;
    }
    // One byte over the limit tells a file that grew since the size check.
    const QByteArray bytes = file.read(m_options.maxBytes + 1);
    if (bytes.size() > m_options.maxBytes) {
        finishWithError(PlaylistText::tr("file is larger than %1 bytes").arg(m_options.maxBytes));
        return;
    }
    m_done = true;
    if (AsxParser::looksLikeAsf(bytes))
        emit fetchedMedia(url);
    else
        emit fetched(bytes, url);
}

bool PlaylistFetcher::isMediaReply() const
{
    // What WMS sends to HTTP streaming (MMSH) clients; an ASF file served plainly starts with the
    // header GUID instead, which onReadyRead checks.
    const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    // application/x-mms-framed is what MMSH servers send for the framed data itself.
    return type.startsWith(u"application/vnd.ms.wms-hdr.asfv1", Qt::CaseInsensitive)
        || type.startsWith(u"application/x-mms-framed", Qt::CaseInsensitive);
}

void PlaylistFetcher::onMetaDataChanged()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // redirects and errors: onFinished reports them
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
        finishWithError(PlaylistText::tr("response of %1 bytes is larger than the %2-byte limit")
                            .arg(length.toLongLong())
                            .arg(m_options.maxBytes));
        return;
    }
    if (isMediaReply()) {
        const QUrl url = m_reply->url();
        m_done = true;
        dropReply();
        emit fetchedMedia(url);
    }
}

void PlaylistFetcher::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        m_reply->skip(m_reply->bytesAvailable()); // an error page: onFinished names the status
        return;
    }
    // Read no more than one byte past the limit, so a huge body is never held in memory.
    m_bytes += m_reply->read(m_options.maxBytes + 1 - m_bytes.size());
    if (m_bytes.size() > m_options.maxBytes) {
        finishWithError(
            PlaylistText::tr("response is larger than the %1-byte limit").arg(m_options.maxBytes));
        return;
    }
    if (m_bytes.size() >= 16 && AsxParser::looksLikeAsf(m_bytes)) {
        const QUrl url = m_reply->url();
        m_done = true;
        dropReply();
        emit fetchedMedia(url);
    }
}

void PlaylistFetcher::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && status >= 200 && status < 300) {
        onReadyRead(); // whatever arrived with the final chunk
        if (m_done)
            return;
        const QUrl finalUrl = reply->url();
        m_done = true;
        dropReply();
        emit fetched(m_bytes, finalUrl);
        return;
    }
    QString message;
    if (status >= 300) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        message = QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed();
        if (error == QNetworkReply::TooManyRedirectsError)
            message = PlaylistText::tr("more than %1 redirects").arg(m_options.maxRedirects);
    } else if (error == QNetworkReply::OperationCanceledError
               || error == QNetworkReply::TimeoutError) {
        // We never abort a live reply ourselves without m_done set: this is the transfer timeout.
        message = PlaylistText::tr("timed out after %1 ms without data").arg(m_options.timeoutMs);
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        message = PlaylistText::tr("more than %1 redirects").arg(m_options.maxRedirects);
    } else {
        message = reply->errorString();
    }
    finishWithError(message);
}

void PlaylistFetcher::finishWithError(const QString &message)
{
    m_done = true;
    dropReply();
    emit failed(message);
}
