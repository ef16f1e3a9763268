// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/mactoviewer.h"

namespace mms {

// Field order and sizes follow the MS-MMSP 2.2.4.x layouts; the protocol doc §7 has the tables.

namespace {

// MS-MMSP 2.2.4.2: the cb* fields of ReportConnectedEX count characters including the NUL; an
// absent string has cb 0.
quint32 charsWithNul(const QString &s)
{
    return s.isEmpty() ? 0 : quint32(s.size() + 1);
}

void writeOptionalString(ByteWriter &w, const QString &s)
{
    if (!s.isEmpty())
        w.utf16(s);
}

} // namespace

void ReportConnectedEX::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(macToViewerProtocolRevision);
    w.u32(viewerToMacProtocolRevision);
    w.f64(blockGroupPlayTime);
    w.u32(blockGroupBlocks);
    w.u32(nMaxOpenFiles);
    w.u32(nBlockMaxBytes);
    w.u32(maxBitRate);
    w.u32(charsWithNul(serverVersionInfo));
    w.u32(charsWithNul(versionInfo));
    w.u32(charsWithNul(versionUrl));
    w.u32(charsWithNul(authenPackage));
    writeOptionalString(w, serverVersionInfo);
    writeOptionalString(w, versionInfo);
    writeOptionalString(w, versionUrl);
    writeOptionalString(w, authenPackage);
}

void ReportConnectedEX::readFields(ByteReader &r, ReportConnectedEX &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.macToViewerProtocolRevision = r.u32("MacToViewerProtocolRevision");
    m.viewerToMacProtocolRevision = r.u32("ViewerToMacProtocolRevision");
    m.blockGroupPlayTime = r.f64("blockGroupPlayTime");
    m.blockGroupBlocks = r.u32("blockGroupBlocks");
    m.nMaxOpenFiles = r.u32("nMaxOpenFiles");
    m.nBlockMaxBytes = r.u32("nBlockMaxBytes");
    m.maxBitRate = r.u32("maxBitRate"); // MS-MMSP <5>: WMS 4.x sends garbage; not checked
    const quint32 cbServerVersionInfo = r.u32("cbServerVersionInfo");
    const quint32 cbVersionInfo = r.u32("cbVersionInfo");
    const quint32 cbVersionUrl = r.u32("cbVersionUrl");
    const quint32 cbAuthenPackage = r.u32("cbAuthenPackage");
    // utf16Chars() checks each count against the bytes left before reading or allocating.
    m.serverVersionInfo = r.utf16Chars(cbServerVersionInfo, "ServerVersionInfo");
    m.versionInfo = r.utf16Chars(cbVersionInfo, "VersionInfo");
    m.versionUrl = r.utf16Chars(cbVersionUrl, "VersionUrl");
    m.authenPackage = r.utf16Chars(cbAuthenPackage, "AuthenPackage");
}

void ReportFunnelInfo::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(transportMask);
    w.u32(nBlockFragments);
    w.u32(fragmentBytes);
    w.u32(nCubs);
    w.u32(failedCubs);
    w.u32(nDisks);
    w.u32(decluster);
    w.u32(cubddDatagramSize);
    w.bytes(packetPairPayload);
}

void ReportFunnelInfo::readFields(ByteReader &r, ReportFunnelInfo &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.transportMask = r.u32("transportMask");
    m.nBlockFragments = r.u32("nBlockFragments");
    m.fragmentBytes = r.u32("fragmentBytes");
    m.nCubs = r.u32("nCubs");
    m.failedCubs = r.u32("failedCubs");
    m.nDisks = r.u32("nDisks");
    m.decluster = r.u32("decluster");
    m.cubddDatagramSize = r.u32("cubddDatagramSize");
    // MS-MMSP 2.2.4.6: TCP packet-pair data fills the rest of the message (its padding included:
    // the data is random and the server sizes whole packets, 3.2.5.4). Otherwise there is none.
    if (r.ok() && (m.playIncarnation == UsePacketPair || m.playIncarnation == PacketPairHighEntropyTcp))
        m.packetPairPayload = r.bytes(r.remaining(), "packet-pair payload").toByteArray();
}

void ReportConnectedFunnel::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(packetPayloadSize);
    w.utf16(funnelName);
}

void ReportConnectedFunnel::readFields(ByteReader &r, ReportConnectedFunnel &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation"); // MS-MMSP <6>: garbage from WMS
    m.packetPayloadSize = r.u32("packetPayloadSize"); // MS-MMSP <7>: ignored
    m.funnelName = r.utf16UntilNul("funnelName");
}

void ReportDisconnectedFunnel::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
}

void ReportDisconnectedFunnel::readFields(ByteReader &r, ReportDisconnectedFunnel &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
}

