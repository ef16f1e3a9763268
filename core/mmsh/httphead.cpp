// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/httphead.h"

namespace mms {

namespace {

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &part : list.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpHead::value(QByteArrayView name) const
{
    for (const auto &[field, fieldValue] : headers) {
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            return fieldValue.isNull() ? QByteArray("") : fieldValue;
    }
    return {};
}

QList<QByteArray> HttpHead::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const auto &[field, fieldValue] : headers) {
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            found.append(fieldValue);
    }
    return found;
}

bool HttpHead::has(QByteArrayView name) const
{
    return !value(name).isNull();
}

std::optional<qint64> HttpHead::contentLength(bool *valid) const
{
    if (valid)
        *valid = true;
    std::optional<qint64> length;
    for (const QByteArray &text : values("Content-Length")) {
        // Digits only (no sign, no spaces inside), at most 18 of them so it cannot overflow.
        bool digits = !text.isEmpty() && text.size() <= 18;
        for (char c : text)
            digits = digits && c >= '0' && c <= '9';
        const qint64 n = digits ? text.toLongLong() : -1;
        if (!digits || (length && *length != n)) {
            if (valid)
                *valid = false;
            return std::nullopt;
        }
        length = n;
    }
    return length;
}

bool HttpHead::isChunked() const
{
    const QList<QByteArray> codings = values("Transfer-Encoding");
    if (codings.isEmpty())
        return false;
    const QList<QByteArray> last = codings.constLast().split(',');
    return last.constLast().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
}

bool HttpHead::keepAlive() const
{
    const QByteArray connection = value("Connection");
    if (versionMajor == 1 && versionMinor >= 1)
        return !hasToken(connection, "close");
    return hasToken(connection, "keep-alive");
}

} // namespace mms
