// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 2: what the client asks for (stream choice, start, stop, close) and the
// messages that carry it.
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

void MmsSessionPrivate::sendStreamSwitch(bool fullList)
{
    const QSet<int> on(m_selected.cbegin(), m_selected.cend());
    mms::StreamSwitch message;
    for (const asf::Stream &s : std::as_const(m_header.streams)) {
        const bool wantOn = on.contains(s.number);
        if (!fullList && wantOn == m_serverOn.contains(s.number))
            continue;
        // Notes §6.7: {0xFFFF, N, 0} turns N on. Off is {0xFFFF, N, 2} ("send nothing for the
        // destination stream"): the spec's own thinning table, and the form servers are known to
        // honour; its alternative {N, 0xFFFF} contradicts that table.
        message.entries.append({ mms::NoStream, quint16(s.number),
                                 quint16(wantOn ? mms::ThinningLevel::All
                                                : mms::ThinningLevel::Nothing) });
    }
    if (message.entries.isEmpty())
        return;
    send(message);
    m_serverOn = on;
    m_needFullSwitch = false;
    m_switchPending = true;
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

void MmsSessionPrivate::sendStartPlaying()
{
    if (m_strideRequest) {
        sendStartStriding(); // startStriding(): the play flow is the same up to here
        return;
    }
    m_strideRate = 0.0;
    mms::StartPlaying message;
    message.openFileId = m_info.openFileId;
    message.padding = 0;
    message.position = m_startPosition; // seconds of presentation time (MS-MMSP 2.2.4.25)
    message.asfOffset = 0xFFFFFFFF; // unused
    // Unused, except when a reconnect resumes at the packet after the last one delivered: then
    // the server starts there (notes §6.8: locationId takes precedence) and `position` is that
    // packet's send time for a server that only reads the position.
    message.locationId = m_startLocationId;
    m_startLocationId = 0xFFFFFFFF;
    message.frameOffset = 0; // play to the end
    message.playIncarnation = nextPlayIncarnation();
    // MS-MMSP 3.1.4.2.1: Fast Start fields SHOULD be sent to servers of major version 9 and up.
    // We ask for the preroll's worth of content at ten times the selected streams' bit rate: a
    // demuxer waits for about the preroll before its first frame (platform notes), so start-up
    // takes about a tenth of the preroll (measured in docs/benchmarks.md §3: 4x gave 0.98 s,
    // 10x 0.46 s for a 3.1 s preroll). The server never sends faster than we read, so a slower
    // link just takes the burst more slowly. No dwLinkBandwidth: we never measured the link.
    if (m_fastStart && m_serverMajor >= 9 && m_header.file.preroll > 0) {
        quint64 rate = 0;
        bool unknown = false;
        for (int n : std::as_const(m_selected)) {
            const asf::Stream *s = m_header.stream(n);
            if (s && s->bitrate > 0)
                rate += s->bitrate;
            else
                unknown = true;
        }
        // A stream without a bit rate (FFmpeg writes none for video) must not shrink the burst
        // below the content's own rate: then the file's bit rate is the better estimate.
        if (unknown || rate == 0)
            rate = qMax<quint64>(rate, qMax<quint64>(m_info.bitrate, m_header.file.maxBitrate));
        if (rate > 0) {
            message.accelBandwidth = quint32(qMin<quint64>(rate * FastStartFactor, std::numeric_limits<quint32>::max()));
            message.accelDuration = quint32(qMin<quint64>(m_header.file.preroll, std::numeric_limits<quint32>::max()));
        }
    }
    m_playIncarnation = quint8(message.playIncarnation);
    if (!m_resumingPlay) {
        m_lastLocation.reset();
        m_lastPacket.clear();
        m_dropUpTo.reset();
    }
    send(message);
    m_startSent = true;
    m_playPackets = 0;
    m_playBytes = 0;
    m_playClock.start();
    m_playLogged = false;
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
