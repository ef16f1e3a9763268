// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/socketheadreader.h"

#include <QIODevice>

using namespace mms;

SocketHeadReader::SocketHeadReader(HttpHeadReader::Kind kind, const HttpHeadReader::Limits &limits)
    : m_reader(kind, limits), m_peekBytes(limits.maxHeadBytes)
{
}

HttpHeadReader::Result SocketHeadReader::readFrom(QIODevice *device)
{
    // More than the head limit is never needed: the reader fails (TooLarge) before that.
    QByteArray peeked(qMin<qint64>(device->bytesAvailable(), m_peekBytes), Qt::Uninitialized);
    peeked.resize(qMax<qint64>(0, device->peek(peeked.data(), peeked.size())));
    const HttpHeadReader::Result result = m_reader.feed(peeked);
    device->skip(result.consumed);
    return result;
}
