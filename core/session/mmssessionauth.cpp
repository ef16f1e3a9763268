// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: credentials for servers that ask (SecurityChallenge, HTTP 401).
#include "core/session/mmssession_p.h"

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
    const mms::Credentials &c = d->m_credentials;
    return c.domain.isEmpty() ? c.user : c.domain + QLatin1Char('\\') + c.user;
}

void MmsSession::provideCredentials(const QString &login, const QString &password)
{
    // Answering a challenge is not implemented yet: the session fails at the challenge.
    setCredentials(login, password);
}

void MmsSession::cancelAuthentication() { }
