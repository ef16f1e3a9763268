// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/tcpmessageheader.h"

#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"
#include "core/protocol/protocoltext.h"

namespace mms {

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

CodecError headerError(CodecStatus status, qint64 offset, const QString &what)
{
    return CodecError { status, offset, what };
}

} // namespace

TcpMessageHeader TcpMessageHeader::forMessage(qsizetype messageBytes, quint16 seq, quint64 timeSent)
{
    TcpMessageHeader h;
    // MS-MMSP 2.2.3: messageLength = size of the message field + 16.
    h.messageLength = quint32(messageBytes + 16);
    // Protocol doc §3: the spec says total/8, every known client sends (total - 16)/8; we do too.
    h.chunkCount = h.messageLength / 8;
    h.seq = seq;
    h.timeSent = timeSent;
    return h;
}

QByteArray TcpMessageHeader::encode() const
{
    ByteWriter w;
    w.u8(rep);
    w.u8(version);
    w.u8(versionMinor);
    w.u8(padding);
    w.u32(sessionId);
    w.u32(messageLength);
    w.u32(seal);
    w.u32(chunkCount);
    w.u16(seq);
    w.u16(mbz);
    w.u64(timeSent);
    return w.take();
}

Decoded<TcpMessageHeader> TcpMessageHeader::decode(QByteArrayView bytes)
{
    Decoded<TcpMessageHeader> result;
    if (bytes.size() < TcpMessageHeaderSize) {
        result.error = headerError(CodecStatus::NeedMoreData, bytes.size(),
            ProtocolText::tr("TcpMessageHeader needs 32 bytes"));
        return result;
    }
    ByteReader r(bytes.first(TcpMessageHeaderSize));
    TcpMessageHeader &h = result.value;
    h.rep = r.u8("rep");
    h.version = r.u8("version");
    h.versionMinor = r.u8("versionMinor");
    h.padding = r.u8("padding"); // MS-MMSP 2.2.3: SHOULD be ignored by receivers
    h.sessionId = r.u32("sessionId");
    h.messageLength = r.u32("messageLength");
    h.seal = r.u32("seal");
    h.chunkCount = r.u32("chunkCount"); // protocol doc §3: senders disagree; accept anything
    h.seq = r.u16("seq");
    h.mbz = r.u16("MBZ");
    h.timeSent = r.u64("timeSent");

    // Checked in wire order, the order StreamSplitter checks them as bytes arrive, so one input
    // gives one error however it was chunked.
    // MS-MMSP 2.2.3: rep MUST be 1, version and versionMinor MUST be 0.
    if (h.rep != 0x01)
        result.error =
            headerError(CodecStatus::Malformed, 0, ProtocolText::tr("rep %1 is not 1").arg(h.rep));
    else if (h.version != 0 || h.versionMinor != 0)
        result.error = headerError(CodecStatus::Malformed, h.version != 0 ? 1 : 2,
            ProtocolText::tr("version %1.%2 is not 0.0").arg(h.version).arg(h.versionMinor));
    // MS-MMSP 2.2.3: sessionId MUST be 0xB00BFACE.
    else if (h.sessionId != SessionIdValue)
        result.error = headerError(CodecStatus::BadSessionId, 4,
            ProtocolText::tr("sessionId %1 is not 0xb00bface").arg(hex32(h.sessionId)));
    // MS-MMSP 2.2.3: the message field is a multiple of 8 bytes, so messageLength is too, and >= 16.
    else if (h.messageLength < 16 || h.messageLength % 8 != 0)
        result.error = headerError(CodecStatus::BadLength, 8,
            ProtocolText::tr("messageLength %1 is not 16 + a multiple of 8").arg(h.messageLength));
    // MS-MMSP 2.2.3: seal MUST be "MMS ".
    else if (h.seal != SealValue)
        result.error = headerError(CodecStatus::BadSeal, 12,
            ProtocolText::tr("seal %1 is not \"MMS \"").arg(hex32(h.seal)));
    // MS-MMSP 2.2.3 says MBZ MUST be 0, but FFmpeg, VLC, libmms and MPlayer write a 32-bit
    // packet counter across seq and MBZ (notes §3), so after 65,536 messages their MBZ is not 0.
    // Nobody reads the field; rejecting it would drop long sessions of those peers. We send 0
    // and accept anything, keeping the value in `mbz` for the protocol trace.
    return result;
}

} // namespace mms
