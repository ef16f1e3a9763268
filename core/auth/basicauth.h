// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mms::basic {

// Longest credentials token we accept (base64 text): far above any real name and password,
// small enough that a hostile peer cannot make us hold much.
constexpr qsizetype MaxTokenBytes = 4096;

// RFC 7617 §2: base64 of the UTF-8 "user-id:password". Empty when the user name is empty or
// holds a colon (the user-id cannot; the password may).
QByteArray encode(const QString &user, const QString &password);
// The reverse: the user is everything before the first colon, the password everything after
// it. Refuses (Malformed, TooLarge) empty tokens, bad base64, no colon, an empty user and text
// that is not UTF-8. The domain of the result is always empty.
Decoded<Credentials> decode(QByteArrayView token);

// HTTP forms (RFC 7617 §2, §2.1): the Authorization header value "Basic <token>" and the
// WWW-Authenticate challenge `Basic realm="<realm>", charset="UTF-8"`.
QByteArray authorizationValue(const QString &user, const QString &password);
Decoded<Credentials> parseAuthorizationValue(QByteArrayView value);
QByteArray challengeValue(const QString &realm);

} // namespace mms::basic
