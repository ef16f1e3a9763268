#include "core/protocol/streamsplitter.h"

#include "core/logging.h"

#include <QtEndian>

namespace mms {

namespace {

// Smallest command packet that can carry a message: the 32-byte header, chunkLen and MID.
constexpr qsizetype MinCommandPacket = TcpMessageHeaderSize + 8;
// Compact the buffer only once this many consumed bytes sit in front of the unread ones (and they
// outnumber them), so each byte is moved O(1) times on average.
constexpr qsizetype CompactThreshold = 4096;

quint32 readU32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

void StreamSplitter::append(QByteArrayView bytes)
{
    m_fed += bytes.size();
    if (hasError())
        return; // the stream cannot be resynchronised; keep nothing
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    } else if (m_readPos >= CompactThreshold && m_readPos >= m_buffer.size() - m_readPos) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    m_buffer.append(bytes);
}

qsizetype StreamSplitter::bufferedBytes() const
{
    return m_buffer.size() - m_readPos;
}

void StreamSplitter::reset()
{
    m_buffer.clear();
    m_readPos = 0;
    m_fed = 0;
    m_error = {};
}

StreamSplitter::Item StreamSplitter::next()
{
    Item item;
    if (hasError()) {
        item.error = m_error;
        return item;
    }
    const char *p = m_buffer.constData() + m_readPos;
    const qsizetype available = bufferedBytes();
    const qint64 start = m_fed - available; // stream offset of p[0]

    auto needMore = [&item, this]() -> Item & {
        item.error = { CodecStatus::NeedMoreData, m_fed, QString() };
        return item;
    };
    auto fail = [&item, this, start](CodecStatus status, qint64 fieldOffset, const QString &what) -> Item & {
        m_error = { status, start + fieldOffset, what };
        m_buffer.clear();
        m_readPos = 0;
        qCDebug(lcMmsProtocol) << "stream error" << codecStatusName(status) << "at" << m_error.offset
                               << what;
        item.error = m_error;
        return item;
    };

    // MS-MMSP 3.1.5.2 / protocol doc §2: the first 8 bytes tell a command from a Data packet.
    if (available < 8)
        return needMore();

    if (readU32(p + 4) != SessionIdValue) {
        // A Data packet (MS-MMSP 2.2.2). PacketSize is checked before any of the body is awaited.
        const quint16 packetSize = qFromLittleEndian<quint16>(p + 6);
        if (packetSize <= DataPacketHeaderSize)
            return fail(CodecStatus::Malformed, 6,
                        QStringLiteral("Data packet PacketSize %1 leaves no payload").arg(packetSize));
        if (packetSize > m_limits.maxDataPacketBytes)
            return fail(CodecStatus::TooLarge, 6,
                        QStringLiteral("Data packet PacketSize %1 is over the limit of %2")
                                .arg(packetSize)
                                .arg(m_limits.maxDataPacketBytes));
        if (available < packetSize)
            return needMore();
        Decoded<DataPacket> data = DataPacket::decode(QByteArrayView(p, packetSize));
        if (!data.ok()) // cannot happen after the checks above; kept so a change cannot go unseen
            return fail(data.error.status, data.error.offset, data.error.what);
        m_readPos += packetSize;
        item.packet = std::move(data.value);
        return item;
    }

    // A TcpMessageHeader. Fields are checked in wire order as soon as they have arrived, so the
    // error does not depend on how the stream was chunked, and a bad length stops the stream
    // before anything is buffered for it.
    // MS-MMSP 2.2.3: rep MUST be 1, version and versionMinor 0.
    if (p[0] != 0x01)
        return fail(CodecStatus::Malformed, 0, QStringLiteral("rep %1 is not 1").arg(quint8(p[0])));
    if (p[1] != 0 || p[2] != 0)
        return fail(CodecStatus::Malformed, p[1] != 0 ? 1 : 2,
                    QStringLiteral("version %1.%2 is not 0.0").arg(quint8(p[1])).arg(quint8(p[2])));
    if (available < 12)
        return needMore();
    // MS-MMSP 2.2.3: messageLength = message bytes + 16; messages are multiples of 8 and we need
    // at least chunkLen and MID.
    const quint32 messageLength = readU32(p + 8);
    if (messageLength < 16 + 8 || messageLength % 8 != 0)
        return fail(CodecStatus::BadLength, 8,
                    QStringLiteral("messageLength %1 is not 16 + a non-empty multiple of 8").arg(messageLength));
    const quint64 packetBytes = quint64(messageLength) + 16;
    if (packetBytes > quint64(m_limits.maxCommandBytes))
        return fail(CodecStatus::TooLarge, 8,
                    QStringLiteral("command packet of %1 bytes is over the limit of %2")
                            .arg(packetBytes)
                            .arg(m_limits.maxCommandBytes));
    if (available < 16)
        return needMore();
    if (readU32(p + 12) != SealValue) // MS-MMSP 2.2.3: seal MUST be "MMS "
        return fail(CodecStatus::BadSeal, 12,
                    QStringLiteral("seal 0x%1 is not \"MMS \"").arg(readU32(p + 12), 8, 16, QLatin1Char('0')));
    if (available < TcpMessageHeaderSize)
        return needMore();
    const Decoded<TcpMessageHeader> header = TcpMessageHeader::decode(QByteArrayView(p, TcpMessageHeaderSize));
    if (!header.ok()) // everything decode() checks was checked above; kept as a safety net
        return fail(header.error.status, header.error.offset, header.error.what);
    if (available < MinCommandPacket)
        return needMore();
    // MS-MMSP 2.2.4: the first message's chunkLen must fit inside the message field.
    const quint32 chunkLen = readU32(p + TcpMessageHeaderSize);
    if (chunkLen == 0 || quint64(chunkLen) * 8 > messageLength - 16)
        return fail(CodecStatus::BadLength, TcpMessageHeaderSize,
                    QStringLiteral("chunkLen %1 does not fit messageLength %2").arg(chunkLen).arg(messageLength));
    if (quint64(available) < packetBytes)
        return needMore();

    CommandPacket command;
    command.header = header.value;
    command.id = MessageId(readU32(p + TcpMessageHeaderSize + 4));
    command.message = QByteArray(p + TcpMessageHeaderSize, qsizetype(messageLength - 16));
    m_readPos += qsizetype(packetBytes);
    item.packet = std::move(command);
    return item;
}

} // namespace mms
