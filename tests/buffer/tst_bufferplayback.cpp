// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buffer/asfstreambuffer.h"
#include "tests/buffer/asfclip.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

// AsfStreamBuffer read by a real QMediaPlayer (GStreamer backend): clip.wmv's header and packets
// fed in as an MMS session would give them. The clip has 125 video frames.
class tst_BufferPlayback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void playsClipToEndOfMedia();
    void newDeviceRestartsPlaybackOnSamePlayer();

private:
    AsfClip m_clip;
};

static constexpr int SourceFrames = 125;
static constexpr int MinFrames = SourceFrames * 9 / 10;

// A player with a frame-counting sink and an audio output (a fake sink on machines without sound).
class CountingPlayer : public QObject
{
public:
    CountingPlayer()
    {
        player.setAudioOutput(&audio);
        player.setVideoSink(&sink);
        connect(&sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            // Counted by start time: GStreamer shows the first frame twice (preroll, then play).
            if (frame.isValid() && !startTimes.contains(frame.startTime())) {
                startTimes.insert(frame.startTime());
                ++frames;
            }
        });
        connect(&player, &QMediaPlayer::positionChanged, this,
                [this](qint64 position) { maxPosition = std::max(maxPosition, position); });
        connect(&player, &QMediaPlayer::mediaStatusChanged, this,
                [this](QMediaPlayer::MediaStatus status) { statuses.append(status); });
    }

    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    QSet<qint64> startTimes;
    int frames = 0;
    qint64 maxPosition = 0;
    QList<QMediaPlayer::MediaStatus> statuses;
};

// A buffer filled with the whole clip and finished; it deletes itself once drained, which is
// what makes the GStreamer backend send EOS.
static AsfStreamBuffer *makeFilledBuffer(const AsfClip &clip, QObject *parent)
{
    auto *buffer = new AsfStreamBuffer(parent);
    QObject::connect(buffer, &AsfStreamBuffer::drained, buffer, &QObject::deleteLater);
    buffer->append(clip.header);
    for (const QByteArray &packet : clip.packets)
        buffer->append(packet);
    return buffer;
}

void tst_BufferPlayback::initTestCase()
{
    m_clip = AsfClip::load(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(m_clip.ok);
}

void tst_BufferPlayback::playsClipToEndOfMedia()
{
    CountingPlayer p;
    QPointer<AsfStreamBuffer> buffer = makeFilledBuffer(m_clip, this);
    const qint64 total = buffer->level();
    QCOMPARE(total, m_clip.header.size() + m_clip.packets.size() * m_clip.packets.first().size());
    buffer->finish();
    QVERIFY(!buffer.isNull()); // not drained before anyone read

    p.player.setSourceDevice(buffer, QUrl(QStringLiteral("stream.asf")));
    p.player.play();

    QTRY_VERIFY_WITH_TIMEOUT(p.statuses.contains(QMediaPlayer::EndOfMedia), 60000);
    QVERIFY(buffer.isNull()); // drained and destroyed: that is what ended playback
    QVERIFY2(p.frames >= MinFrames, qPrintable(QString::number(p.frames)));
    QVERIFY2(p.frames <= SourceFrames, qPrintable(QString::number(p.frames)));
    QVERIFY2(p.maxPosition >= 4000, qPrintable(QString::number(p.maxPosition)));
    QVERIFY(!p.player.error());
    // Loading before anything else; EndOfMedia last.
    QCOMPARE(p.statuses.first(), QMediaPlayer::LoadingMedia);
    QCOMPARE(p.statuses.last(), QMediaPlayer::EndOfMedia);
}

void tst_BufferPlayback::newDeviceRestartsPlaybackOnSamePlayer()
{
    // A stream change mid-play: the first device is replaced after 25 frames by a new one that
    // starts again with a header; the same player plays the second one in full.
    CountingPlayer p;
    QPointer<AsfStreamBuffer> first = makeFilledBuffer(m_clip, this);
    p.player.setSourceDevice(first, QUrl(QStringLiteral("stream.asf")));
    p.player.play();
    QTRY_VERIFY_WITH_TIMEOUT(p.frames >= 25, 60000);
    QVERIFY(!p.statuses.contains(QMediaPlayer::EndOfMedia));

    QPointer<AsfStreamBuffer> second = makeFilledBuffer(m_clip, this);
    second->finish();
    p.player.setSourceDevice(second, QUrl(QStringLiteral("stream.asf")));
    delete first; // never finished: the old play just goes away
    p.frames = 0;
    p.startTimes.clear();
    p.maxPosition = 0;
    p.statuses.clear();
    p.player.play();

    QTRY_VERIFY_WITH_TIMEOUT(p.statuses.contains(QMediaPlayer::EndOfMedia), 60000);
    QVERIFY(second.isNull());
    QVERIFY2(p.frames >= MinFrames, qPrintable(QString::number(p.frames)));
    QVERIFY2(p.frames <= SourceFrames, qPrintable(QString::number(p.frames)));
    QVERIFY(p.maxPosition >= 4000);
    QVERIFY(!p.player.error());
}

QTEST_MAIN(tst_BufferPlayback)
#include "tst_bufferplayback.moc"
