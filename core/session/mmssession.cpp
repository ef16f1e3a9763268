// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/mmssession.h"

#include "core/session/mmssession_p.h"

MmsSession::MmsSession(QObject *parent) : QObject(parent), d(std::make_unique<MmsSessionPrivate>(this))
{
}

MmsSession::~MmsSession() = default;

void MmsSession::setTimeout(int milliseconds)
{
    d->m_timeoutMs = qMax(1, milliseconds);
}

int MmsSession::timeout() const
{
    return d->m_timeoutMs;
}

void MmsSession::setMaxBitrate(quint32 bitsPerSecond)
{
    d->m_maxBitrate = bitsPerSecond;
}

quint32 MmsSession::maxBitrate() const
{
    return d->m_maxBitrate;
}

void MmsSession::setFastStart(bool enabled)
{
    d->m_fastStart = enabled;
}

bool MmsSession::fastStart() const
{
    return d->m_fastStart;
}

void MmsSession::setKeepAliveInterval(int milliseconds)
{
    d->m_keepAliveMs = qMax(1, milliseconds);
    if (d->m_keepAliveTimer.isActive())
        d->m_keepAliveTimer.start(d->m_keepAliveMs);
}

int MmsSession::keepAliveInterval() const
{
    return d->m_keepAliveMs;
}

void MmsSession::setRolloverTimeout(int milliseconds)
{
    d->m_rolloverMs = qMax(1, milliseconds);
}

int MmsSession::rolloverTimeout() const
{
    return d->m_rolloverMs;
}

void MmsSession::setHttpFallbackPort(quint16 port)
{
    d->m_httpFallbackPort = port;
}

quint16 MmsSession::httpFallbackPort() const
{
    return d->m_httpFallbackPort;
}

MmsSession::Transport MmsSession::transport() const
{
    return d->m_transport;
}

QString MmsSession::transportName() const
{
    switch (d->m_transport) {
    case Transport::Tcp:
        return tr("MMS over TCP");
    case Transport::Http:
        return tr("MMS over HTTP");
    case Transport::None:
        break;
    }
    return QString();
}

void MmsSession::setMaxReconnectAttempts(int attempts)
{
    d->m_maxReconnects = qMax(0, attempts);
}

int MmsSession::maxReconnectAttempts() const
{
    return d->m_maxReconnects;
}

void MmsSession::setReconnectDelay(int milliseconds)
{
    d->m_reconnectDelayMs = qMax(0, milliseconds);
}

int MmsSession::reconnectDelay() const
{
    return d->m_reconnectDelayMs;
}

int MmsSession::reconnectAttempt() const
{
    return d->m_reconnectAttempt;
}

double MmsSession::resumePosition() const
{
    return d->lastDeliveredTime().value_or(0.0);
}

bool MmsSession::isDisconnectedWhilePaused() const
{
    return d->m_pausedDrop;
}

qint64 MmsSession::bufferedBytes() const
{
    return d->m_socket->bytesAvailable() + d->m_tcpWire->bufferedBytes()
        + d->m_httpWire->bufferedBytes();
}

qint64 MmsSession::pendingWriteBytes() const
{
    return d->m_socket->bytesToWrite();
}

qint64 MmsSession::headerBytesBuffered() const
{
    return d->m_tcpWire->headerBytesBuffered();
}

MmsSession::State MmsSession::state() const
{
    return d->m_state;
}

QUrl MmsSession::url() const
{
    return d->m_url;
}

QString MmsSession::serverVersion() const
{
    return d->m_serverVersion;
}

MmsFileInfo MmsSession::fileInfo() const
{
    return d->m_info;
}

const asf::Header &MmsSession::header() const
{
    return d->m_header;
}

QByteArray MmsSession::headerBytes() const
{
    return d->m_headerBytes;
}

QList<int> MmsSession::selectedStreams() const
{
    return d->m_selected;
}

quint64 MmsSession::packetsReceived() const
{
    return d->m_packetsReceived;
}

quint64 MmsSession::bytesReceived() const
{
    return d->m_bytesReceived;
}

QUuid MmsSession::playerId() const
{
    return d->m_playerId;
}

quint32 MmsSession::clientId() const
{
    return d->m_clientId;
}

void MmsSession::setReadingPaused(bool paused)
{
    d->setReadingPaused(paused);
}

void MmsSession::open(const QUrl &url)
{
    d->open(url);
}

void MmsSession::selectStreams(const QList<int> &streamNumbers)
{
    d->selectStreams(streamNumbers);
}

void MmsSession::startPlaying(double positionSeconds)
{
    d->m_strideRequest.reset(); // Play after fast-forward or rewind: normal play again
    d->requestStart(positionSeconds);
}

void MmsSession::stopPlaying()
{
    d->requestStop();
}

void MmsSession::close()
{
    d->close();
}

void MmsSession::abort()
{
    d->abort();
}
