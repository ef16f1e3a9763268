// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A TCP relay between client and server that passes bytes on 1 to 7 at a time (Nagle off, one
// piece per event-loop turn), so every message reaches the client cut into many TCP segments.
class ChunkyRelay : public QObject
{
    Q_OBJECT
public:
    ChunkyRelay(quint16 targetPort, QObject *parent = nullptr);
    ~ChunkyRelay() override;
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 piecesSent() const { return m_pieces; }

private:
    void accept();
    void pump();

    QTcpServer m_server;
    quint16 m_targetPort;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_toClient;
    QByteArray m_toServer;
    QTimer m_pump;
    QRandomGenerator m_random { 1755 };
    qint64 m_pieces = 0;
};
