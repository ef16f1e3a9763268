// SPDX-License-Identifier: GPL-3.0-or-later
// MmshServerSession: the pipelined mode of [MS-WMSP] (1.4: HTTP/1.1 pipelining). A client that
// offers it on an HTTP/1.1 Describe (pipeline-experiment=1) is told we accept; its Play
// (version11-enabled=1) is answered with a chunked response and the connection lives on. While
// the stream runs, the next request waits in the socket; only a Stop is read at once: it ends
// the Play response ($E, last chunk), then the requests are answered in their order.
#include "core/logging.h"
#include "core/mmsh/mmshpacket.h"
#include "server/mmshserversession.h"

#include <QTcpSocket>

using namespace mms;

bool MmshServerSession::offersToken(const MmshPragma &pragma, const char *token) const
{
    for (const auto &t : pragma.tokens) {
        if (t.first.compare(token, Qt::CaseInsensitive) == 0)
            return t.second == "1";
    }
    return false;
}

void MmshServerSession::writeStream(const QByteArray &bytes)
{
    if (!m_chunked) {
        write(bytes);
        return;
    }
    write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void MmshServerSession::endPlayResponse(const QString &why)
{
    if (!m_chunked) {
        closeConnection(why);
        return;
    }
    write("0\r\n\r\n"); // the last chunk: the Play response is complete
    m_chunked = false;
    stopStreaming();
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: Play response complete (%2); the connection stays")
                                         .arg(m_number)
                                         .arg(why);
    finishResponse(true);
}

bool MmshServerSession::stopRequestWaiting()
{
    // Peek, do not take: any other request is read and answered after the Play response.
    QByteArray peeked(
        qMin<qint64>(m_socket->bytesAvailable(), MaxRequestHeadBytes), Qt::Uninitialized);
    peeked.resize(qMax<qint64>(0, m_socket->peek(peeked.data(), peeked.size())));
    HttpHeadReader::Limits limits;
    limits.maxHeadBytes = MaxRequestHeadBytes;
    limits.maxLineBytes = MaxRequestLineBytes;
    limits.maxHeaders = MaxRequestHeaders;
    HttpHeadReader reader(HttpHeadReader::Kind::Request, limits);
    if (!reader.feed(peeked).error.ok())
        return false; // incomplete, or bad (answered once the stream is over)
    const Decoded<MmshPragma> pragma = parsePragmas(reader.head().values("Pragma"));
    if (!pragma.ok() || !pragma.value.xStopStrm)
        return false;
    // [MS-WMSP] 2.2.1.4.38: stop streaming without closing the connection.
    stopStreaming();
    writeStream(MmshPacket::endOfStream(Hresult::Ok).encode());
    endPlayResponse(QStringLiteral("stopped by the client"));
    return true;
}
