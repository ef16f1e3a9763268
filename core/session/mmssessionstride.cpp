// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26, 3.1.4.2; notes §6.9,
// §7.11). Over HTTP ([MS-WMSP]) the same flow sends a Play with a Pragma rate (MmshTransport).
#include "core/session/mmssession_p.h"

#include <cmath>

bool MmsSession::canStride() const
{
    // The wire says whether striding exists on it (over HTTP: features="stridable").
    return d->m_fileOpen && (d->m_info.attributes & mms::FileAttribute::CanStride)
        && !d->m_info.broadcast && d->wire()->canStride();
}

double MmsSession::strideRate() const
{
    return d->m_state == State::Streaming || d->m_state == State::Starting ? d->m_strideRate : 0.0;
}

void MmsSession::startStriding(double rate, double positionSeconds)
{
    if (!canStride()) {
        qCWarning(lcMmsSession)
            << "startStriding() ignored: the server does not allow it for this file";
        return;
    }
    if (!std::isfinite(rate) || rate == 0.0) {
        qCWarning(lcMmsSession) << "startStriding() ignored: rate" << rate;
        return;
    }
    if (d->m_state != State::Ready && d->m_state != State::Starting
        && d->m_state != State::Streaming && d->m_state != State::Stopping) {
        qCWarning(lcMmsSession) << "startStriding() ignored: no file is ready";
        return;
    }
    // The same flow as a seek (notes §9.3): while streaming StopPlaying first, then, once
    // ReportEndOfStream acknowledged it, StartStriding with a new PlayIncarnation instead of
    // StartPlaying (MmstTransport::sendStartPlaying() hands over to sendStartStriding()).
    d->m_strideRequest = rate;
    d->m_resumingPlay = false;
    d->m_dropUpTo.reset();
    d->m_reconnectAttempt = 0;
    d->m_startLocationId = 0xFFFFFFFF;
    d->startPlaying(qMax(0.0, positionSeconds));
}
