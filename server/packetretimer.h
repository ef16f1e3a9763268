// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Shifts the times inside one ASF data packet (ASF 1.20 §5.2): the packet's Send Time and the
// presentation time of every payload (replicated data bytes 4..7, or the Presentation Time field
// of compressed payloads). The live source uses it so that a file served in a loop keeps
// increasing times on its second and later passes; a demuxer would otherwise see time jump back.
// Every field is bounds-checked against the packet; false (and the packet untouched) when the
// layout does not parse or a time would overflow 32 bits.
bool shiftPacketTimes(QByteArray &packet, quint32 deltaMs);
