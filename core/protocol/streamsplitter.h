// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"
#include "core/protocol/datapacket.h"
#include "core/protocol/tcpmessageheader.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <variant>
#include <vector>

namespace mms {

// One command message as it arrived: its TcpMessageHeader and its message area (from chunkLen to
// the end of the packet, i.e. messageLength - 16 bytes). If a server packed several messages into
// one header (allowed, SHOULD NOT, MS-MMSP 2.2.3), `message` holds them all; callers decode the
// first, as every known client does.
struct CommandPacket
{
    TcpMessageHeader header;
    MessageId id = MessageId(0);
    QByteArray message;
};

// Splits the TCP byte stream into command packets and Data packets (MS-MMSP 3.1.5.2: bytes 4..7
// equal to the sessionId mean a TcpMessageHeader, anything else a Data packet). Fed arbitrary
// chunks; yields complete packets in order. Never allocates from an unchecked length: a command's
// messageLength is checked against `maxCommandBytes` and a Data packet's PacketSize against
// `maxDataPacketBytes` before any byte of it is buffered beyond its header.
// After an error the splitter stays in that error state: the stream cannot be resynchronised.
//
// Every byte is copied once on its way through, whatever the chunking. append() checks each
// packet's header as its bytes arrive. A packet that lies whole in a QByteArray chunk is copied
// out of it by next(), the chunk being kept (shared, not copied) until then; any other packet is
// copied as its bytes arrive straight into its own payload (or message) array, allocated at its
// exact size when its header has passed the checks. Only a header cut by a chunk boundary (at
// most 40 bytes) is copied twice. next() hands out the complete packets, then the error if there
// was one, so what next() returns, and when, does not depend on where the work was done.
// The last Data payload returned stays shared with the splitter until the next one is made; if
// its taker has dropped it by then, the next payload of the same size is written into it instead
// of a new array (a player takes a packet, copies its payload on and drops it). The splitter
// writes only into arrays nobody else holds; a taker that changes a payload before then has it
// detached (copied) by Qt, as always with shared arrays.
// Memory held: the bytes not yet returned (a kept chunk's allocation is at most KeptChunkSlack
// times its size), the packet being received, whose array is allocated when its header has been
// checked (at most `maxDataPacketBytes`, or 64 KiB for a command), and that last payload.
class StreamSplitter
{
public:
    struct Limits
    {
        qsizetype maxCommandBytes = 1024 * 1024; // whole packet, header included
        qsizetype maxDataPacketBytes = 64 * 1024; // whole Data packet, header included
    };

    struct Item
    {
        // Not an aggregate: value-initialising one zeroes all of `packet` (112 bytes, with a
        // `rep stos` that cost 7 % of the splitter's time when every next() did it).
        Item() { }

        // Ok with a packet, NeedMoreData (nothing complete yet), or the error that stopped it.
        CodecError error;
        std::variant<std::monostate, CommandPacket, DataPacket> packet;

        bool ok() const { return error.ok(); }
        bool isCommand() const { return std::holds_alternative<CommandPacket>(packet); }
        bool isData() const { return std::holds_alternative<DataPacket>(packet); }
    };

    StreamSplitter() = default;
    explicit StreamSplitter(Limits limits) : m_limits(limits) { }

    // Set them before feeding: a packet is checked against the limits in force when its header
    // arrives.
    void setLimits(Limits limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Takes the bytes. The QByteArray overload is for a socket reader (readAll() returns a fresh
    // array): packets that lie whole in it are copied out only by next(), and the array is kept,
    // shared, until then (if the caller changes its copy meanwhile, Qt detaches it first). The
    // view overload copies at once whatever it has to keep; `bytes` need not outlive the call.
    void append(const QByteArray &bytes);
    void append(QByteArrayView bytes);
    // The next complete packet; else NeedMoreData, or the error that stopped the stream.
    Item next();

    // Bytes fed but not yet returned as packets.
    qsizetype bufferedBytes() const;
    // Total bytes fed so far (error offsets count from the first of them).
    qint64 totalBytesFed() const { return m_fed; }
    bool hasError() const { return !m_error.ok() && m_error.status != CodecStatus::NeedMoreData; }
    void reset();

    // Smallest command packet that can carry a message: the 32-byte header, chunkLen and MID.
    // Every field checked before a packet's body is awaited lies in its first this-many bytes.
    static constexpr qsizetype MinCommandPacket = TcpMessageHeaderSize + 8;
    // A QByteArray chunk is kept only if its allocation is at most this many times its size (a
    // socket's readAll() of 10 bytes can come in 32 KiB); otherwise it is treated as a view.
    static constexpr qsizetype KeptChunkSlack = 4;

private:
    using Packet = std::variant<std::monostate, CommandPacket, DataPacket>;
    // A complete packet not yet returned. Its body is in it, or still in m_kept.front().
    struct Ready
    {
        Ready() { } // so that emplace_back() does not zero all of `packet`
        Packet packet;
        const char *body = nullptr; // its payload in m_kept.front(), not yet copied out
        qsizetype bodySize = 0;
        bool lastInChunk = false; // m_kept.front() can go once this one is out
    };

    void takeReady(Item &item);
    void stop(Item &item);
    void feed(QByteArrayView bytes, const QByteArray *keep);
    QByteArray newPayload(qsizetype size);
    qsizetype startPacket(const char *p, qsizetype available);
    void startDataPacket(const char *p, quint16 packetSize);
    void allocateBody();
    void fillBody(const char *bytes, qsizetype size);
    void finishPacket();
    void clearStream();

    Limits m_limits;
    qint64 m_fed = 0;
    qint64 m_returned = 0; // bytes of the packets next() has returned
    CodecError m_error; // the error next() returned (sticky)

    // Complete packets not yet returned, from m_readyHead on; then m_pendingError, if set.
    std::vector<Ready> m_ready;
    std::size_t m_readyHead = 0;
    CodecError m_pendingError;
    std::deque<QByteArray> m_kept; // the chunks that hold bodies of m_ready, in order

    // The packet being received: its first bytes while its header is not yet checked (kept here
    // only when they came in more than one chunk), then its header fields and its body.
    qint64 m_packetStart = 0; // stream offset of its first byte
    char m_head[MinCommandPacket] = {};
    qsizetype m_headBytes = 0;
    bool m_isCommand = false;
    DataPacket m_data; // header fields, if a Data packet
    CommandPacket m_command; // header fields, if a command
    QByteArray m_body; // its payload (Data) or message area (command): allocated whole, or
    bool m_bodyGrows = false; // appended to as it comes (a command over 64 KiB)
    qsizetype m_bodyMissing = 0;
    // The payload of the last Data packet returned, shared with its taker, to be reused (see above).
    QByteArray m_spare;
};

} // namespace mms
