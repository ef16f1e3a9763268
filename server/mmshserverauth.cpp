// SPDX-License-Identifier: GPL-3.0-or-later
// MmshServerSession: logins over HTTP. A GET (Describe or Play) without good credentials gets
// 401 with WWW-Authenticate: Basic realm="..." (RFC 7617) or NTLM (the NTLM exchange runs on one
// kept-alive connection: NEGOTIATE in Authorization, 401 with the CHALLENGE, AUTHENTICATE).
// Wrong credentials earn the address a delay (AuthThrottle) before the next 401; after
// maxAuthTries (or HttpLogin::MaxRounds 401s) the connection is closed. HttpLogin reads the
// Authorization header; pushing encoders log in the same way (PushIngestSession). POST and
// OPTIONS act on a client-id that a logged-in GET produced, so they need no login of their own.
// With --auth-folder only a GET of a path inside a protected folder asks (AuthScope); a login then
// holds for the connection.
#include "core/logging.h"
#include "server/authscope.h"
#include "server/httplogin.h"
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
    if (!m_login)
        m_login = std::make_unique<HttpLogin>(m_env.auth, m_env.users, m_env.realm, m_env.throttle);
    const HttpLogin::Outcome outcome = m_login->check(head, m_peer);
    switch (outcome.kind) {
    case HttpLogin::Outcome::Kind::Ask:
    case HttpLogin::Outcome::Kind::Challenge:
        sendUnauthorized(outcome.challenge, outcome.lastRound);
        return false;
    case HttpLogin::Outcome::Kind::Refused:
        authorizationFailed(outcome.user, outcome.reason);
        return false;
    case HttpLogin::Outcome::Kind::Accepted:
        break;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: user \"%2\" logged in from %3")
                                         .arg(m_number)
                                         .arg(outcome.user.left(64), m_peer.toString());
    m_env.throttle->recordSuccess(m_peer);
    // NTLM authenticates the connection; Basic credentials come with every request, and
    // keeping them for the connection's later requests changes nothing a client sees.
    m_authenticated = true;
    return true;
}

void MmshServerSession::sendUnauthorized(const QByteArray &challenge, bool close)
{
    if (close)
        m_keepAlive = false;
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
    m_headTimer.stop();
    const quint64 id = failure.id;
    QTimer::singleShot(failure.delayMs, Qt::PreciseTimer, this, [this, id] {
        m_authWaiting = false;
        if (m_closing)
            return;
        m_env.throttle->markAnswered(id);
        sendUnauthorized(m_login->challengeValue(), m_authFailures >= m_env.maxAuthTries);
    });
}
