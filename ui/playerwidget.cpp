// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playerwidget.h"

#include <QAudioOutput>
#include <QEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_sink(new QVideoSink(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_sink);
    // Hand frames on to the widget's sink, which the video window draws. Auto connection: a
    // frame emitted on a backend thread is queued to the GUI thread, so m_holdFrame is only
    // touched there.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &PlayerWidget::showFrame);
    // The video surface eats mouse events; watch it for the double-click that toggles full screen.
    m_video->installEventFilter(this);
    m_video->setMinimumSize(320, 180);

    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setVisible(false);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_message);

    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    setAutoFillBackground(true);
}

PlayerWidget::~PlayerWidget()
{
    // Detach before the device's owner goes: the backend must not read a dead device. Clearing
    // the source, not only stopping, also takes the decoder out of the pipeline while the player
    // is whole: otherwise Qt 6.4's GStreamer backend removes it from ~QGstreamerVideoOutput, after
    // ~QGstreamerMediaPlayer has run, and its pad-removed handler runs on the destroyed player
    // (a SIGSEGV when the window closed during playback, seen in tst_mainwindow).
    m_player->stop();
    m_player->setSourceDevice(nullptr);
}

void PlayerWidget::setSourceDevice(QIODevice *device)
{
    // Qt 6.4's GStreamer backend ignores a device with an empty URL: the URL is a format hint.
    m_player->setSourceDevice(device, device ? QUrl(QStringLiteral("stream.asf")) : QUrl());
}

void PlayerWidget::holdFrameUntilNext()
{
    m_holdFrame = true;
}

void PlayerWidget::releaseHeldFrame()
{
    m_holdFrame = false;
}

void PlayerWidget::showFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() && m_holdFrame)
        return; // the last picture stays until the next one
    m_holdFrame = false;
    m_video->videoSink()->setVideoFrame(frame);
}

void PlayerWidget::setTitle(const QString &title, const QString &author)
{
    QString text = title;
    if (!author.isEmpty())
        text = title.isEmpty() ? author : tr("%1 — %2").arg(title, author);
    m_title->setText(text);
    m_title->setVisible(!text.isEmpty());
}

void PlayerWidget::setBuffering(int percent)
{
    m_buffering = (percent >= 0 && percent < 100) ? percent : -1;
    updateOverlay();
}

void PlayerWidget::showError(const QString &text)
{
    m_error = text;
    updateOverlay();
}

QString PlayerWidget::errorText() const
{
    return m_error;
}

QString PlayerWidget::titleText() const
{
    return m_title->text();
}

void PlayerWidget::updateOverlay()
{
    // An error outranks buffering: it says why nothing will come.
    if (!m_error.isEmpty())
        m_message->setText(m_error);
    else if (m_buffering >= 0)
        m_message->setText(tr("Buffering %1%").arg(m_buffering));
    else
        m_message->clear();
    m_message->setVisible(!m_message->text().isEmpty());
}

bool PlayerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video && event->type() == QEvent::MouseButtonDblClick) {
        emit fullScreenToggleRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PlayerWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit fullScreenToggleRequested();
    event->accept();
}
