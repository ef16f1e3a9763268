// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

// Play/pause, stop, position slider with time, volume and mute. Emits intents only; the window
// wires them to the PlaybackController and feeds the state back through the setters.
class PlayerControls : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerControls(QWidget *parent = nullptr);

    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing); // the play button becomes pause while playing
    void setDuration(qint64 milliseconds); // 0 = unknown (live)
    void setPosition(qint64 milliseconds);
    void setSeekable(bool seekable);
    // Live (broadcast) content: the slider is disabled and the time reads "Live".
    void setLive(bool live);
    bool isLive() const { return m_live; }
    QString timeText() const;
    void setVolume(float volume); // 0..1
    void setMuted(bool muted);
    float volume() const;
    bool isMuted() const { return m_muted; }

    QToolButton *playButton() const { return m_playButton; }
    QToolButton *stopButton() const { return m_stopButton; }
    QToolButton *rewindButton() const { return m_rewindButton; }
    QToolButton *fastForwardButton() const { return m_fastForwardButton; }
    // Fast-forward and rewind: the buttons are shown only when the server allows striding
    // (MmsSession::canStride()); `rate` is the current stride's (0 = normal play).
    void setStrideAvailable(bool available);
    bool isStrideAvailable() const { return m_strideAvailable; }
    void setStrideRate(double rate);
    QSlider *positionSlider() const { return m_positionSlider; }

signals:
    void play();
    void pause();
    void stop();
    void rewind(); // each press: 2x, 5x, 10x backwards, then 2x again
    void fastForward(); // the same forwards
    void seek(qint64 milliseconds);
    void changeVolume(float volume);
    void changeMuting(bool muted);

private:
    void playClicked();
    void muteClicked();
    void sliderReleased();
    void volumeSliderMoved(int value);
    void updateTimeLabel(qint64 position);

    QToolButton *m_playButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QToolButton *m_rewindButton = nullptr;
    QToolButton *m_fastForwardButton = nullptr;
    bool m_strideAvailable = false;
    QSlider *m_positionSlider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    qint64 m_duration = 0;
    bool m_playing = false;
    bool m_muted = false;
    bool m_seekable = false;
    bool m_live = false;
};
