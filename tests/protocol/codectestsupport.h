// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the protocol codec tests.
#include "core/protocol/mmscodec.h"

#include <QtEndian>
#include <QtTest>

namespace mms {
// QTest prints enum values through this (found by argument-dependent lookup).
inline char *toString(CodecStatus status)
{
    return qstrdup(codecStatusName(status));
}
} // namespace mms

namespace codectest {

using namespace mms;

// Hex with spaces and line breaks allowed (QByteArray::fromHex skips them).
inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

inline QString errorText(const CodecError &e)
{
    return e.ok() ? QString() : QStringLiteral("%1 at %2: %3").arg(codecStatusName(e.status)).arg(e.offset).arg(e.what);
}

// Decodes a message and encodes it again: equal to the input iff decoding kept every field.
template<typename M>
QByteArray reencodeMessage(const QByteArray &message)
{
    const Decoded<M> d = decodeMessage<M>(message);
    return d.ok() ? encodeMessage(d.value) : errorText(d.error).toUtf8();
}

// The same for a whole TcpMessageHeader packet; seq and timeSent come from the decoded header.
template<typename M>
QByteArray reencodePacket(const QByteArray &packet)
{
    const Decoded<TcpMessageHeader> h = TcpMessageHeader::decode(packet);
    if (!h.ok())
        return errorText(h.error).toUtf8();
    const Decoded<M> d = decodeMessage<M>(packet.sliced(TcpMessageHeaderSize), TcpMessageHeaderSize);
    return d.ok() ? encodePacket(d.value, h.value.seq, h.value.timeSent) : errorText(d.error).toUtf8();
}

template<typename M>
void addGoldenMessage(const char *name, const M &m, const QByteArray &golden)
{
    QTest::newRow(name) << encodeMessage(m) << golden << reencodeMessage<M>(golden);
}

template<typename M>
void addGoldenPacket(const char *name, const M &m, quint16 seq, const QByteArray &golden)
{
    QTest::newRow(name) << encodePacket(m, seq) << golden << reencodePacket<M>(golden);
}

template<typename M>
void addRoundTrip(const char *name, const M &m)
{
    const QByteArray bytes = encodeMessage(m);
    const Decoded<M> d = decodeMessage<M>(bytes);
    QTest::newRow(name) << bytes << quint32(M::Id) << errorText(d.error) << (d.value == m)
                        << encodeMessage(d.value);
}

template<typename M>
void addDecodeError(const char *name, const QByteArray &message, CodecStatus status, qint64 offset)
{
    const Decoded<M> d = decodeMessage<M>(message);
    QTest::newRow(name) << d.error.status << d.error.offset << status << offset;
}

// Overwrites a little-endian u32 inside `bytes` (used to corrupt counts and lengths).
inline QByteArray patchU32(QByteArray bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
    return bytes;
}

inline QByteArray utf16Bytes(const QString &s)
{
    ByteWriter w;
    w.utf16(s);
    return w.take();
}

} // namespace codectest
