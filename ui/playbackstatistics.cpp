// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playbackstatistics.h"

#include "core/asf/asfpacket.h"
#include "core/session/mmssession.h"

#include <QLocale>
#include <QVideoFrame>
#include <QVideoSink>
#include <cmath>

PlaybackStatistics::PlaybackStatistics(MmsSession *session, QVideoSink *videoSink,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_clock.start();
    connect(session, &MmsSession::stateChanged, this, &PlaybackStatistics::handleSessionState);
    connect(session, &MmsSession::startedPlaying, this, &PlaybackStatistics::startPlay);
    connect(session, &MmsSession::stridingStarted, this, &PlaybackStatistics::startPlay);
    connect(session, &MmsSession::dataPacketReceived, this, &PlaybackStatistics::handlePacket);
    if (videoSink)
        connect(videoSink, &QVideoSink::videoFrameChanged, this, &PlaybackStatistics::handleFrame);
}

void PlaybackStatistics::reset()
{
    m_packets = m_late = m_lost = m_skipped = m_bytes = 0;
    m_sessionBytes = 0;
    m_window.clear();
    m_openedAtMs = m_clock.elapsed();
    m_framesRendered = m_framesDropped = 0;
    startPlay();
}

void PlaybackStatistics::handleSessionState()
{
    // MmsSession::open() zeroes its own counts as it starts connecting; ours follow.
    if (m_session->state() == MmsSession::State::Connecting && m_session->packetsReceived() == 0)
        reset();
}

void PlaybackStatistics::startPlay()
{
    m_havePlayStart = false;
    m_lastFrameUs = -1;
}

void PlaybackStatistics::handlePacket(quint32 locationId, const QByteArray &packet)
{
    const qint64 now = m_clock.elapsed();
    ++m_packets;
    // The session counts payload bytes before padding; the padded packet would overstate them.
    const quint64 sessionBytes = m_session->bytesReceived();
    const quint64 bytes = sessionBytes >= m_sessionBytes ? sessionBytes - m_sessionBytes : 0;
    m_sessionBytes = sessionBytes;
    m_bytes += bytes;
    m_window.emplace_back(now, bytes);
    prune(now);

    // A stride (fast-forward, rewind) sends key frames only: its gaps are not losses and its
    // send times run at the stride's rate, so neither lost nor late packets are counted.
    if (m_session->strideRate() != 0.0)
        return;
    const asf::Header &header = m_session->header();
    const asf::PacketParseResult parsed = asf::parsePacket(packet, header.packetSize());
    if (!m_havePlayStart) {
        m_havePlayStart = true;
        m_playStartMs = now;
        m_playStartSendTime = parsed.ok() ? parsed.info.sendTime : 0;
        m_nextLocationId = locationId + 1;
        return;
    }
    if (locationId > m_nextLocationId) {
        const quint32 gap = locationId - m_nextLocationId;
        if (m_session->selectedStreams().size() < header.streams.size())
            m_skipped += gap;
        else
            m_lost += gap;
    }
    m_nextLocationId = qMax(m_nextLocationId, locationId + 1);
    if (parsed.ok() && parsed.info.sendTime >= m_playStartSendTime) {
        const qint64 due = qint64(parsed.info.sendTime - m_playStartSendTime)
                + qMax<qint64>(m_bufferingMs, qint64(header.file.preroll));
        if (now - m_playStartMs > due)
            ++m_late;
    }
}

void PlaybackStatistics::prune(qint64 now) const
{
    while (!m_window.empty() && m_window.front().first <= now - WindowMs)
        m_window.pop_front();
}

quint32 PlaybackStatistics::receivedBitrate() const
{
    const qint64 now = m_clock.elapsed();
    prune(now);
    quint64 bytes = 0;
    for (const auto &sample : m_window)
        bytes += sample.second;
    // Right after opening the window is shorter than WindowMs; under a second a burst would read
    // as an absurd rate.
    const qint64 span = qBound<qint64>(1000, now - m_openedAtMs, WindowMs);
    return quint32(qMin<quint64>(bytes * 8 * 1000 / quint64(span), 0xFFFFFFFFu));
}

quint32 PlaybackStatistics::selectedBitrate() const
{
    const asf::Header &header = m_session->header();
    quint64 sum = 0;
    for (int number : m_session->selectedStreams()) {
        if (const asf::Stream *stream = header.stream(number))
            sum += stream->bitrate;
    }
    return quint32(qMin<quint64>(sum, 0xFFFFFFFFu));
}

void PlaybackStatistics::handleFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    ++m_framesRendered;
    const qint64 start = frame.startTime();
    if (start < 0)
        return;
    if (frame.endTime() > start) {
        m_frameIntervalUs = frame.endTime() - start;
    } else if (m_frameIntervalUs == 0) {
        // No frame duration from the backend: the header's average time per frame (100 ns units).
        for (const asf::Stream &stream : m_session->header().streams) {
            if (stream.type == asf::StreamType::Video && stream.averageTimePerFrame > 0) {
                m_frameIntervalUs = qint64(stream.averageTimePerFrame / 10);
                break;
            }
        }
    }
    if (m_lastFrameUs >= 0 && m_frameIntervalUs > 0) {
        const qint64 gap = start - m_lastFrameUs;
        if (gap * 2 > m_frameIntervalUs * 3)
            m_framesDropped += quint64((gap + m_frameIntervalUs / 2) / m_frameIntervalUs - 1);
    }
    m_lastFrameUs = start;
}

double PlaybackStatistics::strideRate() const
{
    return m_session->strideRate();
}

QString PlaybackStatistics::playbackText() const
{
    return strideText(m_session->strideRate());
}

QString PlaybackStatistics::strideText(double rate)
{
    if (rate == 0.0)
        return tr("normal");
    const QString speed = QLocale().toString(std::fabs(rate), 'g', 3);
    //: Fast-forward; %1 is the speed, e.g. "striding at 5×".
    return rate > 0 ? tr("striding at %1×").arg(speed)
                    //: Rewind; %1 is the speed, e.g. "striding backwards at 5×".
                    : tr("striding backwards at %1×").arg(speed);
}
