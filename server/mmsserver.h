// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/httphead.h"
#include "core/protocol/mmsconstants.h"
#include "server/authscope.h"
#include "server/auththrottle.h"
#include "server/packetpacer.h"
#include "server/serverauthenticator.h"
#include "server/userdatabase.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>

class QTcpServer;
class QTcpSocket;
class MediaLibrary;
class MmsServerSession;
class MmshServerSession;
class LiveSource;
class PushPoints;
class PushIngestSession;
class RelaySource;

// Configuration of one mms-serve instance (see docs/mms-serve.md).
struct MmsServerConfig {
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
    // MMS over HTTP: each request head must be complete this long after its wait began (slow
    // heads, idle keep-alive connections), and a new connection must say something by then.
    int requestHeadTimeoutMs = 10000;
    // MMS over HTTP: accept the pipelined mode ([MS-WMSP] 1.4) when a client offers it (off:
    // every client gets the non-pipelined mode).
    bool httpPipelining = true;
    // After a playlist entry change, stream the next entry unasked if no StartPlaying came.
    int streamChangeWaitMs = 5000;
    // Logins (docs/mms-serve.md "Authentication"): the scheme every file asks for, the users
    // file (loaded by listen()), the realm shown to users, the brute-force delay, and how many
    // wrong tries one MMS connection gets before it is refused.
    AuthScheme auth = AuthScheme::None;
    // --auth-folder: folders relative to rootDir; with any, only what lies inside needs a login.
    QStringList authFolders;
    QString usersFile;
    QString realm = QStringLiteral("mms-serve");
    AuthThrottle::Config throttle;
    int maxAuthTries = 3;
    // Broadcasting (docs/mms-serve.md "Broadcasting"): publishing points encoders may push to
    // ([MS-WMHTTP]): the declared names, or any free name with pushAnyName; and NAME -> upstream
    // URL pulled with MmsSession and served live (--relay).
    QStringList pushPoints;
    bool pushAnyName = false;
    int maxPushers = 16;
    QMap<QString, QString> relays;
    // Relays connect to their upstream when the first client opens the name (or waits for it)
    // and disconnect this long after the last one left (0: at once); the names in
    // relaysAlwaysOn connect at start and stay connected.
    int relayIdleMs = 10000;
    QStringList relaysAlwaysOn;
    // A client opening a broadcast that has no header yet (a relay still connecting, an
    // encoder that has not started) waits this long for it, then is refused. Under our
    // client's (and WMP's) 10 s reply timeout, so that it hears the refusal, not silence.
    int liveHeaderWaitMs = 8000;
};

// Our MMS server: owns the listening socket, the media library, the live sources and one
// session per connected client: MmsServerSession for MMS over TCP (MS-MMSP), MmshServerSession
// for MMS over HTTP ([MS-WMSP]), on the same port, told apart by the first byte.
class MmsServer : public QObject {
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
    // Failed logins per client address and the delays they earned (for the log and the tests).
    const AuthThrottle &authThrottle() const { return m_throttle; }
    const UserDatabase &users() const { return m_users; }
    // Clients that have the broadcast NAME open or wait for it to start (LiveSource::viewers);
    // 0 for other names.
    int viewers(const QString &name) const;

signals:
    // Every message a client sent: session number (1,2,..), MID, and the message area bytes (from
    // chunkLen), so tests can decode it with mms::decodeMessage.
    void messageReceived(int session, mms::MessageId id, const QByteArray &message);
    void sessionStarted(int session);
    void sessionFinished(int session);
    // MMS over HTTP: each request head, as it came (for tests and the log).
    void httpRequestReceived(int session, const QByteArray &method, const QByteArray &target);
    // The same request's whole head (Pragma tokens and all), and the body of a Log request
    // ([MS-WMSP] 2.2.2.4, an [MS-WMLOG] XML log) once it is in: what the server records.
    void httpRequestHeadReceived(int session, const mms::HttpHead &head);
    void httpLogReceived(int session, const QByteArray &body);

private:
    void acceptConnections();
    void startSession(QTcpSocket *socket, int number, bool overLimit, bool http);
    void onSessionFinished(int session);
    struct SessionEnvironment environment(bool overLimit) const;
    // Broadcasting (mmsserverbroadcast.cpp).
    void setUpBroadcasting();
    bool startRelays();
    LiveSource *addFedSource(const QString &name);
    void startPushSession(QTcpSocket *socket, int number);

    MmsServerConfig m_config;
    QTcpServer *m_tcpServer = nullptr;
    std::unique_ptr<MediaLibrary> m_library;
    QMap<QString, LiveSource *> m_liveSources; // children of this
    // Paces the realtime sessions; they hold entries in it, so it must outlive every session:
    // ~MmsServer deletes them all before the members go.
    PacketPacer m_pacer;
    UserDatabase m_users;
    AuthThrottle m_throttle;
    AuthScope m_authScope; // what needs a login (set up by listen())
    QList<QPointer<MmsServerSession>> m_sessions;
    QList<QPointer<MmshServerSession>> m_httpSessions;
    QHash<quint32, QPointer<MmshServerSession>> m_httpClients; // MmshClientRegistry
    int m_sniffing = 0; // connections whose first byte has not come yet
    int m_nextSession = 1;
    qint64 m_peakQueuedBytes = 0; // of the sessions that have finished
    QString m_errorString;
    std::unique_ptr<PushPoints> m_pushPoints;
    QList<QPointer<PushIngestSession>> m_pushSessions;
    QList<RelaySource *> m_relays; // children of this
};
