// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpconnection.h"

#include "core/mmsh/httpheadreader.h"

#include <QHostAddress>
#include <QTest>

using namespace mms;

bool RawHttpConnection::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(5000);
}

void RawHttpConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray RawHttpConnection::next(HttpHead *head, int timeoutMs)
{
    QByteArray response; // stays empty on a timeout
    qsizetype headSize = 0;
    (void)take(head, &response, &headSize, timeoutMs);
    return response;
}

bool RawHttpConnection::next(HttpHead &head, QByteArray &body, int timeoutMs)
{
    QByteArray response;
    qsizetype headSize = 0;
    if (!take(&head, &response, &headSize, timeoutMs))
        return false;
    body = response.sliced(headSize);
    return true;
}

bool RawHttpConnection::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool RawHttpConnection::take(
    HttpHead *head, QByteArray *response, qsizetype *headSize, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            HttpHeadReader reader(HttpHeadReader::Kind::Response);
            const HttpHeadReader::Result r = reader.feed(m_buffer);
            if (!reader.isComplete())
                return false;
            const qint64 length = reader.head().contentLength().value_or(0);
            if (m_buffer.size() - r.consumed < length)
                return false;
            if (head)
                *head = reader.head();
            *headSize = r.consumed;
            *response = m_buffer.left(r.consumed + length);
            m_buffer.remove(0, response->size());
            return true;
        },
        timeoutMs);
}
