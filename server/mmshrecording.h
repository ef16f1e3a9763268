// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

// A raw MMSH-framed recording: the body of an MMS over HTTP Play response as a server sent it
// ($H packets with the ASF header, then one $D per data packet), e.g. saved with
// `curl -H 'Pragma: xPlayStrm=1' http://server/NAME`. --live NAME=FILE accepts one and serves
// its first entry (up to the first $C or $E) in a loop, like an ASF file.
namespace MmshRecording {

// True if `start` (the file's first bytes) begins with a $H Framing header, not an ASF GUID.
bool looksLikeRecording(const QByteArray &start);

// Writes the recording `path` as a plain ASF file to `out`: the header, then each $D payload
// padded to the packet size, with the Data Object's size and packet count filled in (a live
// server sends them as unknown). Returns an empty string or what was wrong.
QString convertToAsf(const QString &path, QIODevice &out);

} // namespace MmshRecording
