// SPDX-License-Identifier: GPL-3.0-or-later
// AuthenticationPrompter against a real MmsSession (opened on the in-process server, so it has a
// URL) whose credentialsRequired()/authenticated() the test emits itself, and a fake keychain:
// the dialog per try, at most three tries, remembered passwords used once and forgotten when
// refused, and nothing but the login in QSettings.
#include "fakepasswordstore.h"
#include "testserver.h"
#include "ui/authenticationprompter.h"
#include "ui/credentialsdialog.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

class TestAuthenticationPrompter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedAndRemembered();
    void threeTriesThenCancel();
    void cancelAnswersCancel();
    void notRememberedWhenUnticked();
    void rememberedPasswordAnswersFirstAsk();
    void refusedRememberedPasswordIsForgotten();
    void noKeychainDegradesGracefully();
    void closingTheSessionClosesTheDialog();
    void openingAnotherAddressClosesTheDialog();
    void mainWindowAsksWithoutKeychain();

private:
    CredentialsDialog *waitForDialog();
    void answer(
        CredentialsDialog *dialog, const QString &login, const QString &password, bool remember);
    bool settingsFileContains(const QString &text) const;
    void makePrompter(bool keychainAvailable);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MmsSession> m_session;
    std::unique_ptr<FakePasswordStore> m_store;
    std::unique_ptr<AuthenticationPrompter> m_prompter;
    std::unique_ptr<QSignalSpy> m_shown;
    std::unique_ptr<QSignalSpy> m_provided;
    std::unique_ptr<QSignalSpy> m_cancelled;
    QString m_serverKey;
};

static const QString Login = QStringLiteral("CORP\\alice");
static const QString Password = QStringLiteral("Corr3ct horse!");

void TestAuthenticationPrompter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mmsplayer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_authenticationprompter"));
    // The window's own PasswordStore uses QtKeychain: make sure it finds no Secret Service, as on
    // a headless machine, whatever the machine running the tests has.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mmsplayer-test-bus");
    m_server = std::make_unique<TestServer>(MmsServerConfig::Pace::Burst);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestAuthenticationPrompter::init()
{
    QSettings().clear();
    m_session = std::make_unique<MmsSession>();
    m_session->open(m_server->url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), MmsSession::State::Ready, 20000);
    m_serverKey = PasswordStore::serverKey(m_session->url());
    makePrompter(true);
}

void TestAuthenticationPrompter::cleanup()
{
    m_prompter.reset();
    m_store.reset();
    m_session.reset();
}

void TestAuthenticationPrompter::makePrompter(bool keychainAvailable)
{
    m_prompter.reset();
    m_store = std::make_unique<FakePasswordStore>(keychainAvailable);
    m_prompter = std::make_unique<AuthenticationPrompter>(m_session.get(), m_store.get(), nullptr);
    m_shown = std::make_unique<QSignalSpy>(m_prompter.get(), &AuthenticationPrompter::dialogShown);
    m_provided = std::make_unique<QSignalSpy>(
        m_prompter.get(), &AuthenticationPrompter::credentialsProvided);
    m_cancelled = std::make_unique<QSignalSpy>(
        m_prompter.get(), &AuthenticationPrompter::authenticationCancelled);
}

CredentialsDialog *TestAuthenticationPrompter::waitForDialog()
{
    const qsizetype before = m_shown->count();
    if (!m_shown->wait(5000) && m_shown->count() == before)
        return nullptr;
    auto *dialog = m_shown->last().at(0).value<CredentialsDialog *>();
    if (dialog != m_prompter->dialog() || !dialog->isVisible())
        return nullptr;
    return dialog;
}

