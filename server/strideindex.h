// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"

#include <QList>
#include <QString>

// Where the key frames of a file's video stream are (for StartStriding, MS-MMSP 2.2.4.26):
// built by reading every data packet once and looking at each payload's key-frame bit
// (ASF 1.20 §5.2.3.1). A key frame's media object may span several packets; an entry lists
// them all. Files need no Simple Index Object: the packets themselves say where key frames are.
class StrideIndex {
public:
    struct KeyFrame {
        quint64 firstPacket = 0; // the packet where the key frame's media object starts
        quint64 lastPacket = 0; // the packet where it ends
        quint32 sendTimeMs = 0; // send time of firstPacket (ms, preroll included)
        quint32 mediaObject = 0; // media object number (ASF 5.2.3.1), mod 256
    };

    // Most key frames indexed: a bound on memory whatever the file says (24 bytes each).
    static constexpr qsizetype MaxKeyFrames = 1 << 20;

    // The stream striding follows: the file's first video stream, 0 if it has none.
    static int strideStream(const asf::Header &header);

    // Reads the packets of `file` and indexes the key frames of stream `stream`. False (and
    // `error` set) when a packet cannot be read or parsed, or the file has no key frame.
    bool build(const asf::AsfFile &file, int stream, QString *error);

    bool isEmpty() const { return m_frames.isEmpty(); }
    int stream() const { return m_stream; }
    const QList<KeyFrame> &keyFrames() const { return m_frames; }
    // The key frame a stride starting at packet `packet` begins with: forward, the first one
    // starting at or after it; backward, the last one starting at or before it. -1 if none.
    qsizetype startFor(quint64 packet, bool forward) const;
    // Whether `packet` holds part of an indexed key frame.
    bool holdsKeyFrame(quint64 packet) const;

private:
    QList<KeyFrame> m_frames; // in packet order
    int m_stream = 0;
};
