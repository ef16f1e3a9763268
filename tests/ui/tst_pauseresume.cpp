// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfpacket.h"
#include "core/protocol/mmscodec.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

// Pause, resume and seek (issue 16) against our real server at realtime pace with Fast Start:
// Pause keeps the player's pipeline, the buffer and the last picture; Play goes on from them and
// asks for the packet after the last one received; a seek keeps the last picture until the
// first new one. Frames are watched on the sink the video widget draws.
class tst_PauseResume : public QObject {
    Q_OBJECT
private slots:
    void pauseKeepsBufferAndPictureAndResumesAtTheNextPacket();
    void seekKeepsThePictureUntilTheFirstNewFrame();
    void seekWhilePausedKeepsThePictureAndPlayStartsThere();
    void seekWithinTheBufferAsksTheServerForNothing();
    void seekWithinTheBufferWhilePausedResumesAfterTheLastPacket();
    void pauseOnLiveContentIsStop();
};

namespace {

struct Frame {
    bool valid = false;
    qint64 startTime = 0; // µs
    qint64 endTime = 0;
};

// Records what the widget's own sink receives (what is drawn).
class FrameLog : public QObject {
public:
    explicit FrameLog(QVideoSink *sink)
    {
        connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            frames.append({frame.isValid(), frame.startTime(), frame.endTime()});
        });
    }
    qsizetype validCount() const
    {
        return std::count_if(
            frames.cbegin(), frames.cend(), [](const Frame &f) { return f.valid; });
    }
    QList<Frame> frames;
};

struct Rig {
    explicit Rig(MmsServerConfig::Pace pace, const QMap<QString, QString> &live = {})
        : server(pace, live), controller(&session, &widget), log(widget.videoWidget()->videoSink())
    {
        widget.resize(640, 400);
        widget.show();
        // The player gets the buffer at once (the app's default waits for 5 s of content).
        controller.setBufferingMs(0);
        // Short keep-alives: a pause that has seen a few is "long" (the session idles in Ready).
        session.setKeepAliveInterval(200);
        QObject::connect(&session, &MmsSession::dataPacketReceived, &log,
            [this](quint32 locationId) { locations.append(locationId); });
    }
    TestServer server;
    MmsSession session;
    PlayerWidget widget;
    PlaybackController controller;
    FrameLog log;
    QList<quint32> locations; // of every packet the session delivered, in order
};

} // namespace

void tst_PauseResume::pauseKeepsBufferAndPictureAndResumesAtTheNextPacket()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime);
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= 1000, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.validCount() >= 10, 60000);

    rig.controller.pause();
    QCOMPARE(rig.controller.state(), State::Paused);
    // Paused, not stopped: the pipeline keeps its state and the picture.
    QCOMPARE(rig.widget.player()->playbackState(), QMediaPlayer::PausedState);
    AsfStreamBuffer *buffer = rig.controller.buffer();
    QVERIFY(buffer);
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.state(), MmsSession::State::Ready, 10000);
    QCOMPARE(rig.server.all<mms::StopPlaying>().size(), 1);
    const qsizetype framesAtPause = rig.log.frames.size();
    const qint64 appendedAtPause = buffer->bytesAppended();
    const qint64 levelAtPause = buffer->level();
    const quint32 lastLocation = rig.locations.last();
    const double resumeAt = rig.session.resumePosition();

    // A long pause: StopPlaying went out, and the session has kept the server alive since.
    const qsizetype pongs = rig.server.all<mms::Pong>().size();
    QTRY_VERIFY_WITH_TIMEOUT(rig.server.all<mms::Pong>().size() >= pongs + 3, 10000);
    // The same buffer with its bytes, nothing thrown away, nothing added.
    QCOMPARE(rig.controller.buffer(), buffer);
    QCOMPARE(buffer->bytesAppended(), appendedAtPause);
    QVERIFY(buffer->level() <= levelAtPause); // the backend may top up its own queue
    QCOMPARE(buffer->bytesDropped(), 0);
    // The last picture stays: no blank frame reached the widget's sink since the last one drawn.
    for (const Frame &f : rig.log.frames)
        QVERIFY(f.valid);
    QVERIFY(rig.widget.videoWidget()->videoSink()->videoFrame().isValid());
    const Frame lastBeforePause = rig.log.frames.last();
    const qsizetype framesBeforePlay = rig.log.frames.size();
    QVERIFY(framesBeforePlay >= framesAtPause);

    rig.controller.play();
    // StartPlaying for the packet after the last one received, with Fast Start again.
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    const mms::StartPlaying first = rig.server.all<mms::StartPlaying>().first();
    const mms::StartPlaying resume = rig.server.all<mms::StartPlaying>().last();
    QCOMPARE(resume.locationId, lastLocation + 1);
    QCOMPARE(resume.position, resumeAt);
    QVERIFY(resume.playIncarnation != first.playIncarnation);
    QVERIFY(first.accelBandwidth && first.accelDuration);
    QVERIFY(resume.accelBandwidth && resume.accelDuration);
    QCOMPARE(*resume.accelBandwidth, *first.accelBandwidth);
    QCOMPARE(*resume.accelDuration, *first.accelDuration);

    // The picture goes on with the next frame, not a restart. The backend may hand the sink
    // the paused picture once more as it starts again (same start time): that is no new frame.
    auto firstNew = [&] {
        for (qsizetype i = framesBeforePlay; i < rig.log.frames.size(); ++i) {
            if (!rig.log.frames.at(i).valid
                || rig.log.frames.at(i).startTime != lastBeforePause.startTime)
                return i;
        }
        return qsizetype(-1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstNew() >= 0, 10000);
    const Frame next = rig.log.frames.at(firstNew());
    QVERIFY(next.valid);
    const qint64 frameDuration = lastBeforePause.endTime > lastBeforePause.startTime
        ? lastBeforePause.endTime - lastBeforePause.startTime
        : 40000; // 25 frames/s
    QVERIFY2(next.startTime > lastBeforePause.startTime
            && next.startTime <= lastBeforePause.startTime + frameDuration * 3 / 2,
        qPrintable(QStringLiteral("before pause %1 µs, after %2 µs, frame %3 µs")
                       .arg(lastBeforePause.startTime)
                       .arg(next.startTime)
                       .arg(frameDuration)));
    QCOMPARE(rig.controller.buffer(), buffer);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);

    // The packets at the seam: each one once, none left out.
    QTRY_VERIFY_WITH_TIMEOUT(rig.locations.last() > lastLocation + 10, 10000);
    for (qsizetype i = 1; i < rig.locations.size(); ++i)
        QCOMPARE(rig.locations.at(i), rig.locations.at(i - 1) + 1);
    QCOMPARE(rig.locations.first(), 0u);
}

