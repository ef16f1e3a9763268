// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The NTLMv2 computations of [MS-NLMP] 3.3.2, built on Qt's MD4, MD5 and HMAC (no crypto of our
// own). Keys and responses are raw bytes.
namespace mms::ntlm {

constexpr qsizetype ChallengeBytes = 8; // server and client challenges
constexpr qsizetype HashBytes = 16; // NT hash, NTOWFv2, NTProofStr, session keys
// NTLMv2_CLIENT_CHALLENGE before its AV pairs ([MS-NLMP] 2.2.2.7): versions, zeros, time,
// client challenge, zeros.
constexpr qsizetype ClientBlobHeaderBytes = 28;

QByteArray utf16le(const QString &text);
QByteArray hmacMd5(QByteArrayView key, QByteArrayView message);
// NTOWFv1: MD4(UNICODE(password)), the "NT hash" a server stores instead of the password.
QByteArray ntHash(const QString &password);
// NTOWFv2 = HMAC_MD5(NT hash, UNICODE(Uppercase(user) + domain)); the NT and LM response key.
QByteArray ntowfV2FromHash(QByteArrayView ntHash, const QString &user, const QString &domain);
QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain);
// "temp" of 3.3.2: 01 01, 6 zeros, time (FILETIME), client challenge, 4 zeros, the AV pairs
// (target info, ending with MsvAvEOL), 4 zeros.
QByteArray clientBlob(quint64 fileTime, QByteArrayView clientChallenge, QByteArrayView targetInfo);
// NTProofStr = HMAC_MD5(ResponseKeyNT, ServerChallenge + temp).
QByteArray ntProofStr(
    QByteArrayView responseKeyNt, QByteArrayView serverChallenge, QByteArrayView blob);
// LMv2 = HMAC_MD5(ResponseKeyLM, ServerChallenge + ClientChallenge) + ClientChallenge.
QByteArray lmv2Response(
    QByteArrayView responseKeyLm, QByteArrayView serverChallenge, QByteArrayView clientChallenge);
// SessionBaseKey = HMAC_MD5(ResponseKeyNT, NTProofStr).
QByteArray sessionBaseKey(QByteArrayView responseKeyNt, QByteArrayView ntProofStr);
// Time as NTLM carries it: 100 ns units since 1601-01-01 UTC.
quint64 fileTimeNow();
// Equality that takes the same time wherever the first difference is (for proofs and hashes).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace mms::ntlm
