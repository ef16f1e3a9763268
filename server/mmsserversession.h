// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/mmscodec.h"
#include "server/filepacketfeed.h"
#include "server/liveheaderwait.h"
#include "server/mmsserver.h"
#include "server/pacedfeed.h"
#include "server/packetpacer.h"
#include "server/sessionconnection.h"
#include "server/sessionmedia.h"
#include "server/stridefeed.h"
#include "server/strideindex.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

class QTcpSocket;
class LiveSource;
class MediaLibrary;
class AuthScope;

// What a session needs from its server; the pointers outlive every session.
struct SessionEnvironment {
    MmsServerConfig::Pace pace = MmsServerConfig::Pace::Realtime;
    int pingIntervalMs = 30000;
    int idleTimeoutMs = 60000;
    int streamChangeWaitMs = 5000;
    int requestHeadTimeoutMs = 10000; // MMS over HTTP only
    bool httpPipelining = true; // MMS over HTTP: accept the pipelined mode ([MS-WMSP] 1.4)
    const MediaLibrary *library = nullptr;
    PacketPacer *pacer = nullptr; // times the Data packets of realtime pace
    QMap<QString, LiveSource *> live;
    int liveHeaderWaitMs = 8000; // MmsServerConfig::liveHeaderWaitMs
    // Non-zero: answer Connect with this hr and close (MS-MMSP 3.2.5.3; used for --max-clients).
    quint32 refuseHr = 0;
    // Logins (MmsServerConfig): with a scheme, `users` and `throttle` are set.
    AuthScheme auth = AuthScheme::None;
    QString realm;
    const UserDatabase *users = nullptr;
    const AuthScope *authScope = nullptr; // which requests need a login; null: all of them
    AuthThrottle *throttle = nullptr;
    int maxAuthTries = 3;
};

// The server side of one client connection (MS-MMSP 3.2): owns the socket, splits what arrives
// into commands, answers them in order and streams the file's header and data packets.
class MmsServerSession : public QObject {
    Q_OBJECT
public:
    enum class State { Init, Connected, FileOpen, Ready, Streaming, Closing };
    Q_ENUM(State)

    // Takes ownership of `socket`.
    MmsServerSession(int number, QTcpSocket *socket, const SessionEnvironment &environment,
        QObject *parent = nullptr);
    ~MmsServerSession() override;

    int number() const { return m_number; }
    State state() const { return m_state; }
    bool isRefused() const { return m_env.refuseHr != 0; }
    // Most bytes ever waiting in this session's socket write buffer (for the hardening tests;
    // bounds in docs/mms-serve.md).
    qint64 peakQueuedBytes() const;

    // Largest amount of data we let wait in the socket's write buffer before we stop producing
    // more: a slow reader gets packets late, the server's memory stays bounded.
    static constexpr qint64 MaxQueuedBytes = 64 * 1024;

    // How much of the file a streaming session reads with one file read: PacedFeed's
    // read-ahead. The block is the session's only file buffer and is held only while it
    // streams, so a streaming session costs this plus at most MaxQueuedBytes + one Data packet
    // of queued output. Realtime: 16 KiB (5 packets of 3,200 bytes, a second of a 128 kbit/s
    // stream), so 2,000 sessions hold ~32 MB of blocks, what QFile's own 16 KiB buffer cost
    // before. Burst: 256 KiB (81 such packets per read, 4 reads a MB): a burst client wants the
    // whole link. Blocks of 64 KiB to 1 MiB measured alike (MB/s and server CPU); larger ones
    // only cost memory, smaller ones more read calls. A burst session holds ~330 KiB.
    static constexpr qsizetype RealtimeReadAheadBytes = PacedFeed::RealtimeReadAheadBytes;
    static constexpr qsizetype BurstReadAheadBytes = PacedFeed::BurstReadAheadBytes;

signals:
    void messageReceived(int session, mms::MessageId id, const QByteArray &message);
    void finished(int session);

private:
    // A live client that falls this many packets behind loses the oldest ones.
    static constexpr qsizetype MaxLiveQueue = 64;

