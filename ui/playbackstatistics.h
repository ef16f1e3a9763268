// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <deque>
#include <utility>

class MmsSession;
class QVideoFrame;
class QVideoSink;

// Counts what the Statistics window shows, from the moment a stream is opened (the counts of the
// session, plus what only the player can see). Definitions, as shown to the user:
// - Received bit rate: payload bytes received in the last WindowMs (at least one second), as bit/s.
// - Late packet: within one play (StartPlaying .. end), a packet is late when it arrives more than
//   its send-time distance from the play's first packet plus the buffering time (the larger of the
//   buffering setting and the header's preroll) after that first packet: it came after the player
//   would have needed it had playback started when buffering ended.
// - Lost packets: LocationIds are consecutive within a play (MS-MMSP 2.2.2), so a jump means
//   packets that did not arrive. While some of the header's streams are not selected the server
//   leaves out packets that carry none of the selected streams (MS-MMSP 3.2.5.11.1): those gaps
//   are counted as skipped, not lost, because the client cannot tell one from the other.
// - Rendered frames: video frames the sink received. Dropped frames: estimated from presentation
//   times; a gap of more than 1.5 frame intervals between consecutive frames counts the frames that
//   fit in it. The backend does not report drops, so this is an estimate.
class PlaybackStatistics : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 WindowMs = 5000;

    PlaybackStatistics(MmsSession *session, QVideoSink *videoSink, QObject *parent = nullptr);

    void setBufferingMs(int milliseconds) { m_bufferingMs = milliseconds; }
    void reset(); // a new stream: every count back to 0

    quint64 packetsReceived() const { return m_packets; }
    quint64 packetsLate() const { return m_late; }
    quint64 packetsLost() const { return m_lost; }
    quint64 packetsSkipped() const { return m_skipped; }
    quint64 bytesReceived() const { return m_bytes; }
    quint32 receivedBitrate() const; // bit/s over the last WindowMs
    quint32 selectedBitrate() const; // sum of the selected streams' bit rates
    quint64 framesRendered() const { return m_framesRendered; }
    quint64 framesDropped() const { return m_framesDropped; }
    // Fast-forward and rewind: the session's stride rate (0 = normal play), and how the window
    // says it: "normal", "striding at 5×", "striding backwards at 5×".
    double strideRate() const;
    QString playbackText() const;
    static QString strideText(double rate);

private:
    void handleSessionState();
    void startPlay();
    void handlePacket(quint32 locationId, const QByteArray &packet);
    void handleFrame(const QVideoFrame &frame);
    void prune(qint64 now) const;

    MmsSession *m_session;
    QElapsedTimer m_clock;
    int m_bufferingMs = 0;
    quint64 m_packets = 0;
    quint64 m_late = 0;
    quint64 m_lost = 0;
    quint64 m_skipped = 0;
    quint64 m_bytes = 0;
    quint64 m_sessionBytes = 0; // the session's payload byte count at the last packet
    // (arrival ms, payload bytes) of the packets in the window; pruned lazily.
    mutable std::deque<std::pair<qint64, quint64>> m_window;
    qint64 m_openedAtMs = 0;
    // The current play.
    bool m_havePlayStart = false;
    qint64 m_playStartMs = 0; // arrival of its first packet
    quint32 m_playStartSendTime = 0;
    quint32 m_nextLocationId = 0;
    // Frames.
    quint64 m_framesRendered = 0;
    quint64 m_framesDropped = 0;
    qint64 m_lastFrameUs = -1; // start time of the previous frame of this play
    qint64 m_frameIntervalUs = 0;
};
