// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentialsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// MmsSession names schemes as the protocols spell them; people read "Basic" and "NTLM".
QString schemeDisplayName(const QString &scheme)
{
    if (scheme.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Basic");
    return scheme.toUpper();
}

} // namespace

CredentialsDialog::CredentialsDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_warning(new QLabel(this)),
      m_retry(new QLabel(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember this password"), this)),
      m_rememberNote(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign In"));
    setObjectName(QStringLiteral("credentialsDialog"));

    // A key, as desktop password prompts show, so the dialog reads as "sign in" at a glance.
    auto *icon = new QLabel(this);
    const QIcon key = QIcon::fromTheme(
        QStringLiteral("dialog-password"), style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(key.pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    m_retry->setObjectName(QStringLiteral("retryLabel"));
    m_retry->setWordWrap(true);
    m_retry->setTextFormat(Qt::PlainText);
    QFont bold = m_retry->font();
    bold.setBold(true);
    m_retry->setFont(bold);
    m_retry->hide();

    m_login->setObjectName(QStringLiteral("loginEdit"));
    // NTLM servers want the Windows form; saying so avoids a wasted try.
    m_login->setPlaceholderText(tr("user or DOMAIN\\user"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_rememberNote->setObjectName(QStringLiteral("rememberNote"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setTextFormat(Qt::PlainText);
    m_rememberNote->setEnabled(false); // greyed, like a hint
    m_rememberNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberNote);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_intro);
    texts->addWidget(m_warning);
    texts->addWidget(m_retry);
    texts->addLayout(form);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_intro->setMinimumWidth(360);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &CredentialsDialog::updateOkButton);
    updateOkButton();
}

void CredentialsDialog::setRequest(
    const QString &host, const QString &scheme, const QString &realm, int attempt, int maxAttempts)
{
    setWindowTitle(tr("Sign in to %1").arg(host));
    QString intro =
        tr("The server asks for a user name and password (%1).").arg(schemeDisplayName(scheme));
    if (!realm.isEmpty())
        intro += QLatin1Char(' ') + tr("Realm: %1").arg(realm);
    m_intro->setText(intro);

    // Basic sends the password merely base64-encoded; MMS has no TLS, so anyone on the path
    // can read it. NTLM sends no password.
    const bool basic = scheme.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0;
    m_warning->setText(basic ? tr("The password will be sent without encryption.") : QString());
    m_warning->setVisible(basic);

    if (attempt > 1) {
        m_retry->setText(
            tr("The user name or password was not accepted. Try again (attempt %1 of %2).")
                .arg(attempt)
                .arg(maxAttempts));
        m_retry->show();
    } else {
        m_retry->clear();
        m_retry->hide();
    }
    // A new try starts with an empty password; the user name usually was right.
    m_password->clear();
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void CredentialsDialog::setRememberAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_rememberNote->setText(available ? QString() : reason);
    m_rememberNote->setVisible(!available && !reason.isEmpty());
}

void CredentialsDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString CredentialsDialog::login() const
{
    return m_login->text().trimmed();
}

QString CredentialsDialog::password() const
{
    return m_password->text();
}

void CredentialsDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember && m_remember->isEnabled());
}

bool CredentialsDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString CredentialsDialog::introText() const
{
    return m_intro->text();
}

QString CredentialsDialog::retryText() const
{
    return m_retry->text();
}

void CredentialsDialog::updateOkButton()
{
    // Some servers accept an empty password, none an empty user name.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!login().isEmpty());
}
