// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// The application's style, except that a left click on a slider's groove puts the handle
// where the click was and holds it there until the button is released (as in VLC and Windows
// Media Player), instead of moving it one page step. For the position slider: a click is a
// seek to the time under the mouse (the release emits QSlider::sliderReleased).
class JumpSliderStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const override;
};
