// SPDX-License-Identifier: GPL-3.0-or-later
// MmshTransport, part 3: the pipelined mode of MMS over HTTP ([MS-WMSP] 1.4: HTTP/1.1
// pipelining). The Describe goes out as HTTP/1.1 with pipeline-experiment=1 (3.1.4.2.1); a
// server that answers HTTP/1.1, keeps the connection and says pipeline-experiment=1 itself
// (2.2.1.4.15) gets Play (version11-enabled=1, 2.2.1.4.30), Stop, KeepAlive and Log on that
// same connection, each after the last, and answers them in order. Anything else is the
// non-pipelined mode: a connection per request. SelectStream stays a POST on a connection of
// its own in both modes, so the Play response never waits behind it. Without pipelining, Stop,
// KeepAlive and Log go on such side connections too, one at a time.
#include "core/session/mmssession_p.h"
#include "core/transport/mmshtransport.h"

using State = MmsSession::State;
using Error = MmsSession::Error;

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

void MmshTransport::decidePipelining(const mms::HttpHead &head)
{
    // The body must end by itself (length or chunks) for a second response to follow it.
    const bool delimited = head.isChunked() || head.contentLength().has_value();
    m_pipelined = head.versionMajor == 1 && head.versionMinor >= 1 && head.keepAlive() && delimited
        && offersPipelining(head);
    m_reader.setPipelined(m_pipelined);
    qCInfo(lcMmsSession).noquote()
        << "MMS over HTTP:"
        << (m_pipelined ? "pipelined mode (one connection)" : "non-pipelined mode");
}

bool MmshTransport::pipelineLinkUp() const
{
    return m_pipelined && d->m_socket->state() == QAbstractSocket::ConnectedState;
}

void MmshTransport::request(Exchange exchange, const QByteArray &bytes)
{
    if (!pipelineLinkUp()) {
        sideRequest(bytes);
        return;
    }
    if (m_pending.size() >= MaxPendingResponses) {
        d->fail(Error::Timeout, 0,
            MmsSession::tr("the server answers none of %1 pipelined requests")
                .arg(m_pending.size()));
        return;
    }
    qCDebug(lcMmsProtocol).noquote() << "send (pipelined)" << bytes.left(bytes.indexOf("\r\n"));
    d->m_socket->write(bytes);
    if (m_exchange == Exchange::None)
        m_exchange = exchange;
    else
        m_pending.append(exchange);
}

bool MmshTransport::pipelineHead()
{
    if (m_exchange != Exchange::Stop && m_exchange != Exchange::KeepAlive
        && m_exchange != Exchange::Log)
        return false;
    // Their answers change nothing here (the Stop is done already, as in non-pipelined mode).
    const int status = m_reader.head().statusCode;
    if (status != 200)
        qCInfo(lcMmsSession).noquote()
            << "the server answered a pipelined request with HTTP" << status;
    return true;
}

bool MmshTransport::responseDone()
{
    if (!m_pipelined || m_exchange == Exchange::Playlist)
        return false;
    if (m_exchange == Exchange::Describe && d->m_state == State::ReadingHeader)
        return false; // an incomplete header: the caller's error
    if (m_exchange == Exchange::Play && d->m_state == State::Streaming
        && !d->m_awaitingStreamChange) {
        d->fail(Error::ProtocolError, 0, MmsSession::tr("the Play response ended without $E"));
        return true;
    }
    m_exchange = m_pending.isEmpty() ? Exchange::None : m_pending.takeFirst();
    m_reader.startNext();
    return true;
}

bool MmshTransport::pipelineDropped()
{
    if (!m_pipelined || (d->m_state != State::Ready && d->m_state != State::Stopping))
        return false;
    // Between plays the server may close the kept connection (its idle timeout): no error;
    // the next Play opens a new one.
    qCDebug(lcMmsSession) << "the pipelined connection closed between plays";
    m_pending.clear();
    m_exchange = Exchange::None;
    d->quietAbort();
    return true;
}

void MmshTransport::sideRequest(const QByteArray &bytes)
{
    // One at a time, in order: a Stop must reach the server before the Log of that play.
    if (m_sideQueue.size() >= MaxSideQueue) {
        qCWarning(lcMmsSession) << "side request dropped: the server answers none of"
                                << m_sideQueue.size() << "waiting";
        return;
    }
    m_sideQueue.append(bytes);
    if (!m_side)
        sideNext();
}

void MmshTransport::sideNext()
{
    if (m_sideQueue.isEmpty() || m_side)
        return;
    const QByteArray bytes = m_sideQueue.takeFirst();
    qCDebug(lcMmsProtocol).noquote() << "send (side)" << bytes.left(bytes.indexOf("\r\n"));
    m_side = std::make_unique<QTcpSocket>();
    QTcpSocket *side = m_side.get();
    side->setReadBufferSize(4096);
    QObject::connect(side, &QTcpSocket::connected, d->q, [side, bytes] { side->write(bytes); });
    // The answer does not matter (the stream's own connection reports what does): drop it.
    QObject::connect(side, &QTcpSocket::readyRead, d->q, [side] {
        side->readAll();
        side->disconnectFromHost();
    });
    auto done = [this, side] {
        if (m_side.get() != side)
            return;
        m_side.release()->deleteLater(); // we may be inside one of its signals
        sideNext();
    };
    QObject::connect(side, &QTcpSocket::disconnected, d->q, done);
    QObject::connect(side, &QTcpSocket::errorOccurred, d->q, done);
    side->connectToHost(d->m_target.host, d->m_connectPort);
}
