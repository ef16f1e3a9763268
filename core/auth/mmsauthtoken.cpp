// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/mmsauthtoken.h"

#include "core/auth/basicauth.h"
#include "core/auth/ntlmmessage.h"
#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"

namespace mms::mmsauth {

namespace {

template<typename T>
Decoded<T> failure(const QString &what)
{
    Decoded<T> d;
    d.error.status = CodecStatus::Malformed;
    d.error.what = what;
    return d;
}

// An NTLM_AUTH at the start of `bytes`, or nothing.
bool readNtlmAuth(QByteArrayView bytes, QByteArray &ntlm)
{
    ByteReader r(bytes);
    const quint32 zero = r.u32("Zero");
    const quint32 one = r.u32("One");
    r.u32("Reserved1");
    const quint32 size = r.u32("NTLMTokenSize");
    const quint32 two = r.u32("Two");
    r.u32("Reserved2");
    if (!r.ok() || zero != 0 || one != 1 || two != 2 || size > quint32(r.remaining()))
        return false;
    ntlm = r.bytes(size, "NTLMToken").toByteArray();
    return true;
}

} // namespace

QByteArray basicChallengeToken(const QString &realm)
{
    ByteWriter w;
    QString quoted = realm;
    quoted.replace(QLatin1Char('"'), QLatin1Char('\''));
    w.utf16(QStringLiteral("realm=\"%1\"").arg(quoted), true);
    return w.take();
}

QString basicChallengeRealm(QByteArrayView token)
{
    ByteReader r(token);
    const QString text = r.utf16UntilNul("realm");
    const qsizetype start = text.indexOf(QLatin1String("realm=\""));
    if (start < 0)
        return {};
    const qsizetype from = start + 7;
    const qsizetype end = text.indexOf(QLatin1Char('"'), from);
    return end < 0 ? QString() : text.mid(from, end - from);
}

QByteArray basicResponseToken(const QString &user, const QString &password)
{
    const QByteArray token = basic::encode(user, password);
    return token.isEmpty() ? QByteArray() : token + '\0';
}

Decoded<Credentials> decodeBasicResponse(QByteArrayView token)
{
    // cbToken counts a terminating NUL; a client that leaves it out is still understood.
    const qsizetype nul = token.indexOf('\0');
    return basic::decode(nul < 0 ? token : token.first(nul));
}

QByteArray ntlmToken(QByteArrayView ntlm, bool ntlmAuth)
{
    ByteWriter w;
    w.u16(0);
    if (ntlmAuth && !ntlm.isEmpty()) {
        w.u32(0);
        w.u32(1);
        w.u32(0);
        w.u32(quint32(ntlm.size()));
        w.u32(2);
        w.u32(0);
    }
    w.bytes(ntlm);
    return w.take();
}

Decoded<NtlmPayload> decodeNtlmToken(QByteArrayView token)
{
    if (token.size() < 2 || token[0] != 0 || token[1] != 0)
        return failure<NtlmPayload>(QStringLiteral("NTLM token: does not start with 00 00"));
    if (token.size() > ntlm::MaxMessageBytes + NtlmAuthHeaderBytes + 2) {
        Decoded<NtlmPayload> d = failure<NtlmPayload>(
            QStringLiteral("NTLM token: %1 bytes, over our limit").arg(token.size()));
        d.error.status = CodecStatus::TooLarge;
        return d;
    }
    Decoded<NtlmPayload> d;
    const QByteArrayView rest = token.sliced(2);
    if (ntlm::messageType(rest) != 0) {
        d.value.ntlm = rest.toByteArray();
        return d;
    }
    if (readNtlmAuth(rest, d.value.ntlm) || readNtlmAuth(token, d.value.ntlm)) {
        d.value.ntlmAuth = true;
        return d;
    }
    // Nothing but zero bytes (a terminating NUL): the opening leg with no message yet.
    if (rest.size() < NtlmAuthHeaderBytes && rest.count('\0') == rest.size())
        return d;
    return failure<NtlmPayload>(
        QStringLiteral("NTLM token: neither an NTLM message nor NTLM_AUTH"));
}

Scheme detectScheme(QByteArrayView challengeToken, int serverMajorVersion, Scheme announced)
{
    const bool zeros =
        challengeToken.size() >= 2 && challengeToken[0] == 0 && challengeToken[1] == 0;
    if (serverMajorVersion >= 9)
        return zeros ? Scheme::Ntlm : Scheme::Basic;
    // Older servers: a non-zero byte in the first two means Basic, else keep the announced one.
    if (challengeToken.size() >= 2 && !zeros)
        return Scheme::Basic;
    return announced;
}

} // namespace mms::mmsauth
