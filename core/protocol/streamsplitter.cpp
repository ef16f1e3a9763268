// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/streamsplitter.h"

#include "core/logging.h"
#include "core/protocol/protocoltext.h"

#include <QtEndian>

#include <cstring>

namespace mms {

namespace {

// A command's message area is allocated whole when its header has been checked if it is at most
// this big (every command a real server sends is); a bigger one grows as its bytes arrive, so a
// header alone cannot make us hold up to maxCommandBytes.
constexpr qsizetype MaxPreallocatedMessage = 64 * 1024;
// Ready packets are kept in a vector that is emptied, not freed, when drained; it is freed if
// one append() made it longer than this.
constexpr std::size_t KeptReadyCapacity = 64;

quint32 readU32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// The checks on the first `available` bytes of a packet (at most MinCommandPacket are looked
// at): NeedMoreData, Ok once every field before the body has arrived and passed, or the error,
// its offset counted from the packet's first byte. Fields are checked in wire order as soon as
// they have arrived, so the error does not depend on how the stream was chunked, and a bad
// length stops the stream before anything is buffered for it.
CodecError checkHeader(const char *p, qsizetype available, const StreamSplitter::Limits &limits)
{
    const CodecError needMore { CodecStatus::NeedMoreData, 0, QString() };
    // MS-MMSP 3.1.5.2 / protocol doc §2: the first 8 bytes tell a command from a Data packet.
    if (available < 8)
        return needMore;

    if (readU32(p + 4) != SessionIdValue) {
        // A Data packet (MS-MMSP 2.2.2). PacketSize is checked before any of the body is awaited.
        const quint16 packetSize = qFromLittleEndian<quint16>(p + 6);
        if (packetSize <= DataPacketHeaderSize)
            return {CodecStatus::Malformed, 6,
                ProtocolText::tr("Data packet PacketSize %1 leaves no payload").arg(packetSize)};
        if (packetSize > limits.maxDataPacketBytes)
            return {CodecStatus::TooLarge, 6,
                ProtocolText::tr("Data packet PacketSize %1 is over the limit of %2")
                    .arg(packetSize)
                    .arg(limits.maxDataPacketBytes)};
        return {};
    }

    // A TcpMessageHeader. MS-MMSP 2.2.3: rep MUST be 1, version and versionMinor 0.
    if (p[0] != 0x01)
        return {CodecStatus::Malformed, 0, ProtocolText::tr("rep %1 is not 1").arg(quint8(p[0]))};
    if (p[1] != 0 || p[2] != 0)
        return {CodecStatus::Malformed, p[1] != 0 ? 1 : 2,
            ProtocolText::tr("version %1.%2 is not 0.0").arg(quint8(p[1])).arg(quint8(p[2]))};
    if (available < 12)
        return needMore;
    // MS-MMSP 2.2.3: messageLength = message bytes + 16; messages are multiples of 8 and we need
    // at least chunkLen and MID.
    const quint32 messageLength = readU32(p + 8);
    if (messageLength < 16 + 8 || messageLength % 8 != 0)
        return {CodecStatus::BadLength, 8,
            ProtocolText::tr("messageLength %1 is not 16 + a non-empty multiple of 8")
                .arg(messageLength)};
    const quint64 packetBytes = quint64(messageLength) + 16;
    if (packetBytes > quint64(limits.maxCommandBytes))
        return {CodecStatus::TooLarge, 8,
            ProtocolText::tr("command packet of %1 bytes is over the limit of %2")
                .arg(packetBytes)
                .arg(limits.maxCommandBytes)};
    if (available < 16)
        return needMore;
    if (readU32(p + 12) != SealValue) // MS-MMSP 2.2.3: seal MUST be "MMS "
        return {CodecStatus::BadSeal, 12,
            ProtocolText::tr("seal 0x%1 is not \"MMS \"")
                .arg(readU32(p + 12), 8, 16, QLatin1Char('0'))};
    if (available < TcpMessageHeaderSize)
        return needMore;
    const Decoded<TcpMessageHeader> header = TcpMessageHeader::decode(QByteArrayView(p, TcpMessageHeaderSize));
    if (!header.ok()) // everything decode() checks was checked above; kept as a safety net
        return header.error;
    if (available < StreamSplitter::MinCommandPacket)
        return needMore;
    // MS-MMSP 2.2.4: the first message's chunkLen must fit inside the message field.
    const quint32 chunkLen = readU32(p + TcpMessageHeaderSize);
    if (chunkLen == 0 || quint64(chunkLen) * 8 > messageLength - 16)
        return {CodecStatus::BadLength, TcpMessageHeaderSize,
            ProtocolText::tr("chunkLen %1 does not fit messageLength %2")
                .arg(chunkLen)
                .arg(messageLength)};
    return {};
}

} // namespace

void StreamSplitter::append(const QByteArray &bytes)
{
    // Kept only if it owns its memory (fromRawData arrays have capacity 0 and are the caller's to
    // change) and that memory is not much more than its bytes.
    const bool keep = bytes.capacity() >= bytes.size() && bytes.capacity() <= KeptChunkSlack * bytes.size();
    feed(bytes, keep ? &bytes : nullptr);
}

void StreamSplitter::append(QByteArrayView bytes)
{
    feed(bytes, nullptr);
}

// Runs `bytes` through the packet state machine. With `keep` (the array `bytes` views), packets
// that lie whole in it are queued with their body still in it, and it is kept until they are out.
void StreamSplitter::feed(QByteArrayView bytes, const QByteArray *keep)
{
    m_fed += bytes.size();
    if (hasError() || !m_pendingError.ok())
        return; // the stream cannot be resynchronised; keep nothing
    const char *p = bytes.data();
    qsizetype size = bytes.size();
    std::size_t keptUntil = 0; // 1 + the index in m_ready of the last packet left in *keep
    while (size > 0) {
        if (m_bodyMissing > 0) {
            const qsizetype n = qMin(size, m_bodyMissing);
            fillBody(p, n);
            p += n;
            size -= n;
            if (m_bodyMissing == 0)
                finishPacket();
            continue;
        }
        if (m_headBytes == 0) {
            // The header is checked where it lies in the caller's chunk. First the bulk of any
            // stream: a Data packet header that passes checkHeader(), whose conditions these are;
            // anything else, and every error, is left to checkHeader().
            if (size >= DataPacketHeaderSize && readU32(p + 4) != SessionIdValue) {
                const quint16 packetSize = qFromLittleEndian<quint16>(p + 6);
                if (packetSize > DataPacketHeaderSize && packetSize <= m_limits.maxDataPacketBytes) {
                    if (keep && packetSize <= size) {
                        // MS-MMSP 2.2.2 wire order: LocationId, playIncarnation, AFFlags, PacketSize.
                        Ready &ready = m_ready.emplace_back();
                        DataPacket &data = ready.packet.emplace<DataPacket>();
                        data.locationId = readU32(p);
                        data.playIncarnation = quint8(p[4]);
                        data.afFlags = quint8(p[5]);
                        ready.body = p + DataPacketHeaderSize;
                        ready.bodySize = packetSize - DataPacketHeaderSize;
                        keptUntil = m_ready.size();
                        m_packetStart += packetSize;
                        p += packetSize;
                        size -= packetSize;
                        continue;
                    }
                    startDataPacket(p, packetSize);
                    p += DataPacketHeaderSize;
                    size -= DataPacketHeaderSize;
                    continue;
                }
            }
            const qsizetype used = startPacket(p, qMin(size, MinCommandPacket));
            if (used == 0) {
                if (m_pendingError.ok()) { // NeedMoreData: every packet is decided by its first 40 bytes
                    Q_ASSERT(size < MinCommandPacket);
                    std::memcpy(m_head, p, size_t(size));
                    m_headBytes = size;
                }
                break;
            }
            p += used;
            size -= used;
            continue;
        }
        // A header cut by a chunk boundary, completed in m_head: 8 bytes first (Data packets are
        // decided there, and may be as short as 9 bytes), then up to 40 for a command.
        const qsizetype n = qMin(size, (m_headBytes < 8 ? 8 : MinCommandPacket) - m_headBytes);
        std::memcpy(m_head + m_headBytes, p, size_t(n));
        m_headBytes += n;
        p += n;
        size -= n;
        const qsizetype used = startPacket(m_head, m_headBytes);
        if (used == 0) {
            if (!m_pendingError.ok())
                break;
            continue;
        }
        const qsizetype extra = m_headBytes - used; // a command's chunkLen and MID: body bytes
        m_headBytes = 0;
        if (extra > 0) {
            fillBody(m_head + used, extra);
            if (m_bodyMissing == 0)
                finishPacket();
        }
    }
    if (keptUntil > 0) {
        m_ready[keptUntil - 1].lastInChunk = true;
        m_kept.push_back(*keep);
    }
}

// A payload array of exactly `size` bytes, contents to be written: m_spare if its taker has
// dropped it (isDetached(): nobody else holds it, so writing into it is safe), else a new one.
QByteArray StreamSplitter::newPayload(qsizetype size)
{
    if (m_spare.size() == size && m_spare.isDetached())
        return std::move(m_spare);
    m_spare = QByteArray();
    return QByteArray(size, Qt::Uninitialized);
}

// Checks the first `available` bytes of the packet at m_packetStart. On success starts the packet
// and returns the size of its header (the bytes of `p` used); otherwise returns 0, with
// m_pendingError set if the bytes are bad.
qsizetype StreamSplitter::startPacket(const char *p, qsizetype available)
{
    const CodecError check = checkHeader(p, available, m_limits);
    if (!check.ok()) {
        if (check.status != CodecStatus::NeedMoreData)
            m_pendingError = { check.status, m_packetStart + check.offset, check.what };
        return 0;
    }
    if (readU32(p + 4) != SessionIdValue) {
        startDataPacket(p, qFromLittleEndian<quint16>(p + 6));
        return DataPacketHeaderSize;
    }
    m_isCommand = true;
    m_command.header = TcpMessageHeader::decode(QByteArrayView(p, TcpMessageHeaderSize)).value;
    m_command.id = MessageId(readU32(p + TcpMessageHeaderSize + 4));
    m_bodyMissing = qsizetype(m_command.header.messageLength) - 16;
    allocateBody();
    return TcpMessageHeaderSize;
}

// A Data packet whose header (at `p`) has passed the checks.
void StreamSplitter::startDataPacket(const char *p, quint16 packetSize)
{
    // MS-MMSP 2.2.2 wire order: LocationId, playIncarnation, AFFlags, PacketSize.
    m_isCommand = false;
    m_data.locationId = readU32(p);
    m_data.playIncarnation = quint8(p[4]);
    m_data.afFlags = quint8(p[5]);
    m_bodyMissing = packetSize - DataPacketHeaderSize;
    allocateBody();
}

// The body of the packet just started, filled as its bytes arrive: allocated whole for a Data
// packet (at most 64 KiB: PacketSize is a u16, and under the limit just checked) and for a
// command up to MaxPreallocatedMessage; a bigger command grows as its bytes come.
void StreamSplitter::allocateBody()
{
    m_bodyGrows = m_isCommand && m_bodyMissing > MaxPreallocatedMessage;
    if (!m_bodyGrows) {
        m_body = m_isCommand ? QByteArray(m_bodyMissing, Qt::Uninitialized) : newPayload(m_bodyMissing);
    } else {
        m_body = QByteArray();
        m_body.reserve(MaxPreallocatedMessage);
    }
}

Q_ALWAYS_INLINE void StreamSplitter::fillBody(const char *bytes, qsizetype size)
{
    Q_ASSERT(size <= m_bodyMissing);
    if (m_bodyGrows)
        m_body.append(bytes, size);
    else // data(): ours alone, unless this splitter was copied (then it detaches, as it must)
        std::memcpy(m_body.data() + (m_body.size() - m_bodyMissing), bytes, size_t(size));
    m_bodyMissing -= size;
}

void StreamSplitter::finishPacket()
{
    if (m_isCommand) {
        m_command.message = std::move(m_body);
        m_packetStart += TcpMessageHeaderSize + m_command.message.size();
        m_ready.emplace_back().packet.emplace<CommandPacket>(std::move(m_command));
    } else {
        m_data.payload = std::move(m_body);
        m_packetStart += DataPacketHeaderSize + m_data.payload.size();
        m_ready.emplace_back().packet.emplace<DataPacket>(std::move(m_data));
    }
}

void StreamSplitter::clearStream()
{
    m_ready = {};
    m_readyHead = 0;
    m_pendingError = {};
    m_kept.clear();
    m_headBytes = 0;
    m_data = {};
    m_command = {};
    m_body = QByteArray();
    m_bodyGrows = false;
    m_bodyMissing = 0;
    m_spare = QByteArray();
}

qsizetype StreamSplitter::bufferedBytes() const
{
    return hasError() ? 0 : qsizetype(m_fed - m_returned);
}

void StreamSplitter::reset()
{
    clearStream();
    m_fed = 0;
    m_returned = 0;
    m_packetStart = 0;
    m_error = {};
}

StreamSplitter::Item StreamSplitter::next()
{
    Item item;
    if (m_readyHead < m_ready.size()) {
        takeReady(item);
    } else if (!m_pendingError.ok() || hasError()) {
        stop(item);
    } else {
        item.error.status = CodecStatus::NeedMoreData;
        item.error.offset = m_fed;
    }
    return item;
}

// next() with no packet ready after an error: the error, which from now on is for good.
void StreamSplitter::stop(Item &item)
{
    if (!hasError()) {
        m_error = m_pendingError;
        clearStream();
        qCDebug(lcMmsProtocol) << "stream error" << codecStatusName(m_error.status) << "at" << m_error.offset
                               << m_error.what;
    }
    item.error = m_error;
}

// next() with a packet ready: moves it into `item` (the body copied out of its chunk if it is
// still there).
void StreamSplitter::takeReady(Item &item)
{
    Ready &ready = m_ready[m_readyHead++];
    if (auto *data = std::get_if<DataPacket>(&ready.packet)) {
        DataPacket &out = item.packet.emplace<DataPacket>(std::move(*data));
        if (ready.body) {
            out.payload = newPayload(ready.bodySize);
            std::memcpy(out.payload.data(), ready.body, size_t(ready.bodySize));
        }
        m_returned += DataPacketHeaderSize + out.payload.size();
        // Kept for reuse only if a payload is still to be made: by this next() (a body left in a
        // chunk) or by append() (none ready). Packets already made need none.
        if (m_readyHead == m_ready.size() || m_ready[m_readyHead].body)
            m_spare = out.payload;
    } else {
        auto &command = std::get<CommandPacket>(ready.packet);
        m_returned += TcpMessageHeaderSize + command.message.size();
        item.packet.emplace<CommandPacket>(std::move(command));
    }
    if (ready.lastInChunk)
        m_kept.pop_front();
    if (m_readyHead == m_ready.size()) {
        if (m_ready.capacity() > KeptReadyCapacity)
            m_ready = {};
        else
            m_ready.clear();
        m_readyHead = 0;
    }
}

} // namespace mms
