// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>

// What ReportOpenFile said about the file (MS-MMSP 2.2.4.7).
struct MmsFileInfo
{
    quint32 openFileId = 0;
    quint32 attributes = 0;
    double durationSeconds = 0.0;
    quint32 packetSize = 0;
    quint64 packetCount = 0;
    quint32 headerSize = 0;
    quint32 bitrate = 0;
    bool broadcast = false;
    bool seekable = false;
};
Q_DECLARE_METATYPE(MmsFileInfo)

class MmsSessionPrivate;

// The MMS client: owns a QTcpSocket and drives one state machine over either wire: MS-MMSP
// (MMS over TCP, the spec's section 4.3: Connect ... CloseFile) or [MS-WMSP] (MMS over HTTP:
// Describe, Play, Stop, KeepAlive), event-driven from readyRead. Emits the same signals for both.
// Knows nothing of buffers or widgets: app/ connects dataPacketReceived to whatever consumes it.
class MmsSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing open
        Connecting, // TCP connect, Connect/FunnelInfo/ConnectFunnel
        OpeningFile, // OpenFile sent
        ReadingHeader, // ReadBlock sent, header Data packets arriving
        Ready, // header complete (spec client state READY)
        Starting, // StreamSwitch / StartPlaying sent
        Streaming, // ReportStartedPlaying received (spec STREAMING)
        Stopping, // StopPlaying sent, waiting for ReportEndOfStream
        Closing, // Logging / CloseFile sent
        Closed, // socket closed after CloseFile or the end of the session
        Failed, // an error ended the session (see errorOccurred)
    };
    Q_ENUM(State)

    // The wire in use (see transportChanged()).
    enum class Transport {
        None, // nothing open yet
        Tcp, // MMS over TCP (MS-MMSP)
        Http, // MMS over HTTP (MS-WMSP, non-pipelined mode)
    };
    Q_ENUM(Transport)

    enum class Error {
        None,
        InvalidUrl, // not mms://, mmst://, mmsh:// or http://, or no host
        HostNotFound,
        ConnectionRefused,
        ConnectionLost, // the server closed or the network dropped mid-session
        Timeout, // the server was silent for longer than timeout()
        ServerError, // a report carried a failure HRESULT: see the hr argument
        ProtocolError, // malformed bytes, a wrong seal or sessionId, a length over a limit
        UnexpectedMessage, // a report out of order
        InvalidHeader, // the ASF header does not parse, never completes, or is over the limit
        PacketTooLarge, // a media payload larger than the header's packet size
        AuthenticationRequired, // SecurityChallenge or HTTP 401 and nobody gave credentials
        AuthenticationFailed, // the server refused the credentials (and no new ones came)
        TooManyRedirects,
        NoStreams, // no playable stream in the header
    };
    Q_ENUM(Error)

    explicit MmsSession(QObject *parent = nullptr);
    ~MmsSession() override;

    // Settings; take effect on the next open() unless said otherwise.
    void setTimeout(int milliseconds); // default 10000
    int timeout() const;
    void setMaxBitrate(quint32 bitsPerSecond); // 0 = unlimited (default)
    quint32 maxBitrate() const;
    void setFastStart(bool enabled); // default true; sent only when the server's major >= 9
    bool fastStart() const;
    // While Ready (stopped or not started) an unsolicited Pong goes out this often so the server
    // keeps the session (as VLC does while paused). Default 10000; takes effect at once.
    void setKeepAliveInterval(int milliseconds);
    int keepAliveInterval() const;
    // Reconnect (notes §9.3, §13.2 item 9): when the connection drops, or the server is silent
    // for timeout(), after playing started, the session connects again with the same GUID, up to
    // this many times, waiting reconnectDelay() x attempt ms before each try (default 3 and
    // 500 ms; 0 attempts = off). See reconnecting()/reconnected()/resumed() for what it reports.
    void setMaxReconnectAttempts(int attempts);
    int maxReconnectAttempts() const;
    void setReconnectDelay(int milliseconds);
    int reconnectDelay() const;
    // Rollover (as Windows Media Player does it): an mms:// URL tries MMS over TCP first and, if
    // that port refuses, resets, sends bytes that are not MS-MMSP, or says nothing for this long,
    // MMS over HTTP. Default 3000 ms.
    void setRolloverTimeout(int milliseconds);
    int rolloverTimeout() const;
    // The HTTP port rollover tries: 0 (default) means the URL's port if it names one, else 80.
    void setHttpFallbackPort(quint16 port);
    quint16 httpFallbackPort() const;

    // Credentials (MS-MMSP SecurityChallenge/SecurityResponse, notes §9.8; HTTP 401 Basic/NTLM
    // for MMS over HTTP). Set before open() they answer the first challenge without asking;
    // a login may be "DOMAIN\\user" for NTLM. When the server challenges and none are set, or
    // refuses the ones sent, the session emits credentialsRequired() and waits (its timeout
    // does not run meanwhile) for provideCredentials() or cancelAuthentication().
    void setCredentials(const QString &login, const QString &password);
    void clearCredentials();
    QString credentialsLogin() const; // the login last used or set; never the password

    // Fast-forward and rewind (MS-MMSP StartStriding, notes §6.9, §7.11): possible when the
    // file's ReportOpenFile set FILE_ATTRIBUTE_MMS_CANSTRIDE (and never for broadcasts).
    bool canStride() const;
    double strideRate() const; // the rate of the current stride, 0 when not striding

    State state() const;
    QUrl url() const;
    QString serverVersion() const;
    Transport transport() const;
    QString transportName() const; // "MMS over TCP", "MMS over HTTP" or empty
    MmsFileInfo fileInfo() const;
    const asf::Header &header() const;
    QByteArray headerBytes() const;
    QList<int> selectedStreams() const;
    quint64 packetsReceived() const; // media Data packets since open()
    quint64 bytesReceived() const; // their payload bytes (before padding)
    QUuid playerId() const; // the GUID of the Connect player string; fixed per object
    quint32 clientId() const; // ReportFunnelInfo's nCubs, or the HTTP client-id
    int reconnectAttempt() const; // 1..maxReconnectAttempts() while reconnecting, else 0
    // The send time in seconds of the last media packet delivered (0 if none). After
    // stopPlaying(), startPlaying(resumePosition()) goes on at the packet after that one, with
    // no packet repeated and none left out (on-demand content; a broadcast joins the live point).
    double resumePosition() const;
    // The connection dropped while Ready (paused, or not started): not an error yet. The state
    // stays Ready, without keep-alives; the next startPlaying() reconnects first (same GUID and
    // rules as a drop while playing: reconnecting(), reconnected(), and resumed() when it starts
    // at resumePosition()), and only if that fails is it an error (ConnectionLost).
    bool isDisconnectedWhilePaused() const;

    // Memory the session holds for the network, all bounded whatever the server sends:
    // bytes received but not handed out yet (Qt's read buffer, capped at MaxReadBufferBytes, plus
    // a partial message, capped by the codec at MaxMessageBytes); bytes written but not yet
    // taken by the network (Pongs are coalesced above MaxPendingWriteBytes); and the ASF header
    // being assembled (capped by ReportOpenFile's size and asf::MaxHeaderBytes).
    static constexpr qint64 MaxReadBufferBytes = 256 * 1024;
    static constexpr qint64 MaxMessageBytes = 1024 * 1024;
    static constexpr qint64 MaxPendingWriteBytes = 64 * 1024;
    qint64 bufferedBytes() const;
    qint64 pendingWriteBytes() const;
    qint64 headerBytesBuffered() const;

    // Reading pause for backpressure: while paused the socket is not read (TCP flow control then
    // slows the server); Pings still get answered once reading resumes.
    void setReadingPaused(bool paused);

