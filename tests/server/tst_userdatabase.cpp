// SPDX-License-Identifier: GPL-3.0-or-later
// UserDatabase (server/userdatabase): the users file of mms-serve --auth: both line kinds,
// every bad line refused with its line number, password checks, and writeUser's updates.
#include "core/auth/ntlmcrypto.h"
#include "server/userdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_UserDatabase : public QObject {
    Q_OBJECT
private slots:
    void parsesBothKinds();
    void badLines_data();
    void badLines();
    void writeUserReplacesAndKeepsComments();
    void limits();
};

void tst_UserDatabase::parsesBothKinds()
{
    const QByteArray alice = UserDatabase::makeLine(QStringLiteral("alice"),
        QStringLiteral("pa:ss"), UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations);
    const QByteArray text =
        "# users\n\n" + alice + "\nUser:ntlm:A4F49C406510BDCAB6824EE7C30FD852\n";
    UserDatabase db;
    QString error;
    QVERIFY2(db.parse(text, &error, QStringLiteral("users")), qPrintable(error));
    QCOMPARE(db.size(), 2);
    QVERIFY(db.verifyPassword(QStringLiteral("alice"), QStringLiteral("pa:ss")));
    QVERIFY(!db.verifyPassword(QStringLiteral("alice"), QStringLiteral("pa:sS")));
    QVERIFY(
        !db.verifyPassword(QStringLiteral("Alice"), QStringLiteral("pa:ss"))); // names are exact
    QVERIFY(!db.ntHash(QStringLiteral("alice"))); // PBKDF2 users cannot use NTLM
    // [MS-NLMP] 4.2.2.1.2: the NT hash of "Password".
    QCOMPARE(db.ntHash(QStringLiteral("User")).value_or(QByteArray()),
        mms::ntlm::ntHash(QStringLiteral("Password")));
    QVERIFY(db.verifyPassword(QStringLiteral("User"), QStringLiteral("Password")));
    QVERIFY(!db.verifyPassword(QStringLiteral("nobody"), QStringLiteral("Password")));
    // A fresh salt each time: the same password gives different lines.
    QVERIFY(alice
        != UserDatabase::makeLine(QStringLiteral("alice"), QStringLiteral("pa:ss"),
            UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations));
    QVERIFY(!alice.contains("pa:ss"));
}

void tst_UserDatabase::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    const QByteArray salt = QByteArray(32, 'a');
    const QByteArray key = QByteArray(64, 'b');
    QTest::newRow("no kind") << QByteArray("alice") << "expected name:ntlm";
    QTest::newRow("unknown kind") << QByteArray("alice:md5:abc") << "expected name:ntlm";
    QTest::newRow("short hash") << QByteArray("alice:ntlm:abcd") << "NT hash is not 32 hex digits";
    QTest::newRow("hash not hex") << ("alice:ntlm:" + QByteArray(32, 'g'))
                                  << "NT hash is not 32 hex digits";
    QTest::newRow("extra field") << ("alice:ntlm:" + QByteArray(32, 'a') + ":x")
                                 << "expected name:ntlm";
    QTest::newRow("iterations low")
        << ("alice:pbkdf2-sha256:999:" + salt + ':' + key) << "iterations";
    QTest::newRow("iterations huge")
        << ("alice:pbkdf2-sha256:99999999999:" + salt + ':' + key) << "iterations";
    QTest::newRow("salt short") << ("alice:pbkdf2-sha256:1000:abcd:" + key) << "salt";
    QTest::newRow("salt odd") << ("alice:pbkdf2-sha256:1000:" + QByteArray(33, 'a') + ':' + key)
                              << "salt";
    QTest::newRow("key short") << ("alice:pbkdf2-sha256:1000:" + salt + ':' + QByteArray(62, 'b'))
                               << "key";
    QTest::newRow("empty name") << (":ntlm:" + QByteArray(32, 'a')) << "bad user name";
    QTest::newRow("space in name") << ("al ice:ntlm:" + QByteArray(32, 'a')) << "bad user name";
    QTest::newRow("long name") << (QByteArray(65, 'n') + ":ntlm:" + QByteArray(32, 'a'))
                               << "bad user name";
    QTest::newRow("twice") << ("alice:ntlm:" + QByteArray(32, 'a')
        + "\nalice:ntlm:" + QByteArray(32, 'a'))
                           << "user \"alice\" twice";
}

void tst_UserDatabase::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    UserDatabase db;
    QString why;
    QVERIFY(!db.parse("# first line is a comment\n" + line + '\n', &why, QStringLiteral("users")));
    QVERIFY2(why.contains(error), qPrintable(why));
    QVERIFY2(
        why.startsWith(QStringLiteral("users:2: ")) || why.startsWith(QStringLiteral("users:3: ")),
        qPrintable(why));
    QCOMPARE(db.size(), 0);
}

void tst_UserDatabase::writeUserReplacesAndKeepsComments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users"));
    QString error;
    const auto line = [](const char *name, const char *password) {
        return UserDatabase::makeLine(
            QLatin1String(name), QLatin1String(password), UserDatabase::Kind::Ntlm);
    };
    QVERIFY(UserDatabase::writeUser(path, QStringLiteral("a"), line("a", "1"), &error));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# a comment naming a:ntlm:x\n");
    }
    QVERIFY(UserDatabase::writeUser(path, QStringLiteral("b"), line("b", "2"), &error));
    QVERIFY(UserDatabase::writeUser(path, QStringLiteral("a"), line("a", "3"), &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text, line("a", "3") + "\n# a comment naming a:ntlm:x\n" + line("b", "2") + '\n');
    UserDatabase db;
    QVERIFY(db.load(path, &error));
    QVERIFY(db.verifyPassword(QStringLiteral("a"), QStringLiteral("3")));
}

void tst_UserDatabase::limits()
{
    UserDatabase db;
    QString error;
    QByteArray many;
    for (int i = 0; i <= UserDatabase::MaxUsers; ++i)
        many += "u" + QByteArray::number(i) + ":ntlm:" + QByteArray(32, 'a') + '\n';
    QVERIFY(!db.parse(many, &error, QStringLiteral("f")));
    QVERIFY2(error.contains(QStringLiteral("more than 10000 users")), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(UserDatabase::MaxFileBytes + 1, '#'));
    big.close();
    QVERIFY(!db.load(path, &error));
    QVERIFY(error.contains(QStringLiteral("over")));
    QVERIFY(!db.load(dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY(!UserDatabase::validName(QStringLiteral("#x")));
    QVERIFY(!UserDatabase::validName(QStringLiteral("a\tb")));
    QVERIFY(UserDatabase::validName(QStringLiteral("J\u00fcrgen.M-1")));
}

QTEST_GUILESS_MAIN(tst_UserDatabase)
#include "tst_userdatabase.moc"
