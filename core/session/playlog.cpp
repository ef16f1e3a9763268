// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/playlog.h"

#include "mmsversion.h"

#include <QLocale>
#include <QSysInfo>

#include <limits>

quint64 packVersion(const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    quint64 packed = 0;
    for (int i = 0; i < 4; ++i) {
        const quint64 part = i < parts.size() ? (parts.at(i).toUInt() & 0xFFFF) : 0;
        packed |= part << (48 - 16 * i);
    }
    return packed;
}

namespace {

QByteArray codecOf(const PlayRecord &play, asf::StreamType type)
{
    if (!play.header)
        return {};
    for (int number : play.selectedStreams) {
        const asf::Stream *s = play.header->stream(number);
        if (s && s->type == type)
            return s->codec.toLatin1();
    }
    return {};
}

quint32 clampToU32(double v)
{
    if (!(v > 0))
        return 0;
    if (v >= double(std::numeric_limits<quint32>::max()))
        return std::numeric_limits<quint32>::max();
    return quint32(v);
}

} // namespace

mms::Logging buildLoggingMessage(const PlayRecord &play)
{
    mms::Logging log;
    mms::ClientLogInfo &info = log.info;
    // Fixed-size ANSI fields (MS-MMSP 2.2.1): ByteWriter truncates and writes "-" when empty.
    info.url = play.url.toString(QUrl::FullyEncoded).toLatin1();
    info.userAgent = play.userAgent;
    info.clientVersion = play.clientVersion;
    info.lang = QLocale::system().bcp47Name().toLatin1();
    info.uniquePid = play.playerId.toString(QUuid::WithBraces).toLatin1();
    info.hostExe = QByteArrayLiteral("mmsplayer");
    info.hostExeVersion = packVersion(QStringLiteral(MMSPLAYER_VERSION));
    info.fileDurationMs = clampToU32(play.file.durationSeconds * 1000.0);
    info.fileSize = quint64(play.file.headerSize) + play.file.packetCount * play.file.packetSize;
    info.avgBandwidthBps = play.playedMs > 0
            ? clampToU32(double(play.bytesReceived) * 8000.0 / play.playedMs)
            : 0;
    info.audioCodec = codecOf(play, asf::StreamType::Audio);
    info.videoCodec = codecOf(play, asf::StreamType::Video);
    info.startTimeMs = clampToU32(play.startSeconds * 1000.0);
    info.playedMs = play.playedMs;
    info.rate = 1;
    info.bytesReceived = play.bytesReceived;
    info.packetsReceived = play.packetsReceived;
    // TCP delivers everything or nothing: no losses, full reception quality; ECC and hr MUST be 0.
    info.packetsLostClient = 0;
    info.packetsRecoveredEcc = 0;
    info.minReceptionQuality = 100;
    info.hr = 0;

    log.sourceId = play.file.openFileId;
    log.ipAddress = 0xFFFFFFFF; // MS-MMSP 2.2.1.1: SHOULD
    log.os = QSysInfo::kernelType().toLatin1();
    log.osVersion = packVersion(QSysInfo::kernelVersion().section(QLatin1Char('-'), 0, 0));
    log.cpu = QSysInfo::currentCpuArchitecture().toLatin1();
    log.proto = QByteArrayLiteral("mms");
    log.transport = QByteArrayLiteral("TCP");
    return log;
}