void ReportOpenFile::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(openFileId);
    w.u32(padding);
    w.u32(fileName);
    w.u32(fileAttributes);
    w.f64(fileDuration);
    w.u32(fileBlocks);
    w.zeros(16); // unused1
    w.u32(filePacketSize);
    w.u64(filePacketCount);
    w.u32(fileBitRate);
    w.u32(fileHeaderSize);
    w.zeros(36); // unused2
}

void ReportOpenFile::readFields(ByteReader &r, ReportOpenFile &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.openFileId = r.u32("openFileId");
    m.padding = r.u32("padding");
    m.fileName = r.u32("fileName");
    m.fileAttributes = r.u32("fileAttributes");
    m.fileDuration = r.f64("fileDuration");
    m.fileBlocks = r.u32("fileBlocks");
    r.skip(16, "unused1");
    m.filePacketSize = r.u32("filePacketSize");
    m.filePacketCount = r.u64("filePacketCount");
    m.fileBitRate = r.u32("fileBitRate");
    m.fileHeaderSize = r.u32("fileHeaderSize");
    r.skip(36, "unused2"); // MS-MMSP <10>: WMS leaves garbage here; only its presence is checked
}

void SecurityChallenge::writeFields(ByteWriter &w) const
{
    w.u32(playIncarnation);
    w.u32(cookie);
    w.u32(quint32(token.size()));
    w.bytes(token);
}

void SecurityChallenge::readFields(ByteReader &r, SecurityChallenge &m)
{
    m.playIncarnation = r.u32("playIncarnation");
    m.cookie = r.u32("cookie");
    m.token = r.countedBytes("cbToken", "pToken");
}

void ReportRedirect::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u16(redirectType);
    // MS-MMSP 2.2.4.9: cbLocation counts bytes, the NUL included (an empty proxy URL is just NUL).
    Q_ASSERT(location.size() < 0x7FFF); // cbLocation is a u16
    w.u16(quint16((location.size() + 1) * 2));
    w.utf16(location);
}

void ReportRedirect::readFields(ByteReader &r, ReportRedirect &m)
{
    m.hr = r.u32("hr");
    m.redirectType = r.u16("RedirectType");
    const quint16 cbLocation = r.u16("cbLocation");
    // Bytes, not characters; an odd count's last byte cannot be part of a UTF-16 unit.
    m.location = r.utf16Chars(cbLocation / 2, "wszLocation");
    r.skip(cbLocation % 2, "wszLocation");
}

void ReportReadBlock::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(playSequence);
}

void ReportReadBlock::readFields(ByteReader &r, ReportReadBlock &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.playSequence = r.u32("playSequence");
}

void ReportStreamSwitch::writeFields(ByteWriter &w) const
{
    w.u32(hr);
}

void ReportStreamSwitch::readFields(ByteReader &r, ReportStreamSwitch &m)
{
    m.hr = r.u32("hr");
}

void ReportStartedPlaying::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(tigerFileId);
    w.u32(unused1);
    w.zeros(12); // unused2
}

void ReportStartedPlaying::readFields(ByteReader &r, ReportStartedPlaying &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.tigerFileId = r.u32("tigerFileId"); // MS-MMSP <11>: 0 or openFileId
    m.unused1 = r.u32("unused1");
    r.skip(12, "unused2");
}

void ReportStartStriding::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
    w.u32(spare);
}

void ReportStartStriding::readFields(ByteReader &r, ReportStartStriding &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
    m.spare = r.u32("spare");
}

void ReportEndOfStream::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(playIncarnation);
}

void ReportEndOfStream::readFields(ByteReader &r, ReportEndOfStream &m)
{
    m.hr = r.u32("hr");
    m.playIncarnation = r.u32("playIncarnation");
}

void ReportStreamChange::writeFields(ByteWriter &w) const
{
    w.u32(hr);
    w.u32(tcpHdrIncarnation);
    w.u32(packetSize);
    w.u32(headerSize);
    w.u32(bitRate);
    w.u32(streamId);
}

void ReportStreamChange::readFields(ByteReader &r, ReportStreamChange &m)
{
    m.hr = r.u32("hr");
    m.tcpHdrIncarnation = r.u32("dwTcpHdrIncarnation");
    m.packetSize = r.u32("cbPacketSize");
    m.headerSize = r.u32("cbHeaderSize");
    m.bitRate = r.u32("dwBitRate");
    m.streamId = r.u32("dwStreamId"); // MS-MMSP <12>: garbage in many Windows versions
}

void Ping::writeFields(ByteWriter &w) const
{
    w.u32(param1);
    w.u32(param2);
}

void Ping::readFields(ByteReader &r, Ping &m)
{
    m.param1 = r.u32("dwParam1");
    m.param2 = r.u32("dwParam2"); // MS-MMSP <4>: garbage from WMS
}

} // namespace mms
