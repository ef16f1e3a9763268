// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/mmsserver.h"

#include "core/logging.h"
#include "server/connectionsniffer.h"
#include "server/livesource.h"
#include "server/medialibrary.h"
#include "server/mmshserversession.h"
#include "server/mmsserversession.h"
#include "server/pushingestsession.h"
#include "server/pushpoints.h"
#include "server/relaysource.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

MmsServer::MmsServer(MmsServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tcpServer(new QTcpServer(this)),
      m_throttle(m_config.throttle)
{
    m_library = std::make_unique<MediaLibrary>(
        m_config.rootDir, m_config.live.keys() + m_config.relays.keys());
    m_library->setRedirects(m_config.redirects);
    setUpBroadcasting();
    connect(m_tcpServer, &QTcpServer::newConnection, this, &MmsServer::acceptConnections);
}

MmsServer::~MmsServer()
{
    // Sessions refer to the library, the live sources and the pacer: delete them first, also
    // the finished ones still waiting for their deleteLater (children, not in m_sessions).
    m_sessions.clear();
    m_httpSessions.clear();
    qDeleteAll(findChildren<MmsServerSession *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<MmshServerSession *>(Qt::FindDirectChildrenOnly));
    // Encoders refer to the push points, relays to their live sources.
    qDeleteAll(findChildren<PushIngestSession *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<RelaySource *>(Qt::FindDirectChildrenOnly));
}

bool MmsServer::listen()
{
    if (m_tcpServer->isListening())
        return true;
    if (m_library->rootPath().isEmpty() && m_config.live.isEmpty() && m_config.playlists.isEmpty()
        && m_config.redirects.isEmpty() && m_config.pushPoints.isEmpty() && !m_config.pushAnyName
        && m_config.relays.isEmpty()) {
        m_errorString = QStringLiteral("root folder \"%1\" does not exist").arg(m_config.rootDir);
        return false;
    }
    if (m_config.maxClients < 1 || m_config.pingIntervalMs < 1 || m_config.idleTimeoutMs < 1
        || m_config.streamChangeWaitMs < 1 || m_config.requestHeadTimeoutMs < 1) {
        m_errorString = QStringLiteral(
            "max clients, ping interval, idle timeout, stream change wait and request "
            "head timeout must be positive");
        return false;
    }
    if (m_config.auth != AuthScheme::None) {
        if (m_config.usersFile.isEmpty()) {
            m_errorString = QStringLiteral("a login scheme needs a users file");
            return false;
        }
        QString error;
        m_authScope.setLiveFiles(m_config.live);
        if (!m_authScope.setFolders(m_library.get(), m_config.authFolders, &error)
            || !m_users.load(m_config.usersFile, &error)) {
            m_errorString = error;
            return false;
        }
        if (m_config.maxAuthTries < 1 || m_config.throttle.baseDelayMs < 0
            || m_config.throttle.maxDelayMs < m_config.throttle.baseDelayMs
            || m_config.throttle.maxAddresses < 1) {
            m_errorString = QStringLiteral("bad login limits");
            return false;
        }
    }
    // The operator's playlists: every entry must be an existing file (checked as ASF when due).
    QMap<QString, QStringList> playlists;
    for (auto it = m_config.playlists.cbegin(); it != m_config.playlists.cend(); ++it) {
        if (it.value().isEmpty()) {
            m_errorString = QStringLiteral("playlist \"%1\" has no entry").arg(it.key());
            return false;
        }
        for (const QString &file : it.value()) {
            const QFileInfo info(file);
            if (!info.isFile()) {
                m_errorString =
                    QStringLiteral("playlist \"%1\": no file \"%2\"").arg(it.key(), file);
                return false;
            }
            playlists[it.key()].append(info.canonicalFilePath());
        }
    }
    m_library->setPlaylists(playlists);
    QMap<QString, LiveSource *> opened;
    for (auto it = m_config.live.cbegin(); it != m_config.live.cend(); ++it) {
        const LiveSource::OpenResult live = LiveSource::open(it.key(), it.value(), this);
        if (!live.source) {
            qDeleteAll(opened);
            m_errorString = QStringLiteral("live \"%1\": %2").arg(it.key(), live.error);
            return false;
        }
        opened.insert(it.key(), live.source);
    }
    // Many clients connecting at once (benchmarks, the hardening tests) must not overflow the
    // kernel's accept queue: Qt's default backlog is 50.
    m_tcpServer->setListenBacklogSize(qBound(50, m_config.maxClients, 4096));
    if (!m_tcpServer->listen(m_config.address, m_config.port)) {
        qDeleteAll(opened);
        m_errorString = m_tcpServer->errorString();
        return false;
    }
    // The broadcasts run from now on, whether or not anyone listens (MS-MMSP notes §9.7).
    m_liveSources = opened;
    for (LiveSource *live : std::as_const(m_liveSources))
        live->start();
    if (!startRelays())
        return false;
    qCInfo(lcMmsServer).noquote() << QStringLiteral("serving \"%1\" on %2:%3")
                                         .arg(m_library->rootPath(), serverAddress().toString())
                                         .arg(serverPort());
    return true;
}

QString MmsServer::errorString() const
{
    return m_errorString;
}

QHostAddress MmsServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

quint16 MmsServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

int MmsServer::sessionCount() const
{
    // A connection whose protocol is not known yet holds a slot too.
    int count = m_sniffing;
    for (const QPointer<MmsServerSession> &session : m_sessions) {
        if (session && !session->isRefused())
            ++count;
    }
    for (const QPointer<MmshServerSession> &session : m_httpSessions) {
        if (session && !session->isRefused())
            ++count;
    }
    return count;
}

qint64 MmsServer::peakQueuedBytes() const
{
    qint64 peak = m_peakQueuedBytes;
    for (const QPointer<MmsServerSession> &session : m_sessions) {
        if (session)
            peak = qMax(peak, session->peakQueuedBytes());
    }
    for (const QPointer<MmshServerSession> &session : m_httpSessions) {
        if (session)
            peak = qMax(peak, session->peakQueuedBytes());
    }
    return peak;
}

SessionEnvironment MmsServer::environment(bool overLimit) const
{
    SessionEnvironment environment;
    environment.pace = m_config.pace;
    environment.pingIntervalMs = m_config.pingIntervalMs;
    environment.idleTimeoutMs = m_config.idleTimeoutMs;
    environment.streamChangeWaitMs = m_config.streamChangeWaitMs;
    environment.requestHeadTimeoutMs = m_config.requestHeadTimeoutMs;
    environment.httpPipelining = m_config.httpPipelining;
    environment.library = m_library.get();
    environment.pacer = const_cast<PacketPacer *>(&m_pacer);
    environment.live = m_liveSources;
    environment.liveHeaderWaitMs = m_config.liveHeaderWaitMs;
    environment.auth = m_config.auth;
    environment.realm = m_config.realm;
    environment.users = &m_users;
    environment.authScope = &m_authScope;
    environment.throttle = const_cast<AuthThrottle *>(&m_throttle);
    environment.maxAuthTries = m_config.maxAuthTries;
    // MS-MMSP 3.2.5.3: over the limit, Connect is answered with NS_E_TOO_MANY_SESS; over HTTP,
    // the request with 503.
    if (overLimit)
        environment.refuseHr = mms::Hresult::TooManySessions;
    return environment;
}

void MmsServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        // The limit is decided at accept, as it always was; the protocol when the first byte
        // arrives (both kinds of client speak first).
        const bool overLimit = sessionCount() >= m_config.maxClients;
        const int number = m_nextSession++;
        auto *sniffer = new ConnectionSniffer(
            socket, qMin(m_config.requestHeadTimeoutMs, m_config.idleTimeoutMs), this);
        socket->setParent(sniffer);
        ++m_sniffing;
        connect(sniffer, &ConnectionSniffer::identified, this,
            [this, sniffer, number, overLimit](auto protocol) {
                --m_sniffing;
                QTcpSocket *socket = sniffer->socket();
                socket->setParent(nullptr);
                sniffer->deleteLater();
                if (protocol == ConnectionSniffer::Protocol::Push)
                    startPushSession(socket, number);
                else
                    startSession(
                        socket, number, overLimit, protocol == ConnectionSniffer::Protocol::Http);
            });
        connect(sniffer, &ConnectionSniffer::timedOut, this, [this, sniffer, number] {
            --m_sniffing;
            qCInfo(lcMmsServer).noquote()
                << QStringLiteral("session %1: closing (nothing received)").arg(number);
            sniffer->socket()->abort();
            sniffer->deleteLater();
            emit sessionFinished(number);
        });
        emit sessionStarted(number);
    }
}

