// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/authenticationprompter.h"

#include "ui/credentialsdialog.h"
#include "ui/passwordstore.h"

#include <QWidget>

AuthenticationPrompter::AuthenticationPrompter(
    MmsSession *session, PasswordStore *store, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_dialogParent(dialogParent)
{
    connect(m_session, &MmsSession::credentialsRequired, this,
        &AuthenticationPrompter::handleCredentialsRequired);
    connect(
        m_session, &MmsSession::authenticated, this, &AuthenticationPrompter::handleAuthenticated);
    connect(
        m_session, &MmsSession::stateChanged, this, &AuthenticationPrompter::handleSessionState);
    connect(m_store, &PasswordStore::lookupFinished, this, &AuthenticationPrompter::handleLookup);
}

AuthenticationPrompter::~AuthenticationPrompter()
{
    closeDialog();
}

void AuthenticationPrompter::handleCredentialsRequired(
    const QString &scheme, const QString &realm, int failedAttempts)
{
    closeDialog();
    const QUrl url = m_session->url();
    const QString server = PasswordStore::serverKey(url);
    if (failedAttempts == 0 || server != m_server)
        m_lastLogin.clear();
    m_server = server;
    m_url = url;
    m_host = url.host();
    m_scheme = scheme;
    m_realm = realm;
    m_failedAttempts = failedAttempts;
    m_waitingForLookup = false;

    m_rememberAgain = false;
    if (failedAttempts > 0 && m_usedRemembered) {
        // The remembered password is wrong now (changed on the server): never send it again.
        m_store->forget(m_server, m_pendingLogin);
        m_lastLogin = m_pendingLogin;
        m_rememberAgain = true;
    }
    m_usedRemembered = false;
    forgetPending();

    // The session counts every refusal, the remembered password's included: three wrong
    // passwords in all, which is what servers that lock accounts count too.
    if (failedAttempts >= MaxAttempts) {
        m_session->cancelAuthentication();
        emit authenticationCancelled();
        return;
    }
    if (failedAttempts == 0) {
        m_waitingForLookup = true;
        m_store->lookup(m_server);
        return;
    }
    showDialog();
}

void AuthenticationPrompter::handleLookup(
    const QString &server, const QString &login, const QString &password, bool found)
{
    if (!m_waitingForLookup || server != m_server)
        return;
    m_waitingForLookup = false;
    if (!found) {
        showDialog();
        return;
    }
    m_usedRemembered = true;
    m_pendingLogin = login;
    m_pendingPassword = password;
    m_pendingRemember = true;
    m_session->provideCredentials(login, password);
    emit credentialsProvided(login, true);
}

void AuthenticationPrompter::handleAuthenticated()
{
    if (m_pendingLogin.isEmpty())
        return; // credentials from elsewhere (setCredentials), or a reconnect's second success
    m_store->setRememberedLogin(m_server, m_pendingLogin);
    if (m_pendingRemember && !m_usedRemembered)
        m_store->store(m_server, m_pendingLogin, m_pendingPassword);
    forgetPending();
}

void AuthenticationPrompter::handleSessionState(MmsSession::State state)
{
    switch (state) {
    case MmsSession::State::Idle:
    case MmsSession::State::Closed:
    case MmsSession::State::Failed:
        // Closed, replaced by another open(), or failed: the question is moot.
        m_waitingForLookup = false;
        closeDialog();
        forgetPending();
        break;
    default:
        // open() of another address while the question was open (a playlist moving on): the
        // question was about the old one.
        if ((m_dialog || m_waitingForLookup) && m_session->url() != m_url) {
            m_waitingForLookup = false;
            closeDialog();
            forgetPending();
        }
        break;
    }
}

void AuthenticationPrompter::showDialog()
{
    auto *dialog = new CredentialsDialog(m_dialogParent);
    m_dialog = dialog;
    dialog->setLogin(m_lastLogin.isEmpty() ? m_store->rememberedLogin(m_server) : m_lastLogin);
    dialog->setRememberAvailable(
        m_store->availability() != PasswordStore::Availability::Unavailable,
        m_store->unavailableReason());
    // The user had this server's password remembered until it was refused: they will want the
    // new one remembered too.
    dialog->setRemember(m_rememberAgain);
    dialog->setRequest(m_host, m_scheme, m_realm, m_failedAttempts + 1, MaxAttempts);
    connect(m_store, &PasswordStore::availabilityChanged, dialog, [this, dialog] {
        dialog->setRememberAvailable(
            m_store->availability() != PasswordStore::Availability::Unavailable,
            m_store->unavailableReason());
    });
    connect(dialog, &QDialog::finished, this, &AuthenticationPrompter::handleDialogFinished);
    dialog->open();
    emit dialogShown(dialog);
}

void AuthenticationPrompter::handleDialogFinished(int result)
{
    CredentialsDialog *dialog = m_dialog;
    if (!dialog)
        return;
    m_dialog = nullptr;
    dialog->deleteLater();
    if (result != QDialog::Accepted) {
        m_session->cancelAuthentication();
        emit authenticationCancelled();
        return;
    }
    m_pendingLogin = dialog->login();
    m_pendingPassword = dialog->password();
    m_pendingRemember = dialog->remember();
    m_lastLogin = m_pendingLogin;
    m_session->provideCredentials(m_pendingLogin, m_pendingPassword);
    emit credentialsProvided(m_pendingLogin, false);
}

void AuthenticationPrompter::closeDialog()
{
    if (!m_dialog)
        return;
    CredentialsDialog *dialog = m_dialog;
    m_dialog = nullptr;
    // No answer to the session: whoever closes the dialog this way has answered already.
    disconnect(dialog, nullptr, this, nullptr);
    dialog->reject();
    dialog->deleteLater();
}

void AuthenticationPrompter::forgetPending()
{
    m_pendingLogin.clear();
    m_pendingPassword.clear();
    m_pendingRemember = false;
    m_usedRemembered = false;
}
