// SPDX-License-Identifier: GPL-3.0-or-later
// What an MmsSession reports while it strides or plays (the stride tests of both transports):
// each signal and Data packet with when it came, and the rate its send times moved at.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSet>

class MmsSession;

struct StrideEvent {
    enum Kind { Striding, Started, Packet, End } kind;
    double rate = 0.0; // of stridingStarted
    quint32 sendTime = 0; // of a Data packet (0 when it does not parse)
    qint64 atMs = 0;
    QSet<int> streams; // the streams a Data packet's payloads belong to
    bool keyFrame = false; // a payload of the Data packet is a key frame
};

// Appends stridingStarted, startedPlaying, endOfStream and each Data packet of `session` to
// `events`, timed by `clock` (both must outlive the session).
void recordStrideEvents(
    MmsSession &session, QList<StrideEvent> *events, const QElapsedTimer *clock);
// Only the Data packets of `events`, in order.
QList<StrideEvent> strideEventPackets(const QList<StrideEvent> &events);
// Media time (send times) over real time, from the first packet to the last; 0 when no time
// passed.
double measuredRate(const QList<StrideEvent> &packets);
