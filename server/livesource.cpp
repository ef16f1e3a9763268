// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/livesource.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/asf/asfpackettimes.h"
#include "core/logging.h"
#include "core/mmsh/mmshpacket.h"
#include "server/mmshrecording.h"

#include <QFile>
#include <QMetaMethod>
#include <QTemporaryFile>
#include <algorithm>

namespace {

// How often the source wakes up; packets due within a tick go out together.
constexpr int TickMs = 20;

// ASF 3.2 File Properties Object GUID 8CABDCA1-A947-11CF-8EE4-00C00C205365 as stored.
const char FilePropertiesGuid[16] = { '\xA1', '\xDC', '\xAB', '\x8C', '\x47', '\xA9', '\xCF', '\x11',
                                      '\x8E', '\xE4', '\x00', '\xC0', '\x0C', '\x20', '\x53', '\x65' };

void putU64(QByteArray &bytes, qsizetype offset, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        bytes[offset + i] = char((value >> (8 * i)) & 0xFF);
}

} // namespace

LiveSource::OpenResult LiveSource::open(const QString &name, const QString &path, QObject *parent)
{
    OpenResult result;
    // A raw MMSH recording ($H/$D as a server sent them) is turned into an ASF file first.
    std::unique_ptr<QTemporaryFile> converted;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly) && MmshRecording::looksLikeRecording(probe.read(2))) {
        converted = std::make_unique<QTemporaryFile>();
        if (!converted->open()) {
            result.error =
                QStringLiteral("%1: temporary file: %2").arg(path, converted->errorString());
            return result;
        }
        const QString error = MmshRecording::convertToAsf(path, *converted);
        if (!error.isEmpty() || !converted->flush()) {
            result.error = error.isEmpty() ? converted->errorString() : error;
            return result;
        }
    }
    probe.close();
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(converted ? converted->fileName() : path);
    if (!opened.ok()) {
        result.error = QStringLiteral("%1: %2 (%3)")
                           .arg(path, QString::fromLatin1(asf::asfStatusName(opened.error.status)),
                                opened.error.what);
        return result;
    }
    if (opened.file->packetCount() == 0) {
        result.error = QStringLiteral("%1: no data packets").arg(path);
        return result;
    }
    result.source = new LiveSource(name, std::move(opened.file), parent);
    result.source->m_converted = std::move(converted);
    return result;
}

LiveSource::LiveSource(const QString &name, std::unique_ptr<asf::AsfFile> file, QObject *parent)
    : QObject(parent), m_name(name), m_file(std::move(file))
{
    m_header = makeBroadcastHeader(m_file->mmsHeaderBytes());
    m_keyStream = keyStreamOf(m_file->header());
    m_firstSendTime = m_file->packetSendTime(0);
    const quint64 last = m_file->packetCount() - 1;
    const quint32 lastSendTime = std::max(m_file->packetSendTime(last), m_firstSendTime);
    // One loop lasts as long as the content; at least as long as its send times span plus one
    // average packet interval so two loops never overlap.
    const quint32 span = lastSendTime - m_firstSendTime;
    const quint32 step = m_file->packetCount() > 1 ? quint32(span / last) : 100;
    const double duration = m_file->header().durationSeconds() * 1000.0;
    m_loopLengthMs = std::max<quint32>(span + std::max<quint32>(step, 1),
                                       duration > 0 && duration < 1e9 ? quint32(duration) : 0);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveSource::tick);
}

LiveSource::LiveSource(const QString &name, QObject *parent) : QObject(parent), m_name(name) { }

LiveSource *LiveSource::createFed(const QString &name, QObject *parent)
{
    return new LiveSource(name, parent);
}

quint32 LiveSource::bitrate() const
{
    return header().totalBitrate();
}

bool LiveSource::setHeader(const QByteArray &mmsHeader, QString *error)
{
    const asf::HeaderParseResult parsed = asf::parseHeader(mmsHeader, true);
    if (!parsed.ok()) {
        *error = QStringLiteral("header: %1 (%2)")
                     .arg(QString::fromLatin1(asf::asfStatusName(parsed.error.status)),
                         parsed.error.what);
        return false;
    }
    const quint32 size = parsed.header.packetSize();
    // [MS-WMSP] 2.2.3.3: a whole packet per $D, whose length field is 16 bits.
    if (size < 16 || size > quint32(mms::MmshPacket::maxPayload(mms::MmshPacketType::Data))) {
        *error = QStringLiteral("header: packet size %1 out of range").arg(size);
        return false;
    }
    // Only the Header Object and the preamble: anything after them is not header.
    const qsizetype length = qsizetype(asf::peekHeaderSize(mmsHeader).headerObjectSize) + 50;
    const QByteArray header = makeBroadcastHeader(mmsHeader.left(length));
    const bool first = m_header.isEmpty();
    const bool changed = !first && header != m_header;
    if (changed)
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("live \"%1\": new header; clients get a stream change").arg(m_name);
    m_header = header;
    m_fedHeader = parsed.header;
    m_keyStream = keyStreamOf(m_fedHeader);
    if (changed)
        emit headerChanged();
    if (first)
        emit headerReady();
    return true;
}

