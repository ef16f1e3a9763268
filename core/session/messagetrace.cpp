// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/messagetrace.h"

namespace mms {

namespace {

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

} // namespace

QString traceFields(const Connect &m)
{
    return QStringLiteral("pI=%1 subscriber=\"%2\"").arg(hex(m.playIncarnation), m.subscriberName);
}

QString traceFields(const FunnelInfo &m)
{
    return QStringLiteral("pI=%1").arg(hex(m.playIncarnation));
}

QString traceFields(const ConnectFunnel &m)
{
    return QStringLiteral("maxBlockBytes=%1 maxBitRate=%2 mode=%3 funnel=\"%4\"")
            .arg(hex(m.maxBlockBytes))
            .arg(m.maxBitRate)
            .arg(m.funnelMode)
            .arg(m.funnelName);
}

QString traceFields(const OpenFile &m)
{
    return QStringLiteral("pI=%1 file=\"%2\" token=%3 bytes")
            .arg(m.playIncarnation)
            .arg(m.fileName)
            .arg(m.tokenData.size());
}

QString traceFields(const ReadBlock &m)
{
    return QStringLiteral("openFileId=%1 length=%2 flags=%3 tDeadline=%4 pI=%5")
            .arg(m.openFileId)
            .arg(hex(m.length), hex(m.flags))
            .arg(m.tDeadline)
            .arg(m.playIncarnation);
}

QString traceFields(const StreamSwitch &m)
{
    QStringList entries;
    for (const StreamSwitchEntry &e : m.entries)
        entries.append(QStringLiteral("{%1,%2,%3}")
                               .arg(hex(e.srcStreamNumber).right(4), QString::number(e.dstStreamNumber))
                               .arg(e.thinningLevel));
    return QStringLiteral("%1 entries %2").arg(m.entries.size()).arg(entries.join(QLatin1Char(' ')));
}

QString traceFields(const StartStriding &m)
{
    return QStringLiteral("openFileId=%1 position=%2 pI=%3 rate=%4")
        .arg(m.openFileId)
        .arg(m.position)
        .arg(m.playIncarnation)
        .arg(m.rate);
}

QString traceFields(const StartPlaying &m)
{
    QString s = QStringLiteral("openFileId=%1 position=%2 asfOffset=%3 locationId=%4 "
                               "frameOffset=%5 pI=%6")
                        .arg(m.openFileId)
                        .arg(m.position)
                        .arg(hex(m.asfOffset), hex(m.locationId))
                        .arg(m.frameOffset)
                        .arg(m.playIncarnation);
    if (m.accelBandwidth)
        s += QStringLiteral(" accelBandwidth=%1 accelDuration=%2")
                     .arg(*m.accelBandwidth)
                     .arg(m.accelDuration.value_or(0));
    return s;
}

QString traceFields(const StopPlaying &m)
{
    return QStringLiteral("openFileId=%1 pI=%2").arg(m.openFileId).arg(m.playIncarnation);
}

QString traceFields(const CloseFile &m)
{
    return QStringLiteral("pI=%1 openFileId=%2").arg(m.playIncarnation).arg(m.openFileId);
}

QString traceFields(const Pong &m)
{
    return QStringLiteral("%1 %2").arg(m.param1).arg(m.param2);
}

QString traceFields(const Logging &m)
{
    return QStringLiteral("url=\"%1\" played=%2 ms packets=%3 bytes=%4")
            .arg(QString::fromLatin1(m.info.url))
            .arg(m.info.playedMs)
            .arg(m.info.packetsReceived)
            .arg(m.info.bytesReceived);
}

QString traceFields(const ReportConnectedEX &m)
{
    return QStringLiteral("hr=%1 pI=%2 server=\"%3\" auth=\"%4\"")
            .arg(hex(m.hr), hex(m.playIncarnation), m.serverVersionInfo, m.authenPackage);
}

QString traceFields(const ReportFunnelInfo &m)
{
    return QStringLiteral("hr=%1 pI=%2 clientId=%3").arg(hex(m.hr), hex(m.playIncarnation)).arg(m.nCubs);
}

QString traceFields(const ReportConnectedFunnel &m)
{
    return QStringLiteral("hr=%1 funnel=\"%2\"").arg(hex(m.hr), m.funnelName);
}

QString traceFields(const ReportDisconnectedFunnel &m)
{
    return QStringLiteral("hr=%1").arg(hex(m.hr));
}

QString traceFields(const ReportOpenFile &m)
{
    return QStringLiteral("hr=%1 pI=%2 openFileId=%3 attributes=%4 duration=%5 packetSize=%6 "
                          "packets=%7 bitrate=%8 headerSize=%9")
            .arg(hex(m.hr))
            .arg(m.playIncarnation)
            .arg(m.openFileId)
            .arg(hex(m.fileAttributes))
            .arg(m.fileDuration)
            .arg(m.filePacketSize)
            .arg(m.filePacketCount)
            .arg(m.fileBitRate)
            .arg(m.fileHeaderSize);
}

QString traceFields(const SecurityChallenge &m)
{
    return QStringLiteral("pI=%1 cookie=%2 token=%3 bytes")
            .arg(m.playIncarnation)
            .arg(m.cookie)
            .arg(m.token.size());
}

QString traceFields(const SecurityResponse &m)
{
    return QStringLiteral("pI=%1 cookie=%2 token=%3 bytes")
        .arg(m.playIncarnation)
        .arg(m.cookie)
        .arg(m.token.size());
}

QString traceFields(const ReportRedirect &m)
{
    return QStringLiteral("hr=%1 type=%2 location=\"%3\"").arg(hex(m.hr)).arg(m.redirectType).arg(m.location);
}

QString traceFields(const ReportReadBlock &m)
{
    return QStringLiteral("hr=%1 pI=%2").arg(hex(m.hr)).arg(m.playIncarnation);
}

QString traceFields(const ReportStreamSwitch &m)
{
    return QStringLiteral("hr=%1").arg(hex(m.hr));
}

QString traceFields(const ReportStartedPlaying &m)
{
    return QStringLiteral("hr=%1 pI=%2 tigerFileId=%3").arg(hex(m.hr)).arg(m.playIncarnation).arg(m.tigerFileId);
}

QString traceFields(const ReportStartStriding &m)
{
    return QStringLiteral("hr=%1 pI=%2").arg(hex(m.hr)).arg(m.playIncarnation);
}

QString traceFields(const ReportEndOfStream &m)
{
    return QStringLiteral("hr=%1 pI=%2").arg(hex(m.hr)).arg(m.playIncarnation);
}

QString traceFields(const ReportStreamChange &m)
{
    return QStringLiteral("hr=%1 incarnation=%2 packetSize=%3 headerSize=%4 bitrate=%5")
            .arg(hex(m.hr), hex(m.tcpHdrIncarnation))
            .arg(m.packetSize)
            .arg(m.headerSize)
            .arg(m.bitRate);
}

QString traceFields(const Ping &m)
{
    return QStringLiteral("%1 %2").arg(m.param1).arg(m.param2);
}

QString traceFields(const DataPacket &m)
{
    return QStringLiteral("locationId=%1 pI=%2 AFFlags=0x%3 payload=%4")
            .arg(m.locationId)
            .arg(m.playIncarnation)
            .arg(m.afFlags, 2, 16, QLatin1Char('0'))
            .arg(m.payload.size());
}

} // namespace mms
