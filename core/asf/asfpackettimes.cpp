// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfpackettimes.h"

#include <QList>

namespace {

// Size in bytes of a field coded with a 2-bit length type (ASF 1.20 §5.2.2: 0, 1, 2 or 4 bytes).
int fieldSize(int lengthType)
{
    static constexpr int sizes[4] = { 0, 1, 2, 4 };
    return sizes[lengthType & 3];
}

// A bounds-checked cursor over the packet; every read past the end fails the whole walk.
class Cursor
{
public:
    explicit Cursor(const QByteArray &bytes) : m_bytes(bytes) { }

    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }

    quint32 read(int size)
    {
        if (!m_ok || size < 0 || m_pos + size > m_bytes.size()) {
            m_ok = false;
            return 0;
        }
        quint32 value = 0;
        for (int i = 0; i < size; ++i)
            value |= quint32(quint8(m_bytes.at(m_pos + i))) << (8 * i);
        m_pos += size;
        return value;
    }
    void skip(qsizetype count)
    {
        if (!m_ok || count < 0 || m_pos + count > m_bytes.size())
            m_ok = false;
        else
            m_pos += count;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

namespace asf {

QList<qsizetype> packetTimeFields(const QByteArray &packet)
{
    Cursor c(packet);
    // ASF 5.2.1: an Error Correction Flags byte with bit 7 set starts the packet; its low four
    // bits give the length of the error correction data that follows.
    quint32 flags = c.read(1);
    if (flags & 0x80) {
        if (flags & 0x60)
            return {}; // Error Correction Length Type must be 00
        c.skip(flags & 0x0F);
        flags = c.read(1);
    }
    // ASF 5.2.2 Payload Parsing Information.
    const bool multiple = flags & 0x01;
    const int sequenceSize = fieldSize(flags >> 1);
    const int paddingSize = fieldSize(flags >> 3);
    const int packetLengthSize = fieldSize(flags >> 5);
    const quint32 properties = c.read(1);
    const int replicatedLengthSize = fieldSize(properties);
    const int offsetSize = fieldSize(properties >> 2);
    const int objectNumberSize = fieldSize(properties >> 4);
    c.skip(packetLengthSize + sequenceSize + paddingSize);
    if (!c.ok())
        return {};

    QList<qsizetype> timeOffsets;
    timeOffsets.append(c.pos()); // Send Time
    c.skip(4 + 2); // Send Time, Duration

    int payloadCount = 1;
    int payloadLengthSize = 0;
    if (multiple) {
        const quint32 payloadFlags = c.read(1);
        payloadCount = int(payloadFlags & 0x3F);
        payloadLengthSize = fieldSize(payloadFlags >> 6);
        if (payloadCount == 0)
            return {};
    }
    for (int i = 0; i < payloadCount && c.ok(); ++i) {
        c.skip(1 + objectNumberSize); // Stream Number, Media Object Number
        const qsizetype offsetField = c.pos();
        c.skip(offsetSize);
        const quint32 replicatedLength = c.read(replicatedLengthSize);
        const qsizetype replicatedStart = c.pos();
        c.skip(replicatedLength);
        if (!c.ok())
            return {};
        if (replicatedLength >= 8) {
            timeOffsets.append(replicatedStart + 4); // Media Object Size, then Presentation Time
        } else if (replicatedLength == 1) {
            // Compressed payload (ASF 5.2.3.3): the offset field holds the presentation time.
            if (offsetSize != 4)
                return {};
            timeOffsets.append(offsetField);
        }
        qsizetype dataLength = 0;
        if (multiple)
            dataLength = c.read(payloadLengthSize);
        else
            dataLength = packet.size() - c.pos(); // the rest (padding is part of it, unchanged)
        c.skip(dataLength);
    }
    if (!c.ok())
        return {};
    return timeOffsets;
}

bool shiftPacketTimes(QByteArray &packet, qint64 deltaMs)
{
    const QList<qsizetype> fields = packetTimeFields(packet);
    if (fields.isEmpty())
        return false;
    QByteArray shifted = packet;
    for (const qsizetype offset : fields) {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value |= quint32(quint8(shifted.at(offset + i))) << (8 * i);
        const qint64 moved = qint64(value) + deltaMs;
        if (moved < 0 || moved > qint64(0xFFFFFFFFu))
            return false;
        for (int i = 0; i < 4; ++i)
            shifted[offset + i] = char((quint64(moved) >> (8 * i)) & 0xFF);
    }
    packet = shifted;
    return true;
}

} // namespace asf