public slots:
    // Connects and runs Connect .. ReadBlock; ends in Ready (headerReceived) or Failed.
    void open(const QUrl &url);
    // Explicit stream selection (ASF stream numbers). Before startPlaying() it replaces the
    // default choice; while streaming it sends a StreamSwitch with the changes.
    void selectStreams(const QList<int> &streamNumbers);
    // StreamSwitch (first time: every stream on or off) then StartPlaying at `position` seconds
    // with a fresh playIncarnation. While streaming this is a seek (notes §9.3): StopPlaying,
    // wait for ReportEndOfStream, StartPlaying with a new incarnation; from the moment this
    // returns no packet of the old play is delivered. Broadcast content (fileInfo().broadcast)
    // cannot seek (notes §9.7): the position is ignored and the play joins the live point.
    void startPlaying(double positionSeconds = 0.0);
    // StopPlaying; ReportEndOfStream brings the session back to Ready. Packets of the stopped
    // play still in flight are dropped. While Ready the keep-alive Pongs hold the session open
    // (pause, notes §9.4), for as long as the caller wants; a drop meanwhile is not an error
    // (see isDisconnectedWhilePaused()).
    void stopPlaying();
    // Answer to credentialsRequired(): tries these (remembered for reconnects of this session).
    void provideCredentials(const QString &login, const QString &password);
    // Answer to credentialsRequired(): no credentials; the session fails with
    // AuthenticationRequired (nothing was tried) or AuthenticationFailed (a try was refused).
    void cancelAuthentication();
    // Fast-forward (rate > 1, e.g. 2, 5, 10) or rewind (rate < 0, e.g. -5) from `positionSeconds`:
    // the server sends key frames only (StartStriding; ReportStartStriding, then packets).
    // startPlaying() returns to normal play. Ignored with a warning unless canStride().
    void startStriding(double rate, double positionSeconds);
    // StopPlaying if streaming, Logging, CloseFile, then closes the socket.
    void close();
    // Drops the connection at once, with no goodbye (used on fatal errors and destruction).
    void abort();