bool LiveSource::feedPacket(const QByteArray &packet)
{
    if (m_header.isEmpty() || m_file)
        return false;
    const asf::PadResult padded = asf::padPacket(packet, packetSize());
    if (!padded.ok())
        return false;
    const bool keyStart = startsKeyFrame(padded.packet, packetSize(), m_keyStream);
    emit packetReady(m_locationId++, padded.packet, keyStart);
    return true;
}

void LiveSource::end()
{
    if (m_file || m_header.isEmpty())
        return;
    m_header.clear();
    qCInfo(lcMmsServer).noquote() << QStringLiteral("live \"%1\": ended").arg(m_name);
    emit ended();
}

void LiveSource::addViewer()
{
    emit viewersChanged(++m_viewers);
}

void LiveSource::removeViewer()
{
    if (m_viewers > 0)
        emit viewersChanged(--m_viewers);
}

int LiveSource::keyStreamOf(const asf::Header &header)
{
    for (const asf::Stream &stream : header.streams) {
        if (stream.type == asf::StreamType::Video)
            return stream.number;
    }
    return 0;
}

bool LiveSource::startsKeyFrame(const QByteArray &packet, quint32 packetSize, int keyStream)
{
    if (keyStream == 0)
        return true;
    const asf::PacketParseResult parsed = asf::parsePacket(packet, packetSize);
    if (!parsed.ok())
        return false;
    for (const asf::Payload &payload : parsed.info.payloads) {
        // A compressed payload holds whole objects; otherwise offset 0 is an object's start.
        if (payload.streamNumber == keyStream && payload.keyFrame
            && (payload.compressed || payload.offsetIntoMediaObject == 0))
            return true;
    }
    return false;
}

void LiveSource::start()
{
    if (!m_file)
        return; // fed: packets come when they come
    m_clock.start();
    m_timer.start();
    tick();
}

QByteArray LiveSource::makeBroadcastHeader(QByteArray header)
{
    // ASF 3.2: with the Broadcast flag set, File Size, Data Packets Count, Play Duration and
    // Send Duration are invalid; zero them so a demuxer does not stop after one loop.
    const qsizetype at = header.indexOf(QByteArrayView(FilePropertiesGuid, 16));
    if (at >= 0 && at + 104 <= header.size() - 50) {
        putU64(header, at + 40, 0); // File Size
        putU64(header, at + 56, 0); // Data Packets Count
        putU64(header, at + 64, 0); // Play Duration
        putU64(header, at + 72, 0); // Send Duration
        quint8 flags = quint8(header.at(at + 88));
        flags = quint8((flags | 0x01) & ~0x02); // Broadcast on, Seekable off
        header[at + 88] = char(flags);
    }
    // ASF 5.1: the Data Object preamble's size and Total Data Packets are unknown for broadcasts.
    if (header.size() >= 50) {
        const qsizetype data = header.size() - 50;
        putU64(header, data + 16, 50);
        putU64(header, data + 40, 0);
    }
    return header;
}

void LiveSource::tick()
{
    const qint64 now = m_clock.elapsed();
    const bool listened = isSignalConnected(QMetaMethod::fromSignal(&LiveSource::packetReady));
    // Bounded work per tick, so a stalled event loop cannot make one tick run away.
    for (int sent = 0; sent < 10000; ++sent) {
        const quint32 sendTime = m_file->packetSendTime(m_index);
        const qint64 offset = sendTime > m_firstSendTime ? qint64(sendTime - m_firstSendTime) : 0;
        if (m_loopStartMs + offset > now)
            return;
        if (listened) {
            QByteArray packet = m_file->packet(m_index);
            // Past 2^32 ms (49 days) of loops the times cannot grow further; they then repeat.
            const quint64 shift = quint64(m_loop) * m_loopLengthMs;
            if (!packet.isEmpty() && shift > 0 && (shift > 0xFFFFFFFFu || !asf::shiftPacketTimes(packet, qint64(shift)))
                && !m_retimeWarned) {
                m_retimeWarned = true;
                qCWarning(lcMmsServer) << "live" << m_name << ": packet" << m_index
                                       << "could not be re-timed; its times repeat each loop";
            }
            if (!packet.isEmpty())
                emit packetReady(m_locationId, packet,
                    startsKeyFrame(packet, m_file->packetSize(), m_keyStream));
        }
        ++m_locationId;
        if (++m_index >= m_file->packetCount()) {
            m_index = 0;
            ++m_loop;
            m_loopStartMs += m_loopLengthMs;
        }
    }
}
