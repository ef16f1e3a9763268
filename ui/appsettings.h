// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The user's preferences, kept with QSettings (the application's organization and name choose
// where). Not a QObject: read on demand, written by the SettingsDialog and the volume control.
// Sessions read them when they are opened, so a change applies to the next stream.
class AppSettings
{
public:
    // QSettings key of the interface language, read by the translation loader in runGui before
    // any window exists: "" = the system's language, else a locale name such as "de" or "zh_CN".
    static constexpr char LanguageKey[] = "ui/language";

    static constexpr quint32 DefaultMaxBitrate = 0; // unlimited
    static constexpr int DefaultBufferingMs = 5000; // Windows Media Player's default
    static constexpr int DefaultTimeoutMs = 10000; // MmsSession's default
    static constexpr int DefaultRolloverMs = 3000; // MmsSession's default, as Windows Media Player
    static constexpr float DefaultVolume = 1.0f;

    // Locale names of the translations we ship, besides English.
    static QStringList shippedLanguages();

    quint32 maxBitrate() const; // bit/s; 0 = unlimited
    void setMaxBitrate(quint32 bitsPerSecond);
    int bufferingMs() const; // content buffered before playback starts
    void setBufferingMs(int milliseconds);
    int timeoutMs() const; // network timeout of the session
    void setTimeoutMs(int milliseconds);
    // How long an mms:// link waits for MMS over TCP before it tries MMS over HTTP.
    int rolloverMs() const;
    void setRolloverMs(int milliseconds);
    QString language() const;
    void setLanguage(const QString &locale);
    // Whether the volume and muting are restored at start (default true).
    bool remembersVolume() const;
    void setRemembersVolume(bool remember);
    float volume() const; // 0..1; DefaultVolume when not remembered

    void setVolume(float volume);
    bool isMuted() const;
    void setMuted(bool muted);
};
