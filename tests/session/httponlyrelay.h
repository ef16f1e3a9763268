// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A server that speaks only HTTP, as most mms:// hosts on the internet now do: connections that
// start with an HTTP request are relayed to `targetPort` (an mms-serve, which answers MMSH);
// anything else (an MS-MMSP Connect) gets "400 Bad Request" and the connection closes.
class HttpOnlyRelay : public QObject {
    Q_OBJECT
public:
    explicit HttpOnlyRelay(quint16 targetPort, QObject *parent = nullptr);
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int refused() const { return m_refused; } // non-HTTP connections turned away
    int relayed() const { return m_relayed; }
    // Relayed connection `index` (0-based) closes both ways after `bytes` from the server: a
    // connection that drops in the middle of a response.
    void dropAfter(int index, qint64 bytes)
    {
        m_dropIndex = index;
        m_dropBytes = bytes;
    }

private:
    void accept();
    void firstBytes(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_targetPort;
    int m_refused = 0;
    int m_relayed = 0;
    int m_dropIndex = -1;
    qint64 m_dropBytes = 0;
};
