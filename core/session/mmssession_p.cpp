// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/mmssession_p.h"

#include "core/session/playlog.h"

#include "mmsversion.h"

#include <QMetaEnum>

#include <limits>

namespace {

const char *stateName(MmsSession::State state)
{
    return QMetaEnum::fromType<MmsSession::State>().valueToKey(int(state));
}

} // namespace

MmsSessionPrivate::MmsSessionPrivate(MmsSession *qq) : q(qq), m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->setReadBufferSize(ReadBufferBytes);
    connectSocket();
    m_timeoutTimer.setSingleShot(true);
    QObject::connect(&m_timeoutTimer, &QTimer::timeout, q, [this] { handleTimeout(); });
    QObject::connect(&m_keepAliveTimer, &QTimer::timeout, q, [this] { handleKeepAlive(); });
    m_reconnectTimer.setSingleShot(true);
    QObject::connect(&m_reconnectTimer, &QTimer::timeout, q, [this] { startReconnectAttempt(); });
    m_rolloverTimer.setSingleShot(true);
    QObject::connect(&m_rolloverTimer, &QTimer::timeout, q, [this] { handleRolloverTimeout(); });
}

void MmsSessionPrivate::connectSocket()
{
    QObject::connect(m_socket.get(), &QTcpSocket::connected, q, [this] { handleConnected(); });
    QObject::connect(m_socket.get(), &QTcpSocket::disconnected, q, [this] { handleDisconnected(); });
    QObject::connect(m_socket.get(), &QTcpSocket::readyRead, q, [this] { handleReadyRead(); });
    QObject::connect(m_socket.get(), &QTcpSocket::errorOccurred, q,
                     [this](QAbstractSocket::SocketError error) { handleSocketError(error); });
}

MmsSessionPrivate::~MmsSessionPrivate()
{
    // No signals from a half-destroyed session: drop the connections first.
    m_socket->disconnect();
    m_socket->abort();
    if (m_httpSide) {
        m_httpSide->disconnect();
        m_httpSide->abort();
    }
}

quint8 MmsSessionPrivate::nextPlayIncarnation()
{
    quint8 value = 0;
    do {
        value = m_nextPlayIncarnation;
        m_nextPlayIncarnation = value >= 0xFE ? 9 : quint8(value + 1);
        // Notes §2: a Data packet with incarnation 0xCE and AFFlags 0xFA would read as a
        // TcpMessageHeader's sessionId; never pick 0xCE.
    } while (value == 0xCE);
    return value;
}

quint8 MmsSessionPrivate::nextHeaderIncarnation()
{
    const quint8 value = m_nextHeaderIncarnation;
    m_nextHeaderIncarnation = value >= 8 ? 1 : quint8(value + 1);
    return value;
}

QString MmsSessionPrivate::subscriberName() const
{
    // MS-MMSP 2.2.4.17: "NSPlayer/" version "; {" GUID "}" and, as Windows Media Player sends it,
    // "; Host: " host[:port].
    return QStringLiteral("%1; %2; Host: %3")
            .arg(QLatin1String(PlayerToken), m_playerId.toString(QUuid::WithBraces), m_target.hostParam);
}

void MmsSessionPrivate::open(const QUrl &url)
{
    cancelReconnect();
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed) {
        m_socket->disconnect(q);
        m_socket->abort();
        connectSocket();
    }
    m_url = url;
    m_redirects = 0;
    m_transport = MmsSession::Transport::None;
    m_rolloverReason.clear();
    m_resumePlay = m_resumingPlay = m_pausedDrop = false;
    m_playlistEntry = 0;
    resetAuthForSession();
    m_lastLocation.reset();
    m_lastPacket.clear();
    m_dropUpTo.reset();
    m_packetsReceived = 0;
    m_bytesReceived = 0;
    m_state = State::Idle;
    m_target = parseMmsUrl(url);
    if (!m_target.valid) {
        fail(Error::InvalidUrl, 0, m_target.error);
        return;
    }
    connectToTarget();
}

