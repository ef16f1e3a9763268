// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"

#include <QList>

// The default stream choice of a good player: one audio and one video stream (when the file has
// them), the best whose total fits a maximum bit rate. Pure: no I/O, unit-tested on its own.
//
// Rules: without a limit, the highest-bitrate audio and the highest-bitrate video (ties: the larger
// picture, then the lower stream number). With a limit, the pair with the largest total that fits;
// ties prefer more audio bit rate (sound matters more than picture sharpness), then lower numbers.
// If no pair fits, the pair with the smallest total, so something still plays (as libmms does).
// Unknown bit rates (0) count as 0. Command and other streams are never chosen.
class StreamSelector
{
public:
    explicit StreamSelector(quint32 maxBitrate = 0) : m_maxBitrate(maxBitrate) { }

    void setMaxBitrate(quint32 bitsPerSecond) { m_maxBitrate = bitsPerSecond; } // 0 = unlimited
    quint32 maxBitrate() const { return m_maxBitrate; }

    // Chosen ASF stream numbers, ascending; empty if the header has no audio or video stream.
    QList<int> select(const asf::Header &header) const;

private:
    quint32 m_maxBitrate = 0;
};
