// SPDX-License-Identifier: GPL-3.0-or-later
#include "httponlyrelay.h"

#include <QTcpSocket>

HttpOnlyRelay::HttpOnlyRelay(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpOnlyRelay::accept);
}

void HttpOnlyRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { firstBytes(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void HttpOnlyRelay::firstBytes(QTcpSocket *client)
{
    if (client->bytesAvailable() < 4)
        return;
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray start = client->peek(8);
    if (!start.startsWith("GET ") && !start.startsWith("POST ") && !start.startsWith("OPTIONS ")) {
        ++m_refused;
        client->write("HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    const bool drops = m_relayed == m_dropIndex;
    ++m_relayed;
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client,
        [client, upstream] { upstream->write(client->readAll()); });
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, client,
        [client, upstream, drops, left = m_dropBytes]() mutable {
            QByteArray bytes = upstream->readAll();
            if (drops) {
                bytes.truncate(qMin<qint64>(bytes.size(), left));
                left -= bytes.size();
            }
            client->write(bytes);
            if (drops && left <= 0) {
                upstream->abort();
                client->disconnectFromHost();
            }
        });
    connect(
        upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->abort(); });
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
}
