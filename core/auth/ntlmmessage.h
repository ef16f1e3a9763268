// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// The three NTLM messages of [MS-NLMP] 2.2.1 (NEGOTIATE, CHALLENGE, AUTHENTICATE): encoding, and
// decoding with every length and offset checked against the message before anything is read.
namespace mms::ntlm {

// NegotiateFlags ([MS-NLMP] 2.2.2.5).
enum Flag : quint32 {
    NegotiateUnicode = 0x00000001,
    NegotiateOem = 0x00000002,
    RequestTarget = 0x00000004,
    NegotiateSign = 0x00000010,
    NegotiateSeal = 0x00000020,
    NegotiateNtlm = 0x00000200,
    NegotiateAlwaysSign = 0x00008000,
    TargetTypeDomain = 0x00010000,
    TargetTypeServer = 0x00020000,
    NegotiateExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    NegotiateVersion = 0x02000000,
    Negotiate128 = 0x20000000,
    NegotiateKeyExchange = 0x40000000,
    Negotiate56 = 0x80000000,
};

// AV pair ids of the target info ([MS-NLMP] 2.2.2.1).
enum class AvId : quint16 {
    Eol = 0,
    NbComputerName = 1,
    NbDomainName = 2,
    DnsComputerName = 3,
    DnsDomainName = 4,
    Flags = 6,
    Timestamp = 7,
};

// Our limit on one NTLM message: real ones are a few hundred bytes; 2 KiB still fits, base64
// encoded, in one HTTP header line of MMS over HTTP.
constexpr qsizetype MaxMessageBytes = 2048;
constexpr qsizetype NegotiateHeaderBytes = 32;
constexpr qsizetype ChallengeHeaderBytes = 48;
constexpr qsizetype AuthenticateHeaderBytes = 64;
constexpr qsizetype VersionBytes = 8;

struct AvPair {
    quint16 id = 0;
    QByteArray value;
    friend bool operator==(const AvPair &, const AvPair &) = default;
};

struct NegotiateMessage {
    quint32 flags = 0;
};

struct ChallengeMessage {
    quint32 flags = 0;
    QByteArray serverChallenge; // 8 bytes
    QString targetName;
    QByteArray targetInfo; // AV pairs, raw (MsvAvEOL included)
    QByteArray version; // 8 bytes when NegotiateVersion is set, else empty
};

struct AuthenticateMessage {
    quint32 flags = 0;
    QByteArray lmResponse;
    QByteArray ntResponse;
    QString domain;
    QString user;
    QString workstation;
    QByteArray encryptedRandomSessionKey;
    QByteArray version; // written when NegotiateVersion is set (zeros if empty)
};

QByteArray encodeNegotiate(const NegotiateMessage &message);
Decoded<NegotiateMessage> decodeNegotiate(QByteArrayView bytes);
QByteArray encodeChallenge(const ChallengeMessage &message);
Decoded<ChallengeMessage> decodeChallenge(QByteArrayView bytes);
// Payload order as in the [MS-NLMP] 4.2.4.3 example: domain, user, workstation, LM, NT, key.
QByteArray encodeAuthenticate(const AuthenticateMessage &message);
Decoded<AuthenticateMessage> decodeAuthenticate(QByteArrayView bytes);

// The message type of an NTLM token (1, 2, 3), or 0 when it does not start with "NTLMSSP\0".
quint32 messageType(QByteArrayView bytes);

QByteArray encodeAvPairs(const QList<AvPair> &pairs); // appends MsvAvEOL
// Malformed when a pair runs past the end or the list has no MsvAvEOL.
Decoded<QList<AvPair>> decodeAvPairs(QByteArrayView bytes);

} // namespace mms::ntlm
