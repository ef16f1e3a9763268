// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playbackcontroller.h"

#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/logging.h"
#include "core/protocol/mmsconstants.h"
#include "ui/errortext.h"
#include "ui/playerwidget.h"

#include <QMediaPlayer>

PlaybackController::PlaybackController(MmsSession *session, PlayerWidget *widget, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_widget(widget)
{
    connect(m_session, &MmsSession::headerReceived, this, &PlaybackController::handleHeader);
    connect(m_session, &MmsSession::stateChanged, this, &PlaybackController::handleSessionState);
    connect(m_session, &MmsSession::dataPacketReceived, this, &PlaybackController::handlePacket);
    connect(m_session, &MmsSession::endOfStream, this, &PlaybackController::handleEndOfStream);
    connect(m_session, &MmsSession::errorOccurred, this,
            &PlaybackController::handleSessionError);
    QMediaPlayer *player = m_widget->player();
    connect(player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) { handleMediaStatus(int(status)); });
    connect(player, &QMediaPlayer::positionChanged, this,
            &PlaybackController::handlePlayerPosition);
}

PlaybackController::~PlaybackController()
{
    discardBuffer();
}

bool PlaybackController::isSeekable() const
{
    return !m_header.file.broadcast && duration() > 0
            && (m_header.file.seekable || m_session->fileInfo().seekable);
}

qint64 PlaybackController::duration() const
{
    return m_header.file.broadcast ? 0 : qint64(m_header.durationSeconds() * 1000.0);
}

qint64 PlaybackController::position() const
{
    return m_positionMs;
}

void PlaybackController::setBufferLimits(qint64 capacity, qint64 highWatermark,
                                         qint64 lowWatermark)
{
    m_capacity = capacity;
    m_highWatermark = highWatermark;
    m_lowWatermark = lowWatermark;
}

void PlaybackController::open(const QUrl &url)
{
    discardBuffer();
    m_session->abort();
    m_url = url;
    m_header = asf::Header();
    m_headerBytes.clear();
    m_errorText.clear();
    m_stopRequested = false;
    m_pendingStart.reset();
    m_resumeFromBuffer = false;
    m_resumePending = false;
    m_startPlayerAtOnce = false;
    m_widget->releaseHeldFrame();
    m_autoPlay = true; // play as soon as the header is in
    m_resumeMs = 0;
    m_positionMs = 0;
    setStrideRate(0.0);
    emit strideAvailableChanged(false);
    m_widget->showError(QString());
    m_widget->setTitle(QString(), QString());
    m_widget->setBuffering(-1);
    setState(State::Opening);
    emit positionChanged(0);
    m_session->open(url);
}

void PlaybackController::play()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::Failed:
        if (m_url.isValid())
            open(m_url);
        return;
    case State::Opening:
        return;
    case State::Buffering:
    case State::Playing:
        if (m_strideRate != 0.0)
            returnToNormalPlay(m_positionMs); // Play after fast-forward or rewind
        return;
    case State::Paused:
        if (m_resumeFromBuffer && m_buffer) {
            // The player still has the buffered content: it plays on at once, and the session
            // asks for what follows it.
            m_resumeFromBuffer = false;
            if (m_playerStarted) {
                m_widget->player()->play();
                setState(m_widget->player()->mediaStatus() == QMediaPlayer::BufferedMedia
                        ? State::Playing
                        : State::Buffering);
            } else {
                setState(State::Buffering);
                if (m_startPlayerAtOnce) { // a seek within the buffer while paused
                    m_startPlayerAtOnce = false;
                    startPlayer();
                }
            }
            // After ReportEndOfStream the buffer has the whole rest of the content.
            m_resumePending = !m_buffer->isFinished();
            resumeSessionIfReady();
            return;
        }
        m_pendingStart = double(m_resumeMs) / 1000.0;
        break;
    case State::Stopped:
        m_pendingStart = double(m_resumeMs) / 1000.0;
        break;
    case State::Ended:
        m_pendingStart = 0.0;
        break;
    }
    setState(State::Buffering);
    startPendingIfReady();
}

