// SPDX-License-Identifier: GPL-3.0-or-later
// mms-pause-bench: how long Play after a pause, and a seek, take to put a new picture on screen,
// through the app's own PlaybackController and PlayerWidget (QMediaPlayer + QVideoWidget),
// offscreen. Not a test: it prints times, it never passes or fails.
//
//   mms-pause-bench URL [--fast-start 0|1] [--play-ms N] [--pause-ms N] [--seek-to-ms N]
//                       [--timeout-ms N]
//
// Plays URL from the start until the position reaches --play-ms (default 3000), pauses for
// --pause-ms (default 3000), presses Play and times the first new frame the video widget's sink
// gets (a frame whose start time differs from the paused one). Then it plays 2 s, seeks to
// --seek-to-ms (default 40000; 0 = no seek) and times the first frame after the seek, and the
// 25th after that one (the new play runs, not only shows a picture). Prints one line
//   RESULT resume_ms=... seek_ms=... seek_25_frames_ms=... fast_start=... pause_ms=...
//          resume_frame_step_us=...
// (-1 = no frame within --timeout-ms; resume_frame_step_us = start time of the first frame after
// Play minus that of the paused one: one frame duration when playback goes on, not restarts).

#include "core/session/mmssession.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <cstdio>
#include <functional>

namespace {

// Runs the event loop until `done` is true or `timeoutMs` passed; returns whether it is done.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void idle(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        fprintf(stderr,
            "usage: mms-pause-bench URL [--fast-start 0|1] [--play-ms N] [--pause-ms N] "
            "[--seek-to-ms N] [--timeout-ms N]\n");
        return 2;
    }
    bool fastStart = true;
    int playMs = 3000;
    int pauseMs = 3000;
    int seekToMs = 40000;
    int timeoutMs = 20000;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--fast-start"))
            fastStart = value != 0;
        else if (args.at(i) == QLatin1String("--play-ms"))
            playMs = value;
        else if (args.at(i) == QLatin1String("--pause-ms"))
            pauseMs = value;
        else if (args.at(i) == QLatin1String("--seek-to-ms"))
            seekToMs = value;
        else if (args.at(i) == QLatin1String("--timeout-ms"))
            timeoutMs = value;
    }

    MmsSession session;
    session.setFastStart(fastStart);
    PlayerWidget widget;
    widget.resize(640, 400);
    widget.show();
    PlaybackController controller(&session, &widget);
    controller.setBufferingMs(0);

    QElapsedTimer clock;
    clock.start();
    qint64 lastFrameAt = -1; // clock ms of the last valid frame the widget got
    qint64 lastStart = -1; // its start time, µs
    int newFrames = 0; // valid frames with a new start time so far
    QObject::connect(widget.videoWidget()->videoSink(), &QVideoSink::videoFrameChanged, &widget,
        [&](const QVideoFrame &frame) {
            if (!frame.isValid() || frame.startTime() == lastStart)
                return; // a blank, or the same picture again
            lastStart = frame.startTime();
            lastFrameAt = clock.elapsed();
            ++newFrames;
            if (qEnvironmentVariableIsSet("PAUSE_BENCH_FRAMES"))
                printf("frame %lld us at %lld ms\n", static_cast<long long>(lastStart),
                    static_cast<long long>(lastFrameAt));
        });

    controller.open(QUrl(args.at(1)));
    if (!waitFor([&] { return controller.position() >= playMs && lastStart >= 0; },
            timeoutMs + playMs)) {
        fprintf(stderr, "no picture within %d ms\n", timeoutMs + playMs);
        return 1;
    }
    controller.pause();
    idle(pauseMs);
    // The picture on screen now: the backend may have drawn the frame it had ready as it paused.
    const qint64 pausedStart = lastStart;
    const qint64 framesBefore = lastFrameAt;
    const qint64 playAt = clock.elapsed();
    controller.play();
    const bool resumed =
        waitFor([&] { return lastFrameAt > framesBefore && lastStart != pausedStart; }, timeoutMs);
    const qint64 resumeMs = resumed ? lastFrameAt - playAt : -1;
    const qint64 step = resumed ? lastStart - pausedStart : 0;
    printf("resume: first new frame %lld ms after Play (start time %+lld us from the paused one)\n",
        static_cast<long long>(resumeMs), static_cast<long long>(step));

    qint64 seekMs = -1;
    qint64 seekRunningMs = -1;
    if (seekToMs > 0) {
        idle(2000);
        const qint64 oldStart = lastStart;
        const qint64 seekAt = clock.elapsed();
        controller.seek(seekToMs);
        // A frame of the new play: its start time jumped (a late frame of the old play, queued
        // before the seek, goes on from oldStart).
        auto jumped = [&] { return lastStart < oldStart || lastStart > oldStart + 1000000; };
        if (waitFor([&] { return lastFrameAt >= seekAt && jumped(); }, timeoutMs))
            seekMs = lastFrameAt - seekAt;
        // Playing on, not only a first picture: 25 more frames (1 s of 25 frames/s video).
        const int firstNew = newFrames;
        if (seekMs >= 0 && waitFor([&] { return newFrames >= firstNew + 25; }, timeoutMs))
            seekRunningMs = lastFrameAt - seekAt;
        printf("seek: first frame %lld ms after seek(%d), 25 frames later at %lld ms\n",
            static_cast<long long>(seekMs), seekToMs, static_cast<long long>(seekRunningMs));
    }
    printf("RESULT resume_ms=%lld seek_ms=%lld seek_25_frames_ms=%lld fast_start=%d pause_ms=%d "
           "resume_frame_step_us=%lld\n",
        static_cast<long long>(resumeMs), static_cast<long long>(seekMs),
        static_cast<long long>(seekRunningMs), fastStart ? 1 : 0, pauseMs,
        static_cast<long long>(step));
    fflush(stdout);
    return 0;
}
