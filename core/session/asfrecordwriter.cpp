// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/asfrecordwriter.h"

#include "core/asf/asfguids.h"

#include <QtEndian>

namespace {

// ASF 3.1: the Header Object's preamble is GUID(16) + size(8) + count(4) + two reserved bytes.
constexpr qint64 HeaderPreamble = 30;
// ASF 3.2: File Properties offsets of the fields we fix.
constexpr qint64 FilePropertiesFileSize = 40;
constexpr qint64 FilePropertiesPacketCount = 56;
// ASF 5.1: Data Object size at +16, Total Data Packets at +40.
constexpr qint64 DataObjectSize = 16;
constexpr qint64 DataObjectPacketCount = 40;
constexpr qint64 DataPreambleBytes = 50;

} // namespace

bool AsfRecordWriter::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), what);
    return false;
}

bool AsfRecordWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return fail(m_file.errorString());
    return true;
}

bool AsfRecordWriter::writeHeader(const asf::Header &header, const QByteArray &mmsHeader)
{
    return writeHeader(mmsHeader, header.headerObjectSize, header.packetSize());
}

bool AsfRecordWriter::writeHeader(const QByteArray &mmsHeader, qint64 headerObjectSize, quint32 packetSize)
{
    if (!m_file.isOpen() || hasHeader() || !m_error.isEmpty())
        return fail(tr("not open, failed, or the header is written already"));
    if (packetSize == 0 || packetSize > asf::MaxPacketSize)
        return fail(tr("unusable packet size %1").arg(packetSize));
    if (headerObjectSize < HeaderPreamble || mmsHeader.size() != headerObjectSize + DataPreambleBytes)
        return fail(tr("the header is not a Header Object plus a Data Object preamble"));
    m_headerObjectSize = headerObjectSize;
    m_packetSize = packetSize;
    // Find File Properties among the Header Object's children (sizes were checked by the
    // session's parser; checked again here because we write at these offsets).
    const QByteArray fpGuid = asf::guidToBytes(asf::guids::FileProperties);
    qint64 pos = HeaderPreamble;
    while (pos + 24 <= headerObjectSize) {
        const quint64 size = qFromLittleEndian<quint64>(mmsHeader.constData() + pos + 16);
        if (size < 24 || size > quint64(headerObjectSize - pos))
            break;
        if (mmsHeader.mid(pos, 16) == fpGuid && size >= FilePropertiesPacketCount + 8) {
            m_filePropertiesOffset = pos;
            break;
        }
        pos += qint64(size);
    }
    if (m_filePropertiesOffset < 0)
        return fail(tr("the header has no File Properties object"));
    if (m_file.write(mmsHeader) != mmsHeader.size())
        return fail(m_file.errorString());
    m_bytes = mmsHeader.size();
    return true;
}

bool AsfRecordWriter::writePacket(const QByteArray &packet)
{
    if (!hasHeader() || !m_file.isOpen() || !m_error.isEmpty())
        return fail(tr("a packet before the header, after finish() or after an error"));
    // The Data Object's size is packets x packet size (ASF 5.1): a packet of another size would
    // make the file unreadable from there on.
    if (packet.size() != qsizetype(m_packetSize))
        return fail(tr("a packet of %1 bytes, the header's packet size is %2")
                        .arg(packet.size())
                        .arg(m_packetSize));
    if (m_file.write(packet) != packet.size())
        return fail(m_file.errorString());
    ++m_packets;
    m_bytes += packet.size();
    return true;
}

bool AsfRecordWriter::patchU64(qint64 offset, quint64 value)
{
    uchar bytes[8];
    qToLittleEndian<quint64>(value, bytes);
    if (!m_file.seek(offset) || m_file.write(reinterpret_cast<const char *>(bytes), 8) != 8)
        return fail(m_file.errorString());
    return true;
}

bool AsfRecordWriter::finish()
{
    if (!m_file.isOpen())
        return m_error.isEmpty();
    if (m_filePropertiesOffset >= 0) {
        const quint64 dataObjectSize = quint64(DataPreambleBytes) + m_packets * m_packetSize;
        const quint64 fileSize = quint64(m_headerObjectSize) + dataObjectSize;
        if (!patchU64(m_filePropertiesOffset + FilePropertiesFileSize, fileSize)
            || !patchU64(m_filePropertiesOffset + FilePropertiesPacketCount, m_packets)
            || !patchU64(m_headerObjectSize + DataObjectSize, dataObjectSize)
            || !patchU64(m_headerObjectSize + DataObjectPacketCount, m_packets))
            return false;
    }
    if (!m_file.flush())
        return fail(m_file.errorString());
    m_file.close();
    return m_file.error() == QFileDevice::NoError || fail(m_file.errorString());
}