void PlaybackController::pause()
{
    if (m_state != State::Playing && m_state != State::Buffering)
        return;
    if (isLive() || m_session->fileInfo().broadcast) {
        // A broadcast cannot resume where it paused (notes §9.7): Play joins the live point.
        stop();
        return;
    }
    // Pausing the player first: it reports its final position while doing so. Paused, not
    // stopped: the pipeline keeps what it has decoded and queued, and the last picture.
    m_widget->player()->pause();
    m_resumeMs = m_positionMs;
    // A seek whose StartPlaying has not gone out yet has a new, empty buffer: Play starts it.
    // A stride's buffer has key frames only: Play starts a normal play where it got to.
    m_resumeFromBuffer = m_buffer && !m_pendingStart && m_strideRate == 0.0;
    setStrideRate(0.0);
    if (m_pendingStart)
        m_resumeMs = qint64(*m_pendingStart * 1000.0);
    m_pendingStart.reset();
    m_resumePending = false;
    // StopPlaying at once, not after streaming on into the buffer for a while. The player has
    // the content received ahead of the picture (the preroll's worth: the demuxer waits for it
    // before the first frame, and Fast Start delivers it at ten times the rate), so Play plays
    // on from it at once while the StartPlaying for the next packet (with Fast Start again)
    // makes its round trip. Streaming on would only fill the bounded buffer, and once it is full
    // backpressure stops reading the socket, so the session could not answer the server's Pings
    // during a long pause; a stopped session keeps the server alive with Pongs instead (Ready).
    stopSessionPlay();
    m_widget->setBuffering(-1);
    setState(State::Paused);
}

void PlaybackController::togglePlayPause()
{
    if ((m_state == State::Playing || m_state == State::Buffering) && m_strideRate == 0.0)
        pause();
    else
        play();
}

void PlaybackController::stop()
{
    if (m_state == State::Idle || m_state == State::Opening || m_state == State::Failed)
        return;
    m_pendingStart.reset();
    m_resumeFromBuffer = false;
    m_resumePending = false;
    m_startPlayerAtOnce = false;
    setStrideRate(0.0);
    stopSessionPlay();
    m_widget->releaseHeldFrame(); // Stop clears the picture
    discardBuffer();
    m_resumeMs = 0;
    m_positionMs = 0;
    m_widget->setBuffering(-1);
    emit positionChanged(0);
    setState(State::Stopped);
}

void PlaybackController::seek(qint64 milliseconds)
{
    if (!isSeekable())
        return;
    milliseconds = qBound<qint64>(0, milliseconds, duration());
    m_resumeMs = milliseconds;
    m_positionMs = milliseconds;
    emit positionChanged(milliseconds);
    // The last picture stays until the first one at the new position.
    m_widget->holdFrameUntilNext();
    m_resumePending = false;
    // The player gets the new buffer at once: it waits for the preroll's worth by itself, and
    // Fast Start sends that at ten times the rate. The buffering time is for the first start.
    m_startPlayerAtOnce = true;
    const bool playing = m_state == State::Playing || m_state == State::Buffering;
    if (!playing && !m_resumeFromBuffer)
        return; // Play starts there
    // Content already received needs no request: the session streams on into the new buffer
    // (or, paused, Play asks for what follows the last packet received, as after any pause).
    if (seekInBuffer(milliseconds)) {
        if (playing) {
            m_startPlayerAtOnce = false;
            startPlayer();
            setState(State::Buffering);
        }
        return;
    }
    if (!playing) {
        // Play starts there; a paused play's buffer has the content of the old position.
        m_resumeFromBuffer = false;
        discardBuffer();
        return;
    }
    stopSessionPlay();
    discardBuffer();
    m_pendingStart = double(milliseconds) / 1000.0;
    setState(State::Buffering);
    startPendingIfReady();
}

