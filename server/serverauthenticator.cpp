// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverauthenticator.h"

#include "core/auth/ntlmmessage.h"
#include "server/userdatabase.h"

using Step = ServerAuthenticator::Step;

ServerAuthenticator::ServerAuthenticator(
    AuthScheme scheme, const UserDatabase *users, const QString &targetName)
    : m_scheme(scheme), m_users(users)
{
    m_verifier.setTargetName(targetName.left(15)); // a NetBIOS name has at most 15 characters
}

Step ServerAuthenticator::basic(const mms::Decoded<mms::Credentials> &credentials) const
{
    Step step;
    if (!credentials.ok()) {
        step.reason = credentials.error.what;
        return step;
    }
    step.user = credentials.value.user;
    if (!m_users || !m_users->verifyPassword(credentials.value.user, credentials.value.password)) {
        step.reason = m_users && m_users->contains(step.user)
            ? QStringLiteral("Basic: wrong password")
            : QStringLiteral("Basic: unknown user");
        return step;
    }
    step.kind = Step::Kind::Accepted;
    return step;
}

Step ServerAuthenticator::ntlm(QByteArrayView message)
{
    Step step;
    const quint32 type = mms::ntlm::messageType(message);
    if (message.isEmpty() || type == 1) {
        if (type == 1 && !mms::ntlm::decodeNegotiate(message).ok()) {
            step.reason = QStringLiteral("NTLM: bad NEGOTIATE");
            return step;
        }
        step.kind = Step::Kind::Challenge;
        step.ntlm = m_verifier.challengeMessage();
        return step;
    }
    if (type != 3) {
        step.reason =
            QStringLiteral("NTLM: expected NEGOTIATE or AUTHENTICATE, got message type %1")
                .arg(type);
        return step;
    }
    const mms::NtlmVerifier::Result result = m_verifier.verify(message,
        [this](const QString &user) { return m_users ? m_users->ntHash(user) : std::nullopt; });
    step.user = result.user;
    if (!result.ok) {
        step.reason = result.error;
        return step;
    }
    step.kind = Step::Kind::Accepted;
    return step;
}
