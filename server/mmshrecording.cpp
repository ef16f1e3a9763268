// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/mmshrecording.h"

#include "core/asf/asfheader.h"
#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/mmshsplitter.h"

#include <QFile>

namespace MmshRecording {

namespace {

void putU64(QByteArray &bytes, qsizetype offset, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        bytes[offset + i] = char((value >> (8 * i)) & 0xFF);
}

} // namespace

bool looksLikeRecording(const QByteArray &start)
{
    // [MS-WMSP] 2.2.3.1: the frame byte is '$', with the B flag possibly in bit 7.
    return start.size() >= 2 && (quint8(start.at(0)) & 0x7F) == 0x24 && start.at(1) == 'H';
}

QString convertToAsf(const QString &path, QIODevice &out)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, in.errorString());
    mms::MmshSplitter splitter;
    QByteArray header;
    qint64 headerAt = -1; // where the header was written in `out`
    quint32 packetSize = 0;
    quint64 packets = 0;
    bool done = false;
    while (!done) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        splitter.append(chunk);
        for (;;) {
            mms::MmshSplitter::Item item = splitter.next();
            if (item.error.status == mms::CodecStatus::NeedMoreData)
                break;
            if (!item.ok())
                return QStringLiteral("%1: MMSH framing at byte %2: %3")
                    .arg(path)
                    .arg(splitter.totalBytesFed())
                    .arg(item.error.what);
            const mms::MmshPacket &packet = item.packet;
            if (packet.type == mms::MmshPacketType::Header) {
                if (headerAt >= 0)
                    return QStringLiteral("%1: a second header without $C").arg(path);
                if (header.size() + packet.payload.size() > asf::MaxHeaderBytes)
                    return QStringLiteral("%1: ASF header too large").arg(path);
                header += packet.payload;
                const asf::HeaderSizeResult size = asf::peekHeaderSize(header);
                if (size.error.status == asf::AsfStatus::NeedMoreData
                    || (size.error.ok() && header.size() < size.headerObjectSize + 50))
                    continue;
                if (!size.error.ok() || header.size() != size.headerObjectSize + 50)
                    return QStringLiteral("%1: the $H packets hold no ASF header").arg(path);
                const asf::HeaderParseResult parsed = asf::parseHeader(header, true);
                if (!parsed.ok())
                    return QStringLiteral("%1: header: %2").arg(path, parsed.error.what);
                packetSize = parsed.header.packetSize();
                if (packetSize == 0 || packetSize > asf::MaxPacketSize)
                    return QStringLiteral("%1: packet size %2 out of range")
                        .arg(path)
                        .arg(packetSize);
                headerAt = out.pos();
                out.write(header);
            } else if (packet.type == mms::MmshPacketType::Data) {
                if (headerAt < 0)
                    return QStringLiteral("%1: data before the header").arg(path);
                const asf::PadResult padded = asf::padPacket(packet.payload, packetSize);
                if (!padded.ok())
                    return QStringLiteral("%1: bad data packet %2").arg(path).arg(packets);
                if (out.write(padded.packet) != padded.packet.size())
                    return out.errorString();
                ++packets;
            } else if (packet.type == mms::MmshPacketType::StreamChange
                || packet.type == mms::MmshPacketType::EndOfStream) {
                done = true; // the first entry only
                break;
            }
        }
    }
    if (headerAt < 0 || packets == 0)
        return QStringLiteral("%1: no header or no data packets in the MMSH recording").arg(path);
    // ASF 5.1: the Data Object's size and Total Data Packets, which a live server leaves unknown.
    const qsizetype data = header.size() - 50;
    putU64(header, data + 16, 50 + packets * packetSize);
    putU64(header, data + 40, packets);
    if (!out.seek(headerAt) || out.write(header) != header.size())
        return out.errorString();
    return QString();
}

} // namespace MmshRecording
