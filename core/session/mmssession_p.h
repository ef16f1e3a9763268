// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/credentials.h"
#include "core/auth/ntlmclient.h"
#include "core/logging.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/session/headerassembler.h"
#include "core/session/messagetrace.h"
#include "core/session/mmssession.h"
#include "core/session/mmsurl.h"
#include "core/transport/mmshtransport.h"
#include "core/transport/mmsttransport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <optional>

// The state machine behind MmsSession, one for both wires. Split over these sources:
// mmssession_p.cpp (socket, timers, receiving), mmssessionrequests.cpp (what the client asks for
// and sends), mmssessionreports.cpp (what either wire reports), mmssessiondata.cpp (header and
// media packets), mmssessionreconnect.cpp (reconnect and resume), mmssessionauth.cpp
// (credentials), mmssessionstride.cpp (fast-forward and rewind) and mmssessionrollover.cpp
// (choosing the wire). What differs between the wires is reached through wire() (an
// MmsTransport: core/transport/), so the state machine itself does not branch on the wire.
// Not a QObject: its connections use the MmsSession as context object.
struct PlayRecord;

class MmsSessionPrivate
{
public:
    using State = MmsSession::State;
    using Error = MmsSession::Error;

    // The Connect player token (notes §6.1): a version of Windows Media Player 9's NSPlayer.
    static constexpr const char *PlayerToken = "NSPlayer/9.0.0.4503";
    static constexpr int MaxRedirects = 5;
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
    PlayRecord playRecord() const; // the current play, for the Logging message or request
    void sendLogging();
    void sendCloseFile();

    // --- mmssessionauth.cpp: answering SecurityChallenge (TCP, with mmsttransportauth.cpp) and
    // 401 (HTTP, with mmshtransportauth.cpp)
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
    // ReportOpenFile: true when it was the server's final "no" (handled) or a slot ended us.
    bool authOpenFileResult(quint32 hr);
    // A drop while credentialsRequired() waits: true when the answer will use a new connection.
    bool authDropWhileWaiting(Error error);

    // --- mmssessionrollover.cpp: the wire a URL gets, rollover from TCP to HTTP
    bool isHttp() const { return m_transport == MmsSession::Transport::Http; }
    // The wire of the current connection; TCP until chooseTransport() picks one (as before:
    // everything not HTTP took the MS-MMSP path).
    MmsTransport *wire() const
    {
        return isHttp() ? static_cast<MmsTransport *>(m_httpWire.get()) : m_tcpWire.get();
    }
    void chooseTransport();
    bool rolloverFor(Error error, const QString &detail);
    void rollOver(const QString &reason);
    void handleRolloverTimeout();

    // --- reports from a wire (MmstTransport, MmshTransport), mmssessionreports.cpp
    // What a wire found out, in the state machine's terms (../shared/docs/transports.md): the
    // same report whichever wire's message carried it (a ReportOpenFile or a Describe response,
    // a ReportEndOfStream or a $E). Besides these the wires use the shared steps: fail(),
    // setState(), quietAbort(), headerComplete(), handleMediaPacket(), sendLogging(),
    // startPlaying(), openFileName() and the authentication steps.
    void serverAnswered(); // the server speaks the wire's protocol: this connection stays on it
    void serverConnected(const QString &version); // connected()
    void fileOpened(const MmsFileInfo &info);
    // Go there instead (relative to the current URL; MS-MMSP 2.2.4.9 sends it unencoded).
    void redirect(const QString &location);
    // The server asks for credentials (m_authScheme, m_authRealm set): true when those we have
    // answer now; otherwise credentialsRequired() went out and provideCredentials() resumes.
    bool authenticationRequired(AuthResume resume);
    void playSent(bool continuesLastPlay); // a start went out: the play's statistics begin
    void playStarted(); // the server began the play asked for
    void strideRefused(); // the file stays open; the caller may play normally
    void stridingStarted(double rate);
    void dataPacket(const mms::DataPacket &packet); // a media packet; dropped unless streaming
    // The play is over: our stop acknowledged, or the server's end (S_OK). connectionEnds: the
    // server closes the connection with it (HTTP/1.0 answers).
    void endOfStream(quint32 hr, bool connectionEnds = false);
    void entryEnded(quint32 hr); // a server-side playlist's entry: streamChanged() follows
    void streamChanged(); // the next entry's header follows (m_info has its sizes when known)

    void handleMediaPacket(const mms::DataPacket &packet);
    void headerComplete(const QByteArray &bytes);

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
    QTimer m_timeoutTimer;
    QTimer m_keepAliveTimer;
    State m_state = State::Idle;
    QUrl m_url;
    MmsUrl m_target;
    int m_redirects = 0;
    bool m_readingPaused = false;
    bool m_remoteClosed = false; // the peer closed while we were paused with bytes unread
    bool m_processing = false; // inside processBuffered (no re-entry)
    bool m_selfAborting = false; // our own abort(): its socket signals are not news
    quint64 m_connectionSerial = 0; // one more per quietAbort()

    // Transport and rollover (mmssessionrollover.cpp).
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

    // Server.
    QString m_serverVersion;
    int m_serverMajor = 0;
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

    // Striding (mmssessionstride.cpp).
    double m_strideRate = 0.0; // 0 = normal play
    // startStriding() asked for this rate: the next StartPlaying the play flow sends (after a
    // StopPlaying's acknowledgement or a StreamSwitch) goes out as StartStriding instead.
    std::optional<double> m_strideRequest;

    // File and header.
    MmsFileInfo m_info;
    bool m_fileOpen = false;
    asf::Header m_header;
    QByteArray m_headerBytes;
    bool m_streamChangeHeader = false; // the header being read follows a ReportStreamChange

    // Streams.
    QList<int> m_selected;
    std::optional<QList<int>> m_explicitSelection;

    // Play flow.
    bool m_startAfterSwitch = false; // send StartPlaying when ReportStreamSwitch arrives
    bool m_startSent = false; // StartPlaying sent, ReportStartedPlaying not yet received
    bool m_stopSent = false;
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
