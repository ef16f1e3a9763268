// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace mms {

// An HTTP/1.x request or response head as read from the wire (RFC 9112): the start line's parts
// and the header fields in order, names and values as sent (values trimmed of outer spaces).
struct HttpHead {
    // Request line.
    QByteArray method;
    QByteArray target;
    // Status line.
    int statusCode = 0;
    QByteArray reason;
    // Both.
    int versionMajor = 1;
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The first value of the named field (case-insensitive), or a null array.
    QByteArray value(QByteArrayView name) const;
    // Every value of the named field, in order (Pragma comes in several lines).
    QList<QByteArray> values(QByteArrayView name) const;
    bool has(QByteArrayView name) const;

    // Content-Length, if present and a plain decimal number (several equal values are one);
    // nullopt if absent. `*valid` is false for a malformed or conflicting one.
    std::optional<qint64> contentLength(bool *valid = nullptr) const;
    // Transfer-Encoding's last coding is "chunked" (RFC 9112 6.1).
    bool isChunked() const;
    // The connection stays open after this message: HTTP/1.1 unless "Connection: close",
    // HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;
};

} // namespace mms
