// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ntlmcrypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace mms::ntlm {

QByteArray utf16le(const QString &text)
{
    QByteArray out(text.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        qToLittleEndian<quint16>(text.at(i).unicode(), out.data() + 2 * i);
    return out;
}

QByteArray hmacMd5(QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Md5, key.toByteArray());
    mac.addData(message.data(), message.size());
    return mac.result();
}

QByteArray ntHash(const QString &password)
{
    return QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
}

QByteArray ntowfV2FromHash(QByteArrayView ntHash, const QString &user, const QString &domain)
{
    return hmacMd5(ntHash, utf16le(user.toUpper() + domain));
}

QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain)
{
    return ntowfV2FromHash(ntHash(password), user, domain);
}

QByteArray clientBlob(quint64 fileTime, QByteArrayView clientChallenge, QByteArrayView targetInfo)
{
    QByteArray blob;
    blob.reserve(ClientBlobHeaderBytes + targetInfo.size() + 4);
    blob.append(char(1)); // RespType
    blob.append(char(1)); // HiRespType
    blob.append(6, char(0)); // Reserved1, Reserved2
    char time[8];
    qToLittleEndian<quint64>(fileTime, time);
    blob.append(time, 8);
    blob.append(clientChallenge.data(), clientChallenge.size());
    blob.append(4, char(0)); // Reserved3
    blob.append(targetInfo.data(), targetInfo.size());
    blob.append(4, char(0)); // 3.3.2: Z(4) after ServerName
    return blob;
}

QByteArray ntProofStr(
    QByteArrayView responseKeyNt, QByteArrayView serverChallenge, QByteArrayView blob)
{
    return hmacMd5(responseKeyNt, serverChallenge.toByteArray() + blob.toByteArray());
}

QByteArray lmv2Response(
    QByteArrayView responseKeyLm, QByteArrayView serverChallenge, QByteArrayView clientChallenge)
{
    return hmacMd5(responseKeyLm, serverChallenge.toByteArray() + clientChallenge.toByteArray())
        + clientChallenge.toByteArray();
}

QByteArray sessionBaseKey(QByteArrayView responseKeyNt, QByteArrayView ntProofStr)
{
    return hmacMd5(responseKeyNt, ntProofStr);
}

quint64 fileTimeNow()
{
    // 11644473600 s from 1601-01-01 to 1970-01-01.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return (quint64(ms) + 11644473600000ULL) * 10000ULL;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace mms::ntlm
