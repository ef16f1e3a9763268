// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/auth/ntlmmessage.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace mms {

// The client side of NTLMv2 ([MS-NLMP] 3.1.5, 3.3.2): a NEGOTIATE message, then the
// AUTHENTICATE answer to the server's CHALLENGE. No signing, sealing or key exchange (MMS
// needs none), so no MIC and no encrypted session key are sent. Time and client challenge
// are random / now unless a test sets them.
class NtlmClient {
public:
    NtlmClient() = default;
    explicit NtlmClient(const Credentials &credentials) : m_credentials(credentials) { }

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    void setWorkstation(const QString &name) { m_workstation = name; }
    // For tests: fixed values instead of a random client challenge and the clock.
    void setClientChallenge(const QByteArray &challenge) { m_clientChallenge = challenge; }
    void setTimestamp(quint64 fileTime) { m_timestamp = fileTime; }
    // For reproducing [MS-NLMP] 4.2.4.3 byte for byte: the flags, version and encrypted
    // session key that example carries (RC4 key exchange is not implemented).
    void setFlagsOverride(quint32 flags) { m_flagsOverride = flags; }
    void setVersion(const QByteArray &version) { m_version = version; }
    void setEncryptedRandomSessionKey(const QByteArray &key) { m_encryptedKey = key; }

    static constexpr quint32 DefaultFlags = ntlm::NegotiateUnicode | ntlm::RequestTarget
        | ntlm::NegotiateNtlm | ntlm::NegotiateAlwaysSign | ntlm::NegotiateExtendedSessionSecurity
        | ntlm::NegotiateTargetInfo | ntlm::Negotiate128 | ntlm::Negotiate56;

    QByteArray negotiateMessage() const;
    // The AUTHENTICATE message for `challenge`, or empty with errorString() set when the
    // CHALLENGE is malformed or the credentials are empty.
    QByteArray authenticateMessage(QByteArrayView challenge);
    QString errorString() const { return m_error; }
    // After authenticateMessage(): SessionBaseKey ([MS-NLMP] 3.3.2).
    QByteArray sessionBaseKey() const { return m_sessionBaseKey; }

private:
    Credentials m_credentials;
    QString m_workstation;
    std::optional<QByteArray> m_clientChallenge;
    std::optional<quint64> m_timestamp;
    std::optional<quint32> m_flagsOverride;
    QByteArray m_version;
    QByteArray m_encryptedKey;
    QByteArray m_sessionBaseKey;
    QString m_error;
};

} // namespace mms
