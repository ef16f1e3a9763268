// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"
#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"
#include "ui/strideretimer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class PlayerWidget;

// Wires one MmsSession, the AsfStreamBuffer of the current play and the PlayerWidget's
// QMediaPlayer. Each play (start, seek, stream change) gets a new buffer that starts with the
// ASF header, because the GStreamer backend cannot be told to restart a device.
// MMS has no pause (protocol notes §9.4). Pause pauses the player and keeps its buffer and the
// last picture, and sends StopPlaying; Play goes on playing what is buffered at once and sends
// StartPlaying for the packet after the last one received (MmsSession::resumePosition()), whose
// packets go on into the same buffer. A seek to content still held by the buffer (its played
// history, AsfStreamBuffer::historyLimit(), and what has arrived ahead of the picture) is served
// from it: the player restarts on a new buffer of those packets from the last key frame at or
// before the target, and the session streams on into it with no request to the server. Any
// other seek is StopPlaying, then StartPlaying(position) (§9.3) on a new buffer. Either way the
// last picture stays until the first new one. Live content cannot pause: there Pause is Stop, as
// in Windows Media Player.
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing opened
        Opening, // the session is connecting and reading the header
        Buffering, // StartPlaying sent, waiting for the first frames
        Playing,
        Paused,
        Stopped, // header known, not playing (also after Stop)
        Ended, // the stream played to its end
        Failed, // see errorText()
    };
    Q_ENUM(State)

    PlaybackController(MmsSession *session, PlayerWidget *widget, QObject *parent = nullptr);
    ~PlaybackController() override;

    State state() const { return m_state; }
    MmsSession *session() const { return m_session; }
    AsfStreamBuffer *buffer() const { return m_buffer; } // the current play's; may be null
    const asf::Header &header() const { return m_header; }
    QUrl url() const { return m_url; }
    bool isSeekable() const;
    qint64 duration() const; // ms; 0 for live content
    qint64 position() const; // ms into the content
    QString errorText() const { return m_errorText; }
    // Content (by send time) received before the player starts a play; the larger of this and
    // the header's preroll drives the "Buffering N%" figure. 0 starts at once. Applies to the
    // next play.
    void setBufferingMs(int milliseconds) { m_bufferingMs = qMax(0, milliseconds); }
    int bufferingMs() const { return m_bufferingMs; }
    bool isLive() const { return m_header.file.broadcast; }
    // Fast-forward and rewind (playbackcontrollerstride.cpp): whether the server allows it for
    // what is open, and the current stride's rate (0 = normal play).
    bool canStride() const;
    double strideRate() const { return m_strideRate; }
    // The next rate of a press of fast-forward (direction +1) or rewind (-1): 2x, 5x, 10x, then
    // 2x again; a press against the current direction starts at 2x.
    static double nextStrideRate(double current, int direction);
    // Limits of the buffers made from now on (default: AsfStreamBuffer's).
    void setBufferLimits(qint64 capacity, qint64 highWatermark, qint64 lowWatermark);

public slots:
    void open(const QUrl &url); // opens, then plays as soon as the header is in
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void seek(qint64 milliseconds);
    void selectStreams(const QList<int> &streamNumbers);
    // Key frames only at `rate` (> 0 forward, < 0 backward) from the current position; Play
    // returns to normal play where the stride has got to.
    void startStriding(double rate);
    void fastForward() { startStriding(nextStrideRate(m_strideRate, 1)); }
    void rewind() { startStriding(nextStrideRate(m_strideRate, -1)); }

signals:
    void stateChanged(PlaybackController::State state);
    void headerChanged(const asf::Header &header, const QList<int> &selectedStreams);
    void positionChanged(qint64 milliseconds);
    void durationChanged(qint64 milliseconds);
    void seekableChanged(bool seekable);
    // The current buffer's level once an event-loop pass has settled it (AsfStreamBuffer::
    // levelSettled): at most once per pass, when it moved by a packet or a tenth of a second of
    // content (whichever is larger) since the last report, or fell to 0.
    void bufferLevelChanged(qint64 bytes, double seconds);
    void errorOccurred(const QString &text);
    // The server sent the last packet of the content (ReportEndOfStream with S_OK, not the
    // acknowledgement of a stop); the player may still be playing what is buffered.
    void streamEnded();
    void strideAvailableChanged(bool available);
    void strideRateChanged(double rate); // 0 = normal play again

