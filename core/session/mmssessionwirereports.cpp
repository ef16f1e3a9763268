// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate: what the HTTP wire (MmshTransport) reports, in the state machine's terms
// (../shared/docs/transports.md). The transport decides what its bytes mean; these decide what
// that means for the session's states and signals, in the order the tests expect.
#include "core/session/mmssession_p.h"

void MmsSessionPrivate::serverConnected(const QString &version)
{
    m_serverVersion = version;
    m_serverMajor = m_serverVersion.section(QLatin1Char('.'), 0, 0).toInt();
    emit q->connected(m_serverVersion);
}

void MmsSessionPrivate::fileOpened()
{
    m_fileOpen = true;
    if (!m_streamChangeHeader)
        emit q->fileOpened(m_info);
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

void MmsSessionPrivate::dataPacket(const mms::DataPacket &packet)
{
    if (m_state != State::Streaming || m_awaitingStreamChange) {
        qCDebug(lcMmsSession) << "dropping $D packet" << packet.locationId << "while not streaming";
        return;
    }
    handleMediaPacket(packet);
}

void MmsSessionPrivate::endOfStream(quint32 hr, bool connectionEnds)
{
    sendLogging();
    if (hr == mms::Hresult::EndOfEntry) {
        // [MS-WMSP] 2.2.3.4: S_FALSE: a stream change and the next entry's header follow.
        m_awaitingStreamChange = true;
        emit q->endOfStream(hr);
        return;
    }
    if (connectionEnds)
        quietAbort();
    setState(State::Ready);
    emit q->endOfStream(hr);
    if (m_state == State::Ready && m_closeAfterStop) {
        m_closeAfterStop = false;
        sendCloseFile();
    }
}

void MmsSessionPrivate::streamChanged()
{
    m_awaitingStreamChange = false;
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
    m_transport = MmsSession::Transport::None; // the new URL's scheme chooses again
    m_rolloverReason.clear();
    emit q->redirected(next);
    if (m_state != State::OpeningFile && m_state != State::ReadingHeader)
        return; // a slot took over
    quietAbort();
    connectToTarget();
}
