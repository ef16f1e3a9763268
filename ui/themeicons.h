// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The player's icons: the desktop theme's (freedesktop icon naming spec) where there is one, else
// the SVGs bundled in resources/icons/icons.qrc, so Windows, macOS and bare X11 look the same.
class ThemeIcons
{
public:
    static QIcon play();
    static QIcon pause();
    static QIcon stop();
    static QIcon volume();
    static QIcon muted();
    static QIcon fullScreen();
    static QIcon open();
    static QIcon previous();
    static QIcon next();
    static QIcon seekBackward(); // rewind
    static QIcon seekForward(); // fast-forward
    static QIcon record();
    static QIcon application();

private:
    static QIcon themed(const QString &name, const QString &fallbackResource);
};