void tst_PauseResume::seekKeepsThePictureUntilTheFirstNewFrame()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime);
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.validCount() >= 10, 60000);

    const qsizetype before = rig.log.frames.size();
    rig.controller.seek(15000);
    QVERIFY(rig.widget.isHoldingFrame());
    // The new play: StopPlaying, then StartPlaying at the target with Fast Start.
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    const mms::StartPlaying seek = rig.server.all<mms::StartPlaying>().last();
    QCOMPARE(seek.position, 15.0);
    QVERIFY(seek.accelBandwidth && seek.accelDuration);
    // The first frame the widget gets after the seek is a picture of the new position: the old
    // one stayed until then (the player's stop sent a blank frame, held back).
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.frames.size() > before, 10000);
    QVERIFY(rig.log.frames.at(before).valid);
    QVERIFY(!rig.widget.isHoldingFrame());
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() > 15000, 10000);
    for (qsizetype i = before; i < rig.log.frames.size(); ++i)
        QVERIFY(rig.log.frames.at(i).valid);

    // Stop clears the picture.
    rig.controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.widget.videoWidget()->videoSink()->videoFrame().isValid(), 10000);
}

void tst_PauseResume::seekWhilePausedKeepsThePictureAndPlayStartsThere()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime);
    // The app's default buffering: a seek does not wait for it.
    rig.controller.setBufferingMs(5000);
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.validCount() >= 10, 60000);
    rig.controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.state(), MmsSession::State::Ready, 10000);

    // The paused play's buffer has the old position's content: gone. The picture stays.
    rig.controller.seek(20000);
    QCOMPARE(rig.controller.state(), State::Paused);
    QVERIFY(!rig.controller.buffer());
    QCOMPARE(rig.controller.position(), 20000);
    QVERIFY(rig.widget.videoWidget()->videoSink()->videoFrame().isValid());
    const qsizetype before = rig.log.frames.size();
    for (const Frame &f : rig.log.frames)
        QVERIFY(f.valid);

    rig.controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().last().position, 20.0);
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.frames.size() > before, 10000);
    QVERIFY(rig.log.frames.at(before).valid);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);
    QVERIFY(rig.controller.position() >= 20000);
}

