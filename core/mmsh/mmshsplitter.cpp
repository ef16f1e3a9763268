// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshsplitter.h"

#include <QtEndian>

namespace mms {

void MmshSplitter::reset()
{
    *this = MmshSplitter(m_limits);
}

void MmshSplitter::fail(CodecStatus status, qsizetype offsetInPacket, const QString &what)
{
    m_error = {status, m_packetStart + offsetInPacket, what};
    m_partial.clear();
}

// How many bytes of the current packet we need before the next decision: the Framing header,
// then (for $H/$D/$M) the MMS data packet header, then the rest.
qsizetype MmshSplitter::bytesWanted() const
{
    if (m_packetBytes == 0)
        return MmshFramingHeaderSize;
    const auto type = MmshPacketType(m_partial.at(1));
    if (MmshPacket::hasDataHeader(type) && !m_dataHeaderChecked)
        return MmshFramingHeaderSize + MmshDataHeaderSize;
    return m_packetBytes;
}

// [MS-WMSP] 2.2.3.1.1: B+Frame (0x24 or 0xA4), PacketID, PacketLength (little-endian). Fields
// are checked in wire order; the length against the type's layout, then against our limit.
bool MmshSplitter::checkFramingHeader(const uchar *p)
{
    if ((p[0] & 0x7F) != MmshFrameByte) {
        fail(CodecStatus::Malformed, 0,
            QStringLiteral("framing byte 0x%1 is not '$'").arg(p[0], 2, 16, QLatin1Char('0')));
        return false;
    }
    const char id = char(p[1]);
    if (!MmshPacket::isKnownType(id)) {
        fail(CodecStatus::Malformed, 1,
            QStringLiteral("unknown packet type 0x%1").arg(uchar(id), 2, 16, QLatin1Char('0')));
        return false;
    }
    const auto type = MmshPacketType(id);
    const quint16 length = qFromLittleEndian<quint16>(p + 2);
    if (type == MmshPacketType::EndOfStream && length != MmshReasonSize) {
        fail(CodecStatus::Malformed, 2, QStringLiteral("$E PacketLength %1 is not 4").arg(length));
        return false;
    }
    const qsizetype minimum = MmshPacket::hasDataHeader(type) ? MmshDataHeaderSize : MmshReasonSize;
    if (length < minimum) {
        fail(CodecStatus::Malformed, 2,
            QStringLiteral("$%1 PacketLength %2 is shorter than %3")
                .arg(QChar(id))
                .arg(length)
                .arg(minimum));
        return false;
    }
    const qsizetype total = MmshFramingHeaderSize + length;
    if (total > m_limits.maxPacketBytes) {
        fail(CodecStatus::TooLarge, 2,
            QStringLiteral("$%1 packet of %2 bytes is over the limit of %3")
                .arg(QChar(id))
                .arg(total)
                .arg(m_limits.maxPacketBytes));
        return false;
    }
    m_packetBytes = total;
    return true;
}

// [MS-WMSP] 2.2.3.1.2: PacketSize is the size of the MMS data packet, which is what the Framing
// header's PacketLength counts; a disagreement means we cannot tell where the packet ends.
bool MmshSplitter::checkDataHeader(const uchar *p)
{
    const quint16 packetLength = qFromLittleEndian<quint16>(p + 2);
    const quint16 packetSize = qFromLittleEndian<quint16>(p + 10);
    if (packetSize != packetLength) {
        fail(CodecStatus::Malformed, 10,
            QStringLiteral("PacketSize %1 disagrees with PacketLength %2")
                .arg(packetSize)
                .arg(packetLength));
        return false;
    }
    m_dataHeaderChecked = true;
    return true;
}

void MmshSplitter::finishPacket(const char *p)
{
    MmshPacket packet;
    packet.type = MmshPacketType(p[1]);
    packet.bFlag = (uchar(p[0]) & MmshBFlag) != 0;
    qsizetype bodyStart = MmshFramingHeaderSize;
    if (MmshPacket::hasDataHeader(packet.type)) {
        packet.locationId = qFromLittleEndian<quint32>(p + 4);
        packet.incarnation = quint8(p[8]);
        packet.afFlags = quint8(p[9]);
        bodyStart += MmshDataHeaderSize;
    } else {
        packet.reason = qFromLittleEndian<quint32>(p + 4);
        bodyStart += MmshReasonSize;
    }
    packet.payload = QByteArray(p + bodyStart, m_packetBytes - bodyStart);
    m_ready.push_back(std::move(packet));
    m_packetStart += m_packetBytes;
    m_partial.resize(0); // keeps its capacity for the next packet cut across chunks
    m_packetBytes = 0;
    m_dataHeaderChecked = false;
}

// A packet that lies whole in `p` is checked and copied straight from it into its payload (one
// copy per byte, figure 2h of docs/benchmarks.md); returns its size, or 0 when it is cut (then
// the caller buffers it in m_partial). The checks and their order are those of the buffered path.
qsizetype MmshSplitter::takeWhole(const char *p, qsizetype size)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    if (size < MmshFramingHeaderSize)
        return 0;
    const qsizetype length = MmshFramingHeaderSize + qFromLittleEndian<quint16>(u + 2);
    if (length > size)
        return 0;
    if (!checkFramingHeader(u))
        return -1;
    if (MmshPacket::hasDataHeader(MmshPacketType(p[1])) && !checkDataHeader(u))
        return -1;
    finishPacket(p);
    return length;
}

void MmshSplitter::append(QByteArrayView bytes)
{
    m_fed += bytes.size();
    const char *p = bytes.data();
    qsizetype size = bytes.size();
    while (size > 0 && m_error.ok()) {
        if (m_partial.isEmpty()) {
            const qsizetype taken = takeWhole(p, size);
            if (taken < 0)
                return;
            if (taken > 0) {
                p += taken;
                size -= taken;
                continue;
            }
        }
        const qsizetype wanted = bytesWanted();
        if (m_packetBytes > 0 && m_partial.capacity() < m_packetBytes)
            m_partial.reserve(m_packetBytes); // checked against the limit already
        const qsizetype n = qMin(size, wanted - m_partial.size());
        m_partial.append(p, n);
        p += n;
        size -= n;
        if (m_partial.size() < wanted)
            break;
        const auto *u = reinterpret_cast<const uchar *>(m_partial.constData());
        if (m_packetBytes == 0) {
            checkFramingHeader(u);
        } else if (MmshPacket::hasDataHeader(MmshPacketType(m_partial.at(1)))
            && !m_dataHeaderChecked) {
            checkDataHeader(u);
        }
        if (m_error.ok() && m_packetBytes > 0 && m_partial.size() == m_packetBytes
            && (m_dataHeaderChecked || !MmshPacket::hasDataHeader(MmshPacketType(m_partial.at(1)))))
            finishPacket(m_partial.constData());
    }
}

MmshSplitter::Item MmshSplitter::next()
{
    Item item;
    if (!m_ready.empty()) {
        item.packet = std::move(m_ready.front());
        m_ready.pop_front();
        return item;
    }
    if (!m_error.ok()) {
        item.error = m_error;
        return item;
    }
    item.error.status = CodecStatus::NeedMoreData;
    return item;
}

} // namespace mms
