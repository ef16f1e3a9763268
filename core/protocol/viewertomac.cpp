// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/viewertomac.h"

#include "core/protocol/protocoltext.h"

namespace mms {

// Field order and sizes follow the MS-MMSP 2.2.4.x layouts; the protocol doc §6 has the tables.

namespace {

// StartPlaying (2.2.4.25) and StartStriding (2.2.4.26) begin with the same seven fields: the
// file, where to start (position, asfOffset or locationId), where to stop, and the incarnation.
template<typename M>
void writeStartPoint(ByteWriter &w, const M &m)
{
    w.u32(m.openFileId);
    w.u32(m.padding);
    w.f64(m.position);
    w.u32(m.asfOffset);
    w.u32(m.locationId);
    w.u32(m.frameOffset);
    w.u32(m.playIncarnation);
}

template<typename M>
void readStartPoint(ByteReader &r, M &m)
{
    m.openFileId = r.u32("openFileId");
    m.padding = r.u32("padding"); // MS-MMSP <24>: garbage from Windows; OSS clients send 0x0001FFFF
    m.position = r.f64("position");
    m.asfOffset = r.u32("asfOffset");
    m.locationId = r.u32("locationId");
    m.frameOffset = r.u32("frameOffset");
    m.playIncarnation = r.u32("playIncarnation");
}

} // namespace

void Connect::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(macToViewerProtocolRevision);
    w.u32(viewerToMacProtocolRevision);
    w.utf16(subscriberName);
}

void Connect::readFields(ByteReader &r, Connect &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.macToViewerProtocolRevision = r.u32("MacToViewerProtocolRevision");
    m.viewerToMacProtocolRevision = r.u32("ViewerToMacProtocolRevision");
    // MS-MMSP 2.2.4.17: proxies may append host-string and via-string after the first NUL; the
    // subscriber name proper is the part before it.
    m.subscriberName = r.utf16UntilNul("subscriberName");
}

void FunnelInfo::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(padding);
}

void FunnelInfo::readFields(ByteReader &r, FunnelInfo &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.padding = r.u32("padding");
}

void ConnectFunnel::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(maxBlockBytes);
    w.u32(maxFunnelBytes);
    w.u32(maxBitRate);
    w.u32(funnelMode);
    w.utf16(funnelName);
}

void ConnectFunnel::readFields(ByteReader &r, ConnectFunnel &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.maxBlockBytes = r.u32("maxBlockBytes");
    m.maxFunnelBytes = r.u32("maxFunnelBytes");
    m.maxBitRate = r.u32("maxBitRate");
    m.funnelMode = r.u32("funnelMode");
    // Protocol doc §6.3: VLC sends a u16 after the NUL; whatever follows the name is ignored.
    m.funnelName = r.utf16UntilNul("funnelName");
}

void OpenFile::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(spare);
    // MS-MMSP 2.2.4.21: token = byte offset of tokenData from the first byte of fileName.
    const quint32 nameBytes = quint32((fileName.size() + 1) * 2);
    w.u32(tokenData.isEmpty() ? 0 : nameBytes);
    w.u32(quint32(tokenData.size()));
    w.utf16(fileName); // MUST be NUL-terminated when a token follows
    w.bytes(tokenData);
}

void OpenFile::readFields(ByteReader &r, OpenFile &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.spare = r.u32("spare"); // MS-MMSP <19>: Windows sends garbage here
    const quint32 token = r.u32("token");
    const quint32 cbToken = r.u32("cbtoken");
    if (!r.ok())
        return;
    if (cbToken == 0) {
        m.fileName = r.utf16UntilNul("fileName");
        return;
    }
    // MS-MMSP 2.2.4.21: tokenData lies `token` bytes after the start of fileName; both counts are
    // checked against what the message holds before anything is read.
    const qsizetype available = r.remaining();
    if (token > quint64(available) || cbToken > quint64(available) - token) {
        r.fail(CodecStatus::Malformed,
            ProtocolText::tr(
                "OpenFile token at %1 + cbtoken %2 exceeds the %3 bytes after fileName")
                .arg(token)
                .arg(cbToken)
                .arg(available));
        return;
    }
    const qint64 nameOffset = r.offset();
    ByteReader name(r.bytes(token, "fileName"), nameOffset);
    m.fileName = name.utf16UntilNul("fileName");
    m.tokenData = r.bytes(cbToken, "tokenData").toByteArray();
}

void ReadBlock::writeFields(ByteWriter &w) const
{
    w.u32(openFileId);
    w.u32(fileBlockId);
    w.u32(offset);
    w.u32(length);
    w.u32(flags);
    w.u32(padding);
    w.f64(tEarliest);
    w.f64(tDeadline);
    w.u32(playIncarnation);
    w.u32(playSequence);
}

