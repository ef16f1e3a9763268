// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"
#include "core/asf/asfstreamratemeter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class MmsSession;

// Measures the bit rates the ASF header does not give (ffmpeg writes none for video) from the
// session's Data packets, with asf::StreamRateMeter, for the Streams panel. Reports settle: at
// most once per ReportIntervalMs, and only when a figure changed, not on every packet. When the
// header gives every rate, packets are not even parsed. A new header starts over.
class StreamRateMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int ReportIntervalMs = 1000;

    explicit StreamRateMonitor(MmsSession *session, QObject *parent = nullptr);

    // Stream number -> measured bit/s, for the header's streams of unknown rate that have one.
    QHash<int, quint32> bitrates() const { return m_reported; }
    // Packets came since the last report: the next one is due within ReportIntervalMs.
    bool hasPendingReport() const { return m_timer.isActive(); }

signals:
    void bitratesChanged(const QHash<int, quint32> &bitrates);

private:
    void handleHeader(const asf::Header &header);
    void handlePacket(quint32 locationId, const QByteArray &packet);
    void report();

    asf::StreamRateMeter m_meter;
    QSet<int> m_unknown; // streams whose header rate is 0
    QHash<int, quint32> m_reported;
    QTimer m_timer;
};
