// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: credentials for servers that ask. MMS over TCP: SecurityChallenge answered with
// SecurityResponse (MS-MMSP 2.2.4.14, 2.2.4.24, 3.1.5.8; notes §9.8), Basic in one leg, NTLM in
// two (NEGOTIATE, then AUTHENTICATE for the server's CHALLENGE). MMS over HTTP: the 401 and the
// Authorization header are MmshTransport's (mmshtransportauth.cpp); the credentials, the scheme,
// the refusals and asking the user for a password are here, shared by both wires.
// The password is kept in memory only and never logged: traces name the scheme and the user.
#include "core/auth/mmsauthtoken.h"
#include "core/session/mmssession_p.h"

namespace {

QString schemeName(MmsSessionPrivate::AuthScheme scheme)
{
    return scheme == MmsSessionPrivate::AuthScheme::Ntlm ? QStringLiteral("NTLM")
                                                         : QStringLiteral("BASIC");
}

} // namespace

void MmsSession::setCredentials(const QString &login, const QString &password)
{
    d->m_credentials = mms::Credentials::fromLogin(login, password);
}

void MmsSession::clearCredentials()
{
    d->m_credentials = {};
}

QString MmsSession::credentialsLogin() const
{
    return d->loginName();
}

void MmsSession::provideCredentials(const QString &login, const QString &password)
{
    setCredentials(login, password);
    d->resumeAuthentication();
}

void MmsSession::cancelAuthentication()
{
    d->cancelAuthentication();
}

QString MmsSessionPrivate::loginName() const
{
    const mms::Credentials &c = m_credentials;
    return c.domain.isEmpty() ? c.user : c.domain + QLatin1Char('\\') + c.user;
}

void MmsSessionPrivate::resetAuthForSession()
{
    m_authScheme = AuthScheme::None;
    m_authRealm.clear();
    m_authFailures = 0;
    m_authWaiting = false;
    m_authResume = AuthResume::None;
    m_authConfirmed = false;
    resetAuthForConnection();
}

void MmsSessionPrivate::resetAuthForConnection()
{
    m_authSent = false;
    m_ntlmNegotiated = false;
    m_authChallenge.reset();
}

void MmsSessionPrivate::askForCredentials(AuthResume resume)
{
    m_authResume = resume;
    m_authWaiting = true;
    updateTimers(); // no timeout while a person types a password
    qCInfo(lcMmsSession).noquote() << "the server asks for credentials:" << schemeName(m_authScheme)
                                   << "refusals so far:" << m_authFailures;
    emit q->credentialsRequired(schemeName(m_authScheme), m_authRealm, m_authFailures);
}

void MmsSessionPrivate::authRefused()
{
    ++m_authFailures;
    m_authSent = false;
    m_ntlmNegotiated = false;
    m_authConfirmed = false;
    qCInfo(lcMmsSession).noquote() << "the server refused the credentials of" << loginName();
}

void MmsSessionPrivate::authAccepted()
{
    const bool sent = m_authSent;
    m_authSent = false;
    m_ntlmNegotiated = false;
    if (!sent || m_authConfirmed)
        return;
    m_authConfirmed = true;
    qCInfo(lcMmsSession).noquote() << "logged in as" << loginName();
    emit q->authenticated();
}

bool MmsSessionPrivate::authFinished() const
{
    return m_state == State::Idle || m_state == State::Failed || m_state == State::Closed;
}

void MmsSessionPrivate::resumeAuthentication()
{
    if (!m_authWaiting || authFinished())
        return;
    m_authWaiting = false;
    const AuthResume resume = m_authResume;
    m_authResume = AuthResume::None;
    updateTimers();
    restartTimeout();
    switch (resume) {
    case AuthResume::None:
        return;
    case AuthResume::TcpChallenge:
        if (m_authChallenge)
            answerChallenge(*m_authChallenge);
        return;
    case AuthResume::TcpReconnect:
        connectToTarget(); // the server closed after E_ACCESSDENIED: log in on a new connection
        return;
    case AuthResume::HttpRetry:
        m_httpWire->retryAuthentication();
        return;
    }
}

void MmsSessionPrivate::cancelAuthentication()
{
    if (!m_authWaiting || authFinished())
        return;
    m_authWaiting = false;
    m_authResume = AuthResume::None;
    if (m_authFailures > 0) {
        fail(Error::AuthenticationFailed, 0,
            MmsSession::tr("the server refused the credentials of user \"%1\" (%2 scheme, %n "
                           "refusal(s))",
                nullptr, m_authFailures)
                .arg(loginName(), schemeName(m_authScheme)));
    } else {
        fail(Error::AuthenticationRequired, 0,
            MmsSession::tr("the server asks for a user name and password (%1 scheme%2) and none "
                           "were given")
                .arg(schemeName(m_authScheme),
                    m_authRealm.isEmpty() ? QString()
                                          : MmsSession::tr(", realm \"%1\"").arg(m_authRealm)));
    }
}

