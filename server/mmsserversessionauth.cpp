// SPDX-License-Identifier: GPL-3.0-or-later
// MmsServerSession: logins over MS-MMSP (3.2.5.6, 3.2.5.7; notes §9.8). OpenFile is answered
// with SecurityChallenge; each SecurityResponse is checked (Basic) or advances NTLM's three
// messages; a wrong one earns the address a delay (AuthThrottle), then a new challenge, and
// after maxAuthTries a ReportOpenFile with E_ACCESSDENIED and the end of the session.
#include "core/auth/mmsauthtoken.h"
#include "core/logging.h"
#include "server/authscope.h"
#include "server/mmsserversession.h"

#include <QRandomGenerator>

using namespace mms;

bool MmsServerSession::needsLogin(const QString &fileName) const
{
    // --auth-folder: only names inside the protected folders ask (AuthScope).
    return !m_env.authScope || m_env.authScope->needsLogin(fileName);
}

void MmsServerSession::startAuthentication(const OpenFile &open)
{
    if (m_authWaiting)
        return; // the delay's answer is still to come
    m_pendingOpen = open;
    if (!m_auth)
        m_auth = std::make_unique<ServerAuthenticator>(m_env.auth, m_env.users, m_env.realm);
    if (!open.tokenData.isEmpty())
        processAuthToken(open.tokenData, open.playIncarnation);
    else
        sendOpeningChallenge(open.playIncarnation);
}

void MmsServerSession::sendOpeningChallenge(quint32 playIncarnation)
{
    // Basic: the realm; NTLM: bare 00 00, asking for the client's NEGOTIATE (notes §9.8).
    sendSecurityChallenge(playIncarnation,
        m_env.auth == AuthScheme::Basic ? mmsauth::basicChallengeToken(m_env.realm)
                                        : mmsauth::ntlmToken({}, false));
}

void MmsServerSession::sendSecurityChallenge(quint32 playIncarnation, const QByteArray &token)
{
    SecurityChallenge challenge;
    challenge.playIncarnation = playIncarnation;
    // MS-MMSP 2.2.4.14: the cookie tells which challenge a response answers.
    m_cookie = QRandomGenerator::global()->generate();
    challenge.cookie = m_cookie;
    challenge.token = token;
    sendMessage(challenge);
}

void MmsServerSession::handleSecurityResponse(const QByteArray &message)
{
    const Decoded<SecurityResponse> response = decodeMessage<SecurityResponse>(message);
    if (!response.ok()) {
        closeSession(QStringLiteral("bad SecurityResponse: %1").arg(response.error.what));
        return;
    }
    if (m_authWaiting || !m_pendingOpen || !m_auth || m_authenticated)
        return; // not asked for (or asked again only after the delay): ignored
    if (response.value.cookie != m_cookie) {
        authenticationFailed(QString(), QStringLiteral("cookie does not match the challenge"),
            response.value.playIncarnation);
        return;
    }
    processAuthToken(response.value.token, response.value.playIncarnation);
}

void MmsServerSession::processAuthToken(const QByteArray &token, quint32 playIncarnation)
{
    ServerAuthenticator::Step step;
    if (m_env.auth == AuthScheme::Basic) {
        // PBKDF2 costs the server real work: none for an address that is still waiting.
        if (m_env.throttle->remainingDelayMs(m_peer) > 0)
            step.reason = QStringLiteral("address still waiting out a failed login");
        else
            step = m_auth->basic(mmsauth::decodeBasicResponse(token));
    } else {
        const Decoded<mmsauth::NtlmPayload> payload = mmsauth::decodeNtlmToken(token);
        if (payload.ok()) {
            m_ntlmAuthForm = payload.value.ntlmAuth;
            step = m_auth->ntlm(payload.value.ntlm);
        } else {
            step.reason = payload.error.what;
        }
    }
    switch (step.kind) {
    case ServerAuthenticator::Step::Kind::Challenge:
        sendSecurityChallenge(playIncarnation, mmsauth::ntlmToken(step.ntlm, m_ntlmAuthForm));
        return;
    case ServerAuthenticator::Step::Kind::Refused:
        authenticationFailed(step.user, step.reason, playIncarnation);
        return;
    case ServerAuthenticator::Step::Kind::Accepted:
        break;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: user \"%2\" logged in from %3")
                                         .arg(m_number)
                                         .arg(step.user.left(64), m_peer.toString());
    m_env.throttle->recordSuccess(m_peer);
    m_authenticated = true;
    m_auth.reset();
    const OpenFile open = *m_pendingOpen;
    m_pendingOpen.reset();
    // MS-MMSP 2.2.4.7: ReportOpenFile carries the incarnation of the SecurityResponse.
    openFile(open, playIncarnation);
}

void MmsServerSession::authenticationFailed(
    const QString &user, const QString &reason, quint32 playIncarnation)
{
    ++m_authFailures;
    const AuthThrottle::Failure failure = m_env.throttle->recordFailure(m_peer);
    qCWarning(lcMmsServer).noquote() << QStringLiteral(
        "session %1: login failed from %2, user \"%3\": %4 (failure %5 of this address, "
        "%6 in all; answering in %7 ms)")
                                            .arg(m_number)
                                            .arg(m_peer.toString(), user.left(64), reason)
                                            .arg(failure.count)
                                            .arg(m_env.throttle->totalFailures())
                                            .arg(failure.delayMs);
    m_authWaiting = true;
    m_auth.reset();
    const quint64 id = failure.id;
    QTimer::singleShot(failure.delayMs, Qt::PreciseTimer, this, [this, id, playIncarnation] {
        m_authWaiting = false;
        if (m_state == State::Closing)
            return;
        m_env.throttle->markAnswered(id);
        if (m_authFailures >= m_env.maxAuthTries) {
            // Notes §9.8 step 5 and §9.10: E_ACCESSDENIED in ReportOpenFile, openFileId 0, close.
            ReportOpenFile reply;
            reply.hr = Hresult::AccessDenied;
            reply.playIncarnation = playIncarnation;
            reply.openFileId = 0;
            sendMessage(reply);
            closeSession(QStringLiteral("login refused after %1 tries").arg(m_authFailures));
            return;
        }
        m_auth = std::make_unique<ServerAuthenticator>(m_env.auth, m_env.users, m_env.realm);
        sendOpeningChallenge(playIncarnation);
    });
}
