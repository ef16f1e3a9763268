// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/viewertomac.h"

// LinkViewerToMacLogging (MS-MMSP 2.2.4.20) and its CLIENT_LOG / CLIENT_LOG_INFO payload
// (MS-MMSP 2.2.1.1, 2.2.1.2): packed, fixed-size ANSI string fields, 1490 bytes in all.
namespace mms {

namespace {

// MS-MMSP 2.2.1: an empty string MUST be sent as "-" (then NUL).
void writeLogString(ByteWriter &w, const QByteArray &s, int size)
{
    w.ansiFixed(s.isEmpty() ? QByteArrayLiteral("-") : s, size);
}

// "-" is how the spec spells an empty string, so it reads back as empty.
QByteArray readLogString(ByteReader &r, int size, const char *field)
{
    QByteArray s = r.ansiFixed(size, field);
    if (s == "-")
        s.clear();
    return s;
}

void writeInfo(ByteWriter &w, const ClientLogInfo &i)
{
    w.u32(Logging::ClientLogInfoSize); // cbSize
    writeLogString(w, i.url, 260);
    writeLogString(w, i.channelUrl, 260);
    writeLogString(w, i.userAgent, 64);
    writeLogString(w, i.hostingWebPage, 260);
    w.u64(i.clientVersion);
    writeLogString(w, i.lang, 16);
    writeLogString(w, i.uniquePid, 40);
    writeLogString(w, i.hostExe, 32);
    w.u64(i.hostExeVersion);
    w.u32(i.fileDurationMs);
    w.u64(i.fileSize);
    w.u32(i.avgBandwidthBps);
    writeLogString(w, i.audioCodec, 64);
    writeLogString(w, i.videoCodec, 64);
    w.u32(i.startTimeMs);
    w.u32(i.playedMs);
    w.u16(quint16(i.rate));
    w.u32(i.bufferingCount);
    w.u32(i.bufferingTimeMs);
    w.u64(i.bytesReceived);
    w.u32(i.packetsReceived);
    w.u32(i.packetsLostClient);
    w.u32(i.packetsRecoveredEcc);
    w.u32(i.minReceptionQuality);
    w.u32(i.hr);
}

void readInfo(ByteReader &r, ClientLogInfo &i)
{
    r.u32("CLIENT_LOG_INFO.cbSize"); // informational; the layout is fixed
    i.url = readLogString(r, 260, "szURL");
    i.channelUrl = readLogString(r, 260, "szChannelURL");
    i.userAgent = readLogString(r, 64, "szUserAgent");
    i.hostingWebPage = readLogString(r, 260, "szHostingWebPage");
    i.clientVersion = r.u64("qwClientVersion");
    i.lang = readLogString(r, 16, "szLang");
    i.uniquePid = readLogString(r, 40, "szUniquePID");
    i.hostExe = readLogString(r, 32, "szHostExe");
    i.hostExeVersion = r.u64("qwHostExeVer");
    i.fileDurationMs = r.u32("msFileDuration");
    i.fileSize = r.u64("qwFileSize");
    i.avgBandwidthBps = r.u32("dwAvgBandwidthBps");
    i.audioCodec = readLogString(r, 64, "szAudioCodec");
    i.videoCodec = readLogString(r, 64, "szVideoCodec");
    i.startTimeMs = r.u32("msStartTime");
    i.playedMs = r.u32("msPlayed");
    i.rate = qint16(r.u16("rate"));
    i.bufferingCount = r.u32("dwBufferingCount");
    i.bufferingTimeMs = r.u32("msBufferingTime");
    i.bytesReceived = r.u64("qwBytesReceived");
    i.packetsReceived = r.u32("dwPacketsReceived");
    i.packetsLostClient = r.u32("dwPacketsLostClient");
    i.packetsRecoveredEcc = r.u32("dwPacketsRecoveredECC");
    i.minReceptionQuality = r.u32("dwMinReceptionQuality");
    i.hr = r.u32("hr");
}

} // namespace

void Logging::writeFields(ByteWriter &w) const
{
    const qsizetype start = w.size();
    w.u32(ClientLogSize); // cbSize
    writeInfo(w, info);
    w.u32(sourceId);
    w.u32(ipAddress);
    writeLogString(w, computerDns, 260);
    writeLogString(w, os, 16);
    w.u64(osVersion);
    writeLogString(w, cpu, 16);
    writeLogString(w, proto, 8);
    writeLogString(w, transport, 8);
    w.u32(packetsLostNet);
    w.u32(packetsLostContNet);
    w.u32(resendRequests);
    w.u32(packetsRecoveredResent);
    w.u32(packetsResent);
    Q_ASSERT(w.size() - start == ClientLogSize);
    Q_UNUSED(start);
}

void Logging::readFields(ByteReader &r, Logging &m)
{
    // cbSize is informational: every field has a fixed place, so nothing is sized from it.
    r.u32("CLIENT_LOG.cbSize");
    readInfo(r, m.info);
    m.sourceId = r.u32("dwSourceId");
    m.ipAddress = r.u32("dwIPAddress");
    m.computerDns = readLogString(r, 260, "szComputerDNS");
    m.os = readLogString(r, 16, "szOS");
    m.osVersion = r.u64("qwOSVersion");
    m.cpu = readLogString(r, 16, "szCPU");
    m.proto = readLogString(r, 8, "szProto");
    m.transport = readLogString(r, 8, "szTransport");
    m.packetsLostNet = r.u32("dwPacketsLostNet");
    m.packetsLostContNet = r.u32("dwPacketsLostContNet");
    m.resendRequests = r.u32("dwResendRequests");
    m.packetsRecoveredResent = r.u32("dwPacketsRecoveredResent");
    m.packetsResent = r.u32("dwPacketsResent");
}

} // namespace mms
