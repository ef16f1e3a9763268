// SPDX-License-Identifier: GPL-3.0-or-later
// MmsServer, broadcasting: publishing points fed by encoders ([MS-WMHTTP] push) and relays of
// upstream streams. See docs/mms-serve.md "Broadcasting".
#include "core/logging.h"
#include "server/livesource.h"
#include "server/medialibrary.h"
#include "server/mmsserver.h"
#include "server/pushingestsession.h"
#include "server/pushpoints.h"
#include "server/relaysource.h"

#include <QTcpSocket>

void MmsServer::setUpBroadcasting()
{
    m_pushPoints = std::make_unique<PushPoints>(
        m_config.pushPoints, m_config.pushAnyName,
        [this](const QString &name) { return addFedSource(name); },
        [this](const QString &name) {
            return m_liveSources.contains(name)
                || m_library->resolve(name).kind != MediaLookup::Kind::Refused;
        });
}

LiveSource *MmsServer::addFedSource(const QString &name)
{
    LiveSource *live = LiveSource::createFed(name, this);
    m_liveSources.insert(name, live);
    m_library->addLiveName(name);
    return live;
}

bool MmsServer::startRelays()
{
    // One name, one source: a --live name cannot be pushed to or relayed as well.
    for (const QString &name : m_config.pushPoints + m_config.relays.keys()) {
        if (m_liveSources.contains(name) || (m_config.pushPoints.contains(name) && m_config.relays.contains(name))) {
            m_errorString = QStringLiteral("\"%1\" is the name of two sources").arg(name);
            return false;
        }
    }
    for (const QString &name : m_config.relaysAlwaysOn) {
        if (!m_config.relays.contains(name)) {
            m_errorString = QStringLiteral("always-on relay \"%1\" is not a relay").arg(name);
            return false;
        }
    }
    m_pushPoints->createDeclared();
    for (auto it = m_config.relays.cbegin(); it != m_config.relays.cend(); ++it) {
        const QUrl url(it.value());
        if (!url.isValid() || url.host().isEmpty()) {
            m_errorString =
                QStringLiteral("relay \"%1\": bad URL \"%2\"").arg(it.key(), it.value());
            return false;
        }
        auto *relay = new RelaySource(url, addFedSource(it.key()),
            m_config.relaysAlwaysOn.contains(it.key()), m_config.relayIdleMs, this);
        m_relays.append(relay);
        relay->start();
    }
    return true;
}

int MmsServer::viewers(const QString &name) const
{
    const LiveSource *live = m_liveSources.value(name);
    return live ? live->viewers() : 0;
}

void MmsServer::startPushSession(QTcpSocket *socket, int number)
{
    m_pushSessions.removeAll(nullptr);
    if (m_pushSessions.size() >= m_config.maxPushers) {
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: push refused (too many encoders)").arg(number);
        socket->write(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        emit sessionFinished(number);
        return;
    }
    auto *session = new PushIngestSession(number, socket, m_pushPoints.get(),
        qMin(m_config.idleTimeoutMs, 600000), environment(false), this);
    connect(session, &PushIngestSession::finished, this, [this, session](int finished) {
        m_pushSessions.removeAll(session);
        session->deleteLater();
        emit sessionFinished(finished);
    });
    m_pushSessions.append(session);
}