void PlaybackController::selectStreams(const QList<int> &streamNumbers)
{
    const bool playing = (m_state == State::Playing || m_state == State::Buffering) && m_buffer
        && m_strideRate == 0.0 && !m_pendingStart;
    if (!playing || !needsNewPlay(streamNumbers)) {
        // While streaming the session sends a StreamSwitch and the play goes on with the new
        // choice. The current buffer keeps the header it started with (playerHeader()): a
        // demuxer that is already playing goes on when a stream stops (measured), and the next
        // play (seek, Stop and Play) gets a header of the new choice.
        m_session->selectStreams(streamNumbers);
        return;
    }
    // A stream ticked on while playing: the demuxer only knows the streams its header listed, so
    // a StreamSwitch alone would send packets it drops (and with a video stream swapped for
    // another, the picture froze on the one stopped). The play starts again where it is with the
    // new choice (a broadcast rejoins the live point); the last picture stays until the first
    // one of the new play.
    qCDebug(lcMmsBuffer) << "streams" << streamNumbers << "add to the playing" << m_playerStreams
                         << ": starting again at" << m_positionMs << "ms";
    m_widget->holdFrameUntilNext();
    stopSessionPlay(); // first: the new choice then goes out with the next StartPlaying
    m_session->selectStreams(streamNumbers);
    discardBuffer();
    m_startPlayerAtOnce = true;
    m_pendingStart = isSeekable() ? double(m_positionMs) / 1000.0 : 0.0;
    setState(State::Buffering);
    startPendingIfReady();
}

bool PlaybackController::needsNewPlay(const QList<int> &streamNumbers) const
{
    bool videoStays = false;
    for (const int number : streamNumbers) {
        const asf::Stream *stream = m_header.stream(number);
        if (stream && !m_playerStreams.contains(number))
            return true; // not in the player's header
        videoStays = videoStays || (stream && stream->type == asf::StreamType::Video);
    }
    for (const int number : m_playerStreams) {
        const asf::Stream *stream = m_header.stream(number);
        // The demuxer shows the first video stream its header lists: stopping that one while
        // another goes on would freeze the picture.
        if (videoStays && stream && stream->type == asf::StreamType::Video
            && !streamNumbers.contains(number))
            return true;
    }
    return false;
}

void PlaybackController::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcMmsBuffer) << "playback" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void PlaybackController::handleHeader(const asf::Header &header, const QByteArray &bytes)
{
    const bool streamChange = !m_headerBytes.isEmpty();
    if (m_autoPlay) {
        m_autoPlay = false;
        m_pendingStart = 0.0;
    }
    m_header = header;
    m_headerBytes = bytes;
    m_widget->setTitle(header.title, header.author);
    emit headerChanged(header, m_session->selectedStreams());
    emit durationChanged(duration());
    emit seekableChanged(isSeekable());
    emit strideAvailableChanged(canStride());
    if (streamChange && (m_state == State::Playing || m_state == State::Buffering)) {
        // MS-MMSP 3.1.5.19: after ReportStreamChange the client selects streams and starts the
        // new entry; the player restarts on a new device that begins with the new header.
        qCDebug(lcMmsBuffer) << "stream change: restarting playback on a new device";
        discardBuffer();
        m_pendingStart = 0.0;
        setState(State::Buffering);
    } else if (m_pendingStart) {
        setState(State::Buffering);
    } else {
        setState(State::Stopped);
    }
    startPendingIfReady();
}

void PlaybackController::handleSessionState(MmsSession::State state)
{
    if (state == MmsSession::State::Ready) {
        startPendingIfReady();
        resumeSessionIfReady();
    }
}

void PlaybackController::handlePacket(quint32, const QByteArray &packet)
{
    if (!m_buffer)
        return; // a packet of a play we already left
    m_playHasPackets = true;
    if (m_strideRate != 0.0) {
        QByteArray retimed = packet;
        handleStridePacket(retimed);
        m_buffer->append(retimed); // the player has it already: no buffering figure
        return;
    }
    if (m_waitForKeyFrame && !startsAtKeyFrame(packet))
        return;
    m_buffer->append(packet);
    if (m_state == State::Buffering)
        startPlayerIfBuffered(packet);
}