void tst_PauseResume::seekWithinTheBufferAsksTheServerForNothing()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime);
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= 5000, 60000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().size(), 1);

    // Forward into what has arrived ahead of the picture (Fast Start sent the preroll's worth,
    // 3.1 s, ahead of it), then back into what was played: the same session play goes on.
    auto seekAndPlayOn = [&](qint64 target) {
        const qsizetype before = rig.log.frames.size();
        rig.controller.seek(target);
        QVERIFY(rig.widget.isHoldingFrame());
        // The play starts at the last key frame at or before the target (ffmpeg's wmv2 has
        // one every 12 frames: within half a second).
        QVERIFY2(rig.controller.position() <= target && rig.controller.position() > target - 600,
            qPrintable(QString::number(rig.controller.position())));
        const qint64 start = rig.controller.position();
        QTRY_VERIFY_WITH_TIMEOUT(rig.log.frames.size() > before + 5, 10000);
        for (qsizetype i = before; i < rig.log.frames.size(); ++i)
            QVERIFY(rig.log.frames.at(i).valid); // the old picture stayed until the new one
        QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);
        // Playing on from there, the player's own clock counting from the key frame.
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= start + 500, 10000);
        QVERIFY2(rig.controller.position() < start + 2500,
            qPrintable(QString::number(rig.controller.position())));
    };
    seekAndPlayOn(rig.controller.position() + 1500);
    seekAndPlayOn(2000);

    // Nothing went to the server, and the packets went on arriving in order, none sent twice.
    QCOMPARE(rig.server.all<mms::StartPlaying>().size(), 1);
    QCOMPARE(rig.server.all<mms::StopPlaying>().size(), 0);
    QCOMPARE(rig.session.state(), MmsSession::State::Streaming);
    for (qsizetype i = 1; i < rig.locations.size(); ++i)
        QCOMPARE(rig.locations.at(i), rig.locations.at(i - 1) + 1);

    // Past what has arrived: one StartPlaying, at the position asked for.
    rig.controller.seek(20000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().last().position, 20.0);
    QCOMPARE(rig.server.all<mms::StopPlaying>().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() > 20000, 10000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().size(), 2);
    // The server starts at the position's packet; the player gets the packets from the first
    // key frame on (earlier ones decode to grey smears).
    const QList<QByteArray> held = rig.controller.buffer()->retainedChunks();
    QVERIFY(held.size() > 2);
    QVERIFY(rig.locations.last() > 400); // packet numbers at 20 s
    const asf::PacketParseResult first =
        asf::parsePacket(held.at(1), rig.controller.header().packetSize());
    QVERIFY(first.ok());
    const auto isKeyFrameStart = [&](const asf::Payload &p) {
        const asf::Stream *stream = rig.controller.header().stream(p.streamNumber);
        return p.keyFrame && p.offsetIntoMediaObject == 0 && stream
            && stream->type == asf::StreamType::Video;
    };
    QVERIFY(std::any_of(first.info.payloads.cbegin(), first.info.payloads.cend(), isKeyFrameStart));
}

void tst_PauseResume::seekWithinTheBufferWhilePausedResumesAfterTheLastPacket()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime);
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= 4000, 60000);
    rig.controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.state(), MmsSession::State::Ready, 10000);
    const quint32 lastLocation = rig.locations.last();

    // Back into what was played: a new buffer of the held packets, the picture kept, nothing
    // asked of the server yet.
    rig.controller.seek(1500);
    QCOMPARE(rig.controller.state(), State::Paused);
    QVERIFY(rig.controller.buffer());
    QVERIFY(rig.controller.position() <= 1500 && rig.controller.position() > 900);
    const qint64 start = rig.controller.position();
    QVERIFY(rig.widget.videoWidget()->videoSink()->videoFrame().isValid());
    const qsizetype before = rig.log.frames.size();

    // Play: the held packets play from there, and the session asks for the packet after the
    // last one received (the pause's StopPlaying ended the server's play), not for 1.5 s.
    rig.controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().last().locationId, lastLocation + 1);
    QTRY_VERIFY_WITH_TIMEOUT(rig.log.frames.size() > before + 5, 10000);
    for (qsizetype i = before; i < rig.log.frames.size(); ++i)
        QVERIFY(rig.log.frames.at(i).valid);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= start + 500, 10000);
    QVERIFY(rig.controller.position() < start + 2500);
    QTRY_VERIFY_WITH_TIMEOUT(rig.locations.last() > lastLocation + 10, 10000);
    for (qsizetype i = 1; i < rig.locations.size(); ++i)
        QCOMPARE(rig.locations.at(i), rig.locations.at(i - 1) + 1);
}

void tst_PauseResume::pauseOnLiveContentIsStop()
{
    using State = PlaybackController::State;
    Rig rig(MmsServerConfig::Pace::Realtime,
        {{QStringLiteral("live"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv")}});
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("live")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QVERIFY(rig.controller.isLive());
    rig.controller.pause();
    // A broadcast cannot go on where it paused: Pause is Stop, the buffer gone.
    QCOMPARE(rig.controller.state(), State::Stopped);
    QVERIFY(!rig.controller.buffer());
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StopPlaying>().size(), 1, 10000);
    rig.controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
}

QTEST_MAIN(tst_PauseResume)
#include "tst_pauseresume.moc"
