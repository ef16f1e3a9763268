// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sessionconnection.h"

#include "core/logging.h"

#include <QTcpSocket>

using namespace mms;

namespace {

// Largest command a client sends (Logging is 1504 bytes; a few KiB of credentials at most).
constexpr qsizetype MaxClientCommandBytes = 64 * 1024;
// Clients never send Data packets over TCP (MS-MMSP 2.2.2 is server to client); a stream that
// looks like one is garbage, and must be refused before anything of it is buffered.
constexpr qsizetype MaxClientDataBytes = DataPacketHeaderSize + 1;
// The socket never buffers more than this of unread client input.
constexpr qint64 ReadBufferBytes = 64 * 1024;

} // namespace

SessionConnection::SessionConnection(int number, QTcpSocket *socket, int pingIntervalMs, int idleTimeoutMs,
                                     QObject *parent)
    : QObject(parent), m_number(number), m_socket(socket), m_stallTimeoutMs(idleTimeoutMs)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    StreamSplitter::Limits limits;
    limits.maxCommandBytes = MaxClientCommandBytes;
    limits.maxDataPacketBytes = MaxClientDataBytes;
    m_splitter.setLimits(limits);

    connect(m_socket, &QTcpSocket::readyRead, this, &SessionConnection::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SessionConnection::handleDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SessionConnection::handleBytesWritten);

    // MS-MMSP 3.2.2 / 3.2.6.1: KeepAlive timer, restarted by traffic, Ping on expiry.
    m_pingTimer.setSingleShot(true);
    m_pingTimer.setInterval(pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &SessionConnection::sendPing);
    // MS-MMSP 3.2.6.2: Idle-Timeout timer; a silent client is dropped.
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { close(QStringLiteral("idle timeout")); });
    // Output that does not drain for as long as the idle timeout means a client that stopped
    // reading (it may still send, e.g. unsolicited Pongs): it must not hold its slot for ever.
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &SessionConnection::handleStall);
    m_pingTimer.start();
    m_idleTimer.start();
    // Bytes may already be waiting (the client wrote before we were created).
    QMetaObject::invokeMethod(this, &SessionConnection::handleReadyRead, Qt::QueuedConnection);
}

SessionConnection::~SessionConnection() = default;

qint64 SessionConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void SessionConnection::handleReadyRead()
{
    // While our output is not being read, neither are the client's commands: the socket's read
    // buffer (ReadBufferBytes) fills and TCP stops the client. Resumed from handleBytesWritten.
    if (m_closing || m_socket->bytesToWrite() >= InputPauseBytes)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty()) {
        m_pingTimer.start();
        m_idleTimer.start();
        m_splitter.append(bytes);
    }
    processInput();
}

void SessionConnection::processInput()
{
    while (!m_closing && m_socket->bytesToWrite() < InputPauseBytes) {
        StreamSplitter::Item item = m_splitter.next();
        if (item.error.status == CodecStatus::NeedMoreData)
            return;
        if (!item.ok()) {
            close(QStringLiteral("bad input at byte %1: %2 (%3)")
                      .arg(item.error.offset)
                      .arg(QString::fromLatin1(codecStatusName(item.error.status)), item.error.what));
            return;
        }
        if (item.isData()) {
            close(QStringLiteral("client sent a Data packet"));
            return;
        }
        emit commandReceived(std::get<CommandPacket>(item.packet));
    }
}

void SessionConnection::handleBytesWritten()
{
    // Only noted here: handleStall() decides when the timer fires.
    m_lastDrain.start();
    if (m_closing)
        return;
    emit outputDrained();
    handleReadyRead();
}

void SessionConnection::writeMessage(const QByteArray &packet, MessageId id)
{
    // One whole message per write: VLC gives up on commands that arrive in many pieces.
    write(packet);
    m_pingTimer.start();
    qCDebug(lcMmsServer).noquote() << QStringLiteral("session %1: -> %2").arg(m_number).arg(
        QString::fromLatin1(messageName(id)));
}

void SessionConnection::write(const QByteArray &bytes)
{
    // Output that starts to wait now has not failed to drain before now.
    if (m_socket->bytesToWrite() == 0)
        m_lastDrain.start();
    m_socket->write(bytes);
    m_peakQueued = qMax(m_peakQueued, m_socket->bytesToWrite());
    if (!m_stallTimer.isActive())
        startStallTimer(m_stallTimeoutMs);
}

void SessionConnection::startStallTimer(qint64 ms)
{
    m_stallTimer.start(int(qBound(qint64(1), ms, qint64(m_stallTimeoutMs))));
}

void SessionConnection::sendPing()
{
    if (!m_closing)
        send(Ping {});
}

void SessionConnection::handleStall()
{
    // The timer ran from a write, not from the last drain: nothing waiting means no stall (the
    // next write starts it again); output that drained lately gets the rest of its timeout.
    // A closing connection with nothing left to write but not yet gone is cut like a stall.
    if (m_socket->bytesToWrite() == 0 && !m_closing)
        return;
    if (m_lastDrain.isValid() && m_lastDrain.elapsed() < m_stallTimeoutMs) {
        startStallTimer(m_stallTimeoutMs - m_lastDrain.elapsed());
        return;
    }
    // Nothing drained for the whole idle timeout: flushing the rest would take as long again,
    // so the connection is cut at once (also when a close was already waiting for the flush).
    if (!m_closing)
        qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: closing (client stopped reading)").arg(m_number);
    m_closing = true;
    m_socket->abort();
    handleDisconnected();
}

void SessionConnection::close(const QString &reason)
{
    if (m_closing)
        return;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("session %1: closing (%2)").arg(m_number).arg(reason);
    m_closing = true;
    m_pingTimer.stop();
    m_idleTimer.stop();
    // Flushes what is queued (e.g. the error reply), then closes.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        handleDisconnected();
    else if (!m_stallTimer.isActive())
        startStallTimer(m_stallTimeoutMs);
}

void SessionConnection::handleDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_pingTimer.stop();
    m_idleTimer.stop();
    m_stallTimer.stop();
    emit closed();
}
