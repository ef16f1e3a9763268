// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The pToken forms of LinkMacToViewerSecurityChallenge and LinkViewerToMacSecurityResponse
// (MS-MMSP 2.2.4.14, 2.2.4.24; notes §7.6, §6.13, §9.8).
namespace mms::mmsauth {

enum class Scheme { Basic, Ntlm };

// NTLM_AUTH (MS-MMSP 2.2.4.14.1): Zero, One, Reserved1, NTLMTokenSize, Two, Reserved2.
constexpr qsizetype NtlmAuthHeaderBytes = 24;

// Basic challenge: UTF-16LE `realm="<realm>"` and a 16-bit NUL.
QByteArray basicChallengeToken(const QString &realm);
// The realm of a Basic challenge token (empty if it has none).
QString basicChallengeRealm(QByteArrayView token);
// Basic response: the ASCII basic-credentials (base64 of "user:password") and a NUL byte;
// empty if the user name cannot be sent (empty, or holding a colon).
QByteArray basicResponseToken(const QString &user, const QString &password);
Decoded<Credentials> decodeBasicResponse(QByteArrayView token);

// NTLM, both directions: 00 00, then (with `ntlmAuth`) the NTLM_AUTH structure, then the NTLM
// message. An empty `ntlmToken` gives the bare 00 00 that starts an NTLM exchange.
QByteArray ntlmToken(QByteArrayView ntlm, bool ntlmAuth);
struct NtlmPayload {
    QByteArray ntlm; // the NTLM message, possibly empty
    bool ntlmAuth = false; // it came inside NTLM_AUTH (the answer must use it too)
};
// Accepts 00 00 + raw message, 00 00 + NTLM_AUTH + message, and NTLM_AUTH whose Zero field
// supplies the two zero bytes (the spec leaves open which it means).
Decoded<NtlmPayload> decodeNtlmToken(QByteArrayView token);

// MS-MMSP 3.1.5.8: which scheme a SecurityChallenge asks for.
Scheme detectScheme(QByteArrayView challengeToken, int serverMajorVersion, Scheme announced);

} // namespace mms::mmsauth
