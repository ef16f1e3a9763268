// SPDX-License-Identifier: GPL-3.0-or-later
#include "strideclip.h"

#include "core/asf/asfpacket.h"

#include <QTest>
#include <cmath>

namespace {

// Packets where a key frame of `stream` starts, with their send times.
QMap<quint32, quint32> keyFrameStarts(const asf::AsfFile &file, int stream)
{
    QMap<quint32, quint32> starts;
    for (quint64 i = 0; i < file.packetCount(); ++i) {
        const asf::PacketParseResult parsed = asf::parsePacket(file.packet(i), file.packetSize());
        if (!parsed.ok())
            continue;
        for (const asf::Payload &payload : parsed.info.payloads) {
            if (payload.streamNumber == stream && payload.keyFrame
                && (payload.compressed || payload.offsetIntoMediaObject == 0))
                starts.insert(quint32(i), parsed.info.sendTime);
        }
    }
    return starts;
}

} // namespace

void StrideClip::load(const QString &path)
{
    m_file = std::move(asf::AsfFile::open(path).file);
    QVERIFY(m_file);
    for (const asf::Stream &stream : m_file->header().streams) {
        if (stream.type == asf::StreamType::Video && m_video == 0)
            m_video = stream.number;
    }
    QVERIFY(m_video != 0);
    m_keyFrames = keyFrameStarts(*m_file, m_video);
    // clip.wmv: 5 s with a key frame about every half second (resources/media/make-media.sh).
    QVERIFY2(m_keyFrames.size() >= 8, qPrintable(QString::number(m_keyFrames.size())));
}

void StrideClip::checkStride(const QList<Packet> &packets, double rate) const
{
    QVERIFY(m_file);
    // Only packets holding key frames, only the video stream's payloads in them, none twice.
    QSet<quint32> sent;
    QList<Packet> starts; // the packets where a key frame starts
    for (const Packet &packet : packets) {
        QCOMPARE(packet.payload.size(), qsizetype(m_file->packetSize()));
        const asf::PacketParseResult parsed =
            asf::parsePacket(packet.payload, m_file->packetSize());
        QVERIFY(parsed.ok());
        bool key = false;
        for (const asf::Payload &payload : parsed.info.payloads) {
            QCOMPARE(payload.streamNumber, m_video);
            key = key || payload.keyFrame;
        }
        QVERIFY2(
            key, qPrintable(QStringLiteral("packet %1 holds no key frame").arg(packet.locationId)));
        QVERIFY(!sent.contains(packet.locationId));
        sent.insert(packet.locationId);
        if (m_keyFrames.contains(packet.locationId))
            starts.append(packet);
    }
    QVERIFY(starts.size() >= 4);
    // In the stride's direction, none of the key frames passed over left out.
    for (qsizetype i = 1; i < starts.size(); ++i) {
        if (rate > 0)
            QVERIFY(starts.at(i).locationId > starts.at(i - 1).locationId);
        else
            QVERIFY(starts.at(i).locationId < starts.at(i - 1).locationId);
    }
    const quint32 low = qMin(starts.first().locationId, starts.last().locationId);
    const quint32 high = qMax(starts.first().locationId, starts.last().locationId);
    for (auto it = m_keyFrames.cbegin(); it != m_keyFrames.cend(); ++it) {
        if (it.key() >= low && it.key() <= high)
            QVERIFY2(sent.contains(it.key()),
                qPrintable(QStringLiteral("key frame at packet %1 skipped").arg(it.key())));
    }
    // Media time (send times) moves at about `rate` x real time (the first key frame goes at once;
    // wide bounds for a loaded machine: a late packet only lowers the measured rate).
    const double mediaMs =
        std::fabs(double(starts.last().sendTime) - double(starts.first().sendTime));
    const double realMs = double(starts.last().atMs - starts.first().atMs);
    QVERIFY(mediaMs >= 1500.0);
    QVERIFY(realMs > 0.0);
    const double measured = mediaMs / realMs;
    QVERIFY2(measured > std::fabs(rate) * 0.5 && measured < std::fabs(rate) * 1.6,
        qPrintable(QStringLiteral("rate %1, measured %2 (%3 ms of media in %4 ms)")
                       .arg(rate)
                       .arg(measured)
                       .arg(mediaMs)
                       .arg(realMs)));
}