void MmsSessionPrivate::resetForConnection()
{
    m_splitter.reset();
    m_seq = 0;
    m_sinceFirstSend.invalidate();
    m_expected = 0;
    m_serverVersion.clear();
    m_serverMajor = 0;
    m_authenPackage.clear();
    m_clientId = 0;
    m_info = MmsFileInfo();
    m_fileOpen = false;
    m_header = asf::Header();
    m_headerBytes.clear();
    m_assembler.deactivate();
    m_readBlockReported = false;
    m_streamChangeHeader = false;
    m_selected.clear();
    m_serverOn.clear();
    m_needFullSwitch = true;
    m_playIncarnation = 0;
    m_switchPending = m_startAfterSwitch = m_startSent = m_stopSent = false;
    m_strayEndOfStream.reset();
    m_awaitingStreamChange = m_closeAfterStop = false;
    m_restartPosition.reset();
    m_remoteClosed = false;
    m_playLogged = true;
    m_rolloverTimer.stop();
    m_rolloverArmed = false;
    m_httpExchange = HttpExchange::None;
    m_httpRequest.clear();
    m_httpReader.reset();
    m_httpClientId.reset();
    m_httpBroadcast = m_httpSeekable = m_httpStridable = false;
    m_httpHeader.clear();
    resetAuthForConnection();
    m_httpPipelined = false;
    m_httpPending.clear();
}

void MmsSessionPrivate::connectToTarget()
{
    resetForConnection();
    chooseTransport();
    m_connectPort = wire()->port();
    qCDebug(lcMmsSession).noquote()
        << "connecting to" << m_target.host << m_connectPort << "(" << q->transportName() << ")";
    wire()->prepareConnection();
    setState(State::Connecting);
    m_socket->connectToHost(m_target.host, m_connectPort);
    updateTimers(); // a reconnect attempt was Connecting already: its timeout starts now
    if (m_rolloverArmed)
        m_rolloverTimer.start(m_rolloverMs);
}

void MmsSessionPrivate::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcMmsSession) << "state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
    updateTimers();
    emit q->stateChanged(state);
}

bool MmsSessionPrivate::timeoutApplies() const
{
    if (m_reconnectTimer.isActive() || m_authWaiting)
        return false; // waiting before a reconnect attempt, or for a password
    switch (m_state) {
    case State::Connecting:
    case State::OpeningFile:
    case State::ReadingHeader:
    case State::Starting:
    case State::Streaming:
    case State::Stopping:
    case State::Closing:
        // Not while paused: the server is blocked by TCP flow control, not silent.
        return !m_readingPaused;
    default:
        // Ready: a stopped server may legitimately say nothing for a long time.
        return false;
    }
}

void MmsSessionPrivate::updateTimers()
{
    if (timeoutApplies())
        m_timeoutTimer.start(m_timeoutMs);
    else
        m_timeoutTimer.stop();
    if (m_state == State::Ready && !m_pausedDrop) {
        if (!m_keepAliveTimer.isActive())
            m_keepAliveTimer.start(m_keepAliveMs);
    } else {
        m_keepAliveTimer.stop();
    }
}

void MmsSessionPrivate::restartTimeout()
{
    if (timeoutApplies())
        m_timeoutTimer.start(m_timeoutMs);
}

void MmsSessionPrivate::quietAbort()
{
    m_selfAborting = true;
    m_socket->abort();
    m_selfAborting = false;
    ++m_connectionSerial;
    m_splitter.reset();
    m_httpReader.reset();
}

void MmsSessionPrivate::fail(Error error, quint32 hr, const QString &detail)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    if (authDropWhileWaiting(error) || rolloverFor(error, detail))
        return;
    QString why = detail;
    if (!m_rolloverReason.isEmpty() && m_reconnectAttempt == 0
        && (m_state == State::Connecting || m_state == State::OpeningFile))
        // Said once when both wires failed alike (a refused port refuses both).
        why = m_rolloverReason == detail
            ? MmsSession::tr("%1 (tried MMS over TCP, then MMS over HTTP)").arg(detail)
            : MmsSession::tr("%1 (MMS over HTTP, after MMS over TCP failed: %2)")
                  .arg(detail, m_rolloverReason);
    if (!noteDropWhilePaused(error, why) && !reconnectFor(error, why))
        failNow(error, hr, why);
}

void MmsSessionPrivate::failNow(Error error, quint32 hr, const QString &detail)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    cancelReconnect();
    qCWarning(lcMmsSession).noquote()
            << "failed:" << QMetaEnum::fromType<MmsSession::Error>().valueToKey(int(error))
            << QStringLiteral("hr=0x%1").arg(hr, 8, 16, QLatin1Char('0')) << detail;
    m_state = State::Failed;
    updateTimers();
    quietAbort();
    emit q->errorOccurred(error, hr, detail);
    emit q->stateChanged(State::Failed);
    emit q->closed();
}

