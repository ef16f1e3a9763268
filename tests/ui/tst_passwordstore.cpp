// SPDX-License-Identifier: GPL-3.0-or-later
// PasswordStore: keys, the asynchronous answers, the login in QSettings but never the password,
// and a machine without a keychain (the fake's, and QtKeychain's own with no D-Bus to reach).
#include "fakepasswordstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <functional>

class TestPasswordStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void serverKeys();
    void storeLookupForget();
    void lookupWithoutLogin();
    void fakeKeychainUnavailable();
    void realKeychainUnavailable();
};

static const QString Password = QStringLiteral("pa55-w0rd!");

// The settings file's bytes: the password must not be in it in any encoding QSettings uses.
static bool settingsFileContains(const QString &text)
{
    // Every value, maps and lists included (QSettings writes those in an escaped binary form a
    // byte search would miss), and the file's bytes for anything written some other way.
    QSettings settings;
    settings.sync();
    std::function<bool(const QVariant &)> mentions = [&](const QVariant &value) {
        if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = value.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                if (it.key().contains(text) || mentions(it.value()))
                    return true;
            }
            return false;
        }
        if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
            const QVariantList list = value.toList();
            return std::any_of(list.cbegin(), list.cend(), mentions);
        }
        return value.toString().contains(text);
    };
    const QStringList keys = settings.allKeys();
    if (std::any_of(keys.cbegin(), keys.cend(),
            [&](const QString &key) { return mentions(settings.value(key)); }))
        return true;
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
}

void TestPasswordStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mmsplayer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_passwordstore"));
    // QtKeychain must find no Secret Service, whatever the machine running the tests has.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mmsplayer-test-bus");
}

void TestPasswordStore::init()
{
    QSettings().clear();
}

void TestPasswordStore::serverKeys()
{
    QCOMPARE(PasswordStore::serverKey(QUrl(QStringLiteral("mms://Media.Example.com/live"))),
        QStringLiteral("mms://media.example.com:1755"));
    QCOMPARE(PasswordStore::serverKey(QUrl(QStringLiteral("mmst://h:1756/a.wmv"))),
        QStringLiteral("mmst://h:1756"));
    QCOMPARE(PasswordStore::serverKey(QUrl(QStringLiteral("mmsh://h/a"))),
        QStringLiteral("mmsh://h:80"));
    QCOMPARE(PasswordStore::serverKey(QUrl(QStringLiteral("http://h:8080/a"))),
        QStringLiteral("http://h:8080"));
}

void TestPasswordStore::storeLookupForget()
{
    FakePasswordStore store;
    const QString server = QStringLiteral("mms://h:1755");
    const QString login = QStringLiteral("CORP\\alice");
    QSignalSpy stored(&store, &PasswordStore::storeFinished);
    QSignalSpy looked(&store, &PasswordStore::lookupFinished);
    QSignalSpy forgotten(&store, &PasswordStore::forgetFinished);

    store.store(server, login, Password);
    QCOMPARE(stored.count(), 0); // answered later, as QtKeychain does
    QVERIFY(stored.wait());
    QCOMPARE(stored.at(0), (QVariantList {server, true}));
    QCOMPARE(store.secrets.value(login + QLatin1Char('@') + server), Password);
    QCOMPARE(store.rememberedLogin(server), login);
    QCOMPARE(store.rememberedLogin(QStringLiteral("mms://other:1755")), QString());
    QVERIFY(settingsFileContains(login)); // the check can see what is there
    QVERIFY(!settingsFileContains(Password));

    store.lookup(server);
    QCOMPARE(looked.count(), 0);
    QVERIFY(looked.wait());
    QCOMPARE(looked.at(0), (QVariantList {server, login, Password, true}));
    QCOMPARE(store.availability(), PasswordStore::Availability::Available);
    QCOMPARE(store.unavailableReason(), QString());

    store.forget(server, login);
    QVERIFY(forgotten.wait());
    QVERIFY(store.secrets.isEmpty());
    QCOMPARE(store.rememberedLogin(server), login); // still pre-fills the dialog
    store.lookup(server);
    QVERIFY(looked.wait());
    QCOMPARE(looked.at(1), (QVariantList {server, QString(), QString(), false}));
}

void TestPasswordStore::lookupWithoutLogin()
{
    // Nothing remembered: the lookup still asks the keychain, which settles availability.
    FakePasswordStore store;
    QSignalSpy looked(&store, &PasswordStore::lookupFinished);
    QSignalSpy availability(&store, &PasswordStore::availabilityChanged);
    QCOMPARE(store.availability(), PasswordStore::Availability::Unknown);
    store.lookup(QStringLiteral("mms://h:1755"));
    QVERIFY(looked.wait());
    QCOMPARE(looked.at(0).at(3).toBool(), false);
    QCOMPARE(store.reads, 1);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(store.availability(), PasswordStore::Availability::Available);
}

void TestPasswordStore::fakeKeychainUnavailable()
{
    FakePasswordStore store(false);
    const QString server = QStringLiteral("mms://h:1755");
    QSignalSpy looked(&store, &PasswordStore::lookupFinished);
    QSignalSpy stored(&store, &PasswordStore::storeFinished);
    QSignalSpy availability(&store, &PasswordStore::availabilityChanged);
    store.setRememberedLogin(server, QStringLiteral("alice"));
    store.lookup(server);
    QVERIFY(looked.wait());
    QCOMPARE(looked.at(0), (QVariantList {server, QString(), QString(), false}));
    QCOMPARE(availability.count(), 1);
    QCOMPARE(store.availability(), PasswordStore::Availability::Unavailable);
    QVERIFY(store.unavailableReason().contains(QStringLiteral("cannot be remembered")));

    // Known to be unavailable: no keychain call, a failure answer, and nothing elsewhere.
    store.store(server, QStringLiteral("alice"), Password);
    QCOMPARE(stored.count(), 0);
    QVERIFY(stored.wait());
    QCOMPARE(stored.at(0), (QVariantList {server, false}));
    QCOMPARE(store.writes, 0);
    QVERIFY(settingsFileContains(QStringLiteral("alice")));
    QVERIFY(!settingsFileContains(Password));
}

void TestPasswordStore::realKeychainUnavailable()
{
    // QtKeychain itself, with no D-Bus session bus: a write fails, and says "no keychain".
    PasswordStore store;
    const QString server = QStringLiteral("mms://h:1755");
    QSignalSpy stored(&store, &PasswordStore::storeFinished);
    store.store(server, QStringLiteral("alice"), Password);
    QVERIFY(stored.wait(10000));
    QCOMPARE(stored.at(0), (QVariantList {server, false}));
    QCOMPARE(store.availability(), PasswordStore::Availability::Unavailable);
    QVERIFY(!settingsFileContains(Password));
    QCOMPARE(store.rememberedLogin(server), QStringLiteral("alice"));

    PasswordStore fresh;
    QSignalSpy looked(&fresh, &PasswordStore::lookupFinished);
    fresh.lookup(server);
    QVERIFY(looked.wait(10000));
    QCOMPARE(looked.at(0).at(3).toBool(), false);
    QCOMPARE(fresh.availability(), PasswordStore::Availability::Unavailable);
}

QTEST_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