// --- MMS over TCP

void MmsSessionPrivate::onSecurityChallenge(const mms::SecurityChallenge &m)
{
    // MS-MMSP 3.1.5.8: the scheme from the token's first bytes (and ReportConnectedEX's
    // AuthenPackage for servers before 9).
    const mms::mmsauth::Scheme announced =
        m_authenPackage.compare(QLatin1String("NTLM"), Qt::CaseInsensitive) == 0
        ? mms::mmsauth::Scheme::Ntlm
        : mms::mmsauth::Scheme::Basic;
    const bool ntlm =
        mms::mmsauth::detectScheme(m.token, m_serverMajor, announced) == mms::mmsauth::Scheme::Ntlm;
    m_authScheme = ntlm ? AuthScheme::Ntlm : AuthScheme::Basic;
    if (ntlm) {
        const mms::Decoded<mms::mmsauth::NtlmPayload> payload =
            mms::mmsauth::decodeNtlmToken(m.token);
        if (!payload.ok()) {
            fail(Error::ProtocolError, 0,
                MmsSession::tr("malformed NTLM token in SecurityChallenge: %1")
                    .arg(payload.error.what));
            return;
        }
        if (!payload.value.ntlm.isEmpty()) {
            // The second leg: the server's CHALLENGE to our NEGOTIATE.
            if (!m_ntlmNegotiated) {
                fail(Error::ProtocolError, 0,
                    MmsSession::tr("the server sent an NTLM CHALLENGE before our NEGOTIATE"));
                return;
            }
            m_ntlmNegotiated = false;
            m_ntlm.setCredentials(m_credentials);
            const QByteArray authenticate = m_ntlm.authenticateMessage(payload.value.ntlm);
            if (authenticate.isEmpty()) {
                fail(Error::ProtocolError, 0,
                    MmsSession::tr("the server's NTLM CHALLENGE cannot be answered: %1")
                        .arg(m_ntlm.errorString()));
                return;
            }
            sendSecurityResponse(m, mms::mmsauth::ntlmToken(authenticate, payload.value.ntlmAuth));
            m_authSent = true;
            return;
        }
        m_authRealm.clear();
    } else {
        m_authRealm = mms::mmsauth::basicChallengeRealm(m.token).left(256);
    }
    // An opening challenge: after credentials went out it is the server's "no" (notes §9.8 5).
    const bool refused = m_authSent || m_ntlmNegotiated;
    if (refused)
        authRefused();
    m_authChallenge = m;
    if (m_credentials.isEmpty() || refused) {
        askForCredentials(AuthResume::TcpChallenge);
        return;
    }
    answerChallenge(m);
}

void MmsSessionPrivate::answerChallenge(const mms::SecurityChallenge &m)
{
    m_authChallenge.reset();
    if (m_authScheme == AuthScheme::Ntlm) {
        m_ntlm = mms::NtlmClient(m_credentials);
        sendSecurityResponse(m, mms::mmsauth::ntlmToken(m_ntlm.negotiateMessage(), false));
        m_ntlmNegotiated = true;
        return;
    }
    const QByteArray token = mms::mmsauth::basicResponseToken(loginName(), m_credentials.password);
    if (token.isEmpty()) {
        fail(Error::AuthenticationFailed, 0,
            MmsSession::tr("the user name \"%1\" cannot be sent with Basic authentication (it is "
                           "empty or holds a colon)")
                .arg(loginName()));
        return;
    }
    sendSecurityResponse(m, token);
    m_authSent = true;
}

void MmsSessionPrivate::sendSecurityResponse(
    const mms::SecurityChallenge &m, const QByteArray &token)
{
    // MS-MMSP 2.2.4.24: playIncarnation and cookie copied from the challenge. The trace shows
    // only the token's size (traceFields), never its bytes.
    mms::SecurityResponse response;
    response.playIncarnation = m.playIncarnation;
    response.cookie = m.cookie;
    response.token = token;
    send(response);
    restartTimeout();
}

bool MmsSessionPrivate::authDropWhileWaiting(Error error)
{
    if (!m_authWaiting || m_authResume != AuthResume::TcpChallenge || !isTransportError(error))
        return false;
    // The server stopped waiting for our answer: it goes out on a new connection instead.
    qCInfo(lcMmsSession) << "the connection closed while waiting for credentials";
    quietAbort();
    m_authChallenge.reset();
    m_authResume = AuthResume::TcpReconnect;
    return true;
}

bool MmsSessionPrivate::authOpenFileResult(quint32 hr)
{
    if (hr == mms::Hresult::Ok) {
        authAccepted();
        return authFinished();
    }
    if (hr != mms::Hresult::AccessDenied || (!m_authSent && !m_ntlmNegotiated))
        return false;
    // The server gave up on this connection (its last try refused) and closes it; the next try
    // needs a new one, made once new credentials come.
    authRefused();
    quietAbort();
    askForCredentials(AuthResume::TcpReconnect);
    return true;
}
