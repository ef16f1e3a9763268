// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/relaysource.h"

#include "core/logging.h"
#include "core/session/mmssession.h"
#include "server/livesource.h"

RelaySource::RelaySource(const QUrl &upstream, LiveSource *live, QObject *parent)
    : QObject(parent), m_upstream(upstream), m_live(live)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &RelaySource::open);
}

RelaySource::~RelaySource()
{
    m_stopping = true;
    if (m_session)
        m_session->abort();
}

void RelaySource::start()
{
    open();
}

void RelaySource::open()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort();
        m_session->deleteLater();
    }
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
                                         .arg(m_live ? m_live->name() : QString(),
                                             m_upstream.toString(QUrl::RemoveUserInfo));
    session->open(m_upstream);
}

void RelaySource::retry(const QString &why)
{
    if (m_stopping || m_retry.isActive())
        return;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("relay \"%1\": %2; again in %3 ms")
                                         .arg(m_live ? m_live->name() : QString(), why)
                                         .arg(RetryMs);
    m_retry.start();
}
