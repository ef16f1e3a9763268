// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5: reconnecting after the connection drops while playing.
//
// MS-MMSP has no resume message: the spec client's answer to a lost TCP connection is a new
// session (3.1.7: the session ends with the connection). A new connection runs the whole
// sequence again with the same player GUID (3.1.4.1.1), then StartPlaying picks up where the old
// play stopped, using the locationId of the next packet as the OSS clients do when they seek by
// packet (notes §6.8, §9.3). Live content cannot be resumed, only rejoined (notes §9.7).
#include "core/session/mmssession_p.h"

#include "core/asf/asfpacket.h"

bool MmsSessionPrivate::isTransportError(Error error)
{
    switch (error) {
    case Error::ConnectionLost:
    case Error::Timeout:
    case Error::ConnectionRefused:
    case Error::HostNotFound:
        return true;
    default:
        // A server that answers with an error, or sends bytes we cannot accept, would do the
        // same again: reconnecting would only hide the real problem.
        return false;
    }
}

bool MmsSessionPrivate::reconnectFor(Error error, const QString &detail)
{
    if (m_maxReconnects <= 0 || !isTransportError(error))
        return false;
    if (m_reconnectAttempt == 0 && !planResume())
        return false; // not playing: the error ends the session as before
    m_reconnectReason = detail;
    quietAbort();
    if (m_reconnectAttempt >= m_maxReconnects) {
        const int attempts = m_reconnectAttempt;
        failNow(Error::ConnectionLost, 0,
            MmsSession::tr("the connection was lost and %1 reconnect attempts failed; the last "
                           "one: %2")
                .arg(attempts)
                .arg(detail));
        return true;
    }
    ++m_reconnectAttempt;
    qCWarning(lcMmsSession).noquote() << "connection lost (" << detail << "); reconnect attempt"
                                      << m_reconnectAttempt << "of" << m_maxReconnects;
    // A short back-off that grows with each attempt: a server that just restarted gets a moment.
    m_reconnectTimer.start(m_reconnectDelayMs * m_reconnectAttempt);
    setState(State::Connecting);
    updateTimers(); // no timeout while waiting for the attempt
    emit q->reconnecting(m_reconnectAttempt, m_maxReconnects);
    return true;
}

bool MmsSessionPrivate::planResume()
{
    const bool seeking = m_state == State::Stopping && m_restartPosition.has_value();
    const bool playing = m_state == State::Streaming
            || (m_state == State::Starting && (m_startSent || m_startAfterSwitch))
            || (m_state == State::ReadingHeader && m_streamChangeHeader) || seeking;
    if (!playing)
        return false;
    m_resumeHeaderBytes = m_headerBytes;
    m_resumePlay = true;
    m_resumeLocation = 0xFFFFFFFF;
    m_dropUpTo.reset();
    // Notes §9.7: broadcasts have no positions; a server-side playlist numbers packets per entry
    // and would start again from its first entry anyway, so both simply rejoin.
    m_resumeLive = m_info.broadcast || m_header.file.broadcast || m_playlist
            || (m_info.attributes & mms::FileAttribute::Playlist) != 0;
    if (m_resumeLive) {
        m_resumePosition = 0.0;
    } else if (seeking) {
        m_resumePosition = *m_restartPosition; // the seek the user asked for, on the new connection
    } else if (m_lastLocation) {
        // Notes §9.3: the next packet by locationId is exact; the last packet's send time is the
        // position for a server that ignores locationId. Anything it sends again is dropped.
        m_resumeLocation = *m_lastLocation + 1;
        m_dropUpTo = m_lastLocation;
        const asf::PacketParseResult parsed = asf::parsePacket(m_lastPacket, m_header.packetSize());
        m_resumePosition = parsed.ok() ? parsed.info.sendTime / 1000.0 : m_startPosition;
    } else {
        m_resumePosition = m_startPosition; // nothing delivered yet: the same start again
    }
    return true;
}

void MmsSessionPrivate::startReconnectAttempt()
{
    qCDebug(lcMmsSession) << "reconnect attempt" << m_reconnectAttempt << "after:" << m_reconnectReason;
    connectToTarget();
}

void MmsSessionPrivate::cancelReconnect()
{
    m_reconnectTimer.stop();
    m_reconnectAttempt = 0;
    m_resumePlay = false;
}

bool MmsSessionPrivate::resumeAfterHeader()
{
    // The new connection's header is in place. The same bytes: consumers already have it, so
    // headerReceived is not repeated. Different bytes: new content (the file was replaced);
    // then, as after a stream change, headerReceived goes out and the play starts from 0.
    const bool sameHeader = m_headerBytes == m_resumeHeaderBytes;
    if (!sameHeader)
        qCWarning(lcMmsSession) << "the header changed across the reconnect: new content, played"
                                   " from its start";
    return sameHeader;
}

void MmsSessionPrivate::finishResume(bool sameHeader)
{
    emit q->reconnected();
    if (m_state != State::Ready || !m_resumePlay) {
        // A slot took over (close(), startPlaying()), or stopPlaying() came meanwhile: then we
        // stay Ready, as if paused. Either way the connection is back.
        m_reconnectAttempt = 0;
        m_resumePlay = false;
        return;
    }
    m_resumePlay = false;
    m_resumingPlay = sameHeader;
    if (!sameHeader)
        m_dropUpTo.reset();
    m_startLocationId = sameHeader ? m_resumeLocation : 0xFFFFFFFF;
    startPlaying(sameHeader ? m_resumePosition : 0.0);
}

bool MmsSessionPrivate::dropAsDuplicate(quint32 locationId) const
{
    return m_resumingPlay && m_dropUpTo && locationId <= *m_dropUpTo;
}
