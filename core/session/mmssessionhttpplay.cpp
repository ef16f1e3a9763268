// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5b: MMS over HTTP after the Play request: the next entry of a
// server-side playlist, the Log request at the end of every play, and the side connections
// that carry Stop, SelectStream, KeepAlive and Log in the non-pipelined mode of [MS-WMSP].
#include "core/session/mmssession_p.h"
#include "core/session/playlog.h"
#include "core/session/playlogxml.h"

#include <QDateTime>

void MmsSessionPrivate::httpEntryStarted()
{
    // A new play as far as the log goes: the last entry's was logged at its $E.
    m_startPosition = 0.0;
    m_playPackets = 0;
    m_playBytes = 0;
    m_playClock.start();
    m_playLogged = false;
    // [MS-WMSP] 2.2.3.2: the new entry's $D packets follow on the same response.
    setState(State::Streaming);
    emit q->startedPlaying();
    if (m_state != State::Streaming)
        return; // a slot stopped or closed
    // Over TCP the new entry's streams are chosen again (StreamSelector) and sent in a full
    // StreamSwitch (MS-MMSP 3.1.4.4). Over HTTP the server starts the entry with every stream:
    // SelectStream ([MS-WMSP] 2.2.2.8) gives it the same choice.
    m_httpWire->selectStreams();
}

void MmsSessionPrivate::httpSendLog()
{
    // [MS-WMSP] 2.2.1.2.5: the XML log goes only to servers of version 5.0 and up.
    if (m_serverMajor < 5) {
        qCDebug(lcMmsSession) << "no Log request: server version" << m_serverVersion;
        return;
    }
    mms::Logging log = buildLoggingMessage(playRecord());
    log.proto = QByteArrayLiteral("http");
    const QByteArray body = PlayLogXml::build(log, QDateTime::currentDateTimeUtc());
    httpRequest(HttpExchange::Log, mms::MmshRequests::log(httpContext(), body));
}

void MmsSessionPrivate::httpSideRequest(const QByteArray &request)
{
    // One at a time, in order: a Stop must reach the server before the Log of that play.
    if (m_httpSideQueue.size() >= MaxHttpSideQueue) {
        qCWarning(lcMmsSession) << "side request dropped: the server answers none of"
                                << m_httpSideQueue.size() << "waiting";
        return;
    }
    m_httpSideQueue.append(request);
    if (!m_httpSide)
        httpSideNext();
}

void MmsSessionPrivate::httpSideNext()
{
    if (m_httpSideQueue.isEmpty() || m_httpSide)
        return;
    const QByteArray request = m_httpSideQueue.takeFirst();
    qCDebug(lcMmsProtocol).noquote() << "send (side)" << request.left(request.indexOf("\r\n"));
    m_httpSide = std::make_unique<QTcpSocket>();
    QTcpSocket *side = m_httpSide.get();
    side->setReadBufferSize(4096);
    QObject::connect(side, &QTcpSocket::connected, q, [side, request] { side->write(request); });
    // The answer does not matter (the stream's own connection reports what does): drop it.
    QObject::connect(side, &QTcpSocket::readyRead, q, [side] {
        side->readAll();
        side->disconnectFromHost();
    });
    auto done = [this, side] {
        if (m_httpSide.get() != side)
            return;
        m_httpSide.release()->deleteLater(); // we may be inside one of its signals
        httpSideNext();
    };
    QObject::connect(side, &QTcpSocket::disconnected, q, done);
    QObject::connect(side, &QTcpSocket::errorOccurred, q, done);
    side->connectToHost(m_target.host, m_connectPort);
}
