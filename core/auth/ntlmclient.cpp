// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ntlmclient.h"

#include "core/auth/ntlmcrypto.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace mms {

using namespace ntlm;

QByteArray NtlmClient::negotiateMessage() const
{
    NegotiateMessage message;
    message.flags = m_flagsOverride.value_or(DefaultFlags);
    return encodeNegotiate(message);
}

QByteArray NtlmClient::authenticateMessage(QByteArrayView challengeBytes)
{
    m_error.clear();
    m_sessionBaseKey.clear();
    if (m_credentials.isEmpty()) {
        m_error = QStringLiteral("NTLM: no user name");
        return {};
    }
    const Decoded<ChallengeMessage> challenge = decodeChallenge(challengeBytes);
    if (!challenge.ok()) {
        m_error = challenge.error.what;
        return {};
    }
    if (!(challenge.value.flags & NegotiateUnicode)) {
        // We only send UTF-16 text; a server that cannot read it would refuse us anyway.
        m_error = QStringLiteral("NTLM: the server does not accept Unicode");
        return {};
    }
    QByteArray clientChallenge = m_clientChallenge.value_or(QByteArray());
    if (clientChallenge.size() != ChallengeBytes) {
        clientChallenge.resize(ChallengeBytes);
        for (char &c : clientChallenge)
            c = char(QRandomGenerator::system()->bounded(256));
    }
    // 3.1.5.1.2: the server's MsvAvTimestamp, if present, is the time of the response, and
    // then the LM response is zeros (a MIC would be due; we send none, see docs/security.md).
    std::optional<quint64> serverTime;
    const QList<AvPair> pairs = decodeAvPairs(challenge.value.targetInfo).value;
    for (const AvPair &pair : pairs) {
        if (pair.id == quint16(AvId::Timestamp) && pair.value.size() == 8)
            serverTime = qFromLittleEndian<quint64>(pair.value.constData());
    }
    const quint64 time = serverTime.value_or(m_timestamp.value_or(fileTimeNow()));

    const QByteArray key =
        ntowfV2(m_credentials.password, m_credentials.user, m_credentials.domain);
    const QByteArray blob = clientBlob(time, clientChallenge, challenge.value.targetInfo);
    const QByteArray proof = ntProofStr(key, challenge.value.serverChallenge, blob);
    m_sessionBaseKey = ntlm::sessionBaseKey(key, proof);

    AuthenticateMessage message;
    message.flags = m_flagsOverride.value_or(DefaultFlags & challenge.value.flags);
    message.flags |= NegotiateUnicode | NegotiateNtlm;
    message.ntResponse = proof + blob;
    message.lmResponse = serverTime
        ? QByteArray(24, '\0')
        : lmv2Response(key, challenge.value.serverChallenge, clientChallenge);
    message.domain = m_credentials.domain;
    message.user = m_credentials.user;
    message.workstation = m_workstation;
    message.version = m_version;
    message.encryptedRandomSessionKey = m_encryptedKey;
    return encodeAuthenticate(message);
}

} // namespace mms
