// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <deque>

// The bytes of one ASF play (the "ASF file header", then the padded data packets) on their way
// from MmsSession to QMediaPlayer, which reads them through setSourceDevice(buffer,
// QUrl("stream.asf")). A sequential, read-only QIODevice; the producer calls append().
//
// Bounded: append() refuses data past capacity(). Before that, backpressureChanged(true) fires
// when the level reaches the high watermark, so the app can pause the session's socket reading
// (MmsSession::setReadingPaused) and TCP flow control slows the server; backpressureChanged(false)
// fires when reading brings the level down to the low watermark. Long and live streams therefore
// never grow memory.
//
// End of stream: Qt 6.4's GStreamer backend ignores atEnd() on a sequential device and only sends
// EOS when the device is destroyed. After finish(), drained() is emitted once the last byte has
// been read: the owner then deletes the device (deleteLater) and QMediaPlayer reaches EndOfMedia.
//
// Played history: chunks the player has read are kept, newest last, up to historyLimit() bytes
// (default 4 MiB: about 33 s of the 1 Mbit/s demo, 8 s of a 4 Mbit/s stream), so that a seek
// into content already received can be served from memory instead of a new request to the
// server (PlaybackController). The history is not part of level(): memory stays bounded by
// capacity() + historyLimit().
class AsfStreamBuffer : public QIODevice
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCapacity = 8 * 1024 * 1024;
    static constexpr qint64 DefaultHistoryLimit = 4 * 1024 * 1024;

    // Opens itself ReadOnly, so QMediaPlayer can read at once.
    explicit AsfStreamBuffer(QObject *parent = nullptr);
    ~AsfStreamBuffer() override;

    // Capacity and watermarks; the defaults are 8 MiB, 3/4 and 1/4 of it. The high watermark is
    // below the capacity so that data already on its way when the producer is paused still fits.
    // Requires 0 <= low < high <= capacity.
    void setLimits(qint64 capacity, qint64 highWatermark, qint64 lowWatermark);
    qint64 capacity() const { return m_capacity; }
    qint64 highWatermark() const { return m_highWatermark; }
    qint64 lowWatermark() const { return m_lowWatermark; }

    // The smallest move of the settled level that levelSettled() reports; default 1 (any move).
    void setLevelReportStep(qint64 bytes) { m_reportStep = qMax<qint64>(1, bytes); }
    qint64 levelReportStep() const { return m_reportStep; }

    // Content bit rate (from the ASF header) used to express the level in seconds; 0 = unknown.
    void setBitrate(quint32 bitsPerSecond) { m_bitrate = bitsPerSecond; }
    quint32 bitrate() const { return m_bitrate; }

    // Bytes of read chunks kept for seeking back; 0 keeps none. Applies from the next read on.
    void setHistoryLimit(qint64 bytes) { m_historyLimit = qMax<qint64>(0, bytes); }
    qint64 historyLimit() const { return m_historyLimit; }
    qint64 historyBytes() const { return m_historyBytes; }
    // Puts a chunk straight into the played history, as if appended and read (a new buffer
    // taking over the history of the one it replaces). The oldest chunks go past the limit.
    void appendPlayed(const QByteArray &bytes);
    // Every chunk still held, in order: the played history, then the unread ones (the first of
    // which may be partly read).
    QList<QByteArray> retainedChunks() const;

    // Appends bytes (header or one data packet). Returns false, dropping the bytes, when they
    // would take the level past capacity() or after finish().
    bool append(const QByteArray &bytes);
    // No more data will come: drained() follows once everything has been read.
    void finish();
    bool isFinished() const { return m_finished; }

    qint64 level() const { return m_level; } // bytes buffered, not yet read
    qint64 peakLevel() const { return m_peakLevel; } // the highest level() so far
    double levelSeconds() const; // level() as seconds of content at bitrate(); 0 if unknown
    bool isBackpressureActive() const { return m_backpressure; }
    qint64 bytesAppended() const { return m_bytesAppended; }
    qint64 bytesDropped() const { return m_bytesDropped; }

    // QIODevice
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

signals:
    // true: the level reached the high watermark, pause the producer; false: it fell to the low
    // watermark, resume. Connect straight to MmsSession::setReadingPaused.
    void backpressureChanged(bool active);
    // Every change of level(): twice per packet while the player keeps up (append, then read).
    void levelChanged(qint64 bytes);
    // For displays: level() once the appends and reads of one event-loop pass are done, when it
    // is at least levelReportStep() away from the last value this signal carried, or is 0 and
    // that value was not. While the player keeps up, the level only jitters between 0 and about
    // one read request (appsrc asks for 4 KiB, packets are not that size) and this stays quiet,
    // instead of a label being set (and the window laid out and repainted) twice per packet.
    void levelSettled(qint64 bytes);
    // finish() was called and every byte has been read. Emitted once; delete the device later.
    void drained();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void checkDrained();
    void keepPlayed(const QByteArray &chunk);
    void levelMoved();
    void reportSettledLevel();

    // Chunks as appended; m_frontOffset bytes of the first one are already read. Reads never
    // move the remaining bytes, so a read costs only what it copies.
    std::deque<QByteArray> m_chunks;
    qsizetype m_frontOffset = 0;
    std::deque<QByteArray> m_history; // read chunks, oldest first
    qint64 m_historyBytes = 0;
    qint64 m_historyLimit = DefaultHistoryLimit;
    qint64 m_level = 0;
    qint64 m_peakLevel = 0;
    qint64 m_settledLevel = 0; // the last value levelSettled() carried
    qint64 m_reportStep = 1;
    bool m_settlePending = false; // a reportSettledLevel() call is queued
    qint64 m_capacity = DefaultCapacity;
    qint64 m_highWatermark = DefaultCapacity / 4 * 3;
    qint64 m_lowWatermark = DefaultCapacity / 4;
    quint32 m_bitrate = 0;
    qint64 m_bytesAppended = 0;
    qint64 m_bytesDropped = 0;
    bool m_backpressure = false;
    bool m_finished = false;
    bool m_drainedEmitted = false;
};
