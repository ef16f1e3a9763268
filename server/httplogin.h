// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/serverauthenticator.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <memory>

class AuthThrottle;
namespace mms {
struct HttpHead;
}

// The login of one HTTP connection to mms-serve, shared by MMSH clients (mmshserverauth.cpp) and
// pushing encoders (PushIngestSession): reads a request's Authorization header and says what to
// answer. Basic (RFC 7617) checks the credentials of each request; NTLM walks NEGOTIATE, a 401
// carrying the CHALLENGE, then the AUTHENTICATE, which must come on the same kept-alive
// connection (one ServerAuthenticator per connection, kept between requests). The password check
// itself is ServerAuthenticator's; this adds the HTTP forms, the throttle's "still waiting" rule
// (no costly check for an address serving a delay) and a bound on the 401s of one connection.
// The session sends the 401s, applies the throttle's delay and logs.
class HttpLogin {
public:
    // Asking 401s one connection gets before it is closed: a login takes two (asked, then NTLM's
    // CHALLENGE), so the server's maxAuthTries (3) logins fit well below this. The refusals of
    // wrong credentials are bounded by maxAuthTries itself.
    static constexpr int MaxRounds = 12;

    struct Outcome {
        enum class Kind {
            Ask, // no credentials of our scheme: send 401 with `challenge`; not a failed try
            Challenge, // NTLM NEGOTIATE: send 401 with `challenge` (holding the CHALLENGE)
            Accepted,
            Refused, // a failed try: record it with the throttle, answer 401 after the delay
        };
        Kind kind = Kind::Refused;
        QByteArray challenge; // Ask, Challenge: the WWW-Authenticate value
        bool lastRound = false; // Ask, Challenge: MaxRounds reached, close after this 401
        QString user; // as the client named it (may be empty)
        QString reason; // Refused: why, for the log
    };

    HttpLogin(AuthScheme scheme, const UserDatabase *users, const QString &realm,
        const AuthThrottle *throttle);
    ~HttpLogin();

    Outcome check(const mms::HttpHead &head, const QHostAddress &peer);
    // The WWW-Authenticate value: Basic with the realm, "NTLM", or "NTLM <base64 CHALLENGE>".
    QByteArray challengeValue(const QByteArray &ntlmChallenge = {}) const;
    int rounds() const { return m_rounds; }

private:
    Outcome ask(Outcome::Kind kind, const QByteArray &ntlmChallenge);

    AuthScheme m_scheme;
    const UserDatabase *m_users;
    QString m_realm;
    const AuthThrottle *m_throttle;
    std::unique_ptr<ServerAuthenticator> m_auth; // NTLM: one exchange at a time
    int m_rounds = 0;
};
