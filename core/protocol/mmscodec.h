// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"
#include "core/protocol/codecresult.h"
#include "core/protocol/mactoviewer.h"
#include "core/protocol/tcpmessageheader.h"
#include "core/protocol/viewertomac.h"

#include <QByteArray>
#include <QByteArrayView>

// Whole-message encode and decode (MS-MMSP 2.2.4): a message is chunkLen (u32, 8-byte units
// including padding), MID (u32), the fields, then zeros up to a multiple of 8.
namespace mms {

// Largest command message we accept or build (MS-MMSP sets none; the longest real one, Logging,
// is 1504 bytes; a SecurityChallenge token may be a few KiB). Protects against huge lengths.
inline constexpr qsizetype MaxCommandMessageBytes = 1024 * 1024;

// chunkLen and MID of a message area; Malformed if fewer than 8 bytes.
struct MessagePrefix
{
    quint32 chunkLen = 0;
    quint32 mid = 0;
};
Decoded<MessagePrefix> decodeMessagePrefix(QByteArrayView message);

// chunkLen + MID + fields + zero padding.
template<typename M>
QByteArray encodeMessage(const M &message)
{
    ByteWriter w;
    w.u32(0); // chunkLen, filled below
    w.u32(quint32(M::Id));
    message.writeFields(w);
    w.padTo(8);
    QByteArray bytes = w.take();
    const quint32 chunkLen = quint32(bytes.size() / 8);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((chunkLen >> (8 * i)) & 0xFF);
    return bytes;
}

// TcpMessageHeader + message, ready for the socket.
QByteArray wrapMessage(QByteArrayView message, quint16 seq, quint64 timeSent = 0);

template<typename M>
QByteArray encodePacket(const M &message, quint16 seq, quint64 timeSent = 0)
{
    return wrapMessage(encodeMessage(message), seq, timeSent);
}

// Decodes a message area (starting at chunkLen). Checks chunkLen against the area's size
// (BadLength), the MID against M::Id (WrongMessage), then the fields (Malformed). Bytes after the
// fields up to chunkLen*8 are padding and ignored. `baseOffset` is added to error offsets.
template<typename M>
Decoded<M> decodeMessage(QByteArrayView message, qint64 baseOffset = 0);

// Implemented in mmscodec.cpp for every message type; declared here so the template above links.
// Ok when `message` holds at least 8 bytes, chunkLen*8 is between 8 and message.size()
// (else BadLength) and the MID is `expected` (else WrongMessage).
bool checkMessageFraming(QByteArrayView message, MessageId expected, qint64 baseOffset,
                         CodecError &error);
// chunkLen * 8 of a message that passed checkMessageFraming().
qsizetype messageBytes(QByteArrayView message);

template<typename M>
Decoded<M> decodeMessage(QByteArrayView message, qint64 baseOffset)
{
    Decoded<M> result;
    if (!checkMessageFraming(message, M::Id, baseOffset, result.error))
        return result;
    // Fields are read from this message only (chunkLen*8 bytes, checked above), so a string scan
    // can never run into a message packed after it.
    const qsizetype length = messageBytes(message);
    ByteReader reader(message.sliced(8, length - 8), baseOffset + 8);
    M::readFields(reader, result.value);
    result.error = reader.error();
    return result;
}

} // namespace mms
