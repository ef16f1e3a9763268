// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/themeicons.h"

#include <QApplication>
#include <QStyle>

// The icons live in the static mmsui library; its resource initializer is not referenced by
// anything the linker would keep, so it is run explicitly (outside any namespace, as the macro
// requires).
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done);
}

QIcon ThemeIcons::themed(const QString &name, const QString &fallbackResource)
{
    initIconResources();
    return QIcon::fromTheme(name, QIcon(fallbackResource));
}

QIcon ThemeIcons::play()
{
    return themed(QStringLiteral("media-playback-start"), QStringLiteral(":/icons/actions/play.svg"));
}

QIcon ThemeIcons::pause()
{
    return themed(QStringLiteral("media-playback-pause"), QStringLiteral(":/icons/actions/pause.svg"));
}

QIcon ThemeIcons::stop()
{
    return themed(QStringLiteral("media-playback-stop"), QStringLiteral(":/icons/actions/stop.svg"));
}

QIcon ThemeIcons::volume()
{
    return themed(QStringLiteral("audio-volume-high"), QStringLiteral(":/icons/actions/volume.svg"));
}

QIcon ThemeIcons::muted()
{
    return themed(QStringLiteral("audio-volume-muted"), QStringLiteral(":/icons/actions/mute.svg"));
}

QIcon ThemeIcons::fullScreen()
{
    return themed(QStringLiteral("view-fullscreen"), QStringLiteral(":/icons/actions/fullscreen.svg"));
}

QIcon ThemeIcons::open()
{
    return themed(QStringLiteral("document-open"), QStringLiteral(":/icons/actions/open.svg"));
}

// No SVG of ours for these: the style's standard icons are the fallback.
QIcon ThemeIcons::previous()
{
    return QIcon::fromTheme(QStringLiteral("media-skip-backward"),
                            QApplication::style()->standardIcon(QStyle::SP_MediaSkipBackward));
}

QIcon ThemeIcons::next()
{
    return QIcon::fromTheme(QStringLiteral("media-skip-forward"),
                            QApplication::style()->standardIcon(QStyle::SP_MediaSkipForward));
}

QIcon ThemeIcons::seekBackward()
{
    return QIcon::fromTheme(QStringLiteral("media-seek-backward"),
        QApplication::style()->standardIcon(QStyle::SP_MediaSeekBackward));
}

QIcon ThemeIcons::seekForward()
{
    return QIcon::fromTheme(QStringLiteral("media-seek-forward"),
        QApplication::style()->standardIcon(QStyle::SP_MediaSeekForward));
}

QIcon ThemeIcons::record()
{
    return QIcon::fromTheme(QStringLiteral("media-record"));
}

QIcon ThemeIcons::application()
{
    return themed(QStringLiteral("io.github.mmsplayer.MmsPlayer"),
                  QStringLiteral(":/icons/io.github.mmsplayer.MmsPlayer.svg"));
}
