// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/openurldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenUrlDialog::OpenUrlDialog(const QStringList &recentUrls, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open URL"));
    m_combo->setObjectName(QStringLiteral("urlCombo"));
    m_combo->setEditable(true);
    m_combo->addItems(recentUrls);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(40);
    m_combo->lineEdit()->setPlaceholderText(tr("mms://server/path/file.wmv"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);

    auto *label = new QLabel(tr("&Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):"), this);
    label->setBuddy(m_combo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_combo, &QComboBox::editTextChanged, this, &OpenUrlDialog::textChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    textChanged(m_combo->currentText());
}

QUrl OpenUrlDialog::url() const
{
    return QUrl(m_combo->currentText().trimmed());
}

void OpenUrlDialog::setText(const QString &text)
{
    m_combo->setEditText(text);
}

QString OpenUrlDialog::problem() const
{
    return m_problem->text();
}

bool OpenUrlDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Open)->isEnabled();
}

QString OpenUrlDialog::validate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address of a stream or a playlist.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return tr("The address must start with mms://, mmst:// or http://.");
    if (scheme == QLatin1String("file"))
        return url.toLocalFile().isEmpty() ? tr("The address names no file.") : QString();
    const bool mms = scheme == QLatin1String("mms") || scheme == QLatin1String("mmst")
        || scheme == QLatin1String("mmsh");
    const bool http = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!mms && !http)
        return tr("Only mms://, mmst:// and http:// addresses are supported, not %1://.")
                .arg(scheme);
    if (url.host().isEmpty())
        return tr("The address has no server name.");
    if (mms && (url.path().isEmpty() || url.path() == QLatin1String("/")))
        return tr("The address names no file or stream on the server.");
    return QString();
}

bool OpenUrlDialog::isPlayableStream(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    // mmsh:// is MMS over HTTP; http:// addresses go to the playlist loader first.
    return (scheme == QLatin1String("mms") || scheme == QLatin1String("mmst")
               || scheme == QLatin1String("mmsh"))
        && validate(url.toString()).isEmpty();
}

void OpenUrlDialog::textChanged(const QString &text)
{
    const QString why = validate(text);
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(why.isEmpty());
}
