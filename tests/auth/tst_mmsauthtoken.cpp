// SPDX-License-Identifier: GPL-3.0-or-later
// The pToken forms of SecurityChallenge / SecurityResponse (core/auth/mmsauthtoken): the
// protocol doc's §12.6 examples encoded and decoded exactly, NTLM with and without NTLM_AUTH,
// and the scheme detection of MS-MMSP 3.1.5.8.
#include "core/auth/mmsauthtoken.h"
#include "core/auth/ntlmclient.h"
#include "core/protocol/mmscodec.h"

#include <QtTest>

using namespace mms;
using namespace mms::mmsauth;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// shared/docs/mms-protocol.md §12.6 (message part, from chunkLen).
const QByteArray DocChallenge =
    hex("06 00 00 00 1a 00 04 00 01 00 00 00 34 12 00 00 18 00 00 00 72 00 65 00"
        "61 00 6c 00 6d 00 3d 00 22 00 4d 00 4d 00 53 00 22 00 00 00 00 00 00 00");
const QByteArray DocResponse =
    hex("05 00 00 00 1a 00 03 00 01 00 00 00 34 12 00 00 0d 00 00 00 64 58 4e 6c"
        "63 6a 70 77 59 58 4e 7a 00 00 00 00 00 00 00 00");

} // namespace

class TestMmsAuthToken : public QObject {
    Q_OBJECT

private slots:
    void docBasicExamples()
    {
        QCOMPARE(
            encodeMessage(SecurityChallenge {1, 0x1234, basicChallengeToken(QStringLiteral("MMS"))})
                .toHex(' '),
            DocChallenge.toHex(' '));
        const Decoded<SecurityChallenge> challenge = decodeMessage<SecurityChallenge>(DocChallenge);
        QVERIFY(challenge.ok());
        QCOMPARE(basicChallengeRealm(challenge.value.token), QStringLiteral("MMS"));
        QCOMPARE(detectScheme(challenge.value.token, 9, Scheme::Ntlm), Scheme::Basic);

        QCOMPARE(
            encodeMessage(SecurityResponse {1, 0x1234,
                              basicResponseToken(QStringLiteral("user"), QStringLiteral("pass"))})
                .toHex(' '),
            DocResponse.toHex(' '));
        const Decoded<SecurityResponse> response = decodeMessage<SecurityResponse>(DocResponse);
        QVERIFY(response.ok());
        const Decoded<Credentials> credentials = decodeBasicResponse(response.value.token);
        QVERIFY(credentials.ok());
        QCOMPARE(credentials.value.user, QStringLiteral("user"));
        QCOMPARE(credentials.value.password, QStringLiteral("pass"));
    }

    void basicEdges()
    {
        // MS-MMSP 2.2.4.14: realm="" even without a realm.
        QCOMPARE(basicChallengeToken(QString()),
            hex("72 00 65 00 61 00 6c 00 6d 00 3d 00 22 00 22 00 00 00"));
        QCOMPARE(basicChallengeRealm(basicChallengeToken(QString())), QString());
        QCOMPARE(basicChallengeRealm(basicChallengeToken(QStringLiteral("My \"Media\""))),
            QStringLiteral("My 'Media'"));
        // Without its NUL the response still decodes; garbage does not.
        QVERIFY(decodeBasicResponse("dXNlcjpwYXNz").ok());
        QVERIFY(!decodeBasicResponse(QByteArray("\0", 1)).ok());
        QVERIFY(!decodeBasicResponse("not base64!").ok());
        QVERIFY(basicResponseToken(QStringLiteral("a:b"), QStringLiteral("c")).isEmpty());
    }

    void ntlmForms()
    {
        const QByteArray negotiate = NtlmClient().negotiateMessage();
        // Raw: 00 00 + message.
        const QByteArray raw = ntlmToken(negotiate, false);
        QCOMPARE(raw, QByteArray(2, '\0') + negotiate);
        Decoded<NtlmPayload> d = decodeNtlmToken(raw);
        QVERIFY(d.ok());
        QCOMPARE(d.value.ntlm, negotiate);
        QVERIFY(!d.value.ntlmAuth);
        // 00 00 + NTLM_AUTH (Zero 0, One 1, Reserved1, size, Two 2, Reserved2) + message.
        const QByteArray wrapped = ntlmToken(negotiate, true);
        QCOMPARE(
            wrapped.left(26), hex("0000 00000000 01000000 00000000 20000000 02000000 00000000"));
        d = decodeNtlmToken(wrapped);
        QVERIFY(d.ok());
        QCOMPARE(d.value.ntlm, negotiate);
        QVERIFY(d.value.ntlmAuth);
        // NTLM_AUTH whose Zero field is the two zero bytes.
        d = decodeNtlmToken(wrapped.mid(2));
        QVERIFY(d.ok());
        QCOMPARE(d.value.ntlm, negotiate);
        // The opening leg: bare 00 00 (with or without a terminating NUL).
        QCOMPARE(ntlmToken({}, true), QByteArray(2, '\0'));
        for (const QByteArray &bare : {QByteArray(2, '\0'), QByteArray(3, '\0')}) {
            d = decodeNtlmToken(bare);
            QVERIFY(d.ok());
            QVERIFY(d.value.ntlm.isEmpty());
        }
        QCOMPARE(detectScheme(QByteArray(2, '\0'), 9, Scheme::Basic), Scheme::Ntlm);
    }

    void ntlmMalformed()
    {
        QVERIFY(!decodeNtlmToken({}).ok());
        QVERIFY(!decodeNtlmToken(QByteArray("\0", 1)).ok());
        QVERIFY(!decodeNtlmToken(hex("0100")).ok());
        // NTLM_AUTH announcing more than follows.
        QByteArray wrapped = ntlmToken(NtlmClient().negotiateMessage(), true);
        wrapped[14] = char(0x21);
        QVERIFY(!decodeNtlmToken(wrapped).ok());
        // NTLM_AUTH with Two != 2.
        wrapped = ntlmToken(NtlmClient().negotiateMessage(), true);
        wrapped[18] = 3;
        QVERIFY(!decodeNtlmToken(wrapped).ok());
        const Decoded<NtlmPayload> huge = decodeNtlmToken(
            QByteArray(2, '\0') + QByteArray("NTLMSSP\0\x01\0\0\0", 12) + QByteArray(5000, 'x'));
        QCOMPARE(huge.error.status, CodecStatus::TooLarge);
    }

    void schemeDetectionOldServers()
    {
        // MS-MMSP 3.1.5.8, server major < 9: a non-zero byte in the first two means Basic,
        // else the announced scheme stays.
        QCOMPARE(detectScheme(hex("7200"), 8, Scheme::Ntlm), Scheme::Basic);
        QCOMPARE(detectScheme(hex("0000"), 8, Scheme::Basic), Scheme::Basic);
        QCOMPARE(detectScheme(hex("0000"), 8, Scheme::Ntlm), Scheme::Ntlm);
        QCOMPARE(detectScheme({}, 9, Scheme::Ntlm), Scheme::Basic);
    }
};

QTEST_GUILESS_MAIN(TestMmsAuthToken)
#include "tst_mmsauthtoken.moc"
