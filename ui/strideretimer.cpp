// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/strideretimer.h"

#include <QList>
#include <cmath>

namespace {

// Size in bytes of a field coded with a 2-bit length type (ASF 1.20 §5.2.2: 0, 1, 2 or 4 bytes).
int fieldSize(quint32 lengthType)
{
    static constexpr int sizes[4] = {0, 1, 2, 4};
    return sizes[lengthType & 3];
}

// Reads little-endian fields; any read past the end fails the whole walk.
class Reader {
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) { }
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
    void skip(qint64 count)
    {
        if (!m_ok || count < 0 || m_pos + count > m_bytes.size())
            m_ok = false;
        else
            m_pos += qsizetype(count);
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

quint32 readAt(const QByteArray &bytes, qsizetype offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value |= quint32(quint8(bytes.at(offset + i))) << (8 * i);
    return value;
}

void writeAt(QByteArray &bytes, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char((value >> (8 * i)) & 0xFF);
}

// Offsets of the packet's time fields: Send Time first, then each payload's presentation time.
// Empty when the layout does not parse.
QList<qsizetype> timeFields(const QByteArray &packet)
{
    Reader r(packet);
    quint32 flags = r.read(1);
    if (flags & 0x80) { // ASF 5.2.1 error correction data
        if (flags & 0x60)
            return {};
        r.skip(flags & 0x0F);
        flags = r.read(1);
    }
    const bool multiple = flags & 0x01;
    const quint32 properties = r.read(1);
    r.skip(fieldSize(flags >> 5) + fieldSize(flags >> 1) + fieldSize(flags >> 3));
    if (!r.ok())
        return {};
    QList<qsizetype> fields {r.pos()};
    r.skip(4 + 2); // Send Time, Duration
    int payloads = 1;
    int payloadLengthSize = 0;
    if (multiple) {
        const quint32 payloadFlags = r.read(1);
        payloads = int(payloadFlags & 0x3F);
        payloadLengthSize = fieldSize(payloadFlags >> 6);
    }
    for (int i = 0; i < payloads && r.ok(); ++i) {
        r.skip(1 + fieldSize(properties >> 4)); // Stream Number, Media Object Number
        const qsizetype offsetField = r.pos();
        const int offsetSize = fieldSize(properties >> 2);
        r.skip(offsetSize);
        const quint32 replicated = r.read(fieldSize(properties));
        const qsizetype replicatedStart = r.pos();
        r.skip(replicated);
        if (replicated >= 8)
            fields.append(replicatedStart + 4); // Media Object Size, Presentation Time
        else if (replicated == 1 && offsetSize == 4)
            fields.append(offsetField); // compressed: the offset field is the presentation time
        r.skip(multiple ? r.read(payloadLengthSize) : packet.size() - r.pos());
    }
    return r.ok() ? fields : QList<qsizetype> {};
}

} // namespace

void StrideRetimer::start(double rate)
{
    m_rate = std::isfinite(rate) && rate != 0.0 ? std::fabs(rate) : 1.0;
    m_haveOrigin = false;
}

bool StrideRetimer::retime(QByteArray &packet)
{
    const QList<qsizetype> fields = timeFields(packet);
    if (fields.isEmpty())
        return false;
    const quint32 sendTime = readAt(packet, fields.first());
    if (!m_haveOrigin) {
        m_haveOrigin = true;
        m_origin = sendTime;
    }
    m_lastSendTime = sendTime;
    // The same shift for every time of the packet keeps each frame's presentation a preroll's
    // worth after its send time, whichever way the stride goes.
    const double travelled = std::fabs(double(sendTime) - double(m_origin)) / m_rate;
    const qint64 delta = qint64(m_origin) + qint64(std::llround(travelled)) - qint64(sendTime);
    QByteArray out = packet;
    for (const qsizetype offset : fields) {
        const qint64 value = qint64(readAt(out, offset)) + delta;
        if (value < 0 || value > qint64(0xFFFFFFFFu))
            return false;
        writeAt(out, offset, quint32(value));
    }
    packet = out;
    return true;
}
