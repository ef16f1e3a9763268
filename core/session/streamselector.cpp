// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/streamselector.h"

#include <algorithm>

namespace {

// One candidate per kind; nullptr stands for "no stream of this kind" (the file has none).
struct Choice
{
    const asf::Stream *audio = nullptr;
    const asf::Stream *video = nullptr;

    quint64 total() const
    {
        return quint64(audio ? audio->bitrate : 0) + quint64(video ? video->bitrate : 0);
    }
    quint32 audioRate() const { return audio ? audio->bitrate : 0; }
    qint64 pictureArea() const { return video ? qint64(video->width) * video->height : 0; }
    int numberKey() const { return (audio ? audio->number : 0) * 128 + (video ? video->number : 0); }
};

// true when `a` is the better choice among pairs that are otherwise equally acceptable.
bool better(const Choice &a, const Choice &b)
{
    if (a.total() != b.total())
        return a.total() > b.total();
    if (a.audioRate() != b.audioRate())
        return a.audioRate() > b.audioRate();
    if (a.pictureArea() != b.pictureArea())
        return a.pictureArea() > b.pictureArea();
    return a.numberKey() < b.numberKey();
}

} // namespace

QList<int> StreamSelector::select(const asf::Header &header) const
{
    QList<const asf::Stream *> audio;
    QList<const asf::Stream *> video;
    for (const asf::Stream &s : header.streams) {
        if (s.type == asf::StreamType::Audio)
            audio.append(&s);
        else if (s.type == asf::StreamType::Video)
            video.append(&s);
    }
    if (audio.isEmpty() && video.isEmpty())
        return {};
    if (audio.isEmpty())
        audio.append(nullptr);
    if (video.isEmpty())
        video.append(nullptr);

    bool haveFitting = false;
    Choice bestFitting;
    Choice smallest;
    bool haveSmallest = false;
    for (const asf::Stream *a : std::as_const(audio)) {
        for (const asf::Stream *v : std::as_const(video)) {
            const Choice c { a, v };
            const bool fits = m_maxBitrate == 0 || c.total() <= m_maxBitrate;
            if (fits && (!haveFitting || better(c, bestFitting))) {
                bestFitting = c;
                haveFitting = true;
            }
            // Smallest total; among equals the same tie-breaks as above.
            if (!haveSmallest || c.total() < smallest.total()
                || (c.total() == smallest.total() && better(c, smallest))) {
                smallest = c;
                haveSmallest = true;
            }
        }
    }
    const Choice chosen = haveFitting ? bestFitting : smallest;
    QList<int> numbers;
    if (chosen.audio)
        numbers.append(chosen.audio->number);
    if (chosen.video)
        numbers.append(chosen.video->number);
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}
