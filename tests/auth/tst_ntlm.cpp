// SPDX-License-Identifier: GPL-3.0-or-later
// NTLMv2 in core/auth: the [MS-NLMP] 4.2.4 test vectors byte for byte, the client against the
// verifier, and CHALLENGE / AUTHENTICATE messages that lie about their sizes.
#include "core/auth/ntlmclient.h"
#include "core/auth/ntlmcrypto.h"
#include "core/auth/ntlmmessage.h"
#include "core/auth/ntlmverifier.h"

#include <QtEndian>
#include <QtTest>

using namespace mms;
using namespace mms::ntlm;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// [MS-NLMP] 4.2.1 common values.
const QString User = QStringLiteral("User");
const QString Domain = QStringLiteral("Domain");
const QString Password = QStringLiteral("Password");
const QString Workstation = QStringLiteral("COMPUTER");
const QByteArray ServerChallenge = hex("0123456789abcdef");
const QByteArray ClientChallenge = hex("aaaaaaaaaaaaaaaa");

// [MS-NLMP] 4.2.4.3: the CHALLENGE_MESSAGE and AUTHENTICATE_MESSAGE of the NTLMv2 example.
const QByteArray SpecChallenge =
    hex("4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef"
        "00000000000000002400240044000000060070170000000f5300650072007600"
        "6500720002000c0044006f006d00610069006e0001000c005300650072007600"
        "6500720000000000");
const QByteArray SpecAuthenticate =
    hex("4e544c4d5353500003000000180018006c00000054005400840000000c000c00"
        "480000000800080054000000100010005c00000010001000d8000000358288e2"
        "0501280a0000000f44006f006d00610069006e00550073006500720043004f00"
        "4d005000550054004500520086c35097ac9cec102554764a57cccc19aaaaaaaa"
        "aaaaaaaa68cd0ab851e51c96aabc927bebef6a1c010100000000000000000000"
        "00000000aaaaaaaaaaaaaaaa0000000002000c0044006f006d00610069006e00"
        "01000c005300650072007600650072000000000000000000c5dad2544fc97990"
        "94ce1ce90bc9d03e");
// The AV pairs of that CHALLENGE (NetBIOS domain "Domain", NetBIOS server "Server", EOL).
const QByteArray SpecTargetInfo =
    hex("02000c0044006f006d00610069006e0001000c005300650072007600650072000000 0000");

std::optional<QByteArray> specHash(const QString &user)
{
    if (user == User)
        return ntHash(Password);
    return std::nullopt;
}

void patchU32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + at);
}

void patchU16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToLittleEndian<quint16>(value, bytes.data() + at);
}

} // namespace

class TestNtlm : public QObject {
    Q_OBJECT

private slots:
    void specNtowf()
    {
        // 4.2.2.1.2 NTOWFv1 and 4.2.4.1.1 NTOWFv2.
        QCOMPARE(ntHash(Password), hex("a4f49c406510bdcab6824ee7c30fd852"));
        QCOMPARE(ntowfV2(Password, User, Domain), hex("0c868a403bfd7a93a3001ef22ef02e3f"));
        // The user name is upper-cased, the domain is not.
        QCOMPARE(
            ntowfV2(Password, QStringLiteral("user"), Domain), ntowfV2(Password, User, Domain));
        QVERIFY(
            ntowfV2(Password, User, QStringLiteral("DOMAIN")) != ntowfV2(Password, User, Domain));
    }

    void specResponses()
    {
        const QByteArray key = ntowfV2(Password, User, Domain);
        // 4.2.4.2.1 LMv2 response.
        QCOMPARE(lmv2Response(key, ServerChallenge, ClientChallenge),
            hex("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa"));
        // 4.2.4.1.3 temp, 4.2.4.2.2 NTProofStr, 4.2.4.1.2 session base key.
        const QByteArray blob = clientBlob(0, ClientChallenge, SpecTargetInfo);
        QCOMPARE(blob,
            hex("0101000000000000 0000000000000000 aaaaaaaaaaaaaaaa 00000000") + SpecTargetInfo
                + hex("00000000"));
        const QByteArray proof = ntProofStr(key, ServerChallenge, blob);
        QCOMPARE(proof, hex("68cd0ab851e51c96aabc927bebef6a1c"));
        QCOMPARE(sessionBaseKey(key, proof), hex("8de40ccadbc14a82f15cb0ad0de95ca3"));
    }

