// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

// The transport half of a server session: owns the client's socket, turns what arrives into
// commands (MS-MMSP 3.1.5.2 framing), writes replies and Data packets, and keeps the connection
// honest: keep-alive Pings (3.2.6.1), the idle timeout (3.2.6.2), a bound on queued output, and
// disconnection of clients that send garbage or stop reading. MmsServerSession does the protocol.
class SessionConnection : public QObject
{
    Q_OBJECT
public:
    // While this much output waits to be written, the client's commands are not read: a client
    // that sends but never reads cannot make us queue replies without end.
    static constexpr qint64 InputPauseBytes = 256 * 1024;

    // Takes ownership of `socket`.
    SessionConnection(int number, QTcpSocket *socket, int pingIntervalMs, int idleTimeoutMs,
                      QObject *parent = nullptr);
    ~SessionConnection() override;

    template<typename M>
    void send(const M &message)
    {
        writeMessage(mms::encodePacket(message, m_seq++), M::Id);
    }
    // Bytes as they are (Data packets).
    void write(const QByteArray &bytes);
    qint64 bytesToWrite() const;
    // Most bytes that ever waited in the socket's write buffer.
    qint64 peakQueuedBytes() const { return m_peakQueued; }

    bool isClosing() const { return m_closing; }
    // Flushes what is queued, then disconnects; a client that does not take it within the idle
    // timeout is cut off. closed() follows.
    void close(const QString &reason);

signals:
    void commandReceived(const mms::CommandPacket &packet);
    // Some output left: the session may produce more.
    void outputDrained();
    void closed();

private:
    void handleReadyRead();
    void processInput();
    void handleBytesWritten();
    void handleDisconnected();
    void handleStall();
    void startStallTimer(qint64 ms);
    void writeMessage(const QByteArray &packet, mms::MessageId id);
    void sendPing();

    int m_number = 0;
    QTcpSocket *m_socket = nullptr;
    mms::StreamSplitter m_splitter;
    quint16 m_seq = 0;
    bool m_closing = false;
    bool m_finished = false;
    qint64 m_peakQueued = 0;
    QTimer m_pingTimer;
    QTimer m_idleTimer;
    // Output waiting and not draining for the idle timeout: the client stopped reading. Not
    // restarted per packet (a timer restart costs O(number of timers) in Qt 6.4); when it fires
    // it checks m_lastDrain and waits on if output moved since.
    QTimer m_stallTimer;
    QElapsedTimer m_lastDrain; // since output last drained (or began to wait)
    int m_stallTimeoutMs = 0;
};
