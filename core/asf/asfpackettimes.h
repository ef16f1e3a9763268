// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace asf {

// The times inside one ASF data packet (ASF 1.20 §5.2): the packet's Send Time and the
// presentation time of every payload (replicated data bytes 4..7, or the Presentation Time field
// of compressed payloads). Two users move them: the server's live source, so that a file served
// in a loop keeps increasing times on its second and later passes (a demuxer would otherwise see
// time jump back), and the player while striding, so that key frames sent at 5x play at 1x.

// Byte offsets of those 32-bit fields, Send Time first; empty when the layout does not parse
// (every field is bounds-checked against the packet).
QList<qsizetype> packetTimeFields(const QByteArray &packet);

// Adds `deltaMs` (may be negative) to every time of the packet. False, and the packet untouched,
// when the layout does not parse or a time would leave 0..2^32-1.
bool shiftPacketTimes(QByteArray &packet, qint64 deltaMs);

} // namespace asf
