// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playercontrols.h"

#include "ui/jumpsliderstyle.h"
#include "ui/themeicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTime>
#include <QToolButton>

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent), m_playButton(new QToolButton(this)), m_stopButton(new QToolButton(this)),
      m_rewindButton(new QToolButton(this)), m_fastForwardButton(new QToolButton(this)),
      m_positionSlider(new QSlider(Qt::Horizontal, this)), m_timeLabel(new QLabel(this)),
      m_muteButton(new QToolButton(this)), m_volumeSlider(new QSlider(Qt::Horizontal, this))
{
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setIcon(ThemeIcons::stop());
    m_stopButton->setToolTip(tr("Stop"));
    m_rewindButton->setObjectName(QStringLiteral("rewindButton"));
    m_rewindButton->setIcon(ThemeIcons::seekBackward());
    m_fastForwardButton->setObjectName(QStringLiteral("fastForwardButton"));
    m_fastForwardButton->setIcon(ThemeIcons::seekForward());
    for (QToolButton *button : {m_rewindButton, m_fastForwardButton}) {
        button->setCheckable(true); // checked while striding that way
        button->setFocusPolicy(Qt::NoFocus);
        button->setVisible(false); // until the server allows it
    }
    setStrideRate(0.0);
    connect(m_rewindButton, &QToolButton::clicked, this, &PlayerControls::rewind);
    connect(m_fastForwardButton, &QToolButton::clicked, this, &PlayerControls::fastForward);
    m_positionSlider->setObjectName(QStringLiteral("positionSlider"));
    m_positionSlider->setToolTip(tr("Position"));
    // A click on the groove seeks to the time under the mouse, not one page step on.
    auto *jumpStyle = new JumpSliderStyle;
    jumpStyle->setParent(this); // deleted after the slider, which was made first
    m_positionSlider->setStyle(jumpStyle);
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_volumeSlider->setObjectName(QStringLiteral("volumeSlider"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setMaximumWidth(120);
    m_volumeSlider->setToolTip(tr("Volume"));
    // Play and stop are keyboard shortcuts of the window; the buttons must not steal Space.
    for (QToolButton *button : { m_playButton, m_stopButton, m_muteButton })
        button->setFocusPolicy(Qt::NoFocus);

    connect(m_playButton, &QToolButton::clicked, this, &PlayerControls::playClicked);
    connect(m_stopButton, &QToolButton::clicked, this, &PlayerControls::stop);
    connect(m_muteButton, &QToolButton::clicked, this, &PlayerControls::muteClicked);
    connect(m_positionSlider, &QSlider::sliderReleased, this, &PlayerControls::sliderReleased);
    connect(m_positionSlider, &QSlider::sliderMoved, this, &PlayerControls::updateTimeLabel);
    connect(m_volumeSlider, &QSlider::valueChanged, this, &PlayerControls::volumeSliderMoved);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_playButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_rewindButton);
    layout->addWidget(m_fastForwardButton);
    layout->addWidget(m_positionSlider, 1);
    layout->addWidget(m_timeLabel);
    layout->addWidget(m_muteButton);
    layout->addWidget(m_volumeSlider);

    setPlaying(false);
    setMuted(false);
    setVolume(1.0f);
    setDuration(0);
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_playButton->setIcon(playing ? ThemeIcons::pause() : ThemeIcons::play());
    m_playButton->setToolTip(playing ? tr("Pause") : tr("Play"));
}

void PlayerControls::setDuration(qint64 milliseconds)
{
    m_duration = milliseconds;
    m_positionSlider->setRange(0, int(milliseconds / 1000));
    setSeekable(m_seekable);
    updateTimeLabel(m_positionSlider->value());
}

void PlayerControls::setPosition(qint64 milliseconds)
{
    // Never fight the user's hand on the slider.
    if (!m_positionSlider->isSliderDown())
        m_positionSlider->setValue(int(milliseconds / 1000));
    updateTimeLabel(milliseconds / 1000);
}

void PlayerControls::setSeekable(bool seekable)
{
    m_seekable = seekable;
    m_positionSlider->setEnabled(seekable && m_duration > 0 && !m_live);
}

void PlayerControls::setLive(bool live)
{
    m_live = live;
    if (live)
        m_positionSlider->setValue(0);
    setSeekable(m_seekable);
    updateTimeLabel(m_positionSlider->value());
}

QString PlayerControls::timeText() const
{
    return m_timeLabel->text();
}

void PlayerControls::setVolume(float volume)
{
    const QSignalBlocker blocker(m_volumeSlider);
    m_volumeSlider->setValue(qRound(volume * 100));
}

float PlayerControls::volume() const
{
    return float(m_volumeSlider->value()) / 100.0f;
}

void PlayerControls::setMuted(bool muted)
{
    m_muted = muted;
    m_muteButton->setIcon(muted ? ThemeIcons::muted() : ThemeIcons::volume());
    m_muteButton->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

void PlayerControls::playClicked()
{
    if (m_playing)
        emit pause();
    else
        emit play();
}

void PlayerControls::muteClicked()
{
    emit changeMuting(!m_muted);
}

void PlayerControls::sliderReleased()
{
    emit seek(qint64(m_positionSlider->value()) * 1000);
}

void PlayerControls::volumeSliderMoved(int value)
{
    emit changeVolume(float(value) / 100.0f);
}

void PlayerControls::updateTimeLabel(qint64 position)
{
    if (m_live) {
        // A broadcast has no length and no seeking: the position would mean nothing.
        m_timeLabel->setText(tr("Live"));
        return;
    }
    const QString format = m_duration >= 3600 * 1000 ? QStringLiteral("h:mm:ss")
                                                      : QStringLiteral("mm:ss");
    const QString now = QTime(0, 0).addSecs(int(position)).toString(format);
    if (m_duration > 0) {
        const QString total = QTime(0, 0).addSecs(int(m_duration / 1000)).toString(format);
        m_timeLabel->setText(tr("%1 / %2").arg(now, total));
    } else {
        m_timeLabel->setText(now);
    }
}

void PlayerControls::setStrideAvailable(bool available)
{
    m_strideAvailable = available;
    m_rewindButton->setVisible(available);
    m_fastForwardButton->setVisible(available);
    m_rewindButton->setEnabled(available);
    m_fastForwardButton->setEnabled(available);
    if (!available)
        setStrideRate(0.0);
}

void PlayerControls::setStrideRate(double rate)
{
    m_rewindButton->setChecked(rate < 0);
    m_fastForwardButton->setChecked(rate > 0);
    // The tooltip names what the next press does (the rates cycle 2x, 5x, 10x).
    m_rewindButton->setToolTip(
        rate < 0 ? tr("Rewind (now %1×; press for faster)").arg(-rate) : tr("Rewind"));
    m_fastForwardButton->setToolTip(
        rate > 0 ? tr("Fast forward (now %1×; press for faster)").arg(rate) : tr("Fast forward"));
}
