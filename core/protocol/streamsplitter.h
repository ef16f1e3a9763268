#pragma once

#include "core/protocol/codecresult.h"
#include "core/protocol/datapacket.h"
#include "core/protocol/tcpmessageheader.h"

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

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
        // Ok with a packet, NeedMoreData (nothing complete yet), or the error that stopped it.
        CodecError error;
        std::variant<std::monostate, CommandPacket, DataPacket> packet;

        bool ok() const { return error.ok(); }
        bool isCommand() const { return std::holds_alternative<CommandPacket>(packet); }
        bool isData() const { return std::holds_alternative<DataPacket>(packet); }
    };

    StreamSplitter() = default;
    explicit StreamSplitter(Limits limits) : m_limits(limits) { }

    void setLimits(Limits limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    void append(QByteArrayView bytes);
    Item next();

    // Bytes fed but not yet returned as packets.
    qsizetype bufferedBytes() const;
    // Total bytes fed so far (error offsets count from the first of them).
    qint64 totalBytesFed() const { return m_fed; }
    bool hasError() const { return !m_error.ok() && m_error.status != CodecStatus::NeedMoreData; }
    void reset();

private:
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_readPos = 0; // consumed bytes at the front of m_buffer, compacted lazily
    qint64 m_fed = 0;
    CodecError m_error;
};

} // namespace mms
