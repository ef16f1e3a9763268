// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ntlmverifier.h"

#include "core/auth/ntlmcrypto.h"

#include <QRandomGenerator>

namespace mms {

using namespace ntlm;

QByteArray NtlmVerifier::challengeMessage()
{
    m_serverChallenge = m_fixedChallenge;
    if (m_serverChallenge.size() != ChallengeBytes) {
        m_serverChallenge.resize(ChallengeBytes);
        for (char &c : m_serverChallenge)
            c = char(QRandomGenerator::system()->bounded(256));
    }
    ChallengeMessage message;
    message.flags = NegotiateUnicode | RequestTarget | NegotiateNtlm | NegotiateAlwaysSign
        | TargetTypeServer | NegotiateExtendedSessionSecurity | NegotiateTargetInfo | Negotiate128
        | Negotiate56;
    message.serverChallenge = m_serverChallenge;
    message.targetName = m_targetName;
    // No MsvAvTimestamp: with one, clients would owe a MIC, which needs the key exchange we
    // do not do ([MS-NLMP] 3.1.5.1.2).
    message.targetInfo = encodeAvPairs({{quint16(AvId::NbDomainName), utf16le(m_targetName)},
        {quint16(AvId::NbComputerName), utf16le(m_targetName)}});
    return encodeChallenge(message);
}

NtlmVerifier::Result NtlmVerifier::verify(QByteArrayView authenticate, const HashLookup &ntHashFor)
{
    Result result;
    m_sessionBaseKey.clear();
    const QByteArray serverChallenge = m_serverChallenge;
    m_serverChallenge.clear(); // one answer per challenge
    if (serverChallenge.isEmpty()) {
        result.error = QStringLiteral("NTLM: AUTHENTICATE without a CHALLENGE");
        return result;
    }
    const Decoded<AuthenticateMessage> message = decodeAuthenticate(authenticate);
    if (!message.ok()) {
        result.error = message.error.what;
        return result;
    }
    result.user = message.value.user;
    result.domain = message.value.domain;
    const QByteArray &nt = message.value.ntResponse;
    if (result.user.isEmpty()) {
        result.error = QStringLiteral("NTLM: anonymous logon refused");
        return result;
    }
    if (nt.size() == 24) {
        result.error = QStringLiteral("NTLM: NTLMv1 response refused (NTLMv2 only)");
        return result;
    }
    if (nt.size() < HashBytes + ClientBlobHeaderBytes + 4 || nt.at(HashBytes) != 1
        || nt.at(HashBytes + 1) != 1) {
        result.error = QStringLiteral("NTLM: not an NTLMv2 response (%1 bytes)").arg(nt.size());
        return result;
    }
    const std::optional<QByteArray> hash = ntHashFor ? ntHashFor(result.user) : std::nullopt;
    // An unknown user costs the same work as a wrong password, so timing does not tell them apart.
    const QByteArray stored =
        hash && hash->size() == HashBytes ? *hash : QByteArray(HashBytes, '\0');
    const QByteArray key = ntowfV2FromHash(stored, result.user, result.domain);
    const QByteArray blob = nt.mid(HashBytes);
    const QByteArray proof = ntProofStr(key, serverChallenge, blob);
    const bool match = constantTimeEquals(proof, QByteArrayView(nt).first(HashBytes));
    if (!hash || hash->size() != HashBytes) {
        result.error = QStringLiteral("NTLM: unknown user");
        return result;
    }
    if (!match) {
        result.error = QStringLiteral("NTLM: wrong password");
        return result;
    }
    m_sessionBaseKey = ntlm::sessionBaseKey(key, proof);
    result.ok = true;
    return result;
}

} // namespace mms
