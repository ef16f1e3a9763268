// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jumpsliderstyle.h"

int JumpSliderStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
    QStyleHintReturn *returnData) const
{
    if (hint == QStyle::SH_Slider_AbsoluteSetButtons)
        return int(Qt::LeftButton);
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
