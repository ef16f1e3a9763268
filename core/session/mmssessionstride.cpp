// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26, 3.1.4.2; notes §6.9,
// §7.11). Over HTTP ([MS-WMSP]) the same flow sends a Play with a Pragma rate (MmshTransport).
#include "core/mmsh/httphead.h"
#include "core/mmsh/mmshpragma.h"
#include "core/session/hresulttext.h"
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
    // StartPlaying (sendStartPlaying() hands over to sendStartStriding()).
    d->m_strideRequest = rate;
    d->m_resumingPlay = false;
    d->m_dropUpTo.reset();
    d->m_reconnectAttempt = 0;
    d->m_startLocationId = 0xFFFFFFFF;
    d->startPlaying(qMax(0.0, positionSeconds));
}

void MmsSessionPrivate::sendStartStriding()
{
    mms::StartStriding message;
    message.openFileId = m_info.openFileId;
    message.padding = 0;
    message.position = m_startPosition; // seconds, as StartPlaying (2.2.4.26)
    message.asfOffset = 0xFFFFFFFF;
    message.locationId = 0xFFFFFFFF;
    message.frameOffset = 0; // SHOULD 0
    message.playIncarnation = nextPlayIncarnation(); // 3.1.1: PlayIncarnation, as StartPlaying
    message.rate = *m_strideRequest;
    m_strideRequest.reset();
    m_strideSentRate = message.rate;
    m_playIncarnation = quint8(message.playIncarnation);
    m_lastLocation.reset();
    m_lastPacket.clear();
    m_dropUpTo.reset();
    send(message);
    // m_startSent: the play flow treats it as any start (a StopPlaying meanwhile, a stray
    // Data packet before the report).
    m_startSent = true;
    m_strideSent = true;
    m_playPackets = 0;
    m_playBytes = 0;
    m_playClock.start();
    m_playLogged = false;
}

void MmsSessionPrivate::onStartStriding(const mms::ReportStartStriding &m)
{
    m_startSent = false;
    m_strideSent = false;
    if (mms::Hresult::isFailure(m.hr)) {
        // A refusal (NS_E_STRIDE_REFUSED, E_INVALIDARG) ends only this request: the file stays
        // open and Ready, and the caller may play normally.
        qCWarning(lcMmsSession).noquote()
            << QStringLiteral("the server refused StartStriding at %1x: %2 (0x%3)")
                   .arg(m_strideSentRate)
                   .arg(describeHresult(m.hr))
                   .arg(m.hr, 8, 16, QLatin1Char('0'));
        m_strideRate = 0.0;
        m_playLogged = true;
        if (m_state == State::Starting)
            setState(State::Ready);
        return;
    }
    // MS-MMSP 2.2.4.11: the incarnation is copied from StartStriding; Data packets carry it.
    if (quint8(m.playIncarnation) != m_playIncarnation) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStartStriding carries incarnation %1, StartStriding sent %2")
                .arg(m.playIncarnation)
                .arg(m_playIncarnation));
        return;
    }
    m_strideRate = m_strideSentRate;
    if (m_state != State::Starting)
        return; // stopped meanwhile: its ReportEndOfStream follows
    setState(State::Streaming);
    emit q->stridingStarted(m_strideRate);
}

// [MS-WMSP]: the Play response to a Play with a rate. A server that cannot stride the content at
// that rate plays it at 1 and says so (Pragma rate=1.000000, as mms-serve does): then this is a
// normal play, as if startPlaying() had been called; otherwise the stride runs.
void MmsSessionPrivate::httpStrideStarted(const mms::HttpHead &head)
{
    m_strideSent = false;
    std::optional<double> granted;
    for (const QByteArray &line : head.values("Pragma")) {
        const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({line});
        if (pragma.ok() && !pragma.value.rate.isEmpty())
            granted = pragma.value.rateValue();
    }
    const bool refused = granted && *granted != m_strideSentRate;
    m_reconnectAttempt = 0;
    if (refused) {
        qCWarning(lcMmsSession).noquote()
            << QStringLiteral("the server plays at %1x instead of the %2x asked for")
                   .arg(*granted)
                   .arg(m_strideSentRate);
        m_strideRate = 0.0;
    } else {
        m_strideRate = m_strideSentRate;
    }
    if (m_state != State::Starting)
        return; // stopped meanwhile
    setState(State::Streaming);
    if (refused)
        emit q->startedPlaying();
    else
        emit q->stridingStarted(m_strideRate);
}
