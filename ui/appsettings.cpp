// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appsettings.h"

#include <QSettings>

namespace {
const QString MaxBitrateKey = QStringLiteral("network/maxBitrate");
const QString BufferingKey = QStringLiteral("playback/bufferingMs");
const QString TimeoutKey = QStringLiteral("network/timeoutMs");
const QString RolloverKey = QStringLiteral("network/rolloverMs");
const QString VolumeKey = QStringLiteral("audio/volume");
const QString MutedKey = QStringLiteral("audio/muted");
const QString RememberVolumeKey = QStringLiteral("audio/rememberVolume");

// Out-of-range values (an edited or old settings file) fall back to the default rather than
// giving a session a zero timeout or a negative buffer.
int boundedInt(const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}
} // namespace

QStringList AppSettings::shippedLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
             QStringLiteral("zh_CN") };
}

quint32 AppSettings::maxBitrate() const
{
    return QSettings().value(MaxBitrateKey, DefaultMaxBitrate).toUInt();
}

void AppSettings::setMaxBitrate(quint32 bitsPerSecond)
{
    QSettings().setValue(MaxBitrateKey, bitsPerSecond);
}

int AppSettings::bufferingMs() const
{
    return boundedInt(BufferingKey, DefaultBufferingMs, 0, 60000);
}

void AppSettings::setBufferingMs(int milliseconds)
{
    QSettings().setValue(BufferingKey, milliseconds);
}

int AppSettings::timeoutMs() const
{
    return boundedInt(TimeoutKey, DefaultTimeoutMs, 1000, 300000);
}

void AppSettings::setTimeoutMs(int milliseconds)
{
    QSettings().setValue(TimeoutKey, milliseconds);
}

int AppSettings::rolloverMs() const
{
    return boundedInt(RolloverKey, DefaultRolloverMs, 500, 60000);
}

void AppSettings::setRolloverMs(int milliseconds)
{
    QSettings().setValue(RolloverKey, milliseconds);
}

QString AppSettings::language() const
{
    return QSettings().value(QLatin1String(LanguageKey)).toString();
}

void AppSettings::setLanguage(const QString &locale)
{
    QSettings().setValue(QLatin1String(LanguageKey), locale);
}

bool AppSettings::remembersVolume() const
{
    return QSettings().value(RememberVolumeKey, true).toBool();
}

void AppSettings::setRemembersVolume(bool remember)
{
    QSettings().setValue(RememberVolumeKey, remember);
}

float AppSettings::volume() const
{
    if (!remembersVolume())
        return DefaultVolume;
    const float value = QSettings().value(VolumeKey, DefaultVolume).toFloat();
    return value >= 0.0f && value <= 1.0f ? value : DefaultVolume;
}

void AppSettings::setVolume(float volume)
{
    QSettings().setValue(VolumeKey, volume);
}

bool AppSettings::isMuted() const
{
    if (!remembersVolume())
        return false;
    return QSettings().value(MutedKey, false).toBool();
}

void AppSettings::setMuted(bool muted)
{
    QSettings().setValue(MutedKey, muted);
}
