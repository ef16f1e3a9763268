// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController: fast-forward and rewind (MmsSession::startStriding, MS-MMSP StartStriding).
// A stride is a play of its own: a new buffer that starts with the header, fed with the key
// frames the server sends, their times moved (StrideRetimer) so that the player shows them one
// after the other at real time while the content moves at the stride's rate. Play goes back to
// a normal play at the position the stride has reached, as a seek does.
#include "core/logging.h"
#include "core/protocol/mmsconstants.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

#include <QMediaPlayer>
#include <cmath>

bool PlaybackController::canStride() const
{
    return m_session->canStride() && !isLive();
}

double PlaybackController::nextStrideRate(double current, int direction)
{
    static constexpr double Rates[] = {2.0, 5.0, 10.0};
    const double speed = std::fabs(current);
    if (current == 0.0 || (current > 0) != (direction > 0))
        return Rates[0] * direction;
    for (double rate : Rates) {
        if (rate > speed)
            return rate * direction;
    }
    return Rates[0] * direction; // after 10x: 2x again
}

void PlaybackController::setStrideRate(double rate)
{
    if (m_strideRate == rate)
        return;
    m_strideRate = rate;
    emit strideRateChanged(rate);
}

void PlaybackController::startStriding(double rate)
{
    if (!canStride() || rate == 0.0 || !std::isfinite(rate))
        return;
    if (m_state == State::Idle || m_state == State::Opening || m_state == State::Failed)
        return;
    if (m_state == State::Ended && rate > 0)
        return; // nothing ahead
    const qint64 positionMs = m_state == State::Ended ? duration() : m_positionMs;
    m_pendingStart.reset();
    m_resumeFromBuffer = false;
    m_resumePending = false;
    m_widget->holdFrameUntilNext(); // the last picture until the first key frame
    m_startPlayerAtOnce = true; // key frames come at their own pace: no buffering time
    prepareBuffer(double(positionMs) / 1000.0, true);
    m_widget->setBuffering(-1); // key frames trickle in at the stride's pace: no "Buffering N%"
    m_strideRetimer.start(rate);
    setStrideRate(rate);
    // The session stops the current play first (StopPlaying; its acknowledgement is ours to
    // swallow, as after stopSessionPlay()), then sends StartStriding.
    m_session->startStriding(rate, double(positionMs) / 1000.0);
    if (m_session->state() == MmsSession::State::Stopping)
        m_stopRequested = true;
    qCDebug(lcMmsBuffer) << "striding at" << rate << "from" << positionMs << "ms";
}

void PlaybackController::returnToNormalPlay(qint64 positionMs)
{
    // As a seek: StopPlaying, then StartPlaying where the stride got to, on a new buffer.
    positionMs = qBound<qint64>(0, positionMs, qMax<qint64>(duration(), 0));
    setStrideRate(0.0);
    m_resumeMs = positionMs;
    m_positionMs = positionMs;
    emit positionChanged(positionMs);
    m_widget->holdFrameUntilNext();
    m_resumePending = false;
    m_startPlayerAtOnce = true;
    stopSessionPlay();
    discardBuffer();
    m_pendingStart = double(positionMs) / 1000.0;
    setState(State::Buffering);
    startPendingIfReady();
}

bool PlaybackController::handleStrideEnd(quint32 hr)
{
    if (m_strideRate == 0.0 || hr != mms::Hresult::Ok)
        return false;
    if (m_strideRate < 0) {
        // Rewound to the first key frame: play on normally from the start.
        returnToNormalPlay(0);
        return true;
    }
    // Fast-forward reached the end: the content ended, as after a normal play.
    setStrideRate(0.0);
    return false;
}

void PlaybackController::handleStridePacket(QByteArray &packet)
{
    if (!m_strideRetimer.retime(packet))
        qCDebug(lcMmsBuffer) << "stride packet not retimed";
    // The position is where the stride has got to in the content (send time scale, as
    // MmsSession::resumePosition()).
    m_positionMs = qint64(m_strideRetimer.lastSendTime());
    emit positionChanged(m_positionMs);
}