void PlaybackController::startPlayerIfBuffered(const QByteArray &packet)
{
    const asf::PacketParseResult parsed = asf::parsePacket(packet, m_header.packetSize());
    if (!parsed.ok())
        return;
    if (!m_haveFirstSendTime) {
        m_haveFirstSendTime = true;
        m_firstSendTime = parsed.info.sendTime;
    }
    // Content buffered = the send-time span of this play's packets (ASF 5.2.2).
    const qint64 buffered = parsed.info.sendTime >= m_firstSendTime
            ? qint64(parsed.info.sendTime - m_firstSendTime) + parsed.info.duration
            : 0;
    const qint64 target = qMax<qint64>(m_bufferingMs, qint64(m_header.file.preroll));
    if (target > 0)
        m_widget->setBuffering(qMin<qint64>(99, 100 * buffered / target));
    // A full buffer pauses the socket: waiting longer for content would wait forever.
    if (!m_playerStarted && (buffered >= m_bufferingMs || m_buffer->isBackpressureActive()))
        startPlayer();
}

void PlaybackController::startPlayer()
{
    if (m_playerStarted || !m_buffer)
        return;
    m_playerStarted = true;
    m_widget->setSourceDevice(m_buffer);
    m_widget->player()->play();
}

void PlaybackController::handleEndOfStream(quint32 hr)
{
    if (m_stopRequested) {
        m_stopRequested = false; // the acknowledgement of our StopPlaying (MS-MMSP 3.1.5.18)
        startPendingIfReady();
        resumeSessionIfReady();
        return;
    }
    if (mms::Hresult::isFailure(hr)) {
        fail(ErrorText::forHresult(hr));
        return;
    }
    if (handleStrideEnd(hr))
        return;
    if (hr == mms::Hresult::EndOfEntry)
        return; // a ReportStreamChange and a new header follow
    // The content is complete: once the player has read the last byte the buffer reports it is
    // drained and is destroyed, which is what makes the backend end the media. Content shorter
    // than the buffering time starts playing now.
    if (m_buffer) {
        m_buffer->finish();
        startPlayer();
    }
    emit streamEnded();
}

void PlaybackController::handleSessionError(MmsSession::Error error, quint32 hr,
                                            const QString &detail)
{
    fail(ErrorText::forSessionError(error, hr, detail));
}

