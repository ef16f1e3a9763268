// SPDX-License-Identifier: GPL-3.0-or-later
// One raw HTTP connection to the server under test: requests go out as given, whole responses
// (head, then Content-Length bytes) come back as sent, for tests that check exact bytes.
#pragma once

#include "core/mmsh/httphead.h"

#include <QByteArray>
#include <QTcpSocket>

class RawHttpConnection {
public:
    bool connectTo(quint16 port);
    void send(const QByteArray &bytes);
    // The next response, head and body, as sent; empty on a timeout (which the caller's
    // comparison shows). `head`, when given, gets the parsed head.
    QByteArray next(mms::HttpHead *head = nullptr, int timeoutMs = 10000);
    // The next response split into its parsed head and its body; false on a timeout.
    bool next(mms::HttpHead &head, QByteArray &body, int timeoutMs = 10000);
    bool waitForClosed(int timeoutMs = 10000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    // Waits for one whole response and takes it from the buffer: its bytes and the size of
    // its head.
    bool take(mms::HttpHead *head, QByteArray *response, qsizetype *headSize, int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
