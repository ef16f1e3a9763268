// SPDX-License-Identifier: GPL-3.0-or-later
// Fast-forward and rewind in the window (issue 14) against our real server: the buttons are
// there only when the server allows striding (CANSTRIDE), each press cycles 2x, 5x, 10x and sends
// StartStriding, the position moves at the rate, the status and the statistics say "striding at
// 5×", and Play returns to normal play (StartPlaying) where the stride got to.
#include "core/protocol/mmscodec.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/mainwindow.h"
#include "ui/playbackcontroller.h"
#include "ui/playbackstatistics.h"
#include "ui/playercontrols.h"
#include "ui/playerwidget.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

class tst_Stride : public QObject {
    Q_OBJECT
private slots:
    void buttonsOnlyWhenTheServerAllowsStriding();
    void fastForwardCyclesRatesAndPlayReturnsToNormal();
    void rewindGoesBackwards();

private:
    static QAction *action(MainWindow &window, const QString &name);
};

QAction *tst_Stride::action(MainWindow &window, const QString &name)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == name)
            return action;
    }
    return nullptr;
}

void tst_Stride::buttonsOnlyWhenTheServerAllowsStriding()
{
    using State = PlaybackController::State;
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    PlayerControls *controls = window.controls();
    QAction *rewind = action(window, QStringLiteral("Rewind"));
    QAction *forward = action(window, QStringLiteral("Fast Forward"));
    QVERIFY(rewind && forward);
    QVERIFY(!controls->rewindButton()->isVisibleTo(&window));
    QVERIFY(!controls->fastForwardButton()->isVisibleTo(&window));

    // Audio only: the server does not set CANSTRIDE.
    window.openUrl(server.url(QStringLiteral("audio.wma")));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Playing, 60000);
    QVERIFY(!session.canStride());
    QVERIFY(!controls->rewindButton()->isVisibleTo(&window));
    QVERIFY(!controls->fastForwardButton()->isVisibleTo(&window));
    QVERIFY(!rewind->isEnabled());
    QVERIFY(!forward->isEnabled());
    forward->trigger(); // the key does nothing either
    QVERIFY(server.all<mms::StartStriding>().isEmpty());

    // Video: CANSTRIDE, the buttons and keys are there.
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Playing, 60000);
    QVERIFY(session.canStride());
    QVERIFY(controls->rewindButton()->isVisibleTo(&window));
    QVERIFY(controls->fastForwardButton()->isVisibleTo(&window));
    QVERIFY(controls->fastForwardButton()->isEnabled());
    QVERIFY(rewind->isEnabled());
    QVERIFY(forward->isEnabled());
    QVERIFY(forward->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_Right)));
    QVERIFY(rewind->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_Left)));
}

void tst_Stride::fastForwardCyclesRatesAndPlayReturnsToNormal()
{
    using State = PlaybackController::State;
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    PlaybackController *controller = window.controller();
    controller->setBufferingMs(0);
    window.openUrl(server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() >= 1000, 60000);

    // First press: 2x from where it plays (StopPlaying first, then StartStriding).
    QToolButton *forward = window.controls()->fastForwardButton();
    QTest::mouseClick(forward, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::StartStriding>().size(), 1, 30000);
    QCOMPARE(server.all<mms::StartStriding>().first().rate, 2.0);
    QVERIFY(server.all<mms::StartStriding>().first().position >= 1.0);
    QCOMPARE(server.all<mms::StopPlaying>().size(), 1);
    QCOMPARE(controller->strideRate(), 2.0);
    QVERIFY(forward->isChecked());
    QVERIFY(!window.controls()->isPlaying()); // the play button is Play: back to normal
    QTRY_COMPARE_WITH_TIMEOUT(session.strideRate(), 2.0, 30000);

    // Second press: 5x; the status bar and the statistics say so.
    QTest::mouseClick(forward, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::StartStriding>().size(), 2, 30000);
    QCOMPARE(server.all<mms::StartStriding>().last().rate, 5.0);
    QTRY_COMPARE_WITH_TIMEOUT(session.strideRate(), 5.0, 30000);
    QCOMPARE(window.statistics()->playbackText(), QStringLiteral("striding at 5×"));
    QVERIFY(window.statusText().contains(QStringLiteral("striding at 5×")));

    // The position runs at about 5x (wide bounds: a late packet only lowers the figure), and the
    // key frames are drawn: the player's header lists the video alone (asfdemux waited for audio
    // that a stride does not send, and the picture froze).
    int frames = 0;
    connect(window.playerWidget()->videoWidget()->videoSink(), &QVideoSink::videoFrameChanged, this,
        [&frames](const QVideoFrame &frame) { frames += frame.isValid() ? 1 : 0; });
    const qint64 positionBefore = controller->position();
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() >= positionBefore + 4000, 30000);
    QVERIFY2(controller->position() - positionBefore > clock.elapsed() * 2,
        qPrintable(QStringLiteral("%1 ms of content in %2 ms")
                       .arg(controller->position() - positionBefore)
                       .arg(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(frames >= 5, 20000);
    QCOMPARE(controller->strideRate(), 5.0);

    // Third press 10x, fourth 2x again.
    QTest::mouseClick(forward, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::StartStriding>().size(), 3, 30000);
    QCOMPARE(server.all<mms::StartStriding>().last().rate, 10.0);
    QCOMPARE(PlaybackController::nextStrideRate(10.0, 1), 2.0);
    QCOMPARE(PlaybackController::nextStrideRate(5.0, -1), -2.0);

    // Play: normal play where the stride got to.
    QTRY_VERIFY_WITH_TIMEOUT(session.strideRate() == 10.0, 30000);
    const int startsBefore = server.all<mms::StartPlaying>().size();
    QTest::mouseClick(window.controls()->playButton(), Qt::LeftButton);
    const qint64 playFrom = controller->position();
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::StartPlaying>().size(), startsBefore + 1, 30000);
    const double position = server.all<mms::StartPlaying>().last().position;
    QVERIFY2(std::abs(position * 1000.0 - double(playFrom)) < 1.0,
        qPrintable(QString::number(position)));
    QVERIFY(position > 5.0);
    QCOMPARE(controller->strideRate(), 0.0);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(session.strideRate(), 0.0, 30000);
    QVERIFY(window.controls()->isPlaying());
    QVERIFY(!forward->isChecked());
    QCOMPARE(window.statistics()->playbackText(), QStringLiteral("normal"));
}

void tst_Stride::rewindGoesBackwards()
{
    using State = PlaybackController::State;
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    PlaybackController *controller = window.controller();
    controller->setBufferingMs(0);
    window.openUrl(server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    controller->seek(20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller->position() >= 20500 && controller->state() == State::Playing, 60000);
    action(window, QStringLiteral("Rewind"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::StartStriding>().size(), 1, 30000);
    QCOMPARE(server.all<mms::StartStriding>().first().rate, -2.0);
    QVERIFY(window.controls()->rewindButton()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(session.strideRate() == -2.0, 30000);
    QVERIFY(window.statistics()->playbackText().contains(QStringLiteral("backwards")));
    // The position goes back.
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() > 0 && controller->position() < 18000, 30000);
}

QTEST_MAIN(tst_Stride)
#include "tst_stride.moc"