void TestAuthenticationPrompter::answer(
    CredentialsDialog *dialog, const QString &login, const QString &password, bool remember)
{
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(remember);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

bool TestAuthenticationPrompter::settingsFileContains(const QString &text) const
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

void TestAuthenticationPrompter::typedAndRemembered()
{
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QStringLiteral("CORP"), 0);
    QCOMPARE(m_shown->count(), 0); // the keychain is asked first, asynchronously
    CredentialsDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(m_store->reads, 1);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Sign in to 127.0.0.1"));
    QCOMPARE(dialog->introText(),
        QStringLiteral("The server asks for a user name and password (NTLM). Realm: CORP"));
    QCOMPARE(dialog->retryText(), QString());
    QVERIFY(!dialog->remember()); // off unless asked for

    answer(dialog, Login, Password, true);
    QCOMPARE(m_provided->count(), 1);
    QCOMPARE(m_provided->at(0), (QVariantList {Login, false}));
    QCOMPARE(m_session->credentialsLogin(), Login);
    QCOMPARE(m_prompter->dialog(), nullptr);

    // Filed only once the server accepted them.
    QVERIFY(m_store->secrets.isEmpty());
    QSignalSpy stored(m_store.get(), &PasswordStore::storeFinished);
    emit m_session->authenticated();
    QVERIFY(stored.wait());
    QCOMPARE(m_store->secrets, (QMap<QString, QString> {{Login + '@' + m_serverKey, Password}}));
    QCOMPARE(m_store->rememberedLogin(m_serverKey), Login);
    QVERIFY(settingsFileContains(Login)); // the check can see what is there
    QVERIFY(!settingsFileContains(Password));
    QCOMPARE(m_cancelled->count(), 0);
}

void TestAuthenticationPrompter::threeTriesThenCancel()
{
    m_store->setRememberedLogin(m_serverKey, QStringLiteral("bob"));
    emit m_session->credentialsRequired(QStringLiteral("BASIC"), QString(), 0);
    CredentialsDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->login(), QStringLiteral("bob")); // pre-filled from QSettings
    answer(dialog, QStringLiteral("alice"), QStringLiteral("one"), false);

    for (int refused = 1; refused < AuthenticationPrompter::MaxAttempts; ++refused) {
        emit m_session->credentialsRequired(QStringLiteral("BASIC"), QString(), refused);
        dialog = m_prompter->dialog(); // no keychain on retries: the dialog at once
        QVERIFY(dialog);
        QCOMPARE(m_shown->count(), refused + 1);
        QCOMPARE(dialog->retryText(),
            QStringLiteral("The user name or password was not accepted. Try again "
                           "(attempt %1 of 3).")
                .arg(refused + 1));
        QCOMPARE(dialog->login(), QStringLiteral("alice")); // what was typed last
        QCOMPARE(dialog->password(), QString());
        answer(dialog, QStringLiteral("alice"), QStringLiteral("try%1").arg(refused), false);
    }
    QCOMPARE(m_provided->count(), 3);
    QCOMPARE(m_store->reads, 1);

    // The third refusal: no fourth dialog, the session is told to give up, and what the window
    // then shows (AuthenticationFailed) is in words.
    emit m_session->credentialsRequired(QStringLiteral("BASIC"), QString(), 3);
    QCOMPARE(m_cancelled->count(), 1);
    QCOMPARE(m_shown->count(), 3);
    QCOMPARE(m_prompter->dialog(), nullptr);
    QCOMPARE(ErrorText::forSessionError(MmsSession::Error::AuthenticationFailed, 0, QString()),
        QStringLiteral("The server did not accept the user name and password."));
    QCOMPARE(m_store->writes, 0);
}

void TestAuthenticationPrompter::cancelAnswersCancel()
{
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    CredentialsDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_cancelled->count(), 1);
    QCOMPARE(m_provided->count(), 0);
    QCOMPARE(m_prompter->dialog(), nullptr);
    QVERIFY(ErrorText::forSessionError(MmsSession::Error::AuthenticationRequired, 0, QString())
                .contains(QStringLiteral("cancelled")));
}

void TestAuthenticationPrompter::notRememberedWhenUnticked()
{
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    CredentialsDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    answer(dialog, Login, Password, false);
    emit m_session->authenticated();
    QTest::qWait(0); // let a (wrong) keychain write happen
    QCoreApplication::processEvents();
    QCOMPARE(m_store->writes, 0);
    QVERIFY(m_store->secrets.isEmpty());
    QCOMPARE(m_store->rememberedLogin(m_serverKey), Login); // the name still pre-fills
    QVERIFY(settingsFileContains(Login)); // the check can see what is there
    QVERIFY(!settingsFileContains(Password));
}

void TestAuthenticationPrompter::rememberedPasswordAnswersFirstAsk()
{
    m_store->setRememberedLogin(m_serverKey, Login);
    m_store->secrets.insert(Login + '@' + m_serverKey, Password);
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    QVERIFY(m_provided->wait());
    QCOMPARE(m_provided->at(0), (QVariantList {Login, true}));
    QCOMPARE(m_session->credentialsLogin(), Login);
    QCOMPARE(m_shown->count(), 0);
    emit m_session->authenticated();
    QCoreApplication::processEvents();
    QCOMPARE(m_store->writes, 0); // already there
    QCOMPARE(m_store->deletes, 0);
}

