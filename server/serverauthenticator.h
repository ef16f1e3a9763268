// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/auth/ntlmverifier.h"
#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QString>

class UserDatabase;

enum class AuthScheme { None, Basic, Ntlm };

// The login of one connection, whatever carries it (MS-MMSP SecurityResponse or an HTTP
// Authorization header): checks Basic credentials, or walks NTLM's NEGOTIATE / CHALLENGE /
// AUTHENTICATE against the users file. The session turns each step into its transport's
// message and applies the brute-force delay.
class ServerAuthenticator {
public:
    struct Step {
        enum class Kind { Challenge, Accepted, Refused };
        Kind kind = Kind::Refused;
        QByteArray ntlm; // Challenge: the NTLM CHALLENGE message
        QString user; // as the client named it (may be empty)
        QString reason; // Refused: why, for the log
    };

    ServerAuthenticator(AuthScheme scheme, const UserDatabase *users, const QString &targetName);

    AuthScheme scheme() const { return m_scheme; }
    Step basic(const mms::Decoded<mms::Credentials> &credentials) const;
    // `message`: empty or a NEGOTIATE (answered with a CHALLENGE) or the AUTHENTICATE.
    Step ntlm(QByteArrayView message);

private:
    AuthScheme m_scheme;
    const UserDatabase *m_users;
    mms::NtlmVerifier m_verifier;
};
