// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 6: which wire a URL gets, and rollover from MMS over TCP to MMS over
// HTTP for mms:// URLs, as Windows Media Player does it: refused, reset, bytes that are not
// MS-MMSP, or no answer within rolloverTimeout() send the session to HTTP (port 80, or the
// URL's own port).
#include "core/session/mmssession_p.h"

void MmsSessionPrivate::chooseTransport()
{
    if (m_transport != MmsSession::Transport::None)
        return; // a reconnect or a rollover: the wire is chosen already
    QString reason;
    switch (m_target.transports) {
    case MmsUrl::Transports::HttpOnly:
        m_transport = MmsSession::Transport::Http;
        reason = QStringLiteral("%1:// URL").arg(m_url.scheme().toLower());
        break;
    case MmsUrl::Transports::TcpOnly:
        m_transport = MmsSession::Transport::Tcp;
        reason = QStringLiteral("%1:// URL").arg(m_url.scheme().toLower());
        break;
    case MmsUrl::Transports::TcpThenHttp:
        m_transport = MmsSession::Transport::Tcp;
        reason = MmsSession::tr("mms:// URL: TCP first, HTTP on port %1 if TCP fails")
                     .arg(m_httpWire->port());
        break;
    }
    qCInfo(lcMmsSession).noquote() << "transport:" << q->transportName() << "(" << reason << ")";
    emit q->transportChanged(m_transport, reason);
}

bool MmsSessionPrivate::rolloverFor(Error error, const QString &detail)
{
    if (!m_rolloverArmed || m_state != State::Connecting || isHttp())
        return false;
    switch (error) {
    case Error::ConnectionRefused:
    case Error::ConnectionLost:
    case Error::Timeout:
    case Error::ProtocolError: // an HTTP server's answer to a Connect
    case Error::UnexpectedMessage:
        rollOver(detail);
        return true;
    default:
        return false; // the host does not exist: no port of it will do better
    }
}

void MmsSessionPrivate::handleRolloverTimeout()
{
    if (m_rolloverArmed && m_state == State::Connecting && !isHttp())
        rollOver(MmsSession::tr("no answer on TCP port %1 within %2 ms")
                     .arg(m_connectPort)
                     .arg(m_rolloverMs));
}

void MmsSessionPrivate::rollOver(const QString &reason)
{
    m_rolloverArmed = false;
    m_rolloverTimer.stop();
    m_rolloverReason = reason;
    quietAbort();
    m_transport = MmsSession::Transport::Http;
    const QString why = MmsSession::tr("MMS over TCP failed (%1); trying HTTP on port %2")
                            .arg(reason)
                            .arg(m_httpWire->port());
    qCInfo(lcMmsSession).noquote() << "rollover:" << why;
    emit q->transportChanged(m_transport, why);
    if (m_state == State::Connecting)
        connectToTarget();
}
