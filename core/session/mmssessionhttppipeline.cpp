// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5c: the pipelined mode of MMS over HTTP ([MS-WMSP] 1.4: HTTP/1.1
// pipelining). The Describe goes out as HTTP/1.1 with pipeline-experiment=1 (3.1.4.2.1); a
// server that answers HTTP/1.1, keeps the connection and says pipeline-experiment=1 itself
// (2.2.1.4.15) gets Play (version11-enabled=1, 2.2.1.4.30), Stop, KeepAlive and Log on that
// same connection, each after the last, and answers them in order. Anything else is the
// non-pipelined mode: a connection per request. SelectStream stays a POST on a connection of
// its own in both modes, so the Play response never waits behind it.
#include "core/session/mmssession_p.h"

namespace {

constexpr qsizetype MaxPendingResponses = 16;

bool offersPipelining(const mms::HttpHead &head)
{
    for (const QByteArray &line : head.values("Pragma")) {
        const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({line});
        if (!pragma.ok())
            continue;
        for (const auto &token : pragma.value.tokens) {
            if (token.first.compare("pipeline-experiment", Qt::CaseInsensitive) == 0)
                return token.second == "1";
        }
    }
    return false;
}

} // namespace

void MmsSessionPrivate::httpDecidePipelining(const mms::HttpHead &head)
{
    // The body must end by itself (length or chunks) for a second response to follow it.
    const bool delimited = head.isChunked() || head.contentLength().has_value();
    m_httpPipelined = head.versionMajor == 1 && head.versionMinor >= 1 && head.keepAlive()
        && delimited && offersPipelining(head);
    m_httpReader.setPipelined(m_httpPipelined);
    qCInfo(lcMmsSession).noquote()
        << "MMS over HTTP:"
        << (m_httpPipelined ? "pipelined mode (one connection)" : "non-pipelined mode");
}

bool MmsSessionPrivate::httpPipelineLinkUp() const
{
    return m_httpPipelined && m_socket->state() == QAbstractSocket::ConnectedState;
}

void MmsSessionPrivate::httpRequest(HttpExchange exchange, const QByteArray &request)
{
    if (!httpPipelineLinkUp()) {
        httpSideRequest(request);
        return;
    }
    if (m_httpPending.size() >= MaxPendingResponses) {
        fail(Error::Timeout, 0,
            MmsSession::tr("the server answers none of %1 pipelined requests")
                .arg(m_httpPending.size()));
        return;
    }
    qCDebug(lcMmsProtocol).noquote() << "send (pipelined)" << request.left(request.indexOf("\r\n"));
    m_socket->write(request);
    if (m_httpExchange == HttpExchange::None)
        m_httpExchange = exchange;
    else
        m_httpPending.append(exchange);
}

bool MmsSessionPrivate::httpPipelineHead()
{
    if (m_httpExchange != HttpExchange::Stop && m_httpExchange != HttpExchange::KeepAlive
        && m_httpExchange != HttpExchange::Log)
        return false;
    // Their answers change nothing here (the Stop is done already, as in non-pipelined mode).
    const int status = m_httpReader.head().statusCode;
    if (status != 200)
        qCInfo(lcMmsSession).noquote()
            << "the server answered a pipelined request with HTTP" << status;
    return true;
}

bool MmsSessionPrivate::httpResponseDone()
{
    if (!m_httpPipelined || m_httpExchange == HttpExchange::Playlist)
        return false;
    if (m_httpExchange == HttpExchange::Describe && m_state == State::ReadingHeader)
        return false; // an incomplete header: the caller's error
    if (m_httpExchange == HttpExchange::Play && m_state == State::Streaming
        && !m_awaitingStreamChange) {
        fail(Error::ProtocolError, 0, MmsSession::tr("the Play response ended without $E"));
        return true;
    }
    m_httpExchange = m_httpPending.isEmpty() ? HttpExchange::None : m_httpPending.takeFirst();
    m_httpReader.startNext();
    return true;
}

bool MmsSessionPrivate::httpPipelineDropped()
{
    if (!m_httpPipelined || (m_state != State::Ready && m_state != State::Stopping))
        return false;
    // Between plays the server may close the kept connection (its idle timeout): no error;
    // the next Play opens a new one.
    qCDebug(lcMmsSession) << "the pipelined connection closed between plays";
    m_httpPending.clear();
    m_httpExchange = HttpExchange::None;
    quietAbort();
    return true;
}
