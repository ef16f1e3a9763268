// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

// Edit → Preferences: the maximum bit rate, buffering time, network timeout, how long mms:// links wait before MMS over HTTP, interface language
// and whether the volume is remembered. Shows what AppSettings holds; OK writes it back. The
// window applies the values to the next stream it opens; the language needs a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QSpinBox *maxBitrateBox() const { return m_maxBitrate; } // kbit/s, 0 = unlimited
    QDoubleSpinBox *bufferingBox() const { return m_buffering; } // seconds
    QSpinBox *timeoutBox() const { return m_timeout; } // seconds
    QDoubleSpinBox *rolloverBox() const { return m_rollover; } // seconds
    QComboBox *languageBox() const { return m_language; } // item data: locale name, "" = system
    QCheckBox *rememberVolumeBox() const { return m_rememberVolume; }

    void save() const; // writes the fields to AppSettings (done on OK)

private:
    QSpinBox *m_maxBitrate = nullptr;
    QDoubleSpinBox *m_buffering = nullptr;
    QSpinBox *m_timeout = nullptr;
    QDoubleSpinBox *m_rollover = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_rememberVolume = nullptr;
};
