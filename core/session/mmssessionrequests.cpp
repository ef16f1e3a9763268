// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 2: what the client asks for (stream choice, start, stop, close); the
// wire's messages that carry it are the transport's.
#include "core/session/mmssession_p.h"

#include "core/session/playlog.h"

#include "mmsversion.h"

#include <algorithm>
#include <limits>

QList<int> MmsSessionPrivate::validStreams(const QList<int> &numbers) const
{
    QList<int> valid;
    for (int n : numbers) {
        if (m_header.stream(n) && !valid.contains(n))
            valid.append(n);
        else if (!m_header.stream(n))
            qCWarning(lcMmsSession) << "ignoring stream" << n << "which the header does not have";
    }
    std::sort(valid.begin(), valid.end());
    return valid;
}

void MmsSessionPrivate::selectStreams(const QList<int> &numbers)
{
    m_explicitSelection = numbers;
    if (m_headerBytes.isEmpty())
        return; // applied when the header arrives
    m_selected = validStreams(numbers);
    wire()->streamsChanged();
}

bool MmsSessionPrivate::reconnectingBeforeHeader() const
{
    return m_reconnectAttempt > 0
            && (m_state == State::Connecting || m_state == State::OpeningFile
                || (m_state == State::ReadingHeader && !m_streamChangeHeader));
}

void MmsSessionPrivate::requestStart(double position)
{
    if (m_pausedDrop && m_state == State::Ready) {
        reconnectAfterPause(position); // the play starts once the new connection has the header
        return;
    }
    if (reconnectingBeforeHeader()) {
        // The new connection is not ready yet: the play starts there once the header is in.
        m_resumePlay = true;
        m_resumePosition = position;
        m_resumeLocation = 0xFFFFFFFF;
        m_dropUpTo.reset();
        return;
    }
    // A play the caller asks for is not a resumed one, and ends any reconnect still pending.
    m_resumingPlay = false;
    m_dropUpTo.reset();
    m_reconnectAttempt = 0;
    m_startLocationId = 0xFFFFFFFF;
    // Play after Pause at resumePosition() (the send time of the last packet delivered) goes on
    // at the packet after it, as VLC resumes by packet (notes §9.4): nothing repeated, no gap.
    const std::optional<double> last = lastDeliveredTime();
    if (m_state == State::Ready && last && position == *last && !m_info.broadcast
        && !m_header.file.broadcast) {
        m_resumingPlay = true;
        m_dropUpTo = m_lastLocation;
        m_startLocationId = *m_lastLocation + 1;
    }
    startPlaying(position);
}

void MmsSessionPrivate::requestStop()
{
    if (reconnectingBeforeHeader()) {
        m_resumePlay = false; // the new connection stops at Ready
        return;
    }
    m_resumingPlay = false;
    m_reconnectAttempt = 0;
    stopPlaying();
}

void MmsSessionPrivate::startPlaying(double position)
{
    switch (m_state) {
    case State::Ready:
        break;
    case State::Starting:
        if (!m_startSent) {
            m_startPosition = position; // StartPlaying still waits for ReportStreamSwitch
            m_startAfterSwitch = true;
            return;
        }
        Q_FALLTHROUGH();
    case State::Streaming:
        // Notes §9.3: the spec way to seek is StopPlaying, wait for ReportEndOfStream, then
        // StartPlaying with a new incarnation.
        m_restartPosition = position;
        stopPlaying();
        return;
    case State::Stopping:
        m_restartPosition = position;
        return;
    default:
        qCWarning(lcMmsSession) << "startPlaying() ignored: no file is ready";
        return;
    }
    if (m_selected.isEmpty()) {
        fail(Error::NoStreams, 0,
            m_explicitSelection ? MmsSession::tr("none of the requested streams is in the file")
                                : MmsSession::tr("the file has no audio or video stream"));
        return;
    }
    if (position > 0.0 && (m_info.broadcast || m_header.file.broadcast)) {
        // Notes §9.7: a broadcast has no positions; every play joins the live point.
        qCWarning(lcMmsSession) << "startPlaying(" << position << ") on a broadcast: position ignored";
        position = 0.0;
    }
    m_startPosition = qMax(0.0, position);
    m_restartPosition.reset();
    setState(State::Starting);
    wire()->startPlay();
}

void MmsSessionPrivate::stopPlaying()
{
    if (m_state == State::Starting && !m_startSent) {
        m_startAfterSwitch = false; // nothing started yet; Ready once ReportStreamSwitch arrives
        return;
    }
    if (m_state != State::Streaming && m_state != State::Starting)
        return;
    if (m_awaitingStreamChange) {
        qCDebug(lcMmsSession) << "stopPlaying() while the server changes playlist entry: ignored";
        return;
    }
    wire()->stop();
}

PlayRecord MmsSessionPrivate::playRecord() const
{
    PlayRecord play;
    play.url = m_url;
    play.userAgent = QByteArray(PlayerToken) + " mmsplayer/" MMSPLAYER_VERSION;
    play.clientVersion = packVersion(QString::fromLatin1(PlayerToken).section(QLatin1Char('/'), 1));
    play.playerId = m_playerId;
    play.file = m_info;
    play.header = &m_header;
    play.selectedStreams = m_selected;
    play.startSeconds = m_startPosition;
    play.playedMs = m_playClock.isValid() ? quint32(qMin<qint64>(m_playClock.elapsed(), 0x7FFFFFFF)) : 0;
    play.bytesReceived = m_playBytes;
    play.packetsReceived = quint32(qMin<quint64>(m_playPackets, 0xFFFFFFFF));
    return play;
}

void MmsSessionPrivate::sendLogging()
{
    if (m_playLogged)
        return;
    m_playLogged = true;
    wire()->sendLog();
}

void MmsSessionPrivate::sendCloseFile()
{
    wire()->closeFile();
}

void MmsSessionPrivate::close()
{
    m_restartPosition.reset();
    switch (m_state) {
    case State::Idle:
    case State::Closed:
    case State::Failed:
    case State::Closing:
        return;
    case State::Connecting:
    case State::OpeningFile:
        finishClosed(); // no file open yet: nothing to say goodbye to
        return;
    case State::ReadingHeader:
    case State::Ready:
        if (m_fileOpen && !m_pausedDrop)
            sendCloseFile();
        else
            finishClosed();
        return;
    case State::Starting:
    case State::Streaming:
        if (m_startSent || (m_state == State::Streaming && !m_awaitingStreamChange)) {
            m_closeAfterStop = true;
            stopPlaying();
        } else {
            sendCloseFile();
        }
        return;
    case State::Stopping:
        m_closeAfterStop = true;
        return;
    }
}

void MmsSessionPrivate::abort()
{
    if (m_state == State::Idle || m_state == State::Closed || m_state == State::Failed) {
        quietAbort();
        return;
    }
    finishClosed();
}
