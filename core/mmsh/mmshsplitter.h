// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshpacket.h"
#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <deque>

namespace mms {

// Splits the body of an MMSH response (application/x-mms-framed or vnd.ms.wms-hdr.asfv1, after
// any chunked coding is removed) into $-packets ([MS-WMSP] 2.2.3). Fed arbitrary chunks; yields
// complete packets in order. Each packet's Framing header is checked as soon as its 4 bytes are
// in, and its MMS data packet header (for $H/$D/$M) as soon as those 8 are, so a bad length
// stops the stream before any byte of the body is buffered, and the error and its offset do not
// depend on how the stream was chunked. Errors are sticky: the stream cannot be resynchronised.
// Memory held: the packets not yet returned and the one being received (at most
// `maxPacketBytes`).
class MmshSplitter {
public:
    struct Limits {
        // Whole packet, Framing header included. PacketLength is 16 bits, so the default
        // (MmshMaxPacketBytes) admits every packet the framing can express.
        qsizetype maxPacketBytes = MmshMaxPacketBytes;
    };

    struct Item {
        CodecError error; // Ok with a packet, NeedMoreData, or the error that stopped the stream
        MmshPacket packet;
        bool ok() const { return error.ok(); }
    };

    MmshSplitter() = default;
    explicit MmshSplitter(Limits limits) : m_limits(limits) { }
    void setLimits(Limits limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    void append(QByteArrayView bytes);
    // The next complete packet; else NeedMoreData, or the error that stopped the stream.
    Item next();

    qsizetype bufferedBytes() const { return m_partial.size(); }
    qint64 totalBytesFed() const { return m_fed; }
    bool hasError() const { return !m_error.ok(); }
    void reset();

private:
    qsizetype bytesWanted() const;
    bool checkFramingHeader(const uchar *p);
    bool checkDataHeader(const uchar *p);
    void finishPacket(const char *p);
    qsizetype takeWhole(const char *p, qsizetype size);
    void fail(CodecStatus status, qsizetype offsetInPacket, const QString &what);

    Limits m_limits;
    qint64 m_fed = 0;
    qint64 m_packetStart = 0; // stream offset of the packet being received
    QByteArray m_partial; // the packet being received, as far as it has come
    qsizetype m_packetBytes = 0; // its total size, once its Framing header has been checked
    bool m_dataHeaderChecked = false;
    std::deque<MmshPacket> m_ready;
    CodecError m_error; // sticky; reported after the packets completed before it
};

} // namespace mms
