// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>

namespace asf {

// Measures each stream's bit rate from the data packets seen so far: the stream's payload bytes
// over the content time they cover, by the packets' send times (ASF 5.2.2). For headers that give
// no rate (ffmpeg writes none for video: Stream::bitrate 0). Pure; fed packet by packet.
//
// Time is credited per stream, from one packet that carries the stream to the next one that does,
// and a packet's bytes count only together with that step, so a run of packets with send times
// t0..tn counts the bytes after t0 over tn - t0. A step backwards (a seek back, a live rejoin) or
// longer than MaxStepMs (a seek forward, a stream switched off and on again) credits nothing and
// starts a new run, so neither skews the rate.
class StreamRateMeter {
public:
    // Longer than any gap between packets of a playing stream: ASF muxers interleave every stream
    // within about a second (a video stream of 1 frame/s is the slowest we expect).
    static constexpr quint32 MaxStepMs = 5000;
    // A rate is reported once a stream's runs cover this much content; earlier figures jump.
    static constexpr quint64 MinSpanMs = 1000;

    explicit StreamRateMeter(quint32 packetSize = 0) : m_packetSize(packetSize) { }

    // Forgets every count; packets are from now on of `packetSize` bytes (the header's).
    void reset(quint32 packetSize);
    // Counts one data packet (possibly stripped of its padding). false, counting nothing, when it
    // does not parse (parsePacket checks every length in it).
    bool addPacket(QByteArrayView packet);

    // bit/s of `streamNumber`, or 0 while less than MinSpanMs of it has been seen.
    quint32 bitrate(int streamNumber) const;
    // Every stream with a rate (bitrate() > 0), by stream number.
    QHash<int, quint32> bitrates() const;
    quint64 spanMs(int streamNumber) const; // content time credited to the stream
    quint64 bytes(int streamNumber) const; // payload bytes counted with that time

private:
    struct Count {
        quint64 bytes = 0;
        quint64 spanMs = 0;
        quint32 lastSendTime = 0; // of the stream's previous packet
    };
    static quint32 rate(const Count &count);

    quint32 m_packetSize = 0;
    QHash<int, Count> m_counts; // stream number (1..127, from parsePacket) -> counts
};

} // namespace asf
