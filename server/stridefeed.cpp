// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stridefeed.h"

#include "core/asf/asfpacket.h"

#include <QSet>
#include <cmath>

bool StrideFeed::isValidRate(double rate)
{
    return std::isfinite(rate) && rate != 0.0 && std::fabs(rate) <= MaxRate;
}

void StrideFeed::start(
    const asf::AsfFile *file, const StrideIndex *index, qsizetype firstFrame, double rate)
{
    stop();
    if (!file || !index || firstFrame < 0 || firstFrame >= index->keyFrames().size() || rate == 0.0
        || !std::isfinite(rate))
        return;
    m_file = file;
    m_index = index;
    m_frame = firstFrame;
    m_rate = rate;
    const StrideIndex::KeyFrame &first = index->keyFrames().at(firstFrame);
    m_packet = first.firstPacket;
    m_originMs = first.sendTimeMs;
    m_anySent = false;
    m_lastSent = 0;
    m_framesSent = 0;
    m_clock.start();
}

void StrideFeed::stop()
{
    m_entry.cancel();
    m_file = nullptr;
    m_index = nullptr;
    m_rate = 0.0;
}

const StrideIndex::KeyFrame *StrideFeed::currentFrame() const
{
    if (!m_index || m_frame < 0 || m_frame >= m_index->keyFrames().size())
        return nullptr;
    return &m_index->keyFrames().at(m_frame);
}

StrideFeed::Take StrideFeed::take(quint32 &locationId, QByteArray &packet, QString &error)
{
    while (const StrideIndex::KeyFrame *frame = currentFrame()) {
        // Forward, a key frame may start in the packet where the last one ended: not twice.
        if (m_rate > 0 && m_anySent && m_packet <= m_lastSent)
            m_packet = m_lastSent + 1;
        if (m_packet > frame->lastPacket) {
            m_frame += m_rate > 0 ? 1 : -1;
            if (const StrideIndex::KeyFrame *next = currentFrame())
                m_packet = next->firstPacket;
            continue;
        }
        if (m_packet == frame->firstPacket) {
            // A key frame's first packet waits for its time; the rest of it follows at once.
            const double mediaMs = std::fabs(double(frame->sendTimeMs) - double(m_originMs));
            const qint64 dueMs = qint64(mediaMs / std::fabs(m_rate));
            const qint64 wait = dueMs - m_clock.elapsed();
            if (wait > 0) {
                m_entry.scheduleIn(wait);
                return Take::Wait;
            }
            ++m_framesSent;
        }
        asf::AsfError readError;
        const QByteArray bytes = m_file->packet(m_packet, &readError);
        if (bytes.isEmpty()) {
            error = QStringLiteral("packet %1: %2").arg(m_packet).arg(readError.what);
            stop();
            return Take::ReadError;
        }
        const quint64 number = m_packet++;
        m_lastSent = qMax(m_lastSent, number);
        m_anySent = true;
        // Only the key frame's stream: audio at 5x is noise, and it would cost the link.
        const asf::PadResult filtered =
            asf::filterPacket(bytes, m_file->packetSize(), QSet<int> {m_index->stream()});
        if (!filtered.ok()) {
            error = QStringLiteral("packet %1: %2").arg(number).arg(filtered.error.what);
            stop();
            return Take::ReadError;
        }
        if (filtered.packet.isEmpty())
            continue;
        locationId = quint32(number);
        packet = filtered.packet;
        return Take::Packet;
    }
    return Take::End;
}
