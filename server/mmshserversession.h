// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshpragma.h"
#include "server/filepacketfeed.h"
#include "server/mmsserversession.h"
#include "server/pacedfeed.h"
#include "server/packetpacer.h"
#include "server/sessionmedia.h"
#include "server/socketheadreader.h"
#include "server/stridefeed.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class HttpLogin;
class QTcpSocket;
class MmshServerSession;

// client-id -> the connection that streams to that client, so that a Stop, SelectStream or
// KeepAlive on another connection ([MS-WMSP] non-pipelined mode) reaches it. Owned by MmsServer.
using MmshClientRegistry = QHash<quint32, QPointer<MmshServerSession>>;

// The server side of one MMS-over-HTTP connection ([MS-WMSP] 3.2, non-pipelined mode): reads
// request heads (limits and a deadline for each), answers Describe with the $H packets, Play
// with $H then paced $D packets and $E, and KeepAlive, Stop, SelectStream and Log. Media, stream
// filtering and pacing come from SessionMedia, FilePacketFeed and PacketPacer, as for MS-MMSP.
class MmshServerSession : public QObject {
    Q_OBJECT
public:
    // Head limits: every request an MMSH client sends is well under 4 KiB.
    static constexpr qsizetype MaxRequestHeadBytes = 16 * 1024;
    static constexpr qsizetype MaxRequestLineBytes = 4 * 1024;
    static constexpr qsizetype MaxRequestHeaders = 64;
    // A Log body ([MS-WMLOG]) is a few KiB; a POST body over this is refused (413).
    static constexpr qint64 MaxRequestBodyBytes = 64 * 1024;
    static constexpr qint64 MaxQueuedBytes = MmsServerSession::MaxQueuedBytes;

    // Takes ownership of `socket`.
    MmshServerSession(int number, QTcpSocket *socket, const SessionEnvironment &environment,
        MmshClientRegistry *registry, QObject *parent = nullptr);
    ~MmshServerSession() override;

    int number() const { return m_number; }
    bool isRefused() const { return m_env.refuseHr != 0; }
    bool isStreaming() const { return m_streaming; }
    qint64 peakQueuedBytes() const { return m_peakQueued; }

    // From another connection of the same client (registry).
    void stopFromClient();
    void selectStreamsFromClient(const QList<mms::MmshStreamSwitchEntry> &entries);

signals:
    // Each request head as received: method, target and the parsed Pragma tokens (for tests).
    void requestReceived(int session, const QByteArray &method, const QByteArray &target);
    void requestHeadReceived(int session, const mms::HttpHead &head);
    // A Log request's body ([MS-WMSP] 2.2.2.4), as received (at most MaxRequestBodyBytes).
    void logReceived(int session, const QByteArray &body);
    void finished(int session);

private:
    void handleReadyRead();
    void processInput();
    void handleRequest();
    void handleGet(const mms::MmshPragma &pragma);
    void handleDescribe(const mms::MmshPragma &pragma);
    void handlePlay(const mms::MmshPragma &pragma);
    void handlePost(const mms::MmshPragma &pragma, const mms::HttpHead &head);
    void recordLog(const mms::HttpHead &head);
    // False when refused (answered) or waiting for a broadcast to start (m_media.isWaiting()).
    bool openMedia(const QByteArray &target);
    bool mediaOpened();
    void answerGet(const mms::MmshPragma &pragma); // Describe or Play of the open media
    void waitForBroadcast(const QByteArray &target, const mms::MmshPragma &pragma);
    // Logins over HTTP (mmshserverauth.cpp): true when the request may go on; otherwise a 401
    // has been (or, after the brute-force delay, will be) sent.
    // `path` is the request's path (AuthScope decides whether it needs a login).
    bool authorize(const mms::HttpHead &head, const QString &path);
    void sendUnauthorized(const QByteArray &challenge, bool close); // a WWW-Authenticate value
    void authorizationFailed(const QString &user, const QString &reason);
    quint32 clientIdFor(const mms::MmshPragma &pragma);
    QSet<int> selection(const QList<mms::MmshStreamSwitchEntry> &entries) const;
    QByteArray headerPackets(quint8 incarnation) const;
    QByteArray featuresPragma(quint32 clientId) const;
    // Fast-forward and rewind: the rate a Play asks for that we serve (1 when none, or when we
    // cannot; then `refused` says why).
    double grantedRate(const mms::MmshPragma &pragma, QString *refused);

    // HTTP replies.
    QByteArray responseHead(
        int status, const QByteArray &reason, const QList<QByteArray> &headers) const;
    void sendSimple(int status, const QByteArray &reason, bool close);
    void finishResponse(bool keepAlive);
    void write(const QByteArray &bytes);

    // Streaming (mmshstreaming.cpp).
    void startStreaming(quint32 streamTimeMs, double rate = 1.0);
    void pump();
    void pumpStride();
    void appendData(QByteArray &batch, quint32 locationId, QByteArrayView packet);
    void pumpLive();
    void handleLivePacket(quint32 locationId, const QByteArray &packet, bool keyFrameStart);
    void endEntry(FilePacketFeed::Status status, const QString &error);
    void selectAllStreams();
    void endStream(quint32 reason);
    void stopStreaming();

    // Pipelined mode (mmshpipelined.cpp).
    bool offersToken(const mms::MmshPragma &pragma, const char *token) const;
    void writeStream(const QByteArray &bytes); // a chunk of the Play response when pipelined
    void endPlayResponse(const QString &why);
    bool stopRequestWaiting();

    void handleBytesWritten();
    void handleStall();
    void closeConnection(const QString &reason);
    void handleDisconnected();

    int m_number = 0;
    SessionEnvironment m_env;
    MmshClientRegistry *m_registry = nullptr;
    QTcpSocket *m_socket = nullptr; // child
    SocketHeadReader m_reader;
    qint64 m_bodyLeft = 0; // bytes of the current request's body still to read (and drop)
    bool m_bodyWanted = false;
    QByteArray m_body;
    bool m_keepAlive = false; // of the request being answered
    bool m_requestHttp11 = false; // the request being answered is HTTP/1.1
    // Pipelined mode ([MS-WMSP] 1.4): this connection answers HTTP/1.1 and keeps going after a
    // Play, whose response is then chunked (a Stop on it ends the stream).
    bool m_pipelined = false;
    bool m_chunked = false; // the Play response being sent is chunked
    bool m_closing = false;
    bool m_finished = false;
    qint64 m_peakQueued = 0;
    QTimer m_headTimer; // a request head must be complete this long after its wait began
    QTimer m_stallTimer; // output that does not drain for the idle timeout: a dead reader
    QElapsedTimer m_lastDrain;

    QHostAddress m_peer;
    std::unique_ptr<HttpLogin> m_login; // NTLM: one exchange per connection
    bool m_authenticated = false;
    bool m_authWaiting = false; // serving the brute-force delay: no request is read
    int m_authFailures = 0;

    SessionMedia m_media;
    LiveHeaderWait m_headerWait; // a broadcast opened before its header came
    bool m_mediaWaiting = false; // a GET waits for it: no request is read
    std::optional<quint32> m_clientId;
    QSet<int> m_allStreams;
    QSet<int> m_selected;
    bool m_streaming = false;
    quint8 m_incarnation = 0;
    quint8 m_afCounter = 0;
    QList<QPair<quint32, QByteArray>> m_liveQueue;
    bool m_waitingForKeyFrame = false; // a late joiner starts at a key frame (LiveSource)
    PacedFeed m_paced; // the file's packets, each when it is due (realtime pace)
    StrideFeed m_stride; // the key frames of a Play with a rate, each when it is due
};
