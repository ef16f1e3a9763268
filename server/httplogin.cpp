// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httplogin.h"

#include "core/auth/basicauth.h"
#include "core/mmsh/httphead.h"
#include "server/auththrottle.h"

using namespace mms;
using Outcome = HttpLogin::Outcome;

namespace {

// An NTLM message is a few hundred bytes; its base64 far less than this.
constexpr qsizetype MaxNtlmTokenBytes = 8 * 1024;

} // namespace

HttpLogin::HttpLogin(AuthScheme scheme, const UserDatabase *users, const QString &realm,
    const AuthThrottle *throttle)
    : m_scheme(scheme), m_users(users), m_realm(realm), m_throttle(throttle)
{
}

HttpLogin::~HttpLogin() = default;

QByteArray HttpLogin::challengeValue(const QByteArray &ntlmChallenge) const
{
    if (m_scheme == AuthScheme::Basic)
        return basic::challengeValue(m_realm);
    return ntlmChallenge.isEmpty() ? QByteArray("NTLM") : "NTLM " + ntlmChallenge.toBase64();
}

Outcome HttpLogin::ask(Outcome::Kind kind, const QByteArray &ntlmChallenge)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.challenge = challengeValue(ntlmChallenge);
    outcome.lastRound = ++m_rounds >= MaxRounds;
    return outcome;
}

Outcome HttpLogin::check(const HttpHead &head, const QHostAddress &peer)
{
    const QByteArray value = head.value("Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = (space < 0 ? value : value.left(space)).toLower();
    const QByteArray wanted = m_scheme == AuthScheme::Basic ? "basic" : "ntlm";
    // No credentials (of our scheme) yet: ask for them; that is not a failed try.
    if (value.isEmpty() || scheme != wanted)
        return ask(Outcome::Kind::Ask, {});
    if (!m_auth)
        m_auth = std::make_unique<ServerAuthenticator>(m_scheme, m_users, m_realm);
    ServerAuthenticator::Step step;
    if (m_scheme == AuthScheme::Basic) {
        // PBKDF2 costs the server real work: none for an address that is still waiting.
        if (m_throttle && m_throttle->remainingDelayMs(peer) > 0)
            step.reason = QStringLiteral("address still waiting out a failed login");
        else
            step = m_auth->basic(basic::parseAuthorizationValue(value));
    } else {
        const QByteArray token = space < 0 ? QByteArray() : value.mid(space + 1).trimmed();
        const QByteArray::FromBase64Result raw = token.size() > MaxNtlmTokenBytes
            ? QByteArray::FromBase64Result {{},
                QByteArray::Base64DecodingStatus::IllegalInputLength}
            : QByteArray::fromBase64Encoding(
                token, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (token.isEmpty() || !raw)
            step.reason = QStringLiteral("NTLM: Authorization is not base64 (or over 8 KiB)");
        else
            step = m_auth->ntlm(*raw);
    }
    if (step.kind == ServerAuthenticator::Step::Kind::Challenge)
        return ask(Outcome::Kind::Challenge, step.ntlm);
    // The exchange is over either way: a new one starts with a new CHALLENGE.
    m_auth.reset();
    Outcome outcome;
    outcome.kind = step.kind == ServerAuthenticator::Step::Kind::Accepted ? Outcome::Kind::Accepted
                                                                          : Outcome::Kind::Refused;
    outcome.user = step.user;
    outcome.reason = step.reason;
    return outcome;
}
