// SPDX-License-Identifier: GPL-3.0-or-later
// The player gets a header that lists only the streams the server sends (asf::filterHeaderStreams
// in PlaybackController::playerHeader): with the audio stream unticked, or while striding (key
// frames of the video stream only), GStreamer's asfdemux waited for data of the streams not sent
// and showed no frame. Frames are counted on the sink the video widget draws.
#include "core/asf/asfheaderparser.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/protocol/mmscodec.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

class tst_PartialStreams : public QObject {
    Q_OBJECT
private slots:
    void videoOnlySelectionShowsFrames();
    void untickingWhilePlayingKeepsThePlay();
    void tickingOnWhilePlayingStartsAgainWithIt();
    void fastForwardKeepsShowingFrames();
};

namespace {

// Frames with a picture, counted as the widget's sink receives them.
class FrameCounter : public QObject {
public:
    explicit FrameCounter(QVideoSink *sink)
    {
        connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (frame.isValid())
                ++count;
        });
    }
    int count = 0;
};

struct Rig {
    Rig()
        : server(MmsServerConfig::Pace::Realtime), controller(&session, &widget),
          frames(widget.videoWidget()->videoSink())
    {
        widget.resize(640, 400);
        widget.show();
        controller.setBufferingMs(0);
    }
    // The stream numbers the header at the start of the player's buffer lists.
    QList<int> playerStreams() const
    {
        QList<int> numbers;
        const QList<QByteArray> chunks = controller.buffer()->retainedChunks();
        if (chunks.isEmpty())
            return numbers;
        const asf::HeaderParseResult parsed = asf::parseHeader(chunks.first(), true);
        for (const asf::Stream &s : parsed.header.streams)
            numbers.append(s.number);
        return numbers;
    }
    int videoStream() const
    {
        for (const asf::Stream &s : controller.header().streams) {
            if (s.type == asf::StreamType::Video)
                return s.number;
        }
        return 0;
    }
    TestServer server;
    MmsSession session;
    PlayerWidget widget;
    PlaybackController controller;
    FrameCounter frames;
};

} // namespace

void tst_PartialStreams::videoOnlySelectionShowsFrames()
{
    using State = PlaybackController::State;
    Rig rig;
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QCOMPARE(rig.controller.header().streams.size(), 2); // video and audio
    QCOMPARE(rig.playerStreams().size(), 2);
    const int video = rig.videoStream();
    QVERIFY(video != 0);

    // Stop, untick the audio, play: the server sends the video only, and the player's header
    // lists only it (with both listed, the demuxer waited for audio: 0 frames).
    rig.controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Stopped, 30000);
    rig.controller.selectStreams({video});
    const int framesBefore = rig.frames.count;
    rig.controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.state(), MmsSession::State::Streaming, 30000);
    QCOMPARE(rig.session.selectedStreams(), QList<int> {video});
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.buffer(), 30000);
    QCOMPARE(rig.playerStreams(), QList<int> {video});
    // demo.wmv has 25 frames a second: 50 new ones are 2 s of moving picture.
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= framesBefore + 50, 20000);
    QCOMPARE(rig.controller.state(), State::Playing);
}

void tst_PartialStreams::untickingWhilePlayingKeepsThePlay()
{
    using State = PlaybackController::State;
    Rig rig;
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= 5, 60000);

    // A StreamSwitch, not a new play (tst_mainwindow checks the messages): the buffer keeps its
    // header of both streams, and the playing demuxer goes on with the video alone.
    const int startsBefore = rig.server.all<mms::StartPlaying>().size();
    rig.controller.selectStreams({rig.videoStream()});
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.selectedStreams(), QList<int> {rig.videoStream()}, 30000);
    QCOMPARE(rig.playerStreams().size(), 2);
    const int framesBefore = rig.frames.count;
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= framesBefore + 50, 20000);
    QCOMPARE(rig.server.all<mms::StartPlaying>().size(), startsBefore);

    // The next play (a seek the buffer cannot serve) starts with a header of the video alone.
    rig.controller.seek(20000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.all<mms::StartPlaying>().size(), startsBefore + 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.buffer(), 30000);
    QCOMPARE(rig.playerStreams(), QList<int> {rig.videoStream()});
    const int framesAfterSeek = rig.frames.count;
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= framesAfterSeek + 50, 20000);
}

