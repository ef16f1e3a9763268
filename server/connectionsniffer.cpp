// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/connectionsniffer.h"

#include "server/pushingestsession.h"

#include <QTcpSocket>

ConnectionSniffer::ConnectionSniffer(QTcpSocket *socket, int timeoutMs, QObject *parent)
    : QObject(parent), m_socket(socket)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionSniffer::check);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_done) {
            m_done = true;
            emit timedOut();
        }
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_done) {
            m_done = true;
            emit timedOut();
        }
    });
    m_timer.start(timeoutMs);
    // Bytes may be waiting already.
    QMetaObject::invokeMethod(this, &ConnectionSniffer::check, Qt::QueuedConnection);
}

ConnectionSniffer::Protocol ConnectionSniffer::classify(char firstByte)
{
    // RFC 9110 methods are tokens; every one an MMSH client sends is upper-case letters. Anything
    // else goes to the MS-MMSP session, which refuses garbage as it always has.
    return firstByte >= 'A' && firstByte <= 'Z' ? Protocol::Http : Protocol::Mmst;
}

void ConnectionSniffer::check()
{
    if (m_done)
        return;
    char first = 0;
    if (m_socket->peek(&first, 1) != 1)
        return;
    Protocol protocol = classify(first);
    if (first == 'P') {
        // A POST: an encoder's push or an MMSH client's; the Content-Type in the head decides,
        // so wait for the whole head (bounded; the timeout still runs).
        const QByteArray head = m_socket->peek(PushIngestSession::MaxHeadBytes);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0 && head.size() < PushIngestSession::MaxHeadBytes)
            return;
        if (PushIngestSession::isPushRequestHead(
                QByteArrayView(head).first(end < 0 ? head.size() : end)))
            protocol = Protocol::Push;
    }
    m_done = true;
    m_timer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    emit identified(protocol);
}
