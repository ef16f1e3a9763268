// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/relaysource.h"

#include "core/logging.h"
#include "core/session/mmssession.h"
#include "server/livesource.h"

RelaySource::RelaySource(
    const QUrl &upstream, LiveSource *live, bool alwaysOn, int idleMs, QObject *parent)
    : QObject(parent), m_upstream(upstream), m_live(live), m_alwaysOn(alwaysOn)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &RelaySource::open);
    // Even 0 waits for the event loop: a client that closes a name and opens it again at once
    // (a new request on the same connection) does not cost an upstream reconnect.
    m_idle.setSingleShot(true);
    m_idle.setInterval(qMax(0, idleMs));
    connect(&m_idle, &QTimer::timeout, this, &RelaySource::disconnectUpstream);
}

RelaySource::~RelaySource()
{
    m_running = false;
    dropSession();
}

QString RelaySource::name() const
{
    return m_live ? m_live->name() : QString();
}

void RelaySource::start()
{
    if (m_alwaysOn) {
        connectUpstream(QStringLiteral("always on"));
        return;
    }
    if (m_live) {
        connect(m_live, &LiveSource::viewersChanged, this, &RelaySource::viewersChanged);
        viewersChanged(m_live->viewers());
    }
}

void RelaySource::viewersChanged(int viewers)
{
    if (viewers > 0) {
        m_idle.stop();
        if (!m_running)
            connectUpstream(QStringLiteral("first viewer"));
    } else if (m_running && !m_idle.isActive()) {
        m_idle.start();
    }
}

void RelaySource::connectUpstream(const QString &why)
{
    qCInfo(lcMmsServer).noquote() << QStringLiteral("relay \"%1\": %2, connecting to %3")
                                         .arg(name(), why,
                                             m_upstream.toString(QUrl::RemoveUserInfo));
    m_running = true;
    open();
}

void RelaySource::disconnectUpstream()
{
    if (!m_running || (m_live && m_live->viewers() > 0))
        return;
    const int idle = m_idle.interval();
    qCInfo(lcMmsServer).noquote() << (idle > 0
            ? QStringLiteral("relay \"%1\": no viewers for %2 s, disconnecting")
                  .arg(name())
                  .arg(idle / 1000.0)
            : QStringLiteral("relay \"%1\": no viewers, disconnecting").arg(name()));
    m_running = false;
    m_retry.stop();
    dropSession();
    // The next viewer waits for the header of the new connection, not an old one.
    if (m_live)
        m_live->end();
}

void RelaySource::dropSession()
{
    if (!m_session)
        return;
    // Its last signals (closed, an error) are not a reason to retry.
    m_session->disconnect(this);
    m_session->abort();
    m_session->deleteLater();
    m_session = nullptr;
}

void RelaySource::open()
{
    if (!m_running)
        return;
    dropSession();
    m_session = new MmsSession(this);
    m_playAsked = false;
    MmsSession *session = m_session;
    connect(session, &MmsSession::headerReceived, this,
        [this, session](const asf::Header &, const QByteArray &bytes) {
            QString error;
            if (!m_live || !m_live->setHeader(bytes, &error)) {
                retry(QStringLiteral("upstream header refused: %1").arg(error));
                return;
            }
            // Only the first header asks to play: after a stream change or a reconnect the
            // session plays on by itself, and a second StartPlaying (a new Play over HTTP)
            // would cut that flow.
            if (!m_playAsked && session->state() == MmsSession::State::Ready) {
                m_playAsked = true;
                session->startPlaying();
            }
        });
    connect(
        session, &MmsSession::dataPacketReceived, this, [this](quint32, const QByteArray &packet) {
            if (m_live && m_live->feedPacket(packet))
                ++m_packets;
        });
    connect(session, &MmsSession::endOfStream, this,
        [this](quint32 hr) { retry(QStringLiteral("upstream ended (hr 0x%1)").arg(hr, 0, 16)); });
    connect(session, &MmsSession::errorOccurred, this,
        [this](MmsSession::Error, quint32, const QString &detail) {
            retry(QStringLiteral("upstream failed: %1").arg(detail));
        });
    connect(
        session, &MmsSession::closed, this, [this] { retry(QStringLiteral("upstream closed")); });
    qCInfo(lcMmsServer).noquote() << QStringLiteral("relay \"%1\": opening %2")
                                         .arg(name(), m_upstream.toString(QUrl::RemoveUserInfo));
    session->open(m_upstream);
}

void RelaySource::retry(const QString &why)
{
    if (!m_running || m_retry.isActive())
        return;
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("relay \"%1\": %2; again in %3 ms").arg(name(), why).arg(RetryMs);
    m_retry.start();
}
