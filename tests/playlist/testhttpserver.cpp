// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

} // namespace

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

// The accepted sockets are children of m_server, which goes after m_pending: a socket still open
// when a test ends would emit disconnected() from its destructor into a lambda that touches the
// already-destroyed hash. Cut those connections before any member goes.
TestHttpServer::~TestHttpServer()
{
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void TestHttpServer::setResponse(const QByteArray &path, const Response &response)
{
    m_responses.insert(path, response);
}

void TestHttpServer::setBody(const QByteArray &path, const QByteArray &body,
                             const QByteArray &contentType)
{
    Response r;
    r.body = body;
    r.headers.append({"Content-Type", contentType});
    setResponse(path, r);
}

void TestHttpServer::setRedirect(const QByteArray &path, const QByteArray &location)
{
    Response r;
    r.status = 302;
    r.headers.append({"Location", location});
    setResponse(path, r);
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_pending.contains(socket) && socket->property("answered").toBool()) {
        socket->readAll(); // one request per connection: we always close after answering
        return;
    }
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    if (buffer.size() > 16 * 1024) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    m_pending.remove(socket);
    socket->setProperty("answered", true);
    const QByteArray path = requestLine.size() == 3 ? requestLine[1] : QByteArray();
    m_requests.append(path);
    respond(socket, path);
}

void TestHttpServer::respond(QTcpSocket *socket, const QByteArray &path)
{
    Response response;
    if (m_responses.contains(path)) {
        response = m_responses.value(path);
    } else {
        response.status = 404;
        response.body = "no such playlist";
    }
    if (response.mode == Mode::Hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    switch (response.mode) {
    case Mode::Normal:
        socket->write(head + "Content-Length: " + QByteArray::number(response.body.size())
                      + "\r\n\r\n" + response.body);
        socket->disconnectFromHost();
        break;
    case Mode::HugeLength:
        socket->write(head + "Content-Length: 100000000\r\n\r\n" + QByteArray(ChunkSize, 'x'));
        break;
    case Mode::EndlessBody:
        // Written only as the peer takes it, so the count says how much the client accepted.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_streamClosedByPeer = true; });
        socket->write(head + "\r\n");
        break;
    case Mode::Hang:
        break;
    }
}

void TestHttpServer::streamMore(QTcpSocket *socket)
{
    if (socket->bytesToWrite() > 0 || m_streamed >= MaxStreamBytes)
        return;
    static const QByteArray chunk(ChunkSize, '<');
    socket->write(chunk);
    m_streamed += chunk.size();
}