void PlaybackController::handleMediaStatus(int status)
{
    qCDebug(lcMmsBuffer) << "media status" << QMediaPlayer::MediaStatus(status);
    switch (QMediaPlayer::MediaStatus(status)) {
    case QMediaPlayer::BufferedMedia:
        if (m_state == State::Buffering) {
            m_widget->setBuffering(-1);
            setState(State::Playing);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        if (m_state == State::Playing || m_state == State::Buffering) {
            m_widget->setBuffering(-1);
            m_resumeMs = 0;
            setState(State::Ended);
        }
        break;
    case QMediaPlayer::InvalidMedia:
        if (m_state == State::Playing || m_state == State::Buffering)
            fail(tr("The player cannot decode this stream."));
        break;
    default:
        break;
    }
}

void PlaybackController::handlePlayerPosition(qint64 milliseconds)
{
    if ((m_state != State::Playing && m_state != State::Buffering) || m_strideRate != 0.0)
        return; // a stride's position comes from its packets' send times
    // Until the player has the new buffer its reports are of the play just left (a stride's
    // player now moves: its header lists only the video it gets).
    if (!m_playerStarted)
        return;
    // The backend counts from the start of each play's first packet; a play that started at a
    // seek or resume position adds it back.
    m_positionMs = m_playStartMs + milliseconds;
    emit positionChanged(m_positionMs);
}

void PlaybackController::handleBufferLevel()
{
    if (m_buffer)
        emit bufferLevelChanged(m_buffer->level(), m_buffer->levelSeconds());
}

void PlaybackController::stopSessionPlay()
{
    const MmsSession::State state = m_session->state();
    if (state == MmsSession::State::Starting || state == MmsSession::State::Streaming) {
        m_session->stopPlaying();
        // Before StartPlaying went out the session just cancels it (no ReportEndOfStream comes);
        // otherwise it waits for the acknowledgement in Stopping.
        m_stopRequested = m_session->state() == MmsSession::State::Stopping;
    }
}

void PlaybackController::startPendingIfReady()
{
    // The session may report Ready before it hands out the header: wait for both.
    if (!m_pendingStart || m_stopRequested || m_headerBytes.isEmpty()
        || m_session->state() != MmsSession::State::Ready)
        return;
    const double position = *m_pendingStart;
    m_pendingStart.reset();
    startPlayback(position);
}

void PlaybackController::resumeSessionIfReady()
{
    if (!m_resumePending || m_stopRequested || m_session->state() != MmsSession::State::Ready)
        return;
    m_resumePending = false;
    // Exactly the resume position: the session then asks for the packet after the last one it
    // delivered (StartPlaying's locationId), so the buffer goes on with no packet repeated and
    // none skipped. Fast Start applies to every StartPlaying (mmssessionrequests.cpp). A play
    // paused before its first packet starts again where it was to start.
    m_session->startPlaying(
        m_playHasPackets ? m_session->resumePosition() : double(m_playStartMs) / 1000.0);
}

AsfStreamBuffer *PlaybackController::newBuffer()
{
    auto *buffer = new AsfStreamBuffer(this);
    if (m_capacity > 0)
        buffer->setLimits(m_capacity, m_highWatermark, m_lowWatermark);
    buffer->setBitrate(m_header.totalBitrate());
    // Backpressure: a full buffer pauses the socket reading; TCP then slows the server.
    connect(buffer, &AsfStreamBuffer::backpressureChanged, m_session,
            &MmsSession::setReadingPaused);
    // The settled level in steps of a packet or a tenth of a second of content, whichever is
    // larger (the status bar shows tenths), not every change: while the player keeps up each
    // packet is appended and read in the same pass, and a per-change report set the status bar
    // label, relaid and repainted the window twice per packet for a figure that stays near 0.
    buffer->setLevelReportStep(
            qMax<qint64>(m_header.packetSize(), qint64(m_header.totalBitrate()) / 8 / 10));
    connect(buffer, &AsfStreamBuffer::levelSettled, this, &PlaybackController::handleBufferLevel);
    connect(buffer, &AsfStreamBuffer::drained, buffer, &QObject::deleteLater);
    return buffer;
}

void PlaybackController::startPlayback(double positionSeconds)
{
    setStrideRate(0.0);
    prepareBuffer(positionSeconds);
    m_session->startPlaying(positionSeconds);
}

void PlaybackController::prepareBuffer(double positionSeconds, bool striding)
{
    discardBuffer();
    AsfStreamBuffer *buffer = newBuffer();
    m_playerHeader = playerHeader(striding, &m_playerStreams);
    buffer->append(m_playerHeader);
    m_buffer = buffer;
    m_playerStarted = false;
    m_haveFirstSendTime = false;
    m_playHasPackets = false;
    m_waitForKeyFrame = positionSeconds > 0.0 && playsVideo();
    m_keyWaitStarted = false;
    m_playStartMs = qint64(positionSeconds * 1000.0);
    m_positionMs = m_playStartMs;
    m_widget->showError(QString());
    m_widget->setBuffering(0);
    // The player gets the buffer once the buffering time's worth of content is in (at once
    // when it is 0), as Windows Media Player buffers before it plays.
    if (m_bufferingMs == 0 || m_startPlayerAtOnce)
        startPlayer();
    m_startPlayerAtOnce = false;
    setState(State::Buffering);
}

void PlaybackController::discardBuffer()
{
    if (!m_buffer)
        return;
    // Detach first: the backend must not read a device that is going away. Not started from
    // here on, so the position the stopping player reports is not taken for the play's.
    const bool started = m_playerStarted;
    m_playerStarted = false;
    if (started) {
        m_widget->player()->stop();
        m_widget->setSourceDevice(nullptr);
    }
    if (m_buffer->isBackpressureActive())
        m_session->setReadingPaused(false);
    delete m_buffer.data();
}

void PlaybackController::fail(const QString &text)
{
    qCWarning(lcMmsBuffer) << "playback failed:" << text;
    m_pendingStart.reset();
    m_resumeFromBuffer = false;
    m_resumePending = false;
    setStrideRate(0.0);
    m_widget->releaseHeldFrame();
    discardBuffer();
    m_errorText = text;
    m_widget->setBuffering(-1);
    m_widget->showError(text);
    setState(State::Failed);
    emit errorOccurred(text);
}
