// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/ntlmmessage.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace mms {

// The server side of NTLMv2 ([MS-NLMP] 3.2.5) against locally stored NT hashes (no domain
// controller): issues a CHALLENGE with a fresh random server challenge, then checks the
// client's AUTHENTICATE by recomputing its NTProofStr. Each challenge serves one answer, so a
// recorded AUTHENTICATE cannot be played again. NTLMv1 and anonymous logons are refused.
class NtlmVerifier {
public:
    struct Result {
        bool ok = false;
        QString user;
        QString domain;
        QString error; // why not, for the server's log (never for the client)
    };
    // The NT hash (16 bytes) of a user, or nothing for an unknown user.
    using HashLookup = std::function<std::optional<QByteArray>(const QString &user)>;

    NtlmVerifier() = default;
    void setTargetName(const QString &name) { m_targetName = name; }
    // For tests: a fixed server challenge instead of a random one.
    void setServerChallenge(const QByteArray &challenge) { m_fixedChallenge = challenge; }

    // A CHALLENGE message answering a NEGOTIATE (whose bytes may be empty: MS-MMSP lets the
    // client start with nothing).
    QByteArray challengeMessage();
    bool hasChallenge() const { return !m_serverChallenge.isEmpty(); }
    Result verify(QByteArrayView authenticate, const HashLookup &ntHashFor);
    QByteArray sessionBaseKey() const { return m_sessionBaseKey; }

private:
    QString m_targetName = QStringLiteral("MMS");
    QByteArray m_fixedChallenge;
    QByteArray m_serverChallenge; // of the outstanding CHALLENGE; empty once used
    QByteArray m_sessionBaseKey;
};

} // namespace mms
