// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for the loader tests: answers
// GET for the paths it was given with fixed responses, records what was asked, and can misbehave
// on purpose (never answer, stream without end, claim a huge Content-Length).
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Normal, // status line, headers, Content-Length, body, close
        Hang, // read the request, answer nothing
        EndlessBody, // 200 without Content-Length, then 64 KiB chunks until maxStreamBytes
        HugeLength, // Content-Length: 100000000, 64 KiB of body, then nothing more
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Normal;
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    QUrl url(const QString &path) const;

    void setResponse(const QByteArray &path, const Response &response);
    void setBody(const QByteArray &path, const QByteArray &body,
                 const QByteArray &contentType = "video/x-ms-asf");
    void setRedirect(const QByteArray &path, const QByteArray &location);

    QList<QByteArray> requests() const { return m_requests; } // paths, in arrival order
    qint64 streamedBytes() const { return m_streamed; } // body bytes written in EndlessBody mode
    bool streamClosedByPeer() const { return m_streamClosedByPeer; }
    static constexpr qint64 MaxStreamBytes = 64 * 1024 * 1024;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &path);
    void streamMore(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, Response> m_responses;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QByteArray> m_requests;
    qint64 m_streamed = 0;
    bool m_streamClosedByPeer = false;
};
