// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/mmsurl.h"

#include "core/session/mmssession.h"

MmsUrl parseMmsUrl(const QUrl &url, bool allowUdpScheme)
{
    MmsUrl result;
    if (!url.isValid()) {
        result.error = MmsSession::tr("not a valid URL: %1").arg(url.errorString());
        return result;
    }
    const QString scheme = url.scheme().toLower();
    const bool http = scheme == QLatin1String("mmsh") || scheme == QLatin1String("http");
    if (scheme != QLatin1String("mms") && scheme != QLatin1String("mmst") && !http
        && !(allowUdpScheme && scheme == QLatin1String("mmsu"))) {
        result.error =
            MmsSession::tr("the URL scheme must be mms://, mmst://, mmsh:// or http://, not \"%1\"")
                .arg(url.scheme());
        return result;
    }
    if (http)
        result.transports = MmsUrl::Transports::HttpOnly;
    else if (scheme != QLatin1String("mms"))
        result.transports = MmsUrl::Transports::TcpOnly;
    result.host = url.host(QUrl::FullyDecoded);
    if (result.host.isEmpty()) {
        result.error = MmsSession::tr("the URL has no host");
        return result;
    }
    result.explicitPort = url.port() != -1;
    const int port = url.port(http ? MmsUrl::DefaultHttpPort : MmsUrl::DefaultPort);
    if (port <= 0 || port > 65535) {
        result.error = MmsSession::tr("invalid port %1").arg(port);
        return result;
    }
    result.port = quint16(port);

    // MS-MMSP 2.2.4.21: the path MUST NOT be percent-encoded. Leading slashes are dropped like
    // every shipping client does (notes §6.4); the query is part of what the server resolves.
    QString path = url.path(QUrl::FullyDecoded);
    qsizetype slashes = 0;
    while (slashes < path.size() && path.at(slashes) == QLatin1Char('/'))
        ++slashes;
    path.remove(0, slashes);
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::FullyDecoded);
    result.fileName = path;

    // An IPv6 literal keeps its brackets in the Host parameter, as in a URL authority.
    const QString hostForParam = result.host.contains(QLatin1Char(':'))
            ? QLatin1Char('[') + result.host + QLatin1Char(']')
            : result.host;
    result.hostParam = result.port == MmsUrl::DefaultPort
            ? hostForParam
            : hostForParam + QLatin1Char(':') + QString::number(result.port);
    result.httpPath = url.path(QUrl::FullyEncoded).toLatin1();
    if (!result.httpPath.startsWith('/'))
        result.httpPath.prepend('/');
    if (url.hasQuery())
        result.httpPath += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    result.httpHost = hostForParam.toUtf8();
    if (result.explicitPort)
        result.httpHost += ':' + QByteArray::number(result.port);
    result.valid = true;
    return result;
}
