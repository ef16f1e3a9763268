// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/packetpacer.h"
#include "server/strideindex.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <functional>

// The packets of a stride (fast-forward or rewind, MS-MMSP 2.2.4.26): only the packets that hold
// key frames of the index's stream, with the other streams' payloads removed, the key frames in
// file order (forward) or backwards (rewind), each when it is due: key frame k goes out when
// |sendTime(k) - sendTime(first)| / |rate| ms have passed, so that the media time the client
// sees moves at `rate` times real time. Pacing goes through the server's PacketPacer, as the
// realtime feed does; a stride is paced in burst mode too (its whole point is the rate).
class StrideFeed {
public:
    enum class Take {
        Packet, // `packet` may be sent now
        Wait, // the next key frame is not due yet: `due` runs when it is
        End, // no key frame left in this direction
        ReadError, // `error` says why
    };

    // The fastest stride we serve, either way. MS-MMSP 2.2.4.26 names -5.0 .. +5.0; our player
    // also asks for 10x, which costs us no more than 5x (a key frame every |interval| / rate s).
    static constexpr double MaxRate = 10.0;
    // A rate a stride can go at: finite, not 0, at most MaxRate either way.
    static bool isValidRate(double rate);

    StrideFeed(PacketPacer *pacer, std::function<void()> due) : m_entry(pacer, std::move(due)) { }

    // Strides through `file` from key frame `firstFrame` of `index` (both outlive the stride, or
    // stop() comes first) at `rate` (non-zero; negative = rewind).
    void start(
        const asf::AsfFile *file, const StrideIndex *index, qsizetype firstFrame, double rate);
    void stop();
    bool isActive() const { return m_file != nullptr; }
    double rate() const { return m_rate; }
    // Key frames handed out (whole or in part) since start().
    qsizetype framesSent() const { return m_framesSent; }

    // The next packet that may go now: its number in the file and its bytes (packet size, padded).
    Take take(quint32 &locationId, QByteArray &packet, QString &error);

private:
    const StrideIndex::KeyFrame *currentFrame() const;

    const asf::AsfFile *m_file = nullptr;
    const StrideIndex *m_index = nullptr;
    qsizetype m_frame = 0; // index in m_index->keyFrames()
    quint64 m_packet = 0; // next packet of the current key frame
    quint64 m_lastSent = 0; // forward: packets up to here went out already
    bool m_anySent = false;
    double m_rate = 0.0;
    quint32 m_originMs = 0; // send time of the first key frame
    qsizetype m_framesSent = 0;
    QElapsedTimer m_clock;
    PacketPacer::Entry m_entry;
};
