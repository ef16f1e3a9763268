// SPDX-License-Identifier: GPL-3.0-or-later
// MMS over HTTP beneath the session's state machine: each operation is the HTTP side of a point
// where the state machine used to ask "is this HTTP?".
#include "core/session/mmshtransport.h"

#include "core/session/mmssession_p.h"

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
    // No ReportOpenFile over HTTP: what it would say comes from the header and the Pragma.
    d->httpFillInfo(header);
    if (!d->m_streamChangeHeader && !d->m_httpPipelined)
        d->quietAbort(); // the Describe response is complete; Play opens its own connection
}

void MmshTransport::streamsChanged()
{
    if (d->m_state == MmsSession::State::Streaming && !d->m_awaitingStreamChange)
        d->httpSelectStreams();
}

void MmshTransport::startPlay()
{
    d->httpStartPlay(); // [MS-WMSP] 2.2.2.6: the streams and the position go in the Play request
}

void MmshTransport::stop()
{
    d->httpStop();
}

void MmshTransport::sendLog()
{
    d->httpSendLog(); // [MS-WMSP] 2.2.2.4: the Log request, an [MS-WMLOG] body
}

void MmshTransport::entryStarted()
{
    d->httpEntryStarted(); // [MS-WMSP] 2.2.3.2: the entry plays on the same response
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
