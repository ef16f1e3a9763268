// SPDX-License-Identifier: GPL-3.0-or-later
// MMS over HTTP beneath the session's state machine: each operation is the HTTP side of a point
// where the state machine used to ask "is this HTTP?".
#include "core/session/mmshtransport.h"

#include "core/session/mmssession_p.h"
#include "core/session/playlog.h"
#include "core/session/playlogxml.h"

#include <QDateTime>

quint16 MmshTransport::port() const
{
    return d->httpPort();
}

void MmshTransport::prepareConnection()
{
    // [MS-WMSP] 2.2.2.1: every session starts with a Describe; it is written once connected.
    d->m_httpExchange = MmsSessionPrivate::HttpExchange::Describe;
    const mms::MmshClientContext context = d->httpContext();
    d->m_httpRequest = mms::MmshRequests::describe(context);
}

void MmshTransport::connected()
{
    d->httpConnected();
}

void MmshTransport::receive(const QByteArray &bytes)
{
    d->m_httpReader.append(bytes);
}

void MmshTransport::process()
{
    bool dataSinceRestart = false;
    d->httpProcess(dataSinceRestart);
    if (dataSinceRestart && d->receiving())
        d->restartTimeout();
}

bool MmshTransport::closedBetweenPlays()
{
    return d->httpPipelineDropped();
}

bool MmshTransport::closeEndsReply()
{
    if (d->m_httpExchange != MmsSessionPrivate::HttpExchange::Playlist)
        return false;
    d->httpFollowPlaylist(); // a playlist answer without a length ends with the connection
    return true;
}

void MmshTransport::headerParsed(const asf::Header &header)
{
    // No ReportOpenFile over HTTP: what it would say comes from the header and the Pragma
    // (CANSTRIDE from features="stridable"; set before httpFillInfo() announces the file).
    if (d->m_httpStridable)
        d->m_info.attributes |= mms::FileAttribute::CanStride;
    else
        d->m_info.attributes &= ~quint32(mms::FileAttribute::CanStride);
    d->httpFillInfo(header);
    if (!d->m_streamChangeHeader && !d->m_httpPipelined)
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
    options.requestContext = ++d->m_httpRequestContext + 1;
    options.streams = streamEntries();
    // Fast-forward or rewind (MmsSession::startStriding): the same Play with a rate.
    d->m_strideRate = 0.0;
    d->m_strideSent = d->m_strideRequest.has_value();
    if (d->m_strideRequest) {
        options.rate = d->m_strideSentRate = *d->m_strideRequest;
        d->m_strideRequest.reset();
    }
    d->m_httpRequest = mms::MmshRequests::play(d->httpContext(), options);
    if (!d->httpPipelineLinkUp())
        d->m_httpExchange = MmsSessionPrivate::HttpExchange::Play;
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
    if (d->httpPipelineLinkUp()) {
        // On the open connection, in turn.
        d->httpRequest(MmsSessionPrivate::HttpExchange::Play, d->m_httpRequest);
        d->restartTimeout();
        return;
    }
    d->quietAbort();
    d->m_httpReader.setPipelined(d->m_httpPipelined); // a kept connection the server closed: anew
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
    return d->m_httpStridable && d->m_info.seekable;
}

void MmshTransport::selectStreams()
{
    // [MS-WMSP] 2.2.2.8: SelectStream on a connection of its own names the client-id whose
    // stream changes; the Play response goes on with the new choice.
    if (!d->m_httpClientId)
        return;
    d->httpSideRequest(mms::MmshRequests::selectStream(d->httpContext(), streamEntries()));
    emit d->q->streamsSwitched();
}

void MmshTransport::stop()
{
    // [MS-WMSP] 2.2.2.10: Stop names the client-id on a connection of its own; closing the Play
    // connection ends the stream as well, so the stop is done at once (no $E to wait for).
    // Pipelined: on the Play's own connection, which stays (the rest of the response is read
    // and dropped, then the Stop's and the Log's responses).
    if (d->m_httpClientId || d->httpPipelineLinkUp())
        d->httpRequest(
            MmsSessionPrivate::HttpExchange::Stop, mms::MmshRequests::stop(d->httpContext()));
    if (!d->httpPipelineLinkUp())
        d->quietAbort();
    d->sendLogging();
    d->m_stopSent = true;
    d->setState(MmsSession::State::Stopping);
    const quint64 generation = ++d->m_httpStopGeneration;
    // From the event loop, as the TCP acknowledgement comes: the caller may be in a slot of ours.
    MmsSessionPrivate *const session = d;
    QTimer::singleShot(0, d->q, [session, generation] {
        if (generation != session->m_httpStopGeneration
            || session->m_state != MmsSession::State::Stopping || !session->m_stopSent)
            return;
        mms::ReportEndOfStream ack;
        ack.hr = mms::Hresult::Ok;
        // No play incarnations over HTTP: the last stop's would make this one look stray.
        session->m_strayEndOfStream.reset();
        session->onEndOfStream(ack);
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
    d->httpRequest(
        MmsSessionPrivate::HttpExchange::Log, mms::MmshRequests::log(d->httpContext(), body));
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
    d->httpRequest(
        MmsSessionPrivate::HttpExchange::KeepAlive, mms::MmshRequests::keepAlive(d->httpContext()));
}

void MmshTransport::closeFile()
{
    // MMS over HTTP has no goodbye; a pipelined connection sends what it has (a Log).
    if (d->httpPipelineLinkUp())
        d->m_socket->flush();
    d->m_fileOpen = false;
    d->finishClosed();
}
