// SPDX-License-Identifier: GPL-3.0-or-later
// MmshServerSession: logins over HTTP. A GET (Describe or Play) without good credentials gets
// 401 with WWW-Authenticate: Basic realm="..." (RFC 7617) or NTLM (the NTLM exchange runs on one
// kept-alive connection: NEGOTIATE in Authorization, 401 with the CHALLENGE, AUTHENTICATE).
// Wrong credentials earn the address a delay (AuthThrottle) before the next 401; after
// maxAuthTries the connection is closed. POST and OPTIONS act on a client-id that a logged-in
// GET produced, so they need no login of their own. With --auth-folder only a GET of a path
// inside a protected folder asks (AuthScope); a login then holds for the connection.
#include "core/auth/basicauth.h"
#include "core/logging.h"
#include "server/authscope.h"
#include "server/mmshserversession.h"

#include <QTcpSocket>

using namespace mms;

bool MmshServerSession::authorize(const HttpHead &head, const QString &path)
{
    if (m_env.auth == AuthScheme::None || m_authenticated)
        return true;
    // --auth-folder: a path outside the protected folders is served without a login.
    if (m_env.authScope && !m_env.authScope->needsLogin(path))
        return true;
    if (!m_auth)
        m_auth = std::make_unique<ServerAuthenticator>(m_env.auth, m_env.users, m_env.realm);
    const QByteArray value = head.value("Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = (space < 0 ? value : value.left(space)).toLower();
    const QByteArray wanted = m_env.auth == AuthScheme::Basic ? "basic" : "ntlm";
    if (value.isEmpty() || scheme != wanted) {
        // No credentials (of our scheme) yet: ask for them; that is not a failed try.
        sendUnauthorized({}, false);
        return false;
    }
    ServerAuthenticator::Step step;
    if (m_env.auth == AuthScheme::Basic) {
        // PBKDF2 costs the server real work: none for an address that is still waiting.
        if (m_env.throttle->remainingDelayMs(m_peer) > 0)
            step.reason = QStringLiteral("address still waiting out a failed login");
        else
            step = m_auth->basic(basic::parseAuthorizationValue(value));
    } else {
        const QByteArray token = value.mid(space + 1).trimmed();
        const QByteArray::FromBase64Result raw = QByteArray::fromBase64Encoding(
            token, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (token.isEmpty() || !raw)
            step.reason = QStringLiteral("NTLM: Authorization is not base64");
        else
            step = m_auth->ntlm(*raw);
    }
    switch (step.kind) {
    case ServerAuthenticator::Step::Kind::Challenge:
        sendUnauthorized(step.ntlm, false);
        return false;
    case ServerAuthenticator::Step::Kind::Refused:
        authorizationFailed(step.user, step.reason);
        return false;
    case ServerAuthenticator::Step::Kind::Accepted:
        break;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: user \"%2\" logged in from %3")
                                         .arg(m_number)
                                         .arg(step.user.left(64), m_peer.toString());
    m_env.throttle->recordSuccess(m_peer);
    m_auth.reset();
    // NTLM authenticates the connection; Basic credentials come with every request, and
    // keeping them for the connection's later requests changes nothing a client sees.
    m_authenticated = true;
    return true;
}

void MmshServerSession::sendUnauthorized(const QByteArray &ntlmChallenge, bool close)
{
    if (close)
        m_keepAlive = false;
    QByteArray challenge =
        m_env.auth == AuthScheme::Basic ? basic::challengeValue(m_env.realm) : QByteArray("NTLM");
    if (!ntlmChallenge.isEmpty())
        challenge += ' ' + ntlmChallenge.toBase64();
    write(
        responseHead(401, "Unauthorized", {"WWW-Authenticate: " + challenge, "Content-Length: 0"}));
    finishResponse(m_keepAlive);
}

void MmshServerSession::authorizationFailed(const QString &user, const QString &reason)
{
    ++m_authFailures;
    const AuthThrottle::Failure failure = m_env.throttle->recordFailure(m_peer);
    qCWarning(lcMmsServer).noquote() << QStringLiteral(
        "session %1: HTTP login failed from %2, user \"%3\": %4 (failure %5 of this "
        "address, %6 in all; answering in %7 ms)")
                                            .arg(m_number)
                                            .arg(m_peer.toString(), user.left(64), reason)
                                            .arg(failure.count)
                                            .arg(m_env.throttle->totalFailures())
                                            .arg(failure.delayMs);
    m_authWaiting = true;
    m_auth.reset();
    m_headTimer.stop();
    const quint64 id = failure.id;
    QTimer::singleShot(failure.delayMs, Qt::PreciseTimer, this, [this, id] {
        m_authWaiting = false;
        if (m_closing)
            return;
        m_env.throttle->markAnswered(id);
        sendUnauthorized({}, m_authFailures >= m_env.maxAuthTries);
    });
}
