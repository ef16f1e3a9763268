// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfheader.h"

namespace asf {

double Header::durationSeconds() const
{
    // ASF 3.2: Play Duration is invalid for broadcast content, and it includes the preroll.
    if (file.broadcast)
        return 0.0;
    const double seconds = double(file.playDuration) / 1e7 - double(file.preroll) / 1e3;
    return seconds > 0.0 ? seconds : 0.0;
}

quint32 Header::totalBitrate() const
{
    quint64 sum = 0;
    bool allKnown = !streams.isEmpty();
    for (const Stream &s : streams) {
        sum += s.bitrate;
        if (s.bitrate == 0)
            allKnown = false;
    }
    // A stream without a known rate (ffmpeg's video streams) would make the sum too low: File
    // Properties' Maximum Bitrate then covers every stream.
    if (!allKnown && file.maxBitrate != 0)
        return file.maxBitrate;
    return sum > 0xFFFFFFFFu ? 0xFFFFFFFFu : quint32(sum);
}

const Stream *Header::stream(int number) const
{
    for (const Stream &s : streams) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

} // namespace asf
