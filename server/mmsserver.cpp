// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/mmsserver.h"

#include "core/logging.h"
#include "server/livesource.h"
#include "server/medialibrary.h"
#include "server/mmsserversession.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

MmsServer::MmsServer(MmsServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tcpServer(new QTcpServer(this))
{
    m_library = std::make_unique<MediaLibrary>(m_config.rootDir, m_config.live.keys());
    m_library->setRedirects(m_config.redirects);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &MmsServer::acceptConnections);
}

MmsServer::~MmsServer()
{
    // Sessions refer to the library, the live sources and the pacer: delete them first, also
    // the finished ones still waiting for their deleteLater (children, not in m_sessions).
    m_sessions.clear();
    qDeleteAll(findChildren<MmsServerSession *>(Qt::FindDirectChildrenOnly));
}

bool MmsServer::listen()
{
    if (m_tcpServer->isListening())
        return true;
    if (m_library->rootPath().isEmpty() && m_config.live.isEmpty() && m_config.playlists.isEmpty()
        && m_config.redirects.isEmpty()) {
        m_errorString = QStringLiteral("root folder \"%1\" does not exist").arg(m_config.rootDir);
        return false;
    }
    if (m_config.maxClients < 1 || m_config.pingIntervalMs < 1 || m_config.idleTimeoutMs < 1
        || m_config.streamChangeWaitMs < 1) {
        m_errorString = QStringLiteral("max clients, ping interval, idle timeout and stream change wait must be positive");
        return false;
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
                m_errorString = QStringLiteral("playlist \"%1\": no file \"%2\"").arg(it.key(), file);
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
    int count = 0;
    for (const QPointer<MmsServerSession> &session : m_sessions) {
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
    return peak;
}

void MmsServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        SessionEnvironment environment;
        environment.pace = m_config.pace;
        environment.pingIntervalMs = m_config.pingIntervalMs;
        environment.idleTimeoutMs = m_config.idleTimeoutMs;
        environment.streamChangeWaitMs = m_config.streamChangeWaitMs;
        environment.library = m_library.get();
        environment.pacer = &m_pacer;
        environment.live = m_liveSources;
        // MS-MMSP 3.2.5.3: over the limit, Connect is answered with NS_E_TOO_MANY_SESS.
        if (sessionCount() >= m_config.maxClients)
            environment.refuseHr = mms::Hresult::TooManySessions;
        const int number = m_nextSession++;
        auto *session = new MmsServerSession(number, socket, environment, this);
        connect(session, &MmsServerSession::messageReceived, this, &MmsServer::messageReceived);
        connect(session, &MmsServerSession::finished, this, &MmsServer::onSessionFinished);
        m_sessions.append(session);
        emit sessionStarted(number);
    }
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
    emit sessionFinished(session);
}
