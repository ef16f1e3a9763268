// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/basicauth.h"

#include <QStringDecoder>

namespace mms::basic {

namespace {

Decoded<Credentials> failure(CodecStatus status, const QString &what)
{
    Decoded<Credentials> d;
    d.error.status = status;
    d.error.what = what;
    return d;
}

} // namespace

QByteArray encode(const QString &user, const QString &password)
{
    if (user.isEmpty() || user.contains(QLatin1Char(':')))
        return {};
    return (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

Decoded<Credentials> decode(QByteArrayView token)
{
    if (token.isEmpty())
        return failure(CodecStatus::Malformed, QStringLiteral("Basic credentials: empty"));
    if (token.size() > MaxTokenBytes)
        return failure(CodecStatus::TooLarge,
            QStringLiteral("Basic credentials: %1 bytes, over %2")
                .arg(token.size())
                .arg(MaxTokenBytes));
    const QByteArray::FromBase64Result raw = QByteArray::fromBase64Encoding(
        token.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return failure(CodecStatus::Malformed, QStringLiteral("Basic credentials: not base64"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(*raw);
    if (utf8.hasError())
        return failure(CodecStatus::Malformed, QStringLiteral("Basic credentials: not UTF-8"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return failure(CodecStatus::Malformed, QStringLiteral("Basic credentials: no colon"));
    if (colon == 0)
        return failure(
            CodecStatus::Malformed, QStringLiteral("Basic credentials: empty user name"));
    Decoded<Credentials> d;
    d.value.user = text.left(colon);
    d.value.password = text.mid(colon + 1);
    return d;
}

QByteArray authorizationValue(const QString &user, const QString &password)
{
    const QByteArray token = encode(user, password);
    return token.isEmpty() ? QByteArray() : "Basic " + token;
}

Decoded<Credentials> parseAuthorizationValue(QByteArrayView value)
{
    const QByteArray trimmed = value.toByteArray().trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0 || trimmed.left(space).toLower() != "basic")
        return failure(CodecStatus::Malformed, QStringLiteral("Authorization: not Basic"));
    return decode(QByteArrayView(trimmed).sliced(space + 1).trimmed());
}

QByteArray challengeValue(const QString &realm)
{
    // RFC 7230 quoted-string: a backslash escapes '"' and '\'.
    QByteArray quoted = realm.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    for (char &c : quoted) {
        if (uchar(c) < 0x20 || c == 0x7F)
            c = ' '; // no line break may end the header early
    }
    return "Basic realm=\"" + quoted + "\", charset=\"UTF-8\"";
}

} // namespace mms::basic