signals:
    void stateChanged(MmsSession::State state);
    // Which wire the connection uses, and why: when open() or a redirect picks one, and again
    // when rollover leaves TCP for HTTP (`reason` says what TCP did).
    void transportChanged(MmsSession::Transport transport, const QString &reason);
    void connected(const QString &serverVersion); // ReportConnectedEX
    void funnelInfoReceived(quint32 clientId); // ReportFunnelInfo
    void funnelConnected(); // ReportConnectedFunnel
    void fileOpened(const MmsFileInfo &info); // ReportOpenFile, hr 0
    void headerReceived(const asf::Header &header, const QByteArray &bytes); // header complete
    void streamsSwitched(); // ReportStreamSwitch
    void startedPlaying(); // ReportStartedPlaying
    // A media Data packet of the current play, padded to the header's packet size.
    void dataPacketReceived(quint32 locationId, const QByteArray &packet);
    void endOfStream(quint32 hr); // ReportEndOfStream: 0 = done or stop acknowledged
    // The server wants credentials (`scheme`: "BASIC" or "NTLM"; `realm` may be empty).
    // `failedAttempts` counts refusals so far in this session (0: first ask). Answer with
    // provideCredentials() or cancelAuthentication(), now or later.
    void credentialsRequired(const QString &scheme, const QString &realm, int failedAttempts);
    void authenticated(); // the server accepted the credentials
    // ReportStartStriding: key frames at `rate` follow (dataPacketReceived as usual).
    void stridingStarted(double rate);
    void streamChanged(); // ReportStreamChange: a new header follows (headerReceived again)
    void redirected(const QUrl &location); // ReportRedirect, followed automatically
    void pingReceived(); // answered with a Pong already
    void closed(); // the socket is closed (after close(), end of session or failure)
    // Reconnect after a drop while playing, or at startPlaying() after a drop while paused.
    // `attempt` counts 1..maxAttempts. While it runs the state goes Connecting .. Streaming
    // again and connected()/fileOpened()/startedPlaying() are emitted again; headerReceived()
    // is emitted again only if the header changed (then treat it as new content). After the last failed attempt: errorOccurred(ConnectionLost).
    void reconnecting(int attempt, int maxAttempts);
    // The new connection has the header again (state Ready). The session then starts the
    // resumed play by itself, unless stopPlaying() came meanwhile (it stays Ready, as paused).
    // A drop before that play's ReportStartedPlaying still counts as a failed attempt.
    void reconnected();
    // The resumed play started (after its startedPlaying(), before its first packet), with a new
    // playIncarnation. On-demand: it continues at the packet after the last one delivered
    // (StartPlaying with that locationId; anything the server repeats is dropped), so the packet
    // sequence has no duplicates and no gaps and a consumer may keep its buffer;
    // `positionSeconds` is the send time of the last packet delivered. In a server-side playlist
    // the new connection opens the entry that was playing (mms::PlaylistEntryQuery) and goes on
    // inside it the same way; a server that ignores that serves its first entry, whose header
    // differs: then it is new content (headerReceived(), played from its start). Live: the play
    // rejoins the live point, `positionSeconds` is 0 and the send times jump; consumers that
    // care restart their buffer. After a drop while paused, startPlaying(position) reconnects
    // and emits this only when `position` is resumePosition() (otherwise the play starts at
    // `position` as any startPlaying() does).
    void resumed(double positionSeconds);
    // `detail` names what went wrong, in the installed translator's language (tr() in core).
    void errorOccurred(MmsSession::Error error, quint32 hr, const QString &detail);

private:
    std::unique_ptr<MmsSessionPrivate> d;
};
