// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshsplitter.h"
#include "server/mmsserversession.h"
#include "server/socketheadreader.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class HttpLogin;
class QTcpSocket;
class LiveSource;
class PushPoints;

// The server side of one encoder connection of the Windows Media HTTP Push Distribution
// Protocol ([MS-WMHTTP] 3.2): PushSetup (POST, Content-Type application/x-wms-pushsetup) is
// answered 204 with a push-id cookie; PushStart (application/x-wms-pushstart) carries $H, then
// $D packets ($C and a new $H when the encoder changes streams, $E at the end) in a body that
// is processed as it arrives (3.2.5.2), into the publishing point's LiveSource. Every length
// from the encoder is checked: heads (as for MMSH clients), the PushSetup body, the header
// (MaxHeaderBytes), each $-packet (MmshSplitter) and each data packet against the header's
// packet size. A point that may not be pushed to is refused with 404 (3.2.5.1: an HTTP error
// status), a point that another encoder feeds with 409; bad framing with 400; then the
// connection closes. An encoder silent for the inactivity timeout is dropped. With --auth, an
// encoder logs in as an MMSH client does (HttpLogin: Basic, or NTLM's three steps on this
// kept-alive connection); a 401 leaves the connection open, its request's small body dropped.
class PushIngestSession : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr qint64 MaxSetupBodyBytes = 64 * 1024;
    // An ASF header with many streams and metadata is tens of KiB; refuse anything huge.
    static constexpr qsizetype MaxHeaderBytes = 1024 * 1024;

    // Takes ownership of `socket`. `points` outlives the session.
    // `env`: the server's login settings (auth, users, authScope, throttle, maxAuthTries).
    PushIngestSession(int number, QTcpSocket *socket, PushPoints *points, int inactivityMs,
        const SessionEnvironment &env, QObject *parent = nullptr);
    ~PushIngestSession() override;

    int number() const { return m_number; }
    // True if an HTTP request head (complete or not, up to its end) is a PushSetup or PushStart
    // request: a POST whose Content-Type is one of [MS-WMHTTP] 2.2.1.1's media types.
    static bool isPushRequestHead(QByteArrayView head);

signals:
    void finished(int number);

private:
    void readInput();
    void handleHead(const mms::HttpHead &head);
    void handlePacket(const mms::MmshPacket &packet);
    void bodyDone();
    bool authorize(const mms::HttpHead &head, const QString &name, qint64 bodyLength);
    void refuseLogin(const QString &user, const QString &reason, bool close);
    void sendUnauthorized(const QByteArray &challenge, bool close);
    void reply(int status, const QByteArray &reason, bool close, const QByteArray &extra = {});
    void fail(int status, const QByteArray &reason, const QString &why);
    void finish(const QString &why);

    int m_number;
    QTcpSocket *m_socket;
    PushPoints *m_points;
    SocketHeadReader m_reader;
    mms::MmshSplitter m_splitter;
    QTimer m_inactivity;
    QByteArray m_pushId;
    QString m_name; // publishing point of the current request
    SessionEnvironment m_env;
    std::unique_ptr<HttpLogin> m_login; // NTLM: one exchange per connection
    bool m_authenticated = false;
    bool m_authWaiting = false; // serving the brute-force delay: nothing is read
    int m_authFailures = 0;
    bool m_discardBody = false; // the body being read belongs to a request answered 401
    QPointer<LiveSource> m_live; // set while a PushStart body streams
    qint64 m_bodyLeft = 0;
    bool m_inBody = false;
    bool m_pushStart = false;
    bool m_closing = false;
    bool m_finished = false;
    QByteArray m_header; // $H pieces until the header is whole
    bool m_headerDone = false;
    quint64 m_packets = 0;
};