void ReadBlock::readFields(ByteReader &r, ReadBlock &m)
{
    m.openFileId = r.u32("openFileId");
    m.fileBlockId = r.u32("fileBlockId");
    m.offset = r.u32("offset");
    m.length = r.u32("length");
    m.flags = r.u32("flags");
    m.padding = r.u32("padding");
    m.tEarliest = r.f64("tEarliest");
    m.tDeadline = r.f64("tDeadline");
    m.playIncarnation = r.u32("playIncarnation");
    m.playSequence = r.u32("playSequence");
}

void CancelReadBlock::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
}

void CancelReadBlock::readFields(ByteReader &r, CancelReadBlock &m)
{
    m.playIncarnation = r.u32("playIncarnation");
}

void StreamSwitch::writeFields(ByteWriter &w) const
{
    w.u32(quint32(entries.size()));
    for (const StreamSwitchEntry &e : entries) {
        w.u16(e.srcStreamNumber);
        w.u16(e.dstStreamNumber);
        w.u16(e.thinningLevel);
    }
}

void StreamSwitch::readFields(ByteReader &r, StreamSwitch &m)
{
    // ASF stream numbers are 1..127, so no honest list has more entries than that.
    constexpr quint32 MaxEntries = 127;
    constexpr int EntryBytes = 6; // MS-MMSP 2.2.4.28: STREAM_SWITCH_ENTRY is packed
    const quint32 count = r.u32("cStreamEntries");
    if (!r.ok())
        return;
    if (count > MaxEntries || quint64(count) * EntryBytes > quint64(r.remaining())) {
        r.fail(CodecStatus::Malformed,
            ProtocolText::tr("cStreamEntries %1: more than %2 or more than the %3 bytes left hold")
                .arg(count)
                .arg(MaxEntries)
                .arg(r.remaining()));
        return;
    }
    m.entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        StreamSwitchEntry e;
        e.srcStreamNumber = r.u16("wSrcStreamNumber");
        e.dstStreamNumber = r.u16("wDstStreamNumber");
        e.thinningLevel = r.u16("wThinningLevel");
        m.entries.append(e);
    }
}

void StartPlaying::writeFields(ByteWriter &w) const
{
    writeStartPoint(w, *this);
    // MS-MMSP 2.2.4.25: the accel pair travels together, and dwLinkBandwidth only after it; a
    // missing member of a pair that must be sent goes out as 0.
    if (accelBandwidth || accelDuration || linkBandwidth) {
        w.u32(accelBandwidth.value_or(0));
        w.u32(accelDuration.value_or(0));
    }
    if (linkBandwidth)
        w.u32(*linkBandwidth);
}

void StartPlaying::readFields(ByteReader &r, StartPlaying &m)
{
    readStartPoint(r, m);
    if (!r.ok())
        return;
    // MS-MMSP 2.2.4.25: the optional Fast Start fields are recognised by the message length:
    // 40 bytes none, 48 bytes the accel pair, 56 bytes the accel pair and dwLinkBandwidth.
    if (r.remaining() >= 8) {
        m.accelBandwidth = r.u32("dwAccelBandwidth");
        m.accelDuration = r.u32("dwAccelDuration");
    }
    if (r.remaining() >= 4)
        m.linkBandwidth = r.u32("dwLinkBandwidth");
}

void StartStriding::writeFields(ByteWriter &w) const
{
    writeStartPoint(w, *this);
    w.f64(rate);
}

void StartStriding::readFields(ByteReader &r, StartStriding &m)
{
    readStartPoint(r, m);
    m.rate = r.f64("rate");
}

void StopPlaying::writeFields(ByteWriter &w) const
{
    w.u32(openFileId);
    w.u32(playIncarnation);
}

void StopPlaying::readFields(ByteReader &r, StopPlaying &m)
{
    m.openFileId = r.u32("openFileId");
    m.playIncarnation = r.u32("playIncarnation");
}

void CloseFile::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(openFileId);
}

void CloseFile::readFields(ByteReader &r, CloseFile &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.openFileId = r.u32("openFileId");
}

void Pong::writeFields(ByteWriter &w) const
{
    w.u32(param1);
    w.u32(param2);
}

void Pong::readFields(ByteReader &r, Pong &m)
{
    m.param1 = r.u32("dwParam1");
    m.param2 = r.u32("dwParam2");
}

void SecurityResponse::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(cookie);
    w.u32(quint32(token.size()));
    w.bytes(token);
}

void SecurityResponse::readFields(ByteReader &r, SecurityResponse &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.cookie = r.u32("cookie");
    m.token = r.countedBytes("cbToken", "pToken");
}

} // namespace mms