void tst_PartialStreams::tickingOnWhilePlayingStartsAgainWithIt()
{
    using State = PlaybackController::State;
    Rig rig;
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    const int video = rig.videoStream();
    QList<int> both;
    for (const asf::Stream &s : rig.controller.header().streams)
        both.append(s.number);
    QCOMPARE(both.size(), 2);
    const int audio = both.first() == video ? both.last() : both.first();

    // Playing the video alone (its header lists only it)...
    rig.controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Stopped, 30000);
    rig.controller.selectStreams({video});
    rig.controller.play();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 30000);
    QCOMPARE(rig.playerStreams(), QList<int> {video});
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= 2000, 30000);

    // ...the audio ticked on: with a StreamSwitch alone the demuxer, whose header does not list
    // the audio, would drop it (before: heard only after the next seek or Stop and Play). The
    // play stops and starts again where it was, the audio switched on before the StartPlaying.
    const qsizetype mark = rig.server.messages().size();
    const qint64 at = rig.controller.position();
    rig.controller.selectStreams(both);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.buffer(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 30000);
    QCOMPARE(rig.playerStreams(), both);
    QList<mms::MessageId> sent;
    for (qsizetype i = mark; i < rig.server.messages().size(); ++i) {
        const mms::MessageId id = rig.server.messages().at(i).id;
        if (id == mms::MessageId::StopPlaying || id == mms::MessageId::StreamSwitch
            || id == mms::MessageId::StartPlaying)
            sent.append(id);
    }
    QCOMPARE(sent,
        (QList<mms::MessageId> {mms::MessageId::StopPlaying, mms::MessageId::StreamSwitch,
            mms::MessageId::StartPlaying}));
    const mms::StreamSwitch on = rig.server.all<mms::StreamSwitch>().last();
    QCOMPARE(on.entries.size(), 1);
    QCOMPARE(on.entries.first().dstStreamNumber, quint16(audio));
    QCOMPARE(on.entries.first().thinningLevel, quint16(mms::ThinningLevel::All));
    // Where it was, not from the start (the position is the player's, a frame or so behind).
    const mms::StartPlaying start = rig.server.all<mms::StartPlaying>().last();
    QVERIFY2(start.position >= double(at) / 1000.0 - 0.5 && start.position < 1000.0,
        qPrintable(QString::number(start.position)));
    const int framesAfter = rig.frames.count;
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= framesAfter + 50, 20000);
    QCOMPARE(rig.session.selectedStreams(), both);
}

void tst_PartialStreams::fastForwardKeepsShowingFrames()
{
    using State = PlaybackController::State;
    Rig rig;
    QVERIFY2(rig.server.listen(), qPrintable(rig.server.errorString()));
    rig.controller.open(rig.server.url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller.position() >= 1000, 60000);

    rig.controller.startStriding(5.0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.session.strideRate(), 5.0, 30000);
    // The stride's buffer starts with a header of the video stream alone.
    QCOMPARE(rig.playerStreams(), QList<int> {rig.videoStream()});
    // Key frames keep arriving and are drawn: the picture moves, it does not freeze.
    // demo.wmv has a key frame every 12 frames (ffmpeg's default), 0.48 s: about 10 a second at 5x;
    // without the filtered header none was drawn (the demuxer waited for audio) until the stride
    // ended.
    const int framesBefore = rig.frames.count;
    QTRY_VERIFY_WITH_TIMEOUT(rig.frames.count >= framesBefore + 10, 20000);
    QCOMPARE(rig.controller.strideRate(), 5.0); // still striding: the frames are the stride's
}

QTEST_MAIN(tst_PartialStreams)
#include "tst_partialstreams.moc"