    void handleDisconnected();
    void handleCommand(const mms::CommandPacket &packet);
    void handleConnect(const QByteArray &message);
    void handleOpenFile(const QByteArray &message);
    void openFile(const mms::OpenFile &open, quint32 playIncarnation);
    void refuseOpen(
        mms::ReportOpenFile reply, quint32 hr, const QString &reason, const QString &fileName);
    void fileOpened(mms::ReportOpenFile reply, const QString &fileName);
    // Logins over MS-MMSP (mmsserversessionauth.cpp).
    bool needsLogin(const QString &fileName) const;
    void startAuthentication(const mms::OpenFile &open);
    void handleSecurityResponse(const QByteArray &message);
    void processAuthToken(const QByteArray &token, quint32 playIncarnation);
    void sendOpeningChallenge(quint32 playIncarnation);
    void sendSecurityChallenge(quint32 playIncarnation, const QByteArray &token);
    void authenticationFailed(const QString &user, const QString &reason, quint32 playIncarnation);
    void handleReadBlock(const QByteArray &message);
    void handleStreamSwitch(const QByteArray &message);
    void handleStartPlaying(const QByteArray &message);
    void handleStopPlaying(const QByteArray &message);
    void handleStartStriding(const QByteArray &message);
    // Fast-forward and rewind (mmsserversessionstride.cpp).
    void startStride(const mms::StartStriding &request, qsizetype firstFrame);
    void pumpStride();
    void selectAllStreams();

    template<typename M>
    void sendMessage(const M &message)
    {
        m_connection->send(message);
    }
    void writeData(quint32 locationId, quint8 afFlags, const QByteArray &payload);

    void stopStreaming();
    void startFeed(quint64 firstPacket, quint32 accelBandwidth, quint32 accelDuration);
    void pump();
    void pumpLive();
    void handleFeedEnd(FilePacketFeed::Status status, const QString &error);
    void endOfStream(quint32 hr);
    void changeEntry();
    void startEntryUnasked();
    void joinLive(LiveSource *live);
    void handleLivePacket(quint32 locationId, const QByteArray &packet, bool keyFrameStart);
    void closeSession(const QString &reason);

    int m_number = 0;
    SessionEnvironment m_env;
    SessionConnection *m_connection = nullptr; // child
    State m_state = State::Init;
    bool m_finished = false;

    SessionMedia m_media;
    LiveHeaderWait m_headerWait; // a broadcast opened before its header came
    QString m_fileName;
    QSet<int> m_selected; // streams whose payloads are sent
    QSet<int> m_allStreams;

    quint8 m_incarnation = 0; // of the StartPlaying being served
    quint8 m_afCounter = 0; // MS-MMSP 2.2.2: AFFlags of media packets is a running counter
    QList<QPair<quint32, QByteArray>> m_liveQueue;
    bool m_waitingForKeyFrame = false; // a late joiner starts at a key frame (LiveSource)
    qint64 m_liveDropped = 0;

    PacedFeed m_paced; // the file's packets, each when it is due (realtime pace)
    StrideFeed m_stride; // the key frames of a StartStriding, each when it is due
    QTimer m_streamChangeTimer; // after a playlist entry change, for a client that sends no
                                // StartPlaying

    QHostAddress m_peer;
    std::unique_ptr<ServerAuthenticator> m_auth; // while a login is under way
    std::optional<mms::OpenFile> m_pendingOpen; // the OpenFile waiting for the login
    bool m_authenticated = false;
    bool m_authWaiting = false; // serving the brute-force delay: responses are ignored
    bool m_ntlmAuthForm = false; // the client wraps NTLM in NTLM_AUTH: so do we
    int m_authFailures = 0;
    quint32 m_cookie = 0;
};
