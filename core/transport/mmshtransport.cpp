// SPDX-License-Identifier: GPL-3.0-or-later
// MMS over HTTP beneath the session's state machine: each operation is the HTTP side of a point
// where the state machine used to ask "is this HTTP?".
#include "core/transport/mmshtransport.h"

#include "core/session/mmssession_p.h"
#include "core/session/playlog.h"
#include "core/session/playlogxml.h"

#include <QDateTime>

MmshTransport::MmshTransport(MmsSessionPrivate *session) : MmsTransport(session) { }

MmshTransport::~MmshTransport()
{
    // No signals from a half-destroyed session: drop the side connection's first.
    if (m_side) {
        m_side->disconnect();
        m_side->abort();
    }
}

void MmshTransport::resetForConnection()
{
    m_exchange = Exchange::None;
    m_request.clear();
    m_reader.reset();
    m_clientId.reset();
    m_broadcast = m_seekable = m_stridable = false;
    m_header.clear();
    m_pipelined = false;
    m_pending.clear();
}

void MmshTransport::connectionAborted()
{
    m_reader.reset();
}

qint64 MmshTransport::bufferedBytes() const
{
    return m_reader.bufferedBytes();
}

quint16 MmshTransport::port() const
{
    const MmsUrl &target = d->m_target;
    if (target.transports == MmsUrl::Transports::HttpOnly)
        return target.port;
    if (d->m_httpFallbackPort != 0)
        return d->m_httpFallbackPort;
    return target.explicitPort ? target.port : MmsUrl::DefaultHttpPort;
}

void MmshTransport::prepareConnection()
{
    // [MS-WMSP] 2.2.2.1: every session starts with a Describe; it is written once connected.
    m_exchange = Exchange::Describe;
    m_request = mms::MmshRequests::describe(context());
}

void MmshTransport::receive(const QByteArray &bytes)
{
    m_reader.append(bytes);
}

bool MmshTransport::closedBetweenPlays()
{
    return pipelineDropped();
}

bool MmshTransport::closeEndsReply()
{
    if (m_exchange != Exchange::Playlist)
        return false;
    followPlaylist(); // a playlist answer without a length ends with the connection
    return true;
}

void MmshTransport::headerParsed(const asf::Header &header)
{
    // No ReportOpenFile over HTTP: what it would say comes from the header and the Pragma
    // (CANSTRIDE from features="stridable"; set before fillInfo() announces the file).
    if (m_stridable)
        d->m_info.attributes |= mms::FileAttribute::CanStride;
    else
        d->m_info.attributes &= ~quint32(mms::FileAttribute::CanStride);
    fillInfo(header);
    if (!d->m_streamChangeHeader && !m_pipelined)
        d->quietAbort(); // the Describe response is complete; Play opens its own connection
}

void MmshTransport::streamsChanged()
{
    if (d->m_state == MmsSession::State::Streaming && !d->m_awaitingStreamChange)
        selectStreams();
}

// [MS-WMSP] 2.2.2.6: the streams and the position go in the Play request.
void MmshTransport::startPlay()
{
    mms::MmshRequests::PlayOptions options;
    options.streamTimeMs = quint32(qMin(d->m_startPosition * 1000.0, 4294967295.0));
    options.requestContext = ++m_requestContext + 1;
    options.streams = streamEntries();
    // Fast-forward or rewind (MmsSession::startStriding): the same Play with a rate.
    d->m_strideRate = 0.0;
    m_strideSent = d->m_strideRequest.has_value();
    if (d->m_strideRequest) {
        options.rate = m_strideSentRate = *d->m_strideRequest;
        d->m_strideRequest.reset();
    }
    // The exchange first: context() offers pipelining only to the Describe, so a Play on a new
    // connection after a non-pipelined Describe goes out as HTTP/1.0 with Connection: Close.
    if (!pipelineLinkUp())
        m_exchange = Exchange::Play;
    m_request = mms::MmshRequests::play(context(), options);
    if (!d->m_resumingPlay) {
        d->m_lastLocation.reset();
        d->m_lastPacket.clear();
        d->m_dropUpTo.reset();
    }
    d->m_startLocationId = 0xFFFFFFFF; // the packet to go on at is found by stream-time
    d->m_startSent = true;
    d->m_playPackets = 0;
    d->m_playBytes = 0;
    d->m_playClock.start();
    d->m_playLogged = false;
    if (pipelineLinkUp()) {
        // On the open connection, in turn.
        request(Exchange::Play, m_request);
        d->restartTimeout();
        return;
    }
    d->quietAbort();
    m_reader.setPipelined(m_pipelined); // a kept connection the server closed: anew
    d->m_socket->connectToHost(d->m_target.host, d->m_connectPort);
    d->restartTimeout();
}

