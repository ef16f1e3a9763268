// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"
#include "core/protocol/mmsconstants.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mms {

// MS-MMSP 2.2.3: the 32-byte header in front of every command message on the TCP connection.
struct TcpMessageHeader
{
    quint8 rep = 0x01;
    quint8 version = 0x00;
    quint8 versionMinor = 0x00;
    quint8 padding = 0x00;
    quint32 sessionId = SessionIdValue;
    quint32 messageLength = 0; // bytes of the message area + 16 (= packet size - 16)
    quint32 seal = SealValue;
    quint32 chunkCount = 0; // we send (packet size - 16) / 8, as every known client does (notes §3)
    quint16 seq = 0;
    quint16 mbz = 0; // sent as 0; ignored on receipt (peers put a 32-bit seq across seq+MBZ)
    quint64 timeSent = 0;

    // Header for a message area of `messageBytes` (already a multiple of 8).
    static TcpMessageHeader forMessage(qsizetype messageBytes, quint16 seq, quint64 timeSent = 0);

    QByteArray encode() const;
    // Decodes the first 32 bytes. NeedMoreData if fewer; BadSeal / BadSessionId / Malformed
    // (rep, version) / BadLength (messageLength < 16 or not a multiple of 8) otherwise.
    // Fields are checked in wire order (rep, version, sessionId, messageLength, seal), the
    // order StreamSplitter checks them in, and the error offset is that of the offending field.
    static Decoded<TcpMessageHeader> decode(QByteArrayView bytes);

    friend bool operator==(const TcpMessageHeader &, const TcpMessageHeader &) = default;
};

} // namespace mms