void MmsSessionPrivate::finishClosed()
{
    cancelReconnect();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        quietAbort();
    setState(State::Closed);
    emit q->closed();
}

void MmsSessionPrivate::handleConnected()
{
    wire()->connected();
}

void MmsSessionPrivate::handleDisconnected()
{
    if (m_selfAborting || m_state == State::Idle || m_state == State::Closed
        || m_state == State::Failed)
        return;
    if (m_readingPaused) {
        // Bytes may still wait in Qt's buffer; the close is handled once reading resumes.
        m_remoteClosed = true;
        return;
    }
    const quint64 connection = m_connectionSerial;
    processBuffered();
    if (m_state == State::Idle || m_state == State::Closed || m_state == State::Failed)
        return;
    // The last bytes made us drop or replace this connection ourselves (an HTTP response
    // complete, a redirect, a reconnect): its close is no news.
    if (m_connectionSerial != connection)
        return;
    if (m_state == State::Closing) {
        finishClosed();
        return;
    }
    if (wire()->closedBetweenPlays())
        return;
    if (m_readingPaused) {
        m_remoteClosed = true;
        return;
    }
    if (wire()->closeEndsReply())
        return;
    QString detail = MmsSession::tr("the server closed the connection while %1")
                         .arg(QLatin1String(stateName(m_state)));
    if (m_splitter.bufferedBytes() > 0)
        detail += MmsSession::tr(", in the middle of a message (%1 bytes of it received)")
                      .arg(m_splitter.bufferedBytes());
    fail(Error::ConnectionLost, 0, detail);
}

void MmsSessionPrivate::handleSocketError(QAbstractSocket::SocketError error)
{
    if (m_selfAborting || m_state == State::Idle || m_state == State::Closed
        || m_state == State::Failed)
        return;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        return; // handleDisconnected() decides whether that was expected
    case QAbstractSocket::HostNotFoundError:
        fail(Error::HostNotFound, 0, MmsSession::tr("host %1 not found").arg(m_target.host));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::ConnectionRefused, 0,
            MmsSession::tr("%1 port %2 refused the connection")
                .arg(m_target.host)
                .arg(m_connectPort));
        return;
    default:
        if (m_state == State::Closing) {
            finishClosed();
            return;
        }
        fail(Error::ConnectionLost, 0, m_socket->errorString());
        return;
    }
}

void MmsSessionPrivate::handleTimeout()
{
    if (m_state == State::Stopping && m_closeAfterStop) {
        // We are leaving anyway: a server that never acknowledges the stop still gets CloseFile.
        qCWarning(lcMmsSession) << "no ReportEndOfStream after StopPlaying; closing anyway";
        m_closeAfterStop = false;
        sendCloseFile();
        return;
    }
    if (m_state == State::Closing) {
        finishClosed();
        return;
    }
    fail(Error::Timeout, 0,
        MmsSession::tr("no complete message from the server for %1 ms while %2")
            .arg(m_timeoutMs)
            .arg(QLatin1String(stateName(m_state))));
}

void MmsSessionPrivate::handleKeepAlive()
{
    // While paused the server still has to hear from us now and then (its idle timer).
    if (m_state != State::Ready || m_pausedDrop)
        return;
    wire()->keepAlive();
}

void MmsSessionPrivate::handleReadyRead()
{
    if (!m_readingPaused)
        processBuffered();
}

void MmsSessionPrivate::processBuffered()
{
    if (m_processing)
        return;
    m_processing = true;
    if (!m_readingPaused) {
        const QByteArray bytes = m_socket->readAll();
        if (!bytes.isEmpty())
            wire()->receive(bytes);
    }
    wire()->process();
    m_processing = false;
}

bool MmsSessionPrivate::receiving() const
{
    return m_state != State::Idle && m_state != State::Closed && m_state != State::Failed
        && m_state != State::Closing;
}

void MmsSessionPrivate::setReadingPaused(bool paused)
{
    if (m_readingPaused == paused)
        return;
    m_readingPaused = paused;
    updateTimers();
    if (paused)
        return;
    // Resume from the event loop: the caller may be inside one of our signals.
    QTimer::singleShot(0, q, [this] {
        if (m_readingPaused)
            return;
        processBuffered();
        if (m_remoteClosed && !m_readingPaused) {
            m_remoteClosed = false;
            handleDisconnected();
        }
    });
}
