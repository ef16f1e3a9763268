// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkyrelay.h"

ChunkyRelay::ChunkyRelay(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChunkyRelay::accept);
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &ChunkyRelay::pump);
}

// m_client is a child of m_server and outlives the byte queues: a socket still open at the end of
// a test would emit disconnected() from its destructor into lambdas that use them.
ChunkyRelay::~ChunkyRelay()
{
    if (m_client)
        m_client->disconnect(this);
    if (m_upstream)
        m_upstream->disconnect(this);
}

void ChunkyRelay::accept()
{
    m_client = m_server.nextPendingConnection();
    m_upstream = new QTcpSocket(this);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_client, &QTcpSocket::readyRead, this, [this] { m_toServer += m_client->readAll(); });
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_toClient += m_upstream->readAll(); });
    // A close on either side is passed on once everything before it went through.
    connect(m_client, &QTcpSocket::disconnected, this, [this] { m_upstream->disconnectFromHost(); });
    connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
        m_toClient += m_upstream->readAll();
    });
    m_upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    m_pump.start();
}

void ChunkyRelay::pump()
{
    auto move = [this](QByteArray &queue, QTcpSocket *to) {
        if (queue.isEmpty() || !to || to->state() != QAbstractSocket::ConnectedState)
            return;
        const qsizetype n = qMin<qsizetype>(queue.size(), 1 + m_random.bounded(7));
        to->write(queue.left(n));
        to->flush();
        queue.remove(0, n);
        ++m_pieces;
    };
    move(m_toServer, m_upstream);
    move(m_toClient, m_client);
    if (m_toClient.isEmpty() && m_upstream && m_upstream->state() == QAbstractSocket::UnconnectedState
        && m_client && m_client->state() == QAbstractSocket::ConnectedState)
        m_client->disconnectFromHost();
}
