// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asferror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace asf {

struct HeaderFilterResult {
    QByteArray bytes; // the rewritten header, then the input's bytes after the Header Object
    AsfError error;

    bool ok() const { return error.ok(); }
};

// Rewrites an ASF Header Object (ASF 1.20 §3-4) so that it describes only the streams in `keep`:
// a demuxer waits for data of every stream the header lists, so a player fed only some of them
// (a partial stream selection, or the key frames of one video stream while striding) must get a
// header without the others. Dropped: their Stream Properties and Extended Stream Properties
// objects, their Stream Bitrate Properties records, their entries in (Advanced/Group) Mutual
// Exclusion, Stream Prioritization and Bandwidth Sharing, and those objects once nothing they
// relate is left. Sizes and counts are fixed; everything else (File Properties' packet size,
// preroll, ...) is kept byte for byte, so the Data packets still fit. Bytes after the Header
// Object (the Data Object preamble of MMS) are copied unchanged. Every length is checked; a
// malformed header, or one where no stream of `keep` is left, gives an error and no bytes.
HeaderFilterResult filterHeaderStreams(QByteArrayView bytes, const QList<int> &keep);

} // namespace asf
