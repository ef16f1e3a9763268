// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/auth/ntlmclient.h"
#include "core/logging.h"
#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshresponsereader.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/session/headerassembler.h"
#include "core/session/messagetrace.h"
#include "core/session/mmshtransport.h"
#include "core/session/mmssession.h"
#include "core/session/mmsttransport.h"
#include "core/session/mmsurl.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <optional>

// The state machine behind MmsSession, one for both wires. Split over these sources:
// mmssession_p.cpp (socket, timers, receiving), mmssessionrequests.cpp (what the client asks for
// and sends), mmssessionhandlers.cpp (one handler per MS-MMSP server message),
// mmssessiondata.cpp (header and media packets), mmssessionreconnect.cpp (reconnect and resume),
// mmssessionhttp.cpp (the MMS-over-HTTP wire) and mmssessionrollover.cpp (choosing the wire).
// What differs between the wires is reached through wire() (an MmsTransport: mmsttransport.cpp,
// mmshtransport.cpp), so the state machine itself does not branch on the wire.
// Not a QObject: its connections use the MmsSession as context object.
struct PlayRecord;

class MmsSessionPrivate
{
public:
    using State = MmsSession::State;
    using Error = MmsSession::Error;
    // The MMS-over-HTTP response being read. Playlist: the Describe was answered with an ASX
    // playlist, read whole. Stop, KeepAlive and Log have responses of their own only on a
    // pipelined connection.
    enum class HttpExchange { None, Describe, Playlist, Play, Stop, KeepAlive, Log };

    // The Connect player token (notes §6.1): a version of Windows Media Player 9's NSPlayer.
    static constexpr const char *PlayerToken = "NSPlayer/9.0.0.4503";
    static constexpr int MaxRedirects = 5;
    static constexpr quint64 FastStartFactor = 10; // burst rate / content rate (see startPlaying)
    // Qt's own socket buffer stays this small, so a paused reader bounds memory (backpressure).
    static constexpr qint64 ReadBufferBytes = MmsSession::MaxReadBufferBytes;
    static constexpr int DefaultKeepAliveMs = 10000;
    static constexpr int DefaultReconnectAttempts = 3;
    static constexpr int DefaultReconnectDelayMs = 500;

    explicit MmsSessionPrivate(MmsSession *q);
    ~MmsSessionPrivate();

    // --- mmssession_p.cpp
    void open(const QUrl &url);
    void connectToTarget();
    void setReadingPaused(bool paused);

    void setState(State state);
    bool timeoutApplies() const;
    void updateTimers();
    void quietAbort();
    void restartTimeout();
    void fail(Error error, quint32 hr, const QString &detail); // may reconnect instead
    void failNow(Error error, quint32 hr, const QString &detail);
    void finishClosed();
    void handleConnected();
    void handleDisconnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleTimeout();
    void handleKeepAlive();
    void handleReadyRead();
    void processBuffered();
    bool receiving() const; // a state in which the received bytes are still read

    void resetForConnection();
    QString subscriberName() const;
    void connectSocket();

    // --- mmssessionreconnect.cpp
    static bool isTransportError(Error error);
    bool reconnectFor(Error error, const QString &detail);
    bool planResume();
    void startReconnectAttempt();
    void cancelReconnect();
    bool resumeAfterHeader();
    void finishResume(bool sameHeader);
    bool dropAsDuplicate(quint32 locationId) const;
    std::optional<double> lastDeliveredTime() const;
    bool noteDropWhilePaused(Error error, const QString &detail);
    void reconnectAfterPause(double position);
    void scheduleReconnectAttempt();
    QString openFileName() const;

    // --- mmssessionrequests.cpp
    void requestStart(double position); // MmsSession::startPlaying
    void requestStop(); // MmsSession::stopPlaying
    bool reconnectingBeforeHeader() const;
    void selectStreams(const QList<int> &numbers);
    void startPlaying(double position);
    void stopPlaying();
    void close();
    void abort();
    QList<int> validStreams(const QList<int> &numbers) const;
    void sendStreamSwitch(bool fullList);
    void sendStartPlaying();
    PlayRecord playRecord() const; // the current play, for the Logging message or request
    void sendLogging();
    void sendCloseFile();

    template<typename M>
    void send(const M &message)
    {
        qCDebug(lcMmsProtocol).noquote() << "send" << mms::messageName(M::Id)
                                         << mms::traceFields(message);
        if (!m_sinceFirstSend.isValid())
            m_sinceFirstSend.start();
        // MS-MMSP 2.2.3: seq counts this side's packets from 0; timeSent is ms since the first.
        m_socket->write(mms::encodePacket(message, m_seq++, quint64(m_sinceFirstSend.elapsed())));
    }

