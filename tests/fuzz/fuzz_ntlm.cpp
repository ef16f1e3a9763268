// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the NTLM CHALLENGE and AUTHENTICATE parsers (core/auth/ntlmmessage), the
// client answering a CHALLENGE, the verifier checking an AUTHENTICATE, and the MS-MMSP pToken
// unwrapping, as a client or mms-serve meets them from the network.
#include "core/auth/mmsauthtoken.h"
#include "core/auth/ntlmclient.h"
#include "core/auth/ntlmcrypto.h"
#include "core/auth/ntlmmessage.h"
#include "core/auth/ntlmverifier.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const mms::Decoded<mms::ntlm::ChallengeMessage> challenge = mms::ntlm::decodeChallenge(input);
    if (challenge.ok() && challenge.value.serverChallenge.size() != mms::ntlm::ChallengeBytes)
        __builtin_trap();
    mms::NtlmClient client(
        mms::Credentials {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("p")});
    client.setClientChallenge(QByteArray(8, '\xaa'));
    client.setTimestamp(0);
    const QByteArray answer = client.authenticateMessage(input);
    if (challenge.ok() != !answer.isEmpty()
        && (challenge.value.flags & mms::ntlm::NegotiateUnicode))
        __builtin_trap();
    if (!answer.isEmpty() && !mms::ntlm::decodeAuthenticate(answer).ok())
        __builtin_trap();

    const mms::Decoded<mms::ntlm::AuthenticateMessage> auth = mms::ntlm::decodeAuthenticate(input);
    if (auth.ok() && auth.value.ntResponse.size() > input.size())
        __builtin_trap();
    mms::NtlmVerifier verifier;
    verifier.setServerChallenge(QByteArray(8, '\x01'));
    verifier.challengeMessage();
    const mms::NtlmVerifier::Result result = verifier.verify(input, [](const QString &) {
        return std::optional<QByteArray>(mms::ntlm::ntHash(QStringLiteral("p")));
    });
    if (result.ok && !auth.ok())
        __builtin_trap();

    const mms::Decoded<mms::mmsauth::NtlmPayload> payload = mms::mmsauth::decodeNtlmToken(input);
    if (payload.ok() && payload.value.ntlm.size() > input.size())
        __builtin_trap();
    static_cast<void>(mms::mmsauth::decodeBasicResponse(input));
    static_cast<void>(mms::ntlm::decodeAvPairs(input));
    return 0;
}
