// SPDX-License-Identifier: GPL-3.0-or-later
// MmshTransport, part 4: logging in over HTTP. A 401 with WWW-Authenticate is answered with
// Authorization (RFC 7617 Basic on every GET; NTLM's three messages on one kept-alive connection,
// again for each GET since NTLM logs in a connection). The credentials, the scheme, the refusals
// and asking the user are the session's (mmssessionauth.cpp), shared with MMS over TCP. The
// password is kept in memory only and never logged.
#include "core/auth/basicauth.h"
#include "core/session/mmssession_p.h"
#include "core/transport/mmshtransport.h"

using State = MmsSession::State;
using Error = MmsSession::Error;
using AuthScheme = MmsSessionPrivate::AuthScheme;

namespace {

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

QByteArray MmshTransport::authorized(const QByteArray &request)
{
    if (!request.startsWith("GET ") || d->m_credentials.isEmpty()
        || d->m_authScheme == AuthScheme::None)
        return request;
    QByteArray out = request;
    QByteArray authorization;
    if (d->m_authScheme == AuthScheme::Basic) {
        authorization = mms::basic::authorizationValue(d->loginName(), d->m_credentials.password);
        if (authorization.isEmpty())
            return request;
        d->m_authSent = true;
    } else if (m_ntlmChallenge.isEmpty()) {
        // NTLM's first leg; its CHALLENGE comes back on this same connection, so keep it open.
        d->m_ntlm = mms::NtlmClient(d->m_credentials);
        authorization = "NTLM " + d->m_ntlm.negotiateMessage().toBase64();
        out.replace("Connection: Close\r\n", "Connection: Keep-Alive\r\n");
        d->m_ntlmNegotiated = true;
    } else {
        const QByteArray authenticate = d->m_ntlm.authenticateMessage(m_ntlmChallenge);
        m_ntlmChallenge.clear();
        if (authenticate.isEmpty())
            return request;
        authorization = "NTLM " + authenticate.toBase64();
        d->m_authSent = true;
    }
    const qsizetype end = out.indexOf("\r\n\r\n");
    if (end < 0)
        return request;
    out.insert(end + 2, "Authorization: " + authorization + "\r\n");
    return out;
}

void MmshTransport::authChallenge(const mms::HttpHead &head)
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
    if (d->m_ntlmNegotiated && !ntlm.isEmpty()) {
        // The second leg: answer the CHALLENGE on this connection, which the server kept open.
        const QByteArray::FromBase64Result raw = ntlm.size() > 16 * 1024
            ? QByteArray::FromBase64Result {{},
                QByteArray::Base64DecodingStatus::IllegalInputLength}
            : QByteArray::fromBase64Encoding(
                ntlm, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!raw || (*raw).isEmpty()) {
            d->fail(Error::ProtocolError, 0,
                MmsSession::tr("the server's NTLM challenge is not base64 (or over 16 KiB)"));
            return;
        }
        d->m_ntlmNegotiated = false;
        m_ntlmChallenge = *raw;
        d->m_ntlm.setCredentials(d->m_credentials);
        const QByteArray request = authorized(m_request);
        if (!d->m_authSent) {
            d->fail(Error::ProtocolError, 0,
                MmsSession::tr("the server's NTLM CHALLENGE cannot be answered: %1")
                    .arg(d->m_ntlm.errorString()));
            return;
        }
        m_reader.reset(); // the 401's body is empty: the next response starts afresh
        d->m_socket->write(request);
        d->restartTimeout();
        return;
    }
    if (!ntlmOffered && basic.isEmpty()) {
        const QByteArray schemes = head.values("WWW-Authenticate").join(", ");
        d->fail(Error::AuthenticationFailed, 0,
            MmsSession::tr("the server asks for credentials in a way not supported (HTTP 401, %1)")
                .arg(schemes.isEmpty() ? MmsSession::tr("no scheme announced")
                                       : QString::fromLatin1(schemes.left(200))));
        return;
    }
    // NTLM is preferred when both are offered (as Windows Media Player does): Basic sends the
    // password itself, readable by anyone on the path; NTLM proves it without sending it.
    d->m_authScheme = ntlmOffered ? AuthScheme::Ntlm : AuthScheme::Basic;
    d->m_authRealm = ntlmOffered ? QString() : httpRealm(basic);
    const bool refused = d->m_authSent || d->m_ntlmNegotiated;
    if (refused)
        d->authRefused();
    // Every try starts on a new connection: the server may have closed this one.
    d->quietAbort();
    if (d->m_credentials.isEmpty() || refused) {
        d->askForCredentials(MmsSessionPrivate::AuthResume::HttpRetry);
        return;
    }
    retryAuthentication();
}

void MmshTransport::retryAuthentication()
{
    m_ntlmChallenge.clear();
    d->m_ntlmNegotiated = false;
    d->m_authSent = false;
    d->quietAbort();
    if (m_exchange == Exchange::Describe)
        d->setState(State::Connecting); // connected() sends the Describe again
    d->m_socket->connectToHost(d->m_target.host, d->m_connectPort);
    d->restartTimeout();
}
