// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController: seeks served from the packets the buffer still holds (issue 16).
#include "core/asf/asfheaderfilter.h"
#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/logging.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

bool PlaybackController::playsVideo() const
{
    const QList<int> selected = m_session->selectedStreams();
    for (const asf::Stream &stream : m_header.streams) {
        if (stream.type == asf::StreamType::Video
            && (selected.isEmpty() || selected.contains(stream.number)))
            return true;
    }
    return false;
}

QByteArray PlaybackController::playerHeader(bool striding, QList<int> *listed) const
{
    const QList<int> selected = m_session->selectedStreams();
    QList<int> keep;
    for (const asf::Stream &stream : m_header.streams) {
        if ((selected.isEmpty() || selected.contains(stream.number))
            && (!striding || stream.type == asf::StreamType::Video))
            keep.append(stream.number);
    }
    const auto whole = [&] {
        if (listed) {
            listed->clear();
            for (const asf::Stream &stream : m_header.streams)
                listed->append(stream.number);
        }
        return m_headerBytes;
    };
    if (keep.isEmpty() || keep.size() == m_header.streams.size())
        return whole();
    const asf::HeaderFilterResult filtered = asf::filterHeaderStreams(m_headerBytes, keep);
    if (!filtered.ok()) {
        // The session parsed this header, so this does not happen; the full header still plays
        // what the server sends, only waits for the others.
        qCWarning(lcMmsBuffer) << "header not filtered:" << filtered.error.what;
        return whole();
    }
    qCDebug(lcMmsBuffer) << "player header lists streams" << keep;
    if (listed)
        *listed = keep;
    return filtered.bytes;
}

std::optional<qint64> PlaybackController::entryPointMs(
    const asf::PacketInfo &packet, bool video) const
{
    for (const asf::Payload &payload : packet.payloads) {
        if (!payload.compressed && payload.offsetIntoMediaObject != 0)
            continue; // the middle of an object
        const asf::Stream *stream = m_header.stream(payload.streamNumber);
        if (video && !(payload.keyFrame && stream && stream->type == asf::StreamType::Video))
            continue;
        // Presentation times include the preroll (ASF 5.2.3.1); content time does not.
        return qMax<qint64>(0, qint64(payload.presentationTime) - qint64(m_header.file.preroll));
    }
    return std::nullopt;
}

bool PlaybackController::startsAtKeyFrame(const QByteArray &packet)
{
    const asf::PacketParseResult parsed = asf::parsePacket(packet, m_header.packetSize());
    if (!parsed.ok())
        return false; // nothing a decoder could start from either
    if (const std::optional<qint64> entry = entryPointMs(parsed.info, true)) {
        qCDebug(lcMmsBuffer) << "play starts at the key frame at" << *entry << "ms";
        m_waitForKeyFrame = false;
        // The backend counts from its first object: this one.
        m_playStartMs = *entry;
        return true;
    }
    if (!m_keyWaitStarted) {
        m_keyWaitStarted = true;
        m_keyWaitFirstSendTime = parsed.info.sendTime;
    }
    if (parsed.info.sendTime >= m_keyWaitFirstSendTime + MaxKeyFrameWaitMs) {
        qCDebug(lcMmsBuffer) << "no key frame marked in" << MaxKeyFrameWaitMs
                             << "ms of content: playing on from here";
        m_waitForKeyFrame = false;
        return true;
    }
    return false;
}

PlaybackController::HeldRange PlaybackController::heldRange(
    const QList<QByteArray> &chunks, qint64 targetMs) const
{
    const bool video = playsVideo();
    const qint64 preroll = qint64(m_header.file.preroll);
    HeldRange range;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (chunks.at(i) == m_playerHeader)
            continue;
        const asf::PacketParseResult parsed = asf::parsePacket(chunks.at(i), m_header.packetSize());
        if (!parsed.ok())
            continue; // played on as it is, but no place to start
        for (const asf::Payload &payload : parsed.info.payloads) {
            if (payload.compressed || payload.offsetIntoMediaObject == 0)
                range.lastMs = qMax(range.lastMs, qint64(payload.presentationTime) - preroll);
        }
        const std::optional<qint64> entry = entryPointMs(parsed.info, video);
        if (entry && *entry <= targetMs) {
            range.startIndex = i;
            range.startMs = *entry;
            range.startSendTime = parsed.info.sendTime;
        }
    }
    return range;
}

bool PlaybackController::seekInBuffer(qint64 milliseconds)
{
    if (!m_buffer || !m_playHasPackets || m_headerBytes.isEmpty())
        return false;
    const QList<QByteArray> chunks = m_buffer->retainedChunks();
    const HeldRange range = heldRange(chunks, milliseconds);
    // Beyond the latest object received, the content is not here yet; before the first key
    // frame held, it is gone from the history.
    if (range.startIndex < 0 || milliseconds > range.lastMs)
        return false;
    qint64 bytes = m_playerHeader.size();
    for (qsizetype i = range.startIndex; i < chunks.size(); ++i)
        bytes += chunks.at(i) == m_playerHeader ? 0 : chunks.at(i).size();
    const qint64 capacity = m_capacity > 0 ? m_capacity : AsfStreamBuffer::DefaultCapacity;
    if (bytes > capacity)
        return false; // more than a new buffer takes: the server sends it again instead
    qCDebug(lcMmsBuffer) << "seek to" << milliseconds << "ms from the buffer: key frame at"
                         << range.startMs << "ms, packets" << range.startIndex << "to"
                         << chunks.size() - 1;

    const bool finished = m_buffer->isFinished();
    discardBuffer();
    AsfStreamBuffer *buffer = newBuffer();
    // The packets before the start stay as history for the next seek back; the player reads a
    // new play from the header on, as after a seek at the server.
    for (qsizetype i = 0; i < range.startIndex; ++i) {
        if (chunks.at(i) != m_playerHeader)
            buffer->appendPlayed(chunks.at(i));
    }
    buffer->append(m_playerHeader);
    for (qsizetype i = range.startIndex; i < chunks.size(); ++i) {
        if (chunks.at(i) != m_playerHeader)
            buffer->append(chunks.at(i));
    }
    if (finished)
        buffer->finish(); // the server has sent the rest of the content already
    m_buffer = buffer;
    m_playerStarted = false;
    m_playHasPackets = true;
    m_waitForKeyFrame = false;
    m_haveFirstSendTime = true;
    m_firstSendTime = range.startSendTime;
    // The backend counts from the first object of the new play: the key frame.
    m_playStartMs = range.startMs;
    m_positionMs = range.startMs;
    m_resumeMs = range.startMs;
    m_widget->setBuffering(-1);
    emit positionChanged(m_positionMs);
    return true;
}
