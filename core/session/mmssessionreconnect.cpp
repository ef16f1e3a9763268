// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5: reconnecting after the connection drops while playing.
//
// MS-MMSP has no resume message: the spec client's answer to a lost TCP connection is a new
// session (3.1.7: the session ends with the connection). A new connection runs the whole
// sequence again with the same player GUID (3.1.4.1.1), then StartPlaying picks up where the old
// play stopped, using the locationId of the next packet as the OSS clients do when they seek by
// packet (notes §6.8, §9.3). Live content cannot be resumed, only rejoined (notes §9.7).
#include "core/session/mmssession_p.h"

// Server-side playlists: the spec cannot name an entry on a new connection, so the OpenFile name
// carries our extension (mms::PlaylistEntryQuery) and the locationId then counts inside that entry.
// A drop while Ready (paused) is only noted; the next startPlaying() reconnects first.
#include "core/asf/asfpacket.h"
#include "core/protocol/mmsconstants.h"

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
    scheduleReconnectAttempt();
    return true;
}

void MmsSessionPrivate::scheduleReconnectAttempt()
{
    if (m_reconnectAttempt >= m_maxReconnects) {
        const int attempts = m_reconnectAttempt;
        failNow(Error::ConnectionLost, 0,
            MmsSession::tr("the connection was lost and %1 reconnect attempts failed; the last "
                           "one: %2")
                .arg(attempts)
                .arg(m_reconnectReason));
        return;
    }
    ++m_reconnectAttempt;
    qCWarning(lcMmsSession).noquote()
        << "connection lost (" << m_reconnectReason << "); reconnect attempt" << m_reconnectAttempt
        << "of" << m_maxReconnects;
    // A short back-off that grows with each attempt: a server that just restarted gets a moment.
    m_reconnectTimer.start(m_reconnectDelayMs * m_reconnectAttempt);
    setState(State::Connecting);
    updateTimers(); // no timeout while waiting for the attempt
    emit q->reconnecting(m_reconnectAttempt, m_maxReconnects);
}

bool MmsSessionPrivate::planResume()
{
    const bool seeking = m_state == State::Stopping && m_restartPosition.has_value();
    const bool playing = m_state == State::Streaming
            || (m_state == State::Starting && (m_startSent || m_startAfterSwitch))
            || (m_state == State::ReadingHeader && m_streamChangeHeader) || seeking;
    if (!playing)
        return false;
    // While a playlist's next header was arriving the old entry's header is no longer the
    // content: the new connection's (the next entry's) is new to consumers either way.
    m_resumeHeaderBytes = m_streamChangeHeader ? QByteArray() : m_headerBytes;
    m_resumePlay = true;
    m_resumeLocation = 0xFFFFFFFF;
    m_dropUpTo.reset();
    m_resumeContinues = true;
    // Notes §9.7: broadcasts have no positions and simply rejoin. A server-side playlist entry
    // resumes like a file: the OpenFile of the new connection names the entry (openFileName).
    m_resumeLive = m_info.broadcast || m_header.file.broadcast;
    if (m_resumeLive) {
        m_resumePosition = 0.0;
    } else if (seeking) {
        m_resumePosition = *m_restartPosition; // the seek the user asked for, on the new connection
    } else if (m_lastLocation) {
        // Notes §9.3: the next packet by locationId is exact; the last packet's send time is the
        // position for a server that ignores locationId. Anything it sends again is dropped.
        m_resumeLocation = *m_lastLocation + 1;
        m_dropUpTo = m_lastLocation;
        m_resumePosition = lastDeliveredTime().value_or(m_startPosition);
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
    if (!sameHeader && !m_resumeHeaderBytes.isEmpty())
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
    // A play after a drop while paused that the caller sent elsewhere is a new play, not a
    // resumed one: no duplicate filter, no resumed().
    m_resumingPlay = sameHeader && m_resumeContinues;
    if (!sameHeader)
        m_dropUpTo.reset();
    m_startLocationId = m_resumingPlay ? m_resumeLocation : 0xFFFFFFFF;
    startPlaying(sameHeader ? m_resumePosition : 0.0);
}

bool MmsSessionPrivate::dropAsDuplicate(quint32 locationId) const
{
    return m_resumingPlay && m_dropUpTo && locationId <= *m_dropUpTo;
}

std::optional<double> MmsSessionPrivate::lastDeliveredTime() const
{
    if (!m_lastLocation)
        return std::nullopt;
    // ASF 5.2.2: the packet's send time, in ms; the header's packet size padded it.
    const asf::PacketParseResult parsed = asf::parsePacket(m_lastPacket, m_header.packetSize());
    if (!parsed.ok())
        return std::nullopt;
    return parsed.info.sendTime / 1000.0;
}

bool MmsSessionPrivate::noteDropWhilePaused(Error error, const QString &detail)
{
    // Ready with a header: paused (or stopped, or not started yet). Nothing is lost while nothing
    // plays, so the drop is not an error yet: the next startPlaying() reconnects first, and only
    // if that fails is it reported. Reconnect attempts themselves never come here (not Ready).
    if (m_state != State::Ready || m_reconnectAttempt > 0 || m_pausedDrop || m_headerBytes.isEmpty()
        || m_maxReconnects <= 0 || !isTransportError(error))
        return false;
    qCInfo(lcMmsSession).noquote()
        << "connection lost while paused (" << detail << "); reconnecting at the next play";
    m_reconnectReason = detail;
    quietAbort();
    m_pausedDrop = true;
    updateTimers(); // no keep-alive without a connection
    return true;
}

void MmsSessionPrivate::reconnectAfterPause(double position)
{
    // The same GUID and rules as a drop while playing (reconnectFor); the plan differs only in
    // where the play starts: where the caller asks, and when that is the send time of the last
    // packet delivered (resumePosition()), at the packet after it, as after a drop while playing.
    m_pausedDrop = false;
    m_resumeHeaderBytes = m_headerBytes;
    m_resumePlay = true;
    m_resumeLocation = 0xFFFFFFFF;
    m_dropUpTo.reset();
    m_resumeLive = m_info.broadcast || m_header.file.broadcast;
    const std::optional<double> last = lastDeliveredTime();
    const bool continues = !m_resumeLive && last && position == *last;
    if (continues) {
        m_resumeLocation = *m_lastLocation + 1;
        m_dropUpTo = m_lastLocation;
    }
    m_resumeContinues = m_resumeLive || continues;
    m_resumePosition = m_resumeLive ? 0.0 : qMax(0.0, position);
    m_reconnectAttempt = 0;
    scheduleReconnectAttempt();
}

QString MmsSessionPrivate::openFileName() const
{
    // Our extension (mms::PlaylistEntryQuery): only on a reconnect inside a server-side playlist
    // past its first entry; a first OpenFile, and any other, is the name as the URL gave it.
    if (m_reconnectAttempt == 0 || m_playlistEntry == 0 || m_resumeLive)
        return m_target.fileName;
    const QChar separator =
        m_target.fileName.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return m_target.fileName + separator + QLatin1String(mms::PlaylistEntryQuery) + QLatin1Char('=')
        + QString::number(m_playlistEntry);
}
