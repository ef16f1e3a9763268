// SPDX-License-Identifier: GPL-3.0-or-later
// MmstTransport, part 4: SecurityChallenge answered with SecurityResponse (MS-MMSP 2.2.4.14,
// 2.2.4.24, 3.1.5.8; notes §9.8): Basic in one leg, NTLM in two (NEGOTIATE, then AUTHENTICATE
// for the server's CHALLENGE). The credentials and what the server asked for last are the
// session's (mmssessionauth.cpp), shared with the HTTP wire. The password is never logged.
#include "core/auth/mmsauthtoken.h"
#include "core/session/mmssession_p.h"
#include "core/transport/mmsttransport.h"

using AuthScheme = MmsSessionPrivate::AuthScheme;
using Error = MmsSession::Error;

void MmstTransport::onSecurityChallenge(const mms::SecurityChallenge &m)
{
    // MS-MMSP 3.1.5.8: the scheme from the token's first bytes (and ReportConnectedEX's
    // AuthenPackage for servers before 9).
    const mms::mmsauth::Scheme announced =
        m_authenPackage.compare(QLatin1String("NTLM"), Qt::CaseInsensitive) == 0
        ? mms::mmsauth::Scheme::Ntlm
        : mms::mmsauth::Scheme::Basic;
    const bool ntlm = mms::mmsauth::detectScheme(m.token, d->m_serverMajor, announced)
        == mms::mmsauth::Scheme::Ntlm;
    d->m_authScheme = ntlm ? AuthScheme::Ntlm : AuthScheme::Basic;
    if (ntlm) {
        const mms::Decoded<mms::mmsauth::NtlmPayload> payload =
            mms::mmsauth::decodeNtlmToken(m.token);
        if (!payload.ok()) {
            d->fail(Error::ProtocolError, 0,
                MmsSession::tr("malformed NTLM token in SecurityChallenge: %1")
                    .arg(payload.error.what));
            return;
        }
        if (!payload.value.ntlm.isEmpty()) {
            // The second leg: the server's CHALLENGE to our NEGOTIATE.
            if (!d->m_ntlmNegotiated) {
                d->fail(Error::ProtocolError, 0,
                    MmsSession::tr("the server sent an NTLM CHALLENGE before our NEGOTIATE"));
                return;
            }
            d->m_ntlmNegotiated = false;
            d->m_ntlm.setCredentials(d->m_credentials);
            const QByteArray authenticate = d->m_ntlm.authenticateMessage(payload.value.ntlm);
            if (authenticate.isEmpty()) {
                d->fail(Error::ProtocolError, 0,
                    MmsSession::tr("the server's NTLM CHALLENGE cannot be answered: %1")
                        .arg(d->m_ntlm.errorString()));
                return;
            }
            sendSecurityResponse(m, mms::mmsauth::ntlmToken(authenticate, payload.value.ntlmAuth));
            d->m_authSent = true;
            return;
        }
        d->m_authRealm.clear();
    } else {
        d->m_authRealm = mms::mmsauth::basicChallengeRealm(m.token).left(256);
    }
    // Kept for provideCredentials() should the session have to ask for them.
    m_authChallenge = m;
    if (d->authenticationRequired(MmsSessionPrivate::AuthResume::TcpChallenge))
        answerChallenge(m);
}

void MmstTransport::answerPendingChallenge()
{
    if (m_authChallenge)
        answerChallenge(*m_authChallenge);
}

void MmstTransport::answerChallenge(const mms::SecurityChallenge &m)
{
    m_authChallenge.reset();
    if (d->m_authScheme == AuthScheme::Ntlm) {
        d->m_ntlm = mms::NtlmClient(d->m_credentials);
        sendSecurityResponse(m, mms::mmsauth::ntlmToken(d->m_ntlm.negotiateMessage(), false));
        d->m_ntlmNegotiated = true;
        return;
    }
    const QByteArray token =
        mms::mmsauth::basicResponseToken(d->loginName(), d->m_credentials.password);
    if (token.isEmpty()) {
        d->fail(Error::AuthenticationFailed, 0,
            MmsSession::tr("the user name \"%1\" cannot be sent with Basic authentication (it is "
                           "empty or holds a colon)")
                .arg(d->loginName()));
        return;
    }
    sendSecurityResponse(m, token);
    d->m_authSent = true;
}

void MmstTransport::sendSecurityResponse(const mms::SecurityChallenge &m, const QByteArray &token)
{
    // MS-MMSP 2.2.4.24: playIncarnation and cookie copied from the challenge. The trace shows
    // only the token's size (traceFields), never its bytes.
    mms::SecurityResponse response;
    response.playIncarnation = m.playIncarnation;
    response.cookie = m.cookie;
    response.token = token;
    send(response);
    d->restartTimeout();
}
