// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP Basic (RFC 7617) in core/auth: the RFC's examples, colons, and tokens that are not
// credentials.
#include "core/auth/basicauth.h"
#include "core/auth/credentials.h"

#include <QtTest>

using namespace mms;

class TestBasicAuth : public QObject {
    Q_OBJECT

private slots:
    void rfcExamples()
    {
        // RFC 7617 §2 and §2.1.
        QCOMPARE(basic::encode(QStringLiteral("Aladdin"), QStringLiteral("open sesame")),
            QByteArray("QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
        QCOMPARE(basic::encode(QStringLiteral("test"), QStringLiteral("123\u00a3")),
            QByteArray("dGVzdDoxMjPCow=="));
        const Decoded<Credentials> d = basic::decode("dGVzdDoxMjPCow==");
        QVERIFY(d.ok());
        QCOMPARE(d.value.user, QStringLiteral("test"));
        QCOMPARE(d.value.password, QStringLiteral("123\u00a3"));
        QVERIFY(d.value.domain.isEmpty());
    }

    void colonInPassword()
    {
        const QByteArray token = basic::encode(QStringLiteral("alice"), QStringLiteral("a:b::c:"));
        const Decoded<Credentials> d = basic::decode(token);
        QVERIFY(d.ok());
        QCOMPARE(d.value.user, QStringLiteral("alice"));
        QCOMPARE(d.value.password, QStringLiteral("a:b::c:"));
        // An empty password is still a password.
        QCOMPARE(basic::decode(basic::encode(QStringLiteral("bob"), QString())).value.password,
            QString());
        // A user name cannot hold a colon, nor be empty.
        QVERIFY(basic::encode(QStringLiteral("al:ice"), QStringLiteral("x")).isEmpty());
        QVERIFY(basic::encode(QString(), QStringLiteral("x")).isEmpty());
        QVERIFY(basic::authorizationValue(QString(), QStringLiteral("x")).isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << int(CodecStatus::Malformed) << "empty";
        QTest::newRow("not base64")
            << QByteArray("@@@@") << int(CodecStatus::Malformed) << "not base64";
        QTest::newRow("space inside")
            << QByteArray("YWxp Y2U6eA==") << int(CodecStatus::Malformed) << "not base64";
        QTest::newRow("no colon") << QByteArray("YWxpY2U=") << int(CodecStatus::Malformed)
                                  << "no colon";
        QTest::newRow("empty user")
            << QByteArray("OnNlY3JldA==") << int(CodecStatus::Malformed) << "empty user";
        QTest::newRow("not UTF-8")
            << QByteArray("/zp4") << int(CodecStatus::Malformed) << "not UTF-8";
        QTest::newRow("too large")
            << QByteArray(basic::MaxTokenBytes + 4, 'Q') << int(CodecStatus::TooLarge) << "over";
    }

    void malformed()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Decoded<Credentials> d = basic::decode(token);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error.status), status);
        QVERIFY2(d.error.what.contains(error), qPrintable(d.error.what));
    }

    void httpHeaders()
    {
        QCOMPARE(
            basic::authorizationValue(QStringLiteral("Aladdin"), QStringLiteral("open sesame")),
            QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
        // The scheme name is case-insensitive (RFC 7235 §2.1).
        for (const QByteArray &value : {QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
                 QByteArray("bAsIc   QWxhZGRpbjpvcGVuIHNlc2FtZQ==  ")}) {
            const Decoded<Credentials> d = basic::parseAuthorizationValue(value);
            QVERIFY2(d.ok(), value.constData());
            QCOMPARE(d.value.user, QStringLiteral("Aladdin"));
        }
        QVERIFY(!basic::parseAuthorizationValue("NTLM TlRMTVNTUAAB").ok());
        QVERIFY(!basic::parseAuthorizationValue("Basic").ok());
        QVERIFY(!basic::parseAuthorizationValue("Basic !!!").ok());

        QCOMPARE(basic::challengeValue(QStringLiteral("MMS")),
            QByteArray("Basic realm=\"MMS\", charset=\"UTF-8\""));
        // Quotes are escaped and a line break cannot end the header early.
        QCOMPARE(basic::challengeValue(QStringLiteral("a\"b\\c\r\nX: y")),
            QByteArray("Basic realm=\"a\\\"b\\\\c  X: y\", charset=\"UTF-8\""));
    }

    void credentialsFromLogin()
    {
        const Credentials c =
            Credentials::fromLogin(QStringLiteral("CORP\\alice"), QStringLiteral("pw"));
        QCOMPARE(c.domain, QStringLiteral("CORP"));
        QCOMPARE(c.user, QStringLiteral("alice"));
        QCOMPARE(c.password, QStringLiteral("pw"));
        QCOMPARE(Credentials::fromLogin(QStringLiteral("bob"), QString()).domain, QString());
        QVERIFY(Credentials().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBasicAuth)
#include "tst_basicauth.moc"
