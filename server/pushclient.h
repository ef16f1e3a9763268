// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"
#include "core/auth/ntlmclient.h"
#include "server/socketheadreader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

class AsfStreamReader;
class QTcpSocket;

// The client side of the Windows Media HTTP Push Distribution Protocol ([MS-WMHTTP] 3.1), as an
// encoder pushing to a publishing point: PushSetup (POST, application/x-wms-pushsetup, push-id
// 0), then PushStart (application/x-wms-pushstart, the push-id the server set, Content-Length
// 2147483647 since a live stream's length is unknown: 3.1.4.2.1) whose body is the ASF header as
// $H and each data packet as $D, at the pace of their send times (or as fast as the server
// reads, without realtime), and $E at the end. Used by mms-push and the tests.
class PushClient : public QObject {
    Q_OBJECT
public:
    explicit PushClient(QObject *parent = nullptr);
    ~PushClient() override;

    void setRealtime(bool realtime) { m_realtime = realtime; }
    // Loops the file this many times (1 = once); send times keep increasing across loops only
    // as far as the file's own do, so looping is for tests and demos.
    void setLoops(int loops) { m_loops = qMax(1, loops); }
    // Logs in when the server asks (401): with NTLM ([MS-NLMP]: NEGOTIATE, the server's
    // CHALLENGE, AUTHENTICATE, all on this one kept-alive connection, which the login then
    // covers) when it is offered, as Windows Media Player prefers it, else with HTTP Basic
    // (RFC 7617, then sent with every request). A login refused ends the push with
    // "authentication failed". A user "DOMAIN\name" gives NTLM its domain.
    void setCredentials(const QString &user, const QString &password)
    {
        m_user = user;
        m_password = password;
    }
    // Opens `file` and starts pushing to `url` (http://HOST[:PORT]/POINT; mms:// is taken as
    // http:// on the same port). False, with `error`, if the file does not open or the URL is bad.
    bool start(const QString &file, const QUrl &url, QString *error);
    // The same with an ASF stream read from `fd` as it comes (mms-push -: standard input): the
    // push starts once its header is in, each packet goes out as it is read, $E at its end.
    bool startStream(int fd, const QUrl &url, QString *error);
    quint64 packetsSent() const { return m_sent; }
    const QByteArray &pushId() const { return m_pushId; }
    // After finished(false): the server wants a login that was not given, was refused or cannot
    // be made.
    bool authenticationFailed() const { return m_authFailed; }

signals:
    // Once: ok when every packet and the $E went out; else why not.
    void finished(bool ok, const QString &message);

private:
    enum class Step { Setup, Start, Streaming, Ending, Done };
    void sendSetup();
    void sendStart();
    void readResponse();
    void handleHead(const mms::HttpHead &head);
    void answerUnauthorized(const mms::HttpHead &head);
    void resend(bool sameConnection);
    void pump();
    void pumpStream();
    void endPush();
    void openSocket();
    static bool checkUrl(const QUrl &url, QString *error);
    void done(bool ok, const QString &message);
    void loginFailed(const QString &why); // finished(false, "authentication failed (why)")
    QByteArray requestHead(const QByteArray &contentType, qint64 length) const;

    std::unique_ptr<asf::AsfFile> m_file;
    QUrl m_url;
    QTcpSocket *m_socket = nullptr;
    SocketHeadReader m_reader;
    qint64 m_responseBodyLeft = 0; // of the response being read, dropped
    // The login (setCredentials): the Authorization value of the next request, and where the
    // exchange stands.
    enum class Login { None, NtlmNegotiated, Sent };
    Login m_login = Login::None;
    QByteArray m_authorization;
    bool m_basic = false; // Basic: m_authorization goes with every request
    mms::NtlmClient m_ntlm;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Step m_step = Step::Setup;
    QByteArray m_pushId = "0";
    QString m_user;
    QString m_password;
    bool m_realtime = true;
    int m_loops = 1;
    int m_loop = 0;
    quint64 m_index = 0;
    quint64 m_sent = 0;
    qint64 m_loopStartMs = 0;
    bool m_finished = false;
    bool m_authFailed = false;
    // startStream():
    static constexpr qsizetype MaxPendingPackets = 256; // read no more while this many wait
    AsfStreamReader *m_stream = nullptr;
    QByteArray m_streamHeader;
    QList<QByteArray> m_pending;
    bool m_streamEnded = false;
    QString m_streamError;
};