void MmsServer::startSession(QTcpSocket *socket, int number, bool overLimit, bool http)
{
    if (http) {
        auto *session =
            new MmshServerSession(number, socket, environment(overLimit), &m_httpClients, this);
        connect(
            session, &MmshServerSession::requestReceived, this, &MmsServer::httpRequestReceived);
        connect(session, &MmshServerSession::requestHeadReceived, this,
            &MmsServer::httpRequestHeadReceived);
        connect(session, &MmshServerSession::logReceived, this, &MmsServer::httpLogReceived);
        connect(session, &MmshServerSession::finished, this, &MmsServer::onSessionFinished);
        m_httpSessions.append(session);
        return;
    }
    auto *session = new MmsServerSession(number, socket, environment(overLimit), this);
    connect(session, &MmsServerSession::messageReceived, this, &MmsServer::messageReceived);
    connect(session, &MmsServerSession::finished, this, &MmsServer::onSessionFinished);
    m_sessions.append(session);
}

void MmsServer::onSessionFinished(int session)
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        MmsServerSession *candidate = m_sessions.at(i);
        if (candidate && candidate->number() == session) {
            m_peakQueuedBytes = qMax(m_peakQueuedBytes, candidate->peakQueuedBytes());
            m_sessions.removeAt(i);
            candidate->deleteLater();
            break;
        }
    }
    for (qsizetype i = 0; i < m_httpSessions.size(); ++i) {
        MmshServerSession *candidate = m_httpSessions.at(i);
        if (candidate && candidate->number() == session) {
            m_peakQueuedBytes = qMax(m_peakQueuedBytes, candidate->peakQueuedBytes());
            m_httpSessions.removeAt(i);
            candidate->deleteLater();
            break;
        }
    }
    emit sessionFinished(session);
}
