// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5b: MMS over HTTP after the Play request: the side connections
// that carry Stop, SelectStream, KeepAlive and Log in the non-pipelined mode of [MS-WMSP].
#include "core/session/mmssession_p.h"

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
