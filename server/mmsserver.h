// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/mmsconstants.h"
#include "server/packetpacer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QTcpServer;
class MediaLibrary;
class MmsServerSession;
class LiveSource;

// Configuration of one mms-serve instance (see docs/mms-serve.md).
struct MmsServerConfig
{
    QString rootDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 1755; // 0 = any free port
    enum class Pace { Realtime, Burst } pace = Pace::Realtime;
    QMap<QString, QString> live; // NAME -> FILE served looped as a broadcast at mms://host/NAME
    // NAME -> FILEs played one after the other at mms://host/NAME (MS-MMSP 3.2.4.2)
    QMap<QString, QStringList> playlists;
    QMap<QString, QString> redirects; // NAME -> URL sent in ReportRedirect (MS-MMSP 3.2.5.6)
    int maxClients = 200;
    int pingIntervalMs = 30000; // Ping after this much silence (MS-MMSP 3.2.6.1)
    int idleTimeoutMs = 60000; // disconnect a client silent (or not reading) this long
    // After a playlist entry change, stream the next entry unasked if no StartPlaying came.
    int streamChangeWaitMs = 5000;
};

// Our MMS server: owns the listening socket, the media library, the live sources and one
// MmsServerSession per connected client.
class MmsServer : public QObject
{
    Q_OBJECT
public:
    explicit MmsServer(MmsServerConfig config, QObject *parent = nullptr);
    ~MmsServer() override;

    bool listen(); // false + errorString() on failure
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int sessionCount() const;
    // Most bytes that ever waited in one session's socket write buffer, over every session so
    // far (for the hardening tests; the bounds are in docs/mms-serve.md).
    qint64 peakQueuedBytes() const;

    const MmsServerConfig &config() const { return m_config; }

signals:
    // Every message a client sent: session number (1,2,..), MID, and the message area bytes (from
    // chunkLen), so tests can decode it with mms::decodeMessage.
    void messageReceived(int session, mms::MessageId id, const QByteArray &message);
    void sessionStarted(int session);
    void sessionFinished(int session);

private:
    void acceptConnections();
    void onSessionFinished(int session);

    MmsServerConfig m_config;
    QTcpServer *m_tcpServer = nullptr;
    std::unique_ptr<MediaLibrary> m_library;
    QMap<QString, LiveSource *> m_liveSources; // children of this
    // Paces the realtime sessions; they hold entries in it, so it must outlive every session:
    // ~MmsServer deletes them all before the members go.
    PacketPacer m_pacer;
    QList<QPointer<MmsServerSession>> m_sessions;
    int m_nextSession = 1;
    qint64 m_peakQueuedBytes = 0; // of the sessions that have finished
    QString m_errorString;
};
