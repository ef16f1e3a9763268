// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController: seeks served from the packets the buffer still holds (issue 16).
#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/logging.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

namespace {

// Where a play of the held packets can start: a packet where a media object of a key frame
// begins (a decoder cannot start between key frames), and that object's content time.
struct HeldRange {
    qsizetype startIndex = -1; // the last such packet at or before the target
    qint64 startMs = 0;
    quint32 startSendTime = 0;
    qint64 lastMs = -1; // the latest object start held
};

bool isVideo(const asf::Header &header, int streamNumber)
{
    const asf::Stream *stream = header.stream(streamNumber);
    return stream && stream->type == asf::StreamType::Video;
}

HeldRange findHeldRange(const QList<QByteArray> &chunks, const QByteArray &headerBytes,
    const asf::Header &header, qint64 targetMs)
{
    bool hasVideo = false;
    for (const asf::Stream &stream : header.streams)
        hasVideo = hasVideo || stream.type == asf::StreamType::Video;
    const qint64 preroll = qint64(header.file.preroll);
    HeldRange range;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (chunks.at(i) == headerBytes)
            continue;
        const asf::PacketParseResult parsed = asf::parsePacket(chunks.at(i), header.packetSize());
        if (!parsed.ok())
            continue; // played on as it is, but no place to start
        bool entry = false;
        for (const asf::Payload &payload : parsed.info.payloads) {
            if (!payload.compressed && payload.offsetIntoMediaObject != 0)
                continue; // the middle of an object
            // Presentation times include the preroll (ASF 5.2.3.1); content time does not.
            const qint64 ms = qint64(payload.presentationTime) - preroll;
            range.lastMs = qMax(range.lastMs, ms);
            // Audio-only content: every object is a place to start.
            const bool key =
                hasVideo ? payload.keyFrame && isVideo(header, payload.streamNumber) : true;
            if (key && !entry && ms <= targetMs) {
                entry = true;
                range.startIndex = i;
                range.startMs = qMax<qint64>(0, ms);
                range.startSendTime = parsed.info.sendTime;
            }
        }
    }
    return range;
}

} // namespace

bool PlaybackController::seekInBuffer(qint64 milliseconds)
{
    if (!m_buffer || !m_playHasPackets || m_headerBytes.isEmpty())
        return false;
    const QList<QByteArray> chunks = m_buffer->retainedChunks();
    const HeldRange range = findHeldRange(chunks, m_headerBytes, m_header, milliseconds);
    // Beyond the latest object received, the content is not here yet; before the first key
    // frame held, it is gone from the history.
    if (range.startIndex < 0 || milliseconds > range.lastMs)
        return false;
    qint64 bytes = m_headerBytes.size();
    for (qsizetype i = range.startIndex; i < chunks.size(); ++i)
        bytes += chunks.at(i) == m_headerBytes ? 0 : chunks.at(i).size();
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
        if (chunks.at(i) != m_headerBytes)
            buffer->appendPlayed(chunks.at(i));
    }
    buffer->append(m_headerBytes);
    for (qsizetype i = range.startIndex; i < chunks.size(); ++i) {
        if (chunks.at(i) != m_headerBytes)
            buffer->append(chunks.at(i));
    }
    if (finished)
        buffer->finish(); // the server has sent the rest of the content already
    m_buffer = buffer;
    m_playerStarted = false;
    m_playHasPackets = true;
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
