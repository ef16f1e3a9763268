// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAudioOutput;
class QIODevice;
class QLabel;
class QMediaPlayer;
class QVideoFrame;
class QVideoSink;
class QVideoWidget;

// The picture and what is said over it: QMediaPlayer + QVideoWidget + QAudioOutput, the title and
// author of the ASF header, a buffering percentage and error text. Knows nothing of MMS: the
// PlaybackController hands it a device to read and the words to show.
class PlayerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    QMediaPlayer *player() const { return m_player; }
    QAudioOutput *audioOutput() const { return m_audio; }
    QVideoWidget *videoWidget() const { return m_video; }

    // Reads the ASF stream from `device` (a sequential AsfStreamBuffer); nullptr detaches.
    void setSourceDevice(QIODevice *device);
    // Keeps the picture on screen until the next valid frame arrives: the blank frame the player
    // sends when it is stopped or gets a new source (a seek) is not shown. Stop releases it.
    void holdFrameUntilNext();
    void releaseHeldFrame();
    bool isHoldingFrame() const { return m_holdFrame; }

    void setTitle(const QString &title, const QString &author);
    // 0..99 shows "Buffering N%"; a negative value or 100 hides it.
    void setBuffering(int percent);
    int buffering() const { return m_buffering; }
    void showError(const QString &text); // empty clears
    QString errorText() const;
    QString titleText() const;

signals:
    void fullScreenToggleRequested(); // double-click on the picture

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void updateOverlay();
    void showFrame(const QVideoFrame &frame);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    // The player renders into this sink, which hands frames on to m_video's: the one place where
    // a blank frame can be held back (holdFrameUntilNext()).
    QVideoSink *m_sink = nullptr;
    bool m_holdFrame = false;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
    int m_buffering = -1;
};
