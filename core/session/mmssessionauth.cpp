// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: credentials for servers that ask. MMS over TCP: the transport answers the server's
// challenge (mmsttransportauth.cpp) with what is kept here, Basic in one leg, NTLM in two
// (NEGOTIATE, then AUTHENTICATE for the server's CHALLENGE). MMS over HTTP: 401 with
// WWW-Authenticate answered with Authorization (RFC 7617 Basic on every GET; NTLM's three
// messages on one kept-alive connection, again for each GET since NTLM logs in a connection).
// The password is kept in memory only and never logged: traces name the scheme and the user.
#include "core/auth/basicauth.h"
#include "core/session/mmssession_p.h"

namespace {

QString schemeName(MmsSessionPrivate::AuthScheme scheme)
{
    return scheme == MmsSessionPrivate::AuthScheme::Ntlm ? QStringLiteral("NTLM")
                                                         : QStringLiteral("BASIC");
}

// The realm="..." parameter of a WWW-Authenticate value (empty if none).
QString httpRealm(const QByteArray &value)
{
    const qsizetype at = value.toLower().indexOf("realm=");
    if (at < 0)
        return {};
    QByteArray rest = value.mid(at + 6).trimmed();
    if (rest.startsWith('"')) {
        const qsizetype end = rest.indexOf('"', 1);
        rest = end < 0 ? rest.mid(1) : rest.mid(1, end - 1);
    } else {
        rest = rest.left(rest.indexOf(','));
    }
    // A realm is for showing to a user: a hostile server gets no more than a line of it.
    return QString::fromUtf8(rest.left(256));
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
        m_tcpWire->answerPendingChallenge();
        return;
    case AuthResume::TcpReconnect:
        connectToTarget(); // the server closed after E_ACCESSDENIED: log in on a new connection
        return;
    case AuthResume::HttpRetry:
        httpAuthRetry();
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

// --- MMS over TCP: the challenge itself is MmstTransport's (mmsttransportauth.cpp)

bool MmsSessionPrivate::authenticationRequired(AuthResume resume)
{
    // An opening challenge: after credentials went out it is the server's "no" (notes §9.8 5).
    const bool refused = m_authSent || m_ntlmNegotiated;
    if (refused)
        authRefused();
    if (m_credentials.isEmpty() || refused) {
        askForCredentials(resume);
        return false;
    }
    return true;
}

bool MmsSessionPrivate::authDropWhileWaiting(Error error)
{
    if (!m_authWaiting || m_authResume != AuthResume::TcpChallenge || !isTransportError(error))
        return false;
    // The server stopped waiting for our answer: it goes out on a new connection instead.
    qCInfo(lcMmsSession) << "the connection closed while waiting for credentials";
    quietAbort();
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

// --- MMS over HTTP

QByteArray MmsSessionPrivate::httpAuthorized(const QByteArray &request)
{
    if (!request.startsWith("GET ") || m_credentials.isEmpty() || m_authScheme == AuthScheme::None)
        return request;
    QByteArray out = request;
    QByteArray authorization;
    if (m_authScheme == AuthScheme::Basic) {
        authorization = mms::basic::authorizationValue(loginName(), m_credentials.password);
        if (authorization.isEmpty())
            return request;
        m_authSent = true;
    } else if (m_httpNtlmChallenge.isEmpty()) {
        // NTLM's first leg; its CHALLENGE comes back on this same connection, so keep it open.
        m_ntlm = mms::NtlmClient(m_credentials);
        authorization = "NTLM " + m_ntlm.negotiateMessage().toBase64();
        out.replace("Connection: Close\r\n", "Connection: Keep-Alive\r\n");
        m_ntlmNegotiated = true;
    } else {
        const QByteArray authenticate = m_ntlm.authenticateMessage(m_httpNtlmChallenge);
        m_httpNtlmChallenge.clear();
        if (authenticate.isEmpty())
            return request;
        authorization = "NTLM " + authenticate.toBase64();
        m_authSent = true;
    }
    const qsizetype end = out.indexOf("\r\n\r\n");
    if (end < 0)
        return request;
    out.insert(end + 2, "Authorization: " + authorization + "\r\n");
    return out;
}

void MmsSessionPrivate::httpAuthChallenge(const mms::HttpHead &head)
{
    QByteArray basic;
    QByteArray ntlm;
    bool ntlmOffered = false;
    for (const QByteArray &value : head.values("WWW-Authenticate")) {
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = (space < 0 ? value : value.left(space)).toLower();
        if (scheme == "basic" && basic.isEmpty()) {
            basic = value;
        } else if (scheme == "ntlm") {
            ntlmOffered = true;
            if (space > 0)
                ntlm = value.mid(space + 1).trimmed();
        }
    }
    if (m_ntlmNegotiated && !ntlm.isEmpty()) {
        // The second leg: answer the CHALLENGE on this connection, which the server kept open.
        const QByteArray::FromBase64Result raw = ntlm.size() > 16 * 1024
            ? QByteArray::FromBase64Result {{},
                QByteArray::Base64DecodingStatus::IllegalInputLength}
            : QByteArray::fromBase64Encoding(
                ntlm, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!raw || (*raw).isEmpty()) {
            fail(Error::ProtocolError, 0,
                MmsSession::tr("the server's NTLM challenge is not base64 (or over 16 KiB)"));
            return;
        }
        m_ntlmNegotiated = false;
        m_httpNtlmChallenge = *raw;
        m_ntlm.setCredentials(m_credentials);
        const QByteArray request = httpAuthorized(m_httpRequest);
        if (!m_authSent) {
            fail(Error::ProtocolError, 0,
                MmsSession::tr("the server's NTLM CHALLENGE cannot be answered: %1")
                    .arg(m_ntlm.errorString()));
            return;
        }
        m_httpReader.reset(); // the 401's body is empty: the next response starts afresh
        m_socket->write(request);
        restartTimeout();
        return;
    }
    if (!ntlmOffered && basic.isEmpty()) {
        const QByteArray schemes = head.values("WWW-Authenticate").join(", ");
        fail(Error::AuthenticationFailed, 0,
            MmsSession::tr("the server asks for credentials in a way not supported (HTTP 401, %1)")
                .arg(schemes.isEmpty() ? MmsSession::tr("no scheme announced")
                                       : QString::fromLatin1(schemes.left(200))));
        return;
    }
    // NTLM is preferred when both are offered (as Windows Media Player does): Basic sends the
    // password itself, readable by anyone on the path; NTLM proves it without sending it.
    m_authScheme = ntlmOffered ? AuthScheme::Ntlm : AuthScheme::Basic;
    m_authRealm = ntlmOffered ? QString() : httpRealm(basic);
    const bool refused = m_authSent || m_ntlmNegotiated;
    if (refused)
        authRefused();
    // Every try starts on a new connection: the server may have closed this one.
    quietAbort();
    if (m_credentials.isEmpty() || refused) {
        askForCredentials(AuthResume::HttpRetry);
        return;
    }
    httpAuthRetry();
}

void MmsSessionPrivate::httpAuthRetry()
{
    m_httpNtlmChallenge.clear();
    m_ntlmNegotiated = false;
    m_authSent = false;
    quietAbort();
    if (m_httpExchange == HttpExchange::Describe)
        setState(State::Connecting); // httpConnected() sends the Describe again
    m_socket->connectToHost(m_target.host, m_connectPort);
    restartTimeout();
}
