// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/playlogxml.h"

#include <QUrl>

namespace PlayLogXml {

namespace {

// 0x0009000000001194 -> "9.0.0.4503" (the packing of MS-MMSP 2.2.1).
QByteArray dotted(quint64 packed)
{
    QByteArray out;
    for (int i = 0; i < 4; ++i) {
        if (i > 0)
            out += '.';
        out += QByteArray::number((packed >> (48 - 16 * i)) & 0xFFFF);
    }
    return out;
}

QByteArray orDash(const QByteArray &value)
{
    return value.isEmpty() ? QByteArray("-") : value;
}

QByteArray escaped(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray unescaped(QByteArray value)
{
    value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    return value.replace("&amp;", "&");
}

} // namespace

QByteArray build(const mms::Logging &log, const QDateTime &when)
{
    const mms::ClientLogInfo &info = log.info;
    const QDateTime utc = when.toUTC();
    const QByteArray path = QUrl::fromEncoded(info.url).path(QUrl::FullyEncoded).toLatin1();
    // [MS-WMLOG] legacy log fields, in their order; the server adds its own (s-*) ones.
    const QList<QPair<QByteArray, QByteArray>> fields = {
        {"c-ip", "-"}, // the server sees our address better than we do
        {"Date", utc.toString(QStringLiteral("yyyy-MM-dd")).toLatin1()},
        {"Time", utc.toString(QStringLiteral("HH:mm:ss")).toLatin1()},
        {"c-dns", orDash(log.computerDns)},
        {"cs-uri-stem", orDash(path)},
        {"c-starttime", QByteArray::number(info.startTimeMs / 1000)},
        {"x-duration", QByteArray::number(info.playedMs / 1000)},
        {"c-rate", QByteArray::number(info.rate)},
        {"c-status", "200"},
        {"c-playerid", orDash(info.uniquePid)},
        {"c-playerversion", dotted(info.clientVersion)},
        {"c-playerlanguage", orDash(info.lang)},
        {"cs(User-Agent)", orDash(info.userAgent)},
        {"cs(Referer)", orDash(info.hostingWebPage)},
        {"c-hostexe", orDash(info.hostExe)},
        {"c-hostexever", dotted(info.hostExeVersion)},
        {"c-os", orDash(log.os)},
        {"c-osversion", dotted(log.osVersion)},
        {"c-cpu", orDash(log.cpu)},
        {"filelength", QByteArray::number(info.fileDurationMs / 1000)},
        {"filesize", QByteArray::number(info.fileSize)},
        {"Avgbandwidth", QByteArray::number(info.avgBandwidthBps)},
        {"protocol", orDash(log.proto)},
        {"transport", orDash(log.transport)},
        {"audiocodec", orDash(info.audioCodec)},
        {"videocodec", orDash(info.videoCodec)},
        {"ChannelURL", orDash(info.channelUrl)},
        {"sc-bytes", QByteArray::number(info.bytesReceived)},
        {"c-bytes", QByteArray::number(info.bytesReceived)},
        {"s-pkts-sent", QByteArray::number(info.packetsReceived)},
        {"c-pkts-received", QByteArray::number(info.packetsReceived)},
        {"c-pkts-lost-client", QByteArray::number(info.packetsLostClient)},
        {"c-pkts-lost-net", QByteArray::number(log.packetsLostNet)},
        {"c-pkts-lost-cont-net", QByteArray::number(log.packetsLostContNet)},
        {"c-resendreqs", QByteArray::number(log.resendRequests)},
        {"c-pkts-recovered-ECC", QByteArray::number(info.packetsRecoveredEcc)},
        {"c-pkts-recovered-resent", QByteArray::number(log.packetsRecoveredResent)},
        {"c-buffercount", QByteArray::number(info.bufferingCount)},
        {"c-totalbuffertime", QByteArray::number(info.bufferingTimeMs / 1000)},
        {"c-quality", QByteArray::number(info.minReceptionQuality)},
    };
    // The summary is a W3C log line: values separated by spaces, so spaces inside become '+'.
    QByteArray summary;
    for (const auto &field : fields) {
        if (!summary.isEmpty())
            summary += ' ';
        summary += QByteArray(field.second).replace(' ', '+');
    }
    QByteArray out = "<XML><Summary>" + escaped(summary) + "</Summary>";
    for (const auto &field : fields)
        out += '<' + field.first + '>' + escaped(field.second) + "</" + field.first + '>';
    out += "</XML>";
    return out;
}

QList<QPair<QByteArray, QByteArray>> parse(QByteArrayView body)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    qsizetype at = 0;
    while (fields.size() < MaxFields) {
        const qsizetype open = body.indexOf('<', at);
        if (open < 0)
            break;
        const qsizetype close = body.indexOf('>', open + 1);
        if (close < 0 || close - open - 1 > 64)
            break;
        const QByteArrayView name = body.sliced(open + 1, close - open - 1);
        if (name.isEmpty() || name.front() == '/' || name.compare("XML", Qt::CaseInsensitive) == 0
            || name.front() == '?') {
            at = close + 1;
            continue;
        }
        const QByteArray end = "</" + name.toByteArray() + '>';
        const qsizetype endAt = body.indexOf(end, close + 1);
        if (endAt < 0)
            break;
        fields.append({name.toByteArray(),
            unescaped(body.sliced(close + 1, endAt - close - 1).toByteArray())});
        at = endAt + end.size();
    }
    return fields;
}

} // namespace PlayLogXml