    void specChallengeDecodesAndEncodes()
    {
        const Decoded<ChallengeMessage> c = decodeChallenge(SpecChallenge);
        QVERIFY2(c.ok(), qPrintable(c.error.what));
        QCOMPARE(c.value.flags, 0xe28a8233u);
        QCOMPARE(c.value.serverChallenge, ServerChallenge);
        QCOMPARE(c.value.targetName, QStringLiteral("Server"));
        QCOMPARE(c.value.targetInfo, SpecTargetInfo);
        QCOMPARE(c.value.version, hex("060070170000000f"));
        QCOMPARE(encodeChallenge(c.value), SpecChallenge);
        const Decoded<QList<AvPair>> pairs = decodeAvPairs(c.value.targetInfo);
        QVERIFY(pairs.ok());
        QCOMPARE(pairs.value.size(), 2);
        QCOMPARE(pairs.value.at(0).id, quint16(AvId::NbDomainName));
        QCOMPARE(pairs.value.at(1).value, utf16le(QStringLiteral("Server")));
    }

    void specAuthenticateByteForByte()
    {
        // The client with the example's inputs. The example negotiates key exchange: its
        // flags, version and RC4-encrypted session key (4.2.4.2.3) are given, not computed.
        NtlmClient client(Credentials {User, Domain, Password});
        client.setWorkstation(Workstation);
        client.setClientChallenge(ClientChallenge);
        client.setTimestamp(0);
        client.setFlagsOverride(0xe2888235);
        client.setVersion(hex("0501280a0000000f"));
        client.setEncryptedRandomSessionKey(hex("c5dad2544fc9799094ce1ce90bc9d03e"));
        const QByteArray auth = client.authenticateMessage(SpecChallenge);
        QVERIFY2(!auth.isEmpty(), qPrintable(client.errorString()));
        QCOMPARE(auth.toHex(), SpecAuthenticate.toHex());
        QCOMPARE(client.sessionBaseKey(), hex("8de40ccadbc14a82f15cb0ad0de95ca3"));

        const Decoded<AuthenticateMessage> a = decodeAuthenticate(SpecAuthenticate);
        QVERIFY2(a.ok(), qPrintable(a.error.what));
        QCOMPARE(a.value.user, User);
        QCOMPARE(a.value.domain, Domain);
        QCOMPARE(a.value.workstation, Workstation);
        QCOMPARE(a.value.version, hex("0501280a0000000f"));
        QCOMPARE(encodeAuthenticate(a.value), SpecAuthenticate);
    }