    // --- mmssessionauth.cpp: answering SecurityChallenge (TCP) and 401 (HTTP)
    enum class AuthScheme { None, Basic, Ntlm };
    // What provideCredentials() goes on with.
    enum class AuthResume { None, TcpChallenge, TcpReconnect, HttpRetry };
    QString loginName() const;
    void resetAuthForSession(); // open()
    void resetAuthForConnection(); // each new connection
    void askForCredentials(AuthResume resume);
    void authRefused();
    void authAccepted();
    bool authFinished() const;
    void resumeAuthentication(); // MmsSession::provideCredentials
    void cancelAuthentication();
    void answerChallenge(const mms::SecurityChallenge &m);
    void sendSecurityResponse(const mms::SecurityChallenge &m, const QByteArray &token);
    // ReportOpenFile: true when it was the server's final "no" (handled) or a slot ended us.
    bool authOpenFileResult(quint32 hr);
    // A drop while credentialsRequired() waits: true when the answer will use a new connection.
    bool authDropWhileWaiting(Error error);
    QByteArray httpAuthorized(const QByteArray &request); // adds Authorization to a GET
    void httpAuthChallenge(const mms::HttpHead &head); // a 401
    void httpAuthRetry();

    // --- mmssessionhandlers.cpp
    // --- mmssessionrollover.cpp: the wire a URL gets, rollover from TCP to HTTP
    bool isHttp() const { return m_transport == MmsSession::Transport::Http; }
    // The wire of the current connection; TCP until chooseTransport() picks one (as before:
    // everything not HTTP took the MS-MMSP path).
    MmsTransport *wire() const
    {
        return isHttp() ? static_cast<MmsTransport *>(m_httpWire.get()) : m_tcpWire.get();
    }
    void chooseTransport();
    quint16 httpPort() const;
    bool rolloverFor(Error error, const QString &detail);
    void rollOver(const QString &reason);
    void handleRolloverTimeout();

    // --- mmssessionhttp.cpp: the MMS-over-HTTP wire ([MS-WMSP], non-pipelined mode)
    mms::MmshClientContext httpContext() const;
    void httpConnected();
    void httpProcess(bool &progress);
    void httpHandleHead();
    void httpRedirect(const QByteArray &location);
    void httpFollowPlaylist();
    void httpHandlePacket(const mms::MmshPacket &packet);
    void httpHeaderPiece(const QByteArray &piece);
    void httpEndOfStream(quint32 reason);
    void httpStreamChange();
    void httpFillInfo(const asf::Header &header);

    // --- mmssessionhttpplay.cpp: after a stream change, the Log request, side connections
    void httpSideRequest(const QByteArray &request); // queued: one side connection at a time
    void httpSideNext();

    // --- mmssessionhttppipeline.cpp: pipelined mode
    void httpDecidePipelining(const mms::HttpHead &head);
    bool httpPipelineLinkUp() const;
    void httpRequest(HttpExchange exchange, const QByteArray &request); // main or side connection
    bool httpPipelineHead(); // a Stop, KeepAlive or Log response: handled
    bool httpResponseDone(); // BodyEnd: true when the next pipelined response is being read
    bool httpPipelineDropped(); // the connection closed between plays: not an error

    void handleCommand(const mms::CommandPacket &packet);
    void handleData(const mms::DataPacket &packet);
    void handleHeaderFragment(const mms::DataPacket &packet);
    void handleMediaPacket(const mms::DataPacket &packet);
    void headerComplete(const QByteArray &bytes);
    bool unexpected(mms::MessageId id);
    bool checkHr(mms::MessageId id, quint32 hr);
    template<typename M>
    bool decode(const mms::CommandPacket &packet, M &out);

    void onConnectedEx(const mms::ReportConnectedEX &m);
    void onFunnelInfo(const mms::ReportFunnelInfo &m);
    void onConnectedFunnel(const mms::ReportConnectedFunnel &m);
    void onDisconnectedFunnel(const mms::ReportDisconnectedFunnel &m);
    void onOpenFile(const mms::ReportOpenFile &m);
    void onSecurityChallenge(const mms::SecurityChallenge &m);
    void onRedirect(const mms::ReportRedirect &m);
    void onReadBlock(const mms::ReportReadBlock &m);
    void onStreamSwitch(const mms::ReportStreamSwitch &m);
    void onStartedPlaying(const mms::ReportStartedPlaying &m);
    void onEndOfStream(const mms::ReportEndOfStream &m);
    void onStreamChange(const mms::ReportStreamChange &m);
    void onPing(const mms::Ping &m);

    MmsSession *const q;