void TestAuthenticationPrompter::refusedRememberedPasswordIsForgotten()
{
    m_store->setRememberedLogin(m_serverKey, Login);
    m_store->secrets.insert(Login + '@' + m_serverKey, QStringLiteral("old password"));
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    QVERIFY(m_provided->wait());

    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 1);
    CredentialsDialog *dialog = m_prompter->dialog();
    QVERIFY(dialog);
    QCOMPARE(m_store->deletes, 1);
    QTRY_VERIFY(m_store->secrets.isEmpty());
    QCOMPARE(dialog->login(), Login);
    QVERIFY(dialog->remember()); // they had it remembered: the new one will be too
    QCOMPARE(dialog->retryText(),
        QStringLiteral("The user name or password was not accepted. Try again (attempt 2 "
                       "of 3)."));
    answer(dialog, Login, Password, true);
    QCOMPARE(m_provided->last(), (QVariantList {Login, false}));
    QSignalSpy stored(m_store.get(), &PasswordStore::storeFinished);
    emit m_session->authenticated();
    QVERIFY(stored.wait());
    QCOMPARE(m_store->secrets.value(Login + '@' + m_serverKey), Password);
}

void TestAuthenticationPrompter::noKeychainDegradesGracefully()
{
    makePrompter(false);
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    CredentialsDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(!check->isEnabled());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("rememberNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), m_store->unavailableReason());
    QVERIFY(!note->text().isEmpty());
    // Said in the dialog, not in a message box.
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox *>(w) || !w->isVisible());

    answer(dialog, Login, Password, true);
    QCOMPARE(m_provided->count(), 1);
    emit m_session->authenticated();
    QCoreApplication::processEvents();
    QCOMPARE(m_store->writes, 0);
    QCOMPARE(m_store->rememberedLogin(m_serverKey), Login);
    QVERIFY(settingsFileContains(Login)); // the check can see what is there
    QVERIFY(!settingsFileContains(Password));
}

void TestAuthenticationPrompter::closingTheSessionClosesTheDialog()
{
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    QPointer<CredentialsDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    m_session->abort();
    QTRY_VERIFY(!dialog); // closed and deleted
    QCOMPARE(m_prompter->dialog(), nullptr);
    QCOMPARE(m_cancelled->count(), 0); // nothing to answer any more
    QCOMPARE(m_provided->count(), 0);
}

void TestAuthenticationPrompter::openingAnotherAddressClosesTheDialog()
{
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    QPointer<CredentialsDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    m_session->open(m_server->url(QStringLiteral("audio.wma")));
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_cancelled->count(), 0);
    QCOMPARE(m_provided->count(), 0);

    // A lookup still running when the address changes is dropped as well.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), MmsSession::State::Ready, 20000);
    m_store->setRememberedLogin(PasswordStore::serverKey(m_session->url()), Login);
    m_store->secrets.insert(Login + '@' + PasswordStore::serverKey(m_session->url()), Password);
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    m_session->open(m_server->url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), MmsSession::State::Ready, 20000);
    QCOMPARE(m_provided->count(), 0);
    QCOMPARE(m_shown->count(), 1);
}

void TestAuthenticationPrompter::mainWindowAsksWithoutKeychain()
{
    // The window wires its session to a prompter with the real keychain, which is missing here:
    // the dialog still comes, over the window, and says why nothing can be remembered.
    MainWindow window(m_session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuthenticationPrompter *prompter = window.authenticationPrompter();
    QVERIFY(prompter);
    QSignalSpy shown(prompter, &AuthenticationPrompter::dialogShown);
    emit m_session->credentialsRequired(QStringLiteral("NTLM"), QString(), 0);
    QVERIFY(shown.wait(10000));
    CredentialsDialog *dialog = prompter->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->parentWidget(), &window);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("rememberNote"))->isVisible());
    QSignalSpy provided(prompter, &AuthenticationPrompter::credentialsProvided);
    answer(dialog, Login, Password, true);
    QCOMPARE(provided.count(), 1);
    QCOMPARE(m_session->credentialsLogin(), Login);
}

QTEST_MAIN(TestAuthenticationPrompter)
#include "tst_authenticationprompter.moc"