private:
    void setState(State state);
    void handleHeader(const asf::Header &header, const QByteArray &bytes);
    void handleSessionState(MmsSession::State state);
    void handlePacket(quint32 locationId, const QByteArray &packet);
    void handleEndOfStream(quint32 hr);
    void handleSessionError(MmsSession::Error error, quint32 hr, const QString &detail);
    void handleMediaStatus(int status);
    void handlePlayerPosition(qint64 milliseconds);
    void handleBufferLevel();
    void stopSessionPlay();
    void startPendingIfReady();
    void resumeSessionIfReady();
    void startPlayback(double positionSeconds);
    // A new buffer for a play or a stride; it starts with playerHeader(striding).
    void prepareBuffer(double positionSeconds, bool striding = false);
    // The header the player gets: only the streams the server sends (the selected ones; while
    // striding, the selected video), since the demuxer waits for data of every stream listed.
    // `listed`, when given, gets the stream numbers the returned header lists.
    QByteArray playerHeader(bool striding, QList<int> *listed = nullptr) const;
    // A new choice of streams the playing demuxer cannot follow with a StreamSwitch alone.
    bool needsNewPlay(const QList<int> &streamNumbers) const;
    // Striding (playbackcontrollerstride.cpp).
    void setStrideRate(double rate);
    void returnToNormalPlay(qint64 positionMs);
    bool handleStrideEnd(quint32 hr); // true: the end of a stride, handled
    void handleStridePacket(QByteArray &packet);
    AsfStreamBuffer *newBuffer();
    // Replaces the buffer with one that plays the held packets from the last key frame at or
    // before `milliseconds`; false (nothing changed) when they do not reach it.
    bool seekInBuffer(qint64 milliseconds);
    // Where a play of packets can start: a packet where a media object of a key frame begins
    // (a decoder cannot start between key frames; audio-only content can start at any object).
    struct HeldRange {
        qsizetype startIndex = -1; // the last such packet at or before the target
        qint64 startMs = 0; // content time of its object
        quint32 startSendTime = 0;
        qint64 lastMs = -1; // the latest object start held
    };
    HeldRange heldRange(const QList<QByteArray> &chunks, qint64 targetMs) const;
    bool playsVideo() const; // a selected stream is video
    // While m_waitForKeyFrame: true once `packet` starts a key frame (the play goes on from it),
    // or after MaxKeyFrameWaitMs of content without one (key frames that are not marked).
    bool startsAtKeyFrame(const QByteArray &packet);
    static constexpr quint32 MaxKeyFrameWaitMs = 5000;
    // Content time of the first object `packet` starts that a play can start at, if any.
    std::optional<qint64> entryPointMs(const asf::PacketInfo &packet, bool video) const;
    void discardBuffer();
    void startPlayerIfBuffered(const QByteArray &packet);
    void startPlayer();
    void fail(const QString &text);

    MmsSession *m_session = nullptr;
    PlayerWidget *m_widget = nullptr;
    QPointer<AsfStreamBuffer> m_buffer;
    qint64 m_capacity = 0; // 0 = AsfStreamBuffer's defaults
    qint64 m_highWatermark = 0;
    qint64 m_lowWatermark = 0;
    State m_state = State::Idle;
    QUrl m_url;
    asf::Header m_header;
    QByteArray m_headerBytes;
    QByteArray m_playerHeader; // the header at the start of m_buffer (playerHeader())
    QList<int> m_playerStreams; // the streams m_playerHeader lists
    QString m_errorText;
    std::optional<double> m_pendingStart; // StartPlaying position once the session is Ready
    // Paused with the current play's buffer kept: Play goes on with it.
    bool m_resumeFromBuffer = false;
    // StartPlaying(resumePosition()) once the session is Ready (after our StopPlaying's ack).
    bool m_resumePending = false;
    bool m_startPlayerAtOnce = false; // the next play (a seek) skips the buffering time
    bool m_playHasPackets = false; // the current buffer got a packet of the session
    // A play from the server that starts at a position: its packets up to the first key frame
    // are dropped, since they decode to grey smears (servers start at the position's packet).
    bool m_waitForKeyFrame = false;
    bool m_keyWaitStarted = false;
    quint32 m_keyWaitFirstSendTime = 0; // of the first packet dropped, ms
    bool m_autoPlay = false; // open() plays once the header is in
    bool m_stopRequested = false; // the next ReportEndOfStream acknowledges our StopPlaying
    qint64 m_playStartMs = 0; // content position where the current play started
    qint64 m_resumeMs = 0; // where Play resumes after Pause
    qint64 m_positionMs = 0;
    int m_bufferingMs = 0;
    bool m_playerStarted = false; // the current play's buffer is handed to the player
    bool m_haveFirstSendTime = false;
    quint32 m_firstSendTime = 0; // of the current play's first packet, ms
    // Striding: the rate (0 = normal play), and the stride's first send time and the buffer
    // time it maps to (its packets are retimed so that the player shows them at real time).
    double m_strideRate = 0.0;
    StrideRetimer m_strideRetimer;
};