    // Settings.
    int m_timeoutMs = 10000;
    int m_keepAliveMs = DefaultKeepAliveMs;
    int m_maxReconnects = DefaultReconnectAttempts;
    int m_reconnectDelayMs = DefaultReconnectDelayMs;
    quint32 m_maxBitrate = 0;
    bool m_fastStart = true;

    // Identity: one GUID per session object, the same through reconnects and redirects
    // (MS-MMSP 3.1.4.1.1).
    const QUuid m_playerId = QUuid::createUuid();

    // Connection.
    std::unique_ptr<QTcpSocket> m_socket;
    mms::StreamSplitter m_splitter;
    QTimer m_timeoutTimer;
    QTimer m_keepAliveTimer;
    QElapsedTimer m_sinceFirstSend;
    quint16 m_seq = 0;
    State m_state = State::Idle;
    QUrl m_url;
    MmsUrl m_target;
    int m_redirects = 0;
    bool m_readingPaused = false;
    bool m_remoteClosed = false; // the peer closed while we were paused with bytes unread
    bool m_processing = false; // inside processBuffered (no re-entry)
    bool m_selfAborting = false; // our own abort(): its socket signals are not news
    quint64 m_connectionSerial = 0; // one more per quietAbort()
    // The reply the setup phase waits for (ReportConnectedEX .. ReportOpenFile); 0 = none.
    quint32 m_expected = 0;

    // Transport and rollover (mmssessionhttp.cpp).
    MmsSession::Transport m_transport = MmsSession::Transport::None;
    // Both wires live as long as the session: a rollover switches wire() without a lifetime.
    const std::unique_ptr<MmstTransport> m_tcpWire = std::make_unique<MmstTransport>(this);
    const std::unique_ptr<MmshTransport> m_httpWire = std::make_unique<MmshTransport>(this);
    quint16 m_connectPort = 0; // the port of the current connection
    bool m_rolloverArmed = false; // a TCP attempt that may still roll over to HTTP
    int m_rolloverMs = 3000;
    quint16 m_httpFallbackPort = 0;
    QTimer m_rolloverTimer;
    QString m_rolloverReason; // why this session left TCP (for the error if HTTP fails too)
    static constexpr qsizetype MaxPlaylistBytes = 1024 * 1024;
    HttpExchange m_httpExchange = HttpExchange::None;
    QByteArray m_httpRequest; // written once the connection is up
    mms::MmshResponseReader m_httpReader;
    std::optional<quint32> m_httpClientId; // the server's client-id, from the Describe response
    bool m_httpBroadcast = false; // features="broadcast"
    bool m_httpSeekable = false;
    bool m_httpStridable = false; // features="stridable": a Play may ask for another rate
    QByteArray m_httpHeader; // $H pieces so far
    quint32 m_httpRequestContext = 0;
    quint64 m_httpStopGeneration = 0;
    // Pipelined mode ([MS-WMSP] 1.4, 2.2.1.4.15): the Describe response allowed it, so Play,
    // Stop, KeepAlive and Log go on the one connection and their responses come in order.
    bool m_httpPipelined = false;
    QList<HttpExchange> m_httpPending; // written, response not begun yet (oldest first)
    std::unique_ptr<QTcpSocket> m_httpSide; // Stop, SelectStream, KeepAlive, Log: answers not read
    QByteArrayList m_httpSideQueue; // requests waiting for the side connection, in order
    static constexpr int MaxHttpSideQueue = 8;

    // Server.
    QString m_serverVersion;
    int m_serverMajor = 0;
    QString m_authenPackage;
    quint32 m_clientId = 0;

    // Authentication (mmssessionauth.cpp).
    mms::Credentials m_credentials; // set by setCredentials() or provideCredentials()
    AuthScheme m_authScheme = AuthScheme::None; // what the server asked for last
    QString m_authRealm;
    int m_authFailures = 0; // refusals since open()
    bool m_authWaiting = false; // credentialsRequired() emitted, no answer yet (no timeout)
    AuthResume m_authResume = AuthResume::None;
    bool m_authConfirmed = false; // authenticated() emitted (once until a refusal or open())
    bool m_authSent = false; // credentials went out on this connection, no verdict yet
    bool m_ntlmNegotiated = false; // NTLM NEGOTIATE sent, CHALLENGE expected
    mms::NtlmClient m_ntlm;
    QByteArray m_httpNtlmChallenge; // HTTP: the CHALLENGE the next request answers
    std::optional<mms::SecurityChallenge> m_authChallenge; // TCP: the one waiting for an answer

    // Striding (mmssessionstride.cpp).
    double m_strideRate = 0.0; // 0 = normal play
    // startStriding() asked for this rate: the next StartPlaying the play flow sends (after a
    // StopPlaying's acknowledgement or a StreamSwitch) goes out as StartStriding instead.
    std::optional<double> m_strideRequest;
    bool m_strideSent = false; // StartStriding sent, ReportStartStriding not yet received
    double m_strideSentRate = 0.0;
    void sendStartStriding();
    void onStartStriding(const mms::ReportStartStriding &m);
    void httpStrideStarted(const mms::HttpHead &head); // the Play response to a stride

