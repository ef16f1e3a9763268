// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/mmssession.h"
#include "ui/credentialsdialog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class PasswordStore;
class QWidget;

// Answers an MmsSession's credentialsRequired(): first with a remembered password (only on the
// first ask), else with the CredentialsDialog; OK gives provideCredentials(), Cancel
// cancelAuthentication(). After MaxAttempts refusals it cancels, so the session fails with
// AuthenticationFailed and the window shows that error in words. On authenticated() it keeps
// the login (QSettings) and, if the user ticked "Remember", the password (keychain); a
// remembered password the server refuses is forgotten.
class AuthenticationPrompter : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxAttempts = 3;

    // `dialogParent` parents the dialog (window-modal over it); `store` may be shared.
    AuthenticationPrompter(MmsSession *session, PasswordStore *store, QWidget *dialogParent,
        QObject *parent = nullptr);
    ~AuthenticationPrompter() override;

    CredentialsDialog *dialog() const { return m_dialog; } // while one is open, else nullptr

signals:
    void dialogShown(CredentialsDialog *dialog); // for tests and screenshots
    // How each ask was answered: `remembered` when the keychain's password went, not a typed one.
    void credentialsProvided(const QString &login, bool remembered);
    void authenticationCancelled();

private:
    void handleCredentialsRequired(const QString &scheme, const QString &realm, int failedAttempts);
    void handleLookup(
        const QString &server, const QString &login, const QString &password, bool found);
    void handleAuthenticated();
    void handleSessionState(MmsSession::State state);
    void showDialog();
    void handleDialogFinished(int result);
    void closeDialog();
    void forgetPending();

    MmsSession *m_session = nullptr;
    PasswordStore *m_store = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<CredentialsDialog> m_dialog;

    // The current ask.
    QUrl m_url; // the session's address when it asked
    QString m_server; // PasswordStore::serverKey of the session's URL
    QString m_host;
    QString m_scheme;
    QString m_realm;
    int m_failedAttempts = 0;
    bool m_waitingForLookup = false;
    bool m_usedRemembered = false; // the credentials in flight came from the keychain
    // The credentials in flight until the server answers; kept only to file them on success.
    QString m_pendingLogin;
    QString m_pendingPassword;
    bool m_pendingRemember = false;
    QString m_lastLogin; // typed in this session, pre-fills the next try
    bool m_rememberAgain = false; // the remembered password was refused: tick "Remember"
};