QList<mms::MmshStreamSwitchEntry> MmshTransport::streamEntries() const
{
    QList<mms::MmshStreamSwitchEntry> entries;
    const QSet<int> on(d->m_selected.cbegin(), d->m_selected.cend());
    for (const asf::Stream &s : std::as_const(d->m_header.streams)) {
        // 2.2.1.4.27: thinning 0 plays the stream, 2 sends nothing of it.
        entries.append({mms::NoStream, quint16(s.number), quint16(on.contains(s.number) ? 0 : 2)});
    }
    return entries;
}

bool MmshTransport::canStride() const
{
    return m_stridable && d->m_info.seekable;
}

void MmshTransport::selectStreams()
{
    // [MS-WMSP] 2.2.2.8: SelectStream on a connection of its own names the client-id whose
    // stream changes; the Play response goes on with the new choice.
    if (!m_clientId)
        return;
    sideRequest(mms::MmshRequests::selectStream(context(), streamEntries()));
    emit d->q->streamsSwitched();
}

void MmshTransport::stop()
{
    // [MS-WMSP] 2.2.2.10: Stop names the client-id on a connection of its own; closing the Play
    // connection ends the stream as well, so the stop is done at once (no $E to wait for).
    // Pipelined: on the Play's own connection, which stays (the rest of the response is read
    // and dropped, then the Stop's and the Log's responses).
    if (m_clientId || pipelineLinkUp())
        request(Exchange::Stop, mms::MmshRequests::stop(context()));
    if (!pipelineLinkUp())
        d->quietAbort();
    d->sendLogging();
    d->m_stopSent = true;
    d->setState(MmsSession::State::Stopping);
    const quint64 generation = ++m_stopGeneration;
    // From the event loop, as the TCP acknowledgement comes: the caller may be in a slot of ours.
    MmsSessionPrivate *const session = d;
    QTimer::singleShot(0, d->q, [this, session, generation] {
        if (generation != m_stopGeneration || session->m_state != MmsSession::State::Stopping
            || !session->m_stopSent)
            return;
        session->endOfStream(mms::Hresult::Ok); // the stop acknowledged
    });
}

// [MS-WMSP] 2.2.2.4: the Log request, an [MS-WMLOG] body.
void MmshTransport::sendLog()
{
    // [MS-WMSP] 2.2.1.2.5: the XML log goes only to servers of version 5.0 and up.
    if (d->m_serverMajor < 5) {
        qCDebug(lcMmsSession) << "no Log request: server version" << d->m_serverVersion;
        return;
    }
    mms::Logging log = buildLoggingMessage(d->playRecord());
    log.proto = QByteArrayLiteral("http");
    const QByteArray body = PlayLogXml::build(log, QDateTime::currentDateTimeUtc());
    request(Exchange::Log, mms::MmshRequests::log(context(), body));
}

// [MS-WMSP] 2.2.3.2: the next entry of a server-side playlist plays on the same response.
void MmshTransport::entryStarted()
{
    // A new play as far as the log goes: the last entry's was logged at its $E.
    d->m_startPosition = 0.0;
    d->m_playPackets = 0;
    d->m_playBytes = 0;
    d->m_playClock.start();
    d->m_playLogged = false;
    // The new entry's $D packets follow on the same response.
    d->setState(MmsSession::State::Streaming);
    emit d->q->startedPlaying();
    if (d->m_state != MmsSession::State::Streaming)
        return; // a slot stopped or closed
    // Over TCP the new entry's streams are chosen again (StreamSelector) and sent in a full
    // StreamSwitch (MS-MMSP 3.1.4.4). Over HTTP the server starts the entry with every stream:
    // SelectStream ([MS-WMSP] 2.2.2.8) gives it the same choice.
    selectStreams();
}

void MmshTransport::keepAlive()
{
    // [MS-WMSP] 2.2.2.5: while paused no connection is open; a KeepAlive request on a
    // connection of its own keeps the client-id alive at the server.
    request(Exchange::KeepAlive, mms::MmshRequests::keepAlive(context()));
}

void MmshTransport::closeFile()
{
    // MMS over HTTP has no goodbye; a pipelined connection sends what it has (a Log).
    if (pipelineLinkUp())
        d->m_socket->flush();
    d->m_fileOpen = false;
    d->finishClosed();
}
