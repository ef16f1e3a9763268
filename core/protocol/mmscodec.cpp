// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/mmscodec.h"

#include "core/protocol/protocoltext.h"

#include <QtEndian>

namespace mms {

Decoded<MessagePrefix> decodeMessagePrefix(QByteArrayView message)
{
    Decoded<MessagePrefix> result;
    ByteReader r(message);
    result.value.chunkLen = r.u32("chunkLen");
    result.value.mid = r.u32("MID");
    result.error = r.error();
    return result;
}

QByteArray wrapMessage(QByteArrayView message, quint16 seq, quint64 timeSent)
{
    // MS-MMSP 2.2.3: the message field is a multiple of 8 bytes (encodeMessage pads it).
    Q_ASSERT(message.size() % 8 == 0);
    QByteArray packet = TcpMessageHeader::forMessage(message.size(), seq, timeSent).encode();
    packet.append(message);
    return packet;
}

bool checkMessageFraming(QByteArrayView message, MessageId expected, qint64 baseOffset,
                         CodecError &error)
{
    const Decoded<MessagePrefix> prefix = decodeMessagePrefix(message);
    if (!prefix.ok()) {
        error = prefix.error;
        error.offset += baseOffset;
        error.what =
            ProtocolText::tr("message of %1 bytes has no chunkLen and MID").arg(message.size());
        return false;
    }
    // MS-MMSP 2.2.4: chunkLen is the message length in 8-byte chunks, chunkLen and MID included.
    const quint64 bytes = quint64(prefix.value.chunkLen) * 8;
    if (bytes < 8 || bytes > quint64(message.size())) {
        error = {CodecStatus::BadLength, baseOffset,
            ProtocolText::tr("chunkLen %1 (%2 bytes) does not fit the %3 bytes of the message")
                .arg(prefix.value.chunkLen)
                .arg(bytes)
                .arg(message.size())};
        return false;
    }
    if (prefix.value.mid != quint32(expected)) {
        error = {CodecStatus::WrongMessage, baseOffset + 4,
            ProtocolText::tr("MID 0x%1 (%2) where %3 was expected")
                .arg(prefix.value.mid, 8, 16, QLatin1Char('0'))
                .arg(QLatin1StringView(messageName(prefix.value.mid)),
                    QLatin1StringView(messageName(expected)))};
        return false;
    }
    error = {};
    return true;
}

qsizetype messageBytes(QByteArrayView message)
{
    if (message.size() < 4)
        return 0;
    const quint64 bytes = quint64(qFromLittleEndian<quint32>(message.data())) * 8;
    return qsizetype(qMin(bytes, quint64(message.size())));
}

} // namespace mms
