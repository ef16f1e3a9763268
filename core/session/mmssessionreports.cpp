// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate: what a wire reports (MmstTransport's handlers of the server's MS-MMSP
// messages, MmshTransport's reading of HTTP responses and $-packets), in the state machine's
// terms (../shared/docs/transports.md): the session's part of each, the same whichever wire and
// message carried it, so the signals come in the same order over both.
#include "core/session/mmssession_p.h"

void MmsSessionPrivate::serverAnswered()
{
    // The server answered in the wire's own language: this connection stays on it.
    m_rolloverArmed = false;
    m_rolloverTimer.stop();
}

void MmsSessionPrivate::serverConnected(const QString &version)
{
    m_serverVersion = version;
    // MS-MMSP 3.1.5.3: the major version decides Fast Start and end-of-stream handling.
    m_serverMajor = m_serverVersion.section(QLatin1Char('.'), 0, 0).toInt();
    emit q->connected(m_serverVersion);
}

void MmsSessionPrivate::fileOpened(const MmsFileInfo &info)
{
    m_info = info;
    m_fileOpen = true;
    // Over HTTP a playlist's next entry is described again; it is no new file for the caller.
    if (!m_streamChangeHeader)
        emit q->fileOpened(m_info);
}

void MmsSessionPrivate::redirect(const QString &location)
{
    if (m_redirects >= MaxRedirects) {
        fail(Error::TooManyRedirects, 0,
            MmsSession::tr("more than %1 redirects; the last one pointed to %2")
                .arg(MaxRedirects)
                .arg(location));
        return;
    }
    const QUrl next = m_url.resolved(QUrl(location, QUrl::TolerantMode));
    const MmsUrl target = parseMmsUrl(next, true);
    if (!target.valid) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("redirect to an unusable location \"%1\": %2")
                .arg(location, target.error));
        return;
    }
    ++m_redirects;
    m_url = next;
    m_target = target;
    m_transport = MmsSession::Transport::None; // the new URL's scheme chooses the wire again
    m_rolloverReason.clear();
    emit q->redirected(next);
    if (m_state != State::OpeningFile && m_state != State::ReadingHeader)
        return; // a slot took over
    // MS-MMSP 3.1.5.7: close, re-initialise and start again with Connect (same GUID).
    quietAbort();
    connectToTarget();
}

void MmsSessionPrivate::playSent(bool continuesLastPlay)
{
    if (!continuesLastPlay) {
        m_lastLocation.reset();
        m_lastPacket.clear();
        m_dropUpTo.reset();
    }
    m_startSent = true;
    m_playPackets = 0;
    m_playBytes = 0;
    m_playClock.start();
    m_playLogged = false;
}

void MmsSessionPrivate::playStarted()
{
    m_startSent = false;
    if (m_state == State::Starting)
        setState(State::Streaming);
    const bool resumed = m_reconnectAttempt > 0 && m_resumingPlay;
    m_reconnectAttempt = 0; // a play runs on the new connection: the reconnect succeeded
    emit q->startedPlaying();
    if (resumed && m_state == State::Streaming)
        emit q->resumed(m_startPosition);
}

void MmsSessionPrivate::strideRefused()
{
    m_strideRate = 0.0;
    m_playLogged = true;
    if (m_state == State::Starting)
        setState(State::Ready);
}

void MmsSessionPrivate::stridingStarted(double rate)
{
    m_strideRate = rate;
    if (m_state != State::Starting)
        return; // stopped meanwhile: its end of stream follows
    setState(State::Streaming);
    emit q->stridingStarted(m_strideRate);
}

void MmsSessionPrivate::dataPacket(const mms::DataPacket &packet)
{
    if (m_state != State::Streaming || m_awaitingStreamChange) {
        qCDebug(lcMmsSession) << "dropping Data packet" << packet.locationId
                              << "while not streaming";
        return;
    }
    handleMediaPacket(packet);
}

void MmsSessionPrivate::endOfStream(quint32 hr, bool connectionEnds)
{
    m_startSent = false;
    if (m_stopSent) {
        // Our stop's acknowledgement.
        m_stopSent = false;
        setState(State::Ready);
        emit q->endOfStream(hr);
        if (m_state != State::Ready)
            return;
        if (m_closeAfterStop) {
            m_closeAfterStop = false;
            sendCloseFile();
        } else if (m_restartPosition) {
            const double position = *m_restartPosition;
            m_restartPosition.reset();
            startPlaying(position);
        }
        return;
    }
    sendLogging(); // the server ended the play: log it
    if (connectionEnds)
        quietAbort();
    setState(State::Ready);
    emit q->endOfStream(hr);
    if (m_state == State::Ready && m_closeAfterStop) {
        m_closeAfterStop = false;
        sendCloseFile();
    }
}

void MmsSessionPrivate::entryEnded(quint32 hr)
{
    m_startSent = false;
    sendLogging(); // the entry's play is over: log it
    m_awaitingStreamChange = true;
    emit q->endOfStream(hr);
}

void MmsSessionPrivate::streamChanged()
{
    m_awaitingStreamChange = false;
    // The next entry's header follows; the old entry's stream choice no longer applies.
    m_streamChangeHeader = true;
    if (m_playlistEntry < quint32(mms::MaxPlaylistEntries))
        ++m_playlistEntry;
    m_resumingPlay = false;
    m_dropUpTo.reset();
    m_lastLocation.reset();
    m_explicitSelection.reset();
    setState(State::ReadingHeader);
    emit q->streamChanged();
}