    void verifierAcceptsSpecAuthenticate()
    {
        NtlmVerifier verifier;
        verifier.setServerChallenge(ServerChallenge);
        const Decoded<ChallengeMessage> c = decodeChallenge(verifier.challengeMessage());
        QVERIFY(c.ok());
        QCOMPARE(c.value.serverChallenge, ServerChallenge);
        const NtlmVerifier::Result r = verifier.verify(SpecAuthenticate, specHash);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.user, User);
        QCOMPARE(r.domain, Domain);
        QCOMPARE(verifier.sessionBaseKey(), hex("8de40ccadbc14a82f15cb0ad0de95ca3"));
    }

    void negotiateMessage()
    {
        const QByteArray n = NtlmClient().negotiateMessage();
        QCOMPARE(n.size(), NegotiateHeaderBytes);
        QCOMPARE(n.left(12), hex("4e544c4d5353500001000000"));
        const Decoded<NegotiateMessage> d = decodeNegotiate(n);
        QVERIFY(d.ok());
        QCOMPARE(d.value.flags, NtlmClient::DefaultFlags);
        QCOMPARE(messageType(n), 1u);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("password");
        QTest::newRow("plain") << "alice"
                               << ""
                               << "s3cret";
        QTest::newRow("domain") << "Bob"
                                << "WORKGROUP"
                                << "pa:ss word";
        QTest::newRow("non-ASCII")
            << QStringLiteral("J\u00fcrgen") << "" << QStringLiteral("gr\u00fc\u00dfe\u20ac");
        QTest::newRow("empty password") << "carol"
                                        << ""
                                        << "";
    }

    void roundTrip()
    {
        QFETCH(QString, user);
        QFETCH(QString, domain);
        QFETCH(QString, password);
        const QByteArray stored = ntHash(password);
        const auto lookup = [&](const QString &name) -> std::optional<QByteArray> {
            if (name == user)
                return stored;
            return std::nullopt;
        };
        NtlmVerifier verifier;
        NtlmClient client(Credentials {user, domain, password});
        QVERIFY(decodeNegotiate(client.negotiateMessage()).ok());
        const QByteArray auth = client.authenticateMessage(verifier.challengeMessage());
        QVERIFY2(!auth.isEmpty(), qPrintable(client.errorString()));
        const NtlmVerifier::Result r = verifier.verify(auth, lookup);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.user, user);
        QCOMPARE(r.domain, domain);
        QCOMPARE(verifier.sessionBaseKey(), client.sessionBaseKey());

        // One answer per challenge: the same AUTHENTICATE again is refused.
        const NtlmVerifier::Result replay = verifier.verify(auth, lookup);
        QVERIFY(!replay.ok);
        QVERIFY(replay.error.contains(QLatin1String("without a CHALLENGE")));
        // And against a new challenge it no longer fits.
        verifier.challengeMessage();
        QVERIFY(!verifier.verify(auth, lookup).ok);
    }

    void wrongPasswordAndUnknownUser()
    {
        const auto lookup = [](const QString &name) -> std::optional<QByteArray> {
            if (name == QLatin1String("alice"))
                return ntHash(QStringLiteral("right"));
            return std::nullopt;
        };
        NtlmVerifier verifier;
        NtlmClient wrong(Credentials {QStringLiteral("alice"), QString(), QStringLiteral("wrong")});
        NtlmVerifier::Result r =
            verifier.verify(wrong.authenticateMessage(verifier.challengeMessage()), lookup);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("NTLM: wrong password"));
        QVERIFY(verifier.sessionBaseKey().isEmpty());

        NtlmClient unknown(
            Credentials {QStringLiteral("mallory"), QString(), QStringLiteral("right")});
        r = verifier.verify(unknown.authenticateMessage(verifier.challengeMessage()), lookup);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("NTLM: unknown user"));

        // Right password, but the proof was made for another domain than the message names.
        NtlmClient right(Credentials {QStringLiteral("alice"), QString(), QStringLiteral("right")});
        QByteArray auth = right.authenticateMessage(verifier.challengeMessage());
        Decoded<AuthenticateMessage> a = decodeAuthenticate(auth);
        a.value.domain = QStringLiteral("OTHER");
        QVERIFY(!verifier.verify(encodeAuthenticate(a.value), lookup).ok);
    }

    void verifierRefusesWeakResponses()
    {
        const auto lookup = [](const QString &) -> std::optional<QByteArray> {
            return ntHash(QStringLiteral("x"));
        };
        NtlmVerifier verifier;
        NtlmClient client(Credentials {QStringLiteral("alice"), QString(), QStringLiteral("x")});
        const QByteArray auth = client.authenticateMessage(verifier.challengeMessage());
        Decoded<AuthenticateMessage> a = decodeAuthenticate(auth);
        QVERIFY(a.ok());

        AuthenticateMessage v1 = a.value;
        v1.ntResponse = QByteArray(24, 'x');
        verifier.challengeMessage();
        QVERIFY(verifier.verify(encodeAuthenticate(v1), lookup)
                    .error.contains(QLatin1String("NTLMv1")));

        AuthenticateMessage anonymous = a.value;
        anonymous.user.clear();
        verifier.challengeMessage();
        QVERIFY(verifier.verify(encodeAuthenticate(anonymous), lookup)
                    .error.contains(QLatin1String("anonymous")));

        AuthenticateMessage badBlob = a.value;
        badBlob.ntResponse[HashBytes] = 2;
        verifier.challengeMessage();
        QVERIFY(verifier.verify(encodeAuthenticate(badBlob), lookup)
                    .error.contains(QLatin1String("not an NTLMv2")));

        // The same client, answering a challenge of its own, passes.
        QVERIFY(
            verifier.verify(client.authenticateMessage(verifier.challengeMessage()), lookup).ok);
    }

    void truncatedChallengeRefused()
    {
        for (qsizetype n = 0; n < SpecChallenge.size(); ++n) {
            const Decoded<ChallengeMessage> c = decodeChallenge(SpecChallenge.left(n));
            QVERIFY2(!c.ok(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
            QVERIFY(!c.error.what.isEmpty());
            NtlmClient client(Credentials {User, Domain, Password});
            QVERIFY(client.authenticateMessage(SpecChallenge.left(n)).isEmpty());
            QCOMPARE(client.errorString(), c.error.what);
        }
    }

    void truncatedAuthenticateRefused()
    {
        for (qsizetype n = 0; n < SpecAuthenticate.size(); ++n) {
            const Decoded<AuthenticateMessage> a = decodeAuthenticate(SpecAuthenticate.left(n));
            QVERIFY2(!a.ok(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
            QVERIFY(!a.error.what.isEmpty());
            NtlmVerifier verifier;
            verifier.setServerChallenge(ServerChallenge);
            verifier.challengeMessage();
            const NtlmVerifier::Result r = verifier.verify(SpecAuthenticate.left(n), specHash);
            QVERIFY(!r.ok);
            QCOMPARE(r.error, a.error.what);
        }
    }

    void badChallenges_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QByteArray b = SpecChallenge;
        patchU32(b, 44, 0xFFFFFFF0);
        QTest::newRow("TargetInfo offset far out")
            << b << "TargetInfo: 36 bytes at offset 4294967280 run past";
        b = SpecChallenge;
        patchU16(b, 40, 0xFFFF);
        QTest::newRow("TargetInfo length too long")
            << b << "TargetInfo: 65535 bytes at offset 68 run past";
        b = SpecChallenge;
        patchU32(b, 16, 8);
        QTest::newRow("TargetName offset in header")
            << b << "TargetName: offset 8 inside the 48-byte header";
        b = SpecChallenge;
        patchU16(b, 12, 11);
        QTest::newRow("TargetName odd UTF-16") << b << "odd length for UTF-16";
        b = SpecChallenge;
        b[0] = 'X';
        QTest::newRow("signature") << b << "no NTLMSSP signature";
        b = SpecChallenge;
        b[8] = 3;
        QTest::newRow("type") << b << "message type 3, expected 2";
        b = SpecChallenge;
        patchU16(b, 68 + 2, 13); // first AV pair claims one more byte, the chain loses its EOL
        QTest::newRow("AV pair chain") << b << "TargetInfo:";
        b = SpecChallenge;
        b.chop(4); // AV list without MsvAvEOL, lengths adjusted to fit
        patchU16(b, 40, 32);
        patchU16(b, 42, 32);
        QTest::newRow("AV pairs without EOL") << b << "no MsvAvEOL";
        b = SpecChallenge + QByteArray(MaxMessageBytes, '\0');
        QTest::newRow("oversized") << b << "over our limit";
    }

    void badChallenges()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Decoded<ChallengeMessage> c = decodeChallenge(bytes);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.what.contains(error), qPrintable(c.error.what));
    }

    void badAuthenticates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QByteArray b = SpecAuthenticate;
        patchU32(b, 24, 0x7FFFFFFF);
        QTest::newRow("NT response offset far out")
            << b << "NtChallengeResponse: 84 bytes at offset 2147483647";
        b = SpecAuthenticate;
        patchU16(b, 20, 0xFFFF);
        QTest::newRow("NT response too long") << b << "NtChallengeResponse: 65535 bytes";
        b = SpecAuthenticate;
        patchU32(b, 40, 60);
        QTest::newRow("user in header") << b << "UserName: offset 60 inside the 64-byte header";
        b = SpecAuthenticate;
        patchU16(b, 36, 7);
        QTest::newRow("user odd UTF-16") << b << "odd length for UTF-16";
        b = SpecAuthenticate;
        patchU32(b, 56, quint32(b.size()) - 15);
        QTest::newRow("key one past the end") << b << "EncryptedRandomSessionKey: 16 bytes";
        b = SpecAuthenticate + QByteArray(MaxMessageBytes, '\0');
        QTest::newRow("oversized") << b << "over our limit";
        b = SpecChallenge;
        QTest::newRow("a CHALLENGE") << b << "message type 2, expected 3";
    }

    void badAuthenticates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Decoded<AuthenticateMessage> a = decodeAuthenticate(bytes);
        QVERIFY(!a.ok());
        QVERIFY2(a.error.what.contains(error), qPrintable(a.error.what));
        NtlmVerifier verifier;
        verifier.setServerChallenge(ServerChallenge);
        verifier.challengeMessage();
        QVERIFY(!verifier.verify(bytes, specHash).ok);
    }

    void clientUsesServerTimestamp()
    {
        // 3.1.5.1.2: with MsvAvTimestamp the client takes the server's time and sends a zero
        // LM response.
        ChallengeMessage c;
        c.flags = NegotiateUnicode | NegotiateNtlm | NegotiateTargetInfo;
        c.serverChallenge = ServerChallenge;
        c.targetInfo = encodeAvPairs({{quint16(AvId::Timestamp), hex("0011223344556677")}});
        NtlmClient client(Credentials {User, Domain, Password});
        client.setTimestamp(42);
        const Decoded<AuthenticateMessage> a =
            decodeAuthenticate(client.authenticateMessage(encodeChallenge(c)));
        QVERIFY(a.ok());
        QCOMPARE(a.value.lmResponse, QByteArray(24, '\0'));
        QCOMPARE(a.value.ntResponse.mid(HashBytes + 8, 8), hex("0011223344556677"));
    }

    void clientRefusesOemOnlyAndNoUser()
    {
        ChallengeMessage c;
        c.flags = NegotiateOem | NegotiateNtlm;
        c.serverChallenge = ServerChallenge;
        NtlmClient client(Credentials {User, Domain, Password});
        QVERIFY(client.authenticateMessage(encodeChallenge(c)).isEmpty());
        QVERIFY(client.errorString().contains(QLatin1String("Unicode")));
        NtlmClient nobody;
        QVERIFY(nobody.authenticateMessage(SpecChallenge).isEmpty());
        QVERIFY(nobody.errorString().contains(QLatin1String("no user name")));
    }
};

QTEST_GUILESS_MAIN(TestNtlm)
#include "tst_ntlm.moc"
