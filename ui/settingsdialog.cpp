// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "ui/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_maxBitrate(new QSpinBox(this))
    , m_buffering(new QDoubleSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_rollover(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
    , m_rememberVolume(new QCheckBox(tr("&Remember the volume when MMS Player closes"), this))
{
    setWindowTitle(tr("Preferences"));
    const AppSettings settings;

    m_maxBitrate->setObjectName(QStringLiteral("maxBitrateBox"));
    m_maxBitrate->setRange(0, 100000);
    m_maxBitrate->setSingleStep(64);
    m_maxBitrate->setSuffix(tr(" kbit/s"));
    m_maxBitrate->setSpecialValueText(tr("Unlimited"));
    m_maxBitrate->setToolTip(tr("For streams with several bit rates, the best streams that fit "
                                "within this limit are chosen."));
    m_maxBitrate->setValue(int(settings.maxBitrate() / 1000));

    m_buffering->setObjectName(QStringLiteral("bufferingBox"));
    m_buffering->setRange(0.0, 60.0);
    m_buffering->setDecimals(1);
    m_buffering->setSingleStep(1.0);
    m_buffering->setSuffix(tr(" s"));
    m_buffering->setToolTip(tr("How much of the stream is received before playback starts."));
    m_buffering->setValue(settings.bufferingMs() / 1000.0);

    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for a silent server before giving up."));
    m_timeout->setValue(settings.timeoutMs() / 1000);

    m_rollover->setObjectName(QStringLiteral("rolloverBox"));
    m_rollover->setRange(0.5, 60.0);
    m_rollover->setDecimals(1);
    m_rollover->setSingleStep(0.5);
    m_rollover->setSuffix(tr(" s"));
    m_rollover->setToolTip(tr("How long an mms:// link waits for an answer over TCP (port 1755) "
                              "before it tries MMS over HTTP, as Windows Media Player does."));
    m_rollover->setValue(settings.rolloverMs() / 1000.0);

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : AppSettings::shippedLanguages()) {
        // Each language is named in itself, so a user can find theirs in a foreign interface.
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native.at(0).toUpper();
        m_language->addItem(native.isEmpty() ? name : native, name);
    }
    const int index = m_language->findData(settings.language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);

    m_rememberVolume->setObjectName(QStringLiteral("rememberVolumeBox"));
    m_rememberVolume->setChecked(settings.remembersVolume());

    auto *restartNote = new QLabel(tr("A new language is used the next time MMS Player starts."),
                                   this);
    restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Maximum bit rate:"), m_maxBitrate);
    form->addRow(tr("&Buffering time:"), m_buffering);
    form->addRow(tr("Network &timeout:"), m_timeout);
    form->addRow(tr("Try &HTTP after:"), m_rollover);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(QString(), m_rememberVolume);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::save);

    auto *note = new QLabel(tr("Changes apply to the next stream you open."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::save() const
{
    AppSettings settings;
    settings.setMaxBitrate(quint32(m_maxBitrate->value()) * 1000);
    settings.setBufferingMs(qRound(m_buffering->value() * 1000.0));
    settings.setTimeoutMs(m_timeout->value() * 1000);
    settings.setRolloverMs(qRound(m_rollover->value() * 1000.0));
    settings.setLanguage(m_language->currentData().toString());
    settings.setRemembersVolume(m_rememberVolume->isChecked());
}
