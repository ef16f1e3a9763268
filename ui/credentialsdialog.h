// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Sign in to HOST": asks for the user name and password a server wants (MmsSession's
// credentialsRequired()). Shows the scheme and realm the server named and, after a refusal, which
// try this is. Knows nothing of sessions or keychains: AuthenticationPrompter fills it in and
// reads it back.
class CredentialsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CredentialsDialog(QWidget *parent = nullptr);

    // What the server asked: `scheme` as MmsSession names it ("BASIC", "NTLM"), `realm` may be
    // empty. `attempt` counts from 1; above 1 the dialog says the last try was refused.
    void setRequest(const QString &host, const QString &scheme, const QString &realm, int attempt,
        int maxAttempts);
    // Whether a password can be remembered at all; when not, the check box is off and disabled
    // and `reason` says why (no keychain on this system), in words rather than an error popup.
    void setRememberAvailable(bool available, const QString &reason = QString());

    void setLogin(const QString &login);
    QString login() const;
    QString password() const;
    void setRemember(bool remember);
    bool remember() const; // ticked and possible

    // The texts shown, for tests and accessibility checks.
    QString introText() const;
    QString retryText() const; // empty on the first try

private:
    void updateOkButton();

    QLabel *m_intro = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_retry = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_rememberNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
