// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialsDialog: its texts per attempt and scheme, the check box without a keychain, and
// what OK and Cancel leave behind.
#include "ui/credentialsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestCredentialsDialog : public QObject {
    Q_OBJECT
private slots:
    void firstAttemptTexts();
    void basicWarnsOfCleartext();
    void retryTexts();
    void okNeedsUserName();
    void acceptKeepsWhatWasTyped();
    void cancelRejects();
    void rememberUnavailableSaysWhy();
};

static QLabel *label(CredentialsDialog &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name));
}

void TestCredentialsDialog::firstAttemptTexts()
{
    CredentialsDialog dialog;
    dialog.setRequest(
        QStringLiteral("media.example.com"), QStringLiteral("NTLM"), QStringLiteral("CORP"), 1, 3);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign in to media.example.com"));
    QCOMPARE(dialog.introText(),
        QStringLiteral("The server asks for a user name and password (NTLM). Realm: CORP"));
    QCOMPARE(dialog.retryText(), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!label(dialog, "retryLabel")->isVisible());
    QVERIFY(!label(dialog, "warningLabel")->isVisible()); // NTLM sends no password
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // No realm: no "Realm:" at all.
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 1, 3);
    QCOMPARE(
        dialog.introText(), QStringLiteral("The server asks for a user name and password (NTLM)."));
}

void TestCredentialsDialog::basicWarnsOfCleartext()
{
    CredentialsDialog dialog;
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("BASIC"), QStringLiteral("Media"), 1, 3);
    QCOMPARE(dialog.introText(),
        QStringLiteral("The server asks for a user name and password (Basic). Realm: Media"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *warning = label(dialog, "warningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("The password will be sent without encryption."));
}

void TestCredentialsDialog::retryTexts()
{
    CredentialsDialog dialog;
    dialog.setLogin(QStringLiteral("CORP\\alice"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("wrong"));
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 2, 3);
    QCOMPARE(dialog.retryText(),
        QStringLiteral("The user name or password was not accepted. Try again (attempt 2 "
                       "of 3)."));
    // The refused password is gone, the user name stays.
    QCOMPARE(dialog.password(), QString());
    QCOMPARE(dialog.login(), QStringLiteral("CORP\\alice"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(label(dialog, "retryLabel")->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), password);

    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 3, 3);
    QCOMPARE(dialog.retryText(),
        QStringLiteral("The user name or password was not accepted. Try again (attempt 3 "
                       "of 3)."));
}

void TestCredentialsDialog::okNeedsUserName()
{
    CredentialsDialog dialog;
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 1, 3);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QTest::keyClicks(login, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(login, QStringLiteral("DOMAIN\\user"));
    QVERIFY(ok->isEnabled());
}

void TestCredentialsDialog::acceptKeepsWhatWasTyped()
{
    CredentialsDialog dialog;
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 1, 3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("DOMAIN\\user"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
        QStringLiteral("s3cret pass"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.login(), QStringLiteral("DOMAIN\\user"));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret pass"));
    QVERIFY(dialog.remember());
}

void TestCredentialsDialog::cancelRejects()
{
    CredentialsDialog dialog;
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 1, 3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
}

void TestCredentialsDialog::rememberUnavailableSaysWhy()
{
    CredentialsDialog dialog;
    dialog.setRequest(QStringLiteral("h"), QStringLiteral("NTLM"), QString(), 1, 3);
    dialog.setRemember(true);
    QVERIFY(dialog.remember());
    dialog.setRememberAvailable(false, QStringLiteral("No keychain here."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->isChecked());
    QVERIFY(!dialog.remember());
    dialog.setRemember(true); // ignored while there is nowhere to keep it
    QVERIFY(!dialog.remember());
    QLabel *note = label(dialog, "rememberNote");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("No keychain here."));

    dialog.setRememberAvailable(true);
    QVERIFY(check->isEnabled());
    QVERIFY(!note->isVisible());
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
