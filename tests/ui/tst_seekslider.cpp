// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playercontrols.h"

#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>

// The position slider under the mouse: a click on the groove seeks to the time under it (it
// used to move the handle one page step, then the next position report put it back, and no
// seek was made: seen in the window under Xvfb).
class tst_SeekSlider : public QObject {
    Q_OBJECT
private slots:
    void clickOnTheGrooveSeeksThere();
};

void tst_SeekSlider::clickOnTheGrooveSeeksThere()
{
    PlayerControls controls;
    controls.resize(600, 40);
    controls.setDuration(30000);
    controls.setSeekable(true);
    controls.setPosition(5000);
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    QSlider *slider = controls.positionSlider();
    QVERIFY(slider->isEnabled());
    QSignalSpy seeks(&controls, &PlayerControls::seek);

    // The pixel of 24 s on the groove, as the style lays it out.
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    const QRect groove = slider->style()->subControlRect(
        QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
    const QRect handle = slider->style()->subControlRect(
        QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    const int span = groove.width() - handle.width();
    const int x =
        groove.x() + handle.width() / 2 + QStyle::sliderPositionFromValue(0, 30, 24, span);
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(x, slider->height() / 2));

    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.first().first().toLongLong(), 24000);
    QCOMPARE(slider->value(), 24);
}

QTEST_MAIN(tst_SeekSlider)
#include "tst_seekslider.moc"