    // File and header.
    MmsFileInfo m_info;
    bool m_fileOpen = false;
    asf::Header m_header;
    QByteArray m_headerBytes;
    HeaderAssembler m_assembler;
    bool m_readBlockReported = false;
    bool m_streamChangeHeader = false; // the header being read follows a ReportStreamChange

    // Streams.
    QList<int> m_selected;
    std::optional<QList<int>> m_explicitSelection;
    QSet<int> m_serverOn; // what the last StreamSwitch told the server
    bool m_needFullSwitch = true; // MS-MMSP 3.1.4.2: the first switch lists every stream

    // Incarnations (MS-MMSP 3.1.1): HeaderIncarnation cycles 1..8 for ReadBlock; PlayIncarnation
    // 9..0xFE for OpenFile and StartPlaying.
    quint8 m_nextHeaderIncarnation = 1;
    quint8 m_nextPlayIncarnation = 9;
    quint8 m_openIncarnation = 0;
    quint8 m_playIncarnation = 0; // of the last StartPlaying; 0 = none (0 is reserved, 2.2.2)
    quint8 nextPlayIncarnation();
    quint8 nextHeaderIncarnation();

    // Play flow.
    bool m_switchPending = false; // StreamSwitch sent, ReportStreamSwitch not yet received
    bool m_startAfterSwitch = false; // send StartPlaying when ReportStreamSwitch arrives
    bool m_startSent = false; // StartPlaying sent, ReportStartedPlaying not yet received
    bool m_stopSent = false;
    // The incarnation of the last play our StopPlaying ended. If the server had just ended that
    // play itself, its reply to the StopPlaying is a second ReportEndOfStream: dropped.
    std::optional<quint8> m_strayEndOfStream;
    bool m_awaitingStreamChange = false;
    bool m_closeAfterStop = false;
    std::optional<double> m_restartPosition; // seek: start again here once the stop is acknowledged
    double m_startPosition = 0.0;

    // Reconnect (mmssessionreconnect.cpp). The plan survives resetForConnection().
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0; // 0 = not reconnecting
    QString m_reconnectReason; // what ended the last connection or attempt
    bool m_resumePlay = false; // start playing once the new connection has the header
    double m_resumePosition = 0.0; // StartPlaying position of the resumed play
    quint32 m_resumeLocation = 0xFFFFFFFF; // StartPlaying locationId of the resumed play
    bool m_resumeLive = false; // rejoin: no position, no duplicate filter
    // The resumed play continues the last one (resumed(), repeats dropped).
    bool m_resumeContinues = true;
    // Server-side playlists: the entry being played, 0-based, counted from the entry the last
    // OpenFile named, one more per ReportStreamChange. A reconnect asks for it (OpenFile name
    // extension, see mms::PlaylistEntryQuery), so positions and locationIds stay in that entry.
    quint32 m_playlistEntry = 0;
    // The connection dropped while Ready (paused, or stopped before playing): nothing is
    // reported; the next startPlaying() reconnects first (reconnectAfterPause).
    bool m_pausedDrop = false;
    QByteArray m_resumeHeaderBytes; // the header before the drop
    bool m_resumingPlay = false; // the StartPlaying in flight is the resumed play
    quint32 m_startLocationId = 0xFFFFFFFF; // for the next StartPlaying only
    std::optional<quint32> m_lastLocation; // of the last packet delivered in this play
    QByteArray m_lastPacket; // that packet (its send time is the resume position)
    std::optional<quint32> m_dropUpTo; // resumed on-demand play: locationIds <= this are repeats

    // Statistics.
    quint64 m_packetsReceived = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_playPackets = 0;
    quint64 m_playBytes = 0;
    QElapsedTimer m_playClock;
    bool m_playLogged = true; // Logging already sent for the current play
};

template<typename M>
bool MmsSessionPrivate::decode(const mms::CommandPacket &packet, M &out)
{
    const mms::Decoded<M> decoded = mms::decodeMessage<M>(packet.message);
    if (!decoded.ok()) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("malformed %1: %2 at byte %3 (%4)")
                .arg(QLatin1String(mms::messageName(M::Id)),
                    QLatin1String(mms::codecStatusName(decoded.error.status)))
                .arg(decoded.error.offset)
                .arg(decoded.error.what));
        return false;
    }
    out = decoded.value;
    qCDebug(lcMmsProtocol).noquote() << "recv" << mms::messageName(M::Id) << mms::traceFields(out);
    return true;
}
