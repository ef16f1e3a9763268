// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asferror.h"
#include "core/asf/asfheader.h"

#include <QByteArrayView>

namespace asf {

struct HeaderParseResult
{
    Header header;
    AsfError error;
    bool ok() const { return error.ok(); }
};

// Parses an ASF Header Object (and the 50-byte Data Object preamble when it follows). Every
// size and count is checked before use: an object that claims more bytes than remain, a count of
// 0xFFFFFFFF, a zero-size or too-small sub-object and a packet size of 0 are errors, never loops.
// NeedMoreData when `bytes` ends inside the Header Object (or inside the preamble when
// `requireDataPreamble`).
HeaderParseResult parseHeader(QByteArrayView bytes, bool requireDataPreamble = false);

// Only the first 30 bytes: the Header Object's size, so a reader knows how much to wait for.
// NeedMoreData under 30 bytes, NotAsf / BadObjectSize / TooLarge otherwise.
struct HeaderSizeResult
{
    qint64 headerObjectSize = 0;
    AsfError error;
};
HeaderSizeResult peekHeaderSize(QByteArrayView bytes);

} // namespace asf
