// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The player's side of fast-forward and rewind: a stride's key frames carry their original times
// (MS-MMSP 2.2.4.26 sends the file's packets as they are), which at 5x advance five times faster
// than real time, and backwards when rewinding. The player plays times at real time, so each
// packet's times are moved to where the key frame should appear: the stride's first send time
// plus the media distance travelled divided by the rate.
class StrideRetimer {
public:
    void start(double rate);
    // Rewrites the Send Time and every payload's presentation time of `packet` (ASF 1.20 §5.2).
    // False, with the packet untouched, when its layout does not parse or a time leaves 32 bits.
    bool retime(QByteArray &packet);
    // Where the stride is in the content: the last original send time seen (ms).
    quint32 lastSendTime() const { return m_lastSendTime; }

private:
    double m_rate = 1.0;
    bool m_haveOrigin = false;
    quint32 m_origin = 0;
    quint32 m_lastSendTime = 0;
};
