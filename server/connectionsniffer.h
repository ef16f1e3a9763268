// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

// Holds a new connection until its first byte tells which protocol it speaks: a TcpMessageHeader
// of MS-MMSP starts with rep 0x01 (2.2.3), an HTTP request ([MS-WMSP]) with a method name in
// capitals ("GET ", "POST", "OPTIONS"). Both clients speak first, so nothing is sent before.
// A connection that sends nothing within the timeout is closed.
class ConnectionSniffer : public QObject {
    Q_OBJECT
public:
    // Push: an encoder's [MS-WMHTTP] POST (told apart from MMSH by its Content-Type).
    enum class Protocol { Mmst, Http, Push };

    // Does not take `socket`; the receiver of identified() does.
    ConnectionSniffer(QTcpSocket *socket, int timeoutMs, QObject *parent = nullptr);

    QTcpSocket *socket() const { return m_socket; }
    static Protocol classify(char firstByte);

signals:
    void identified(Protocol protocol);
    void timedOut();

private:
    void check();

    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    bool m_done = false;
};
