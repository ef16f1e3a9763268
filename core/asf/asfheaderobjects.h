// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asferror.h"
#include "core/asf/asfheader.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

// Internal to core/asf: parsers of the single objects inside the Header Object, shared by
// asfheaderparser.cpp (which walks the object tree) and asfstreamobjects.cpp.
namespace asf::detail {

struct ExtendedStreamInfo // what Extended Stream Properties adds to a stream (ASF 4.1)
{
    int number = 0;
    quint32 dataBitrate = 0;
    int languageIndex = 0;
    QString name;
    quint64 averageTimePerFrame = 0;
};

struct BitrateRecord // one Stream Bitrate Properties record (ASF 3.12)
{
    int number = 0;
    quint32 bitrate = 0;
};

// What has been parsed so far; the walker applies bitrates, languages and names at the end,
// because ASF does not order these objects relative to Stream Properties.
struct HeaderContext
{
    Header header;
    bool haveFileProperties = false;
    bool haveBitrateObject = false;
    QList<BitrateRecord> bitrates;
    QList<BitrateRecord> waveFormatBitrates; // audio avgBytesPerSec*8, the last fallback
    QList<ExtendedStreamInfo> extended;
    QStringList languages;
};

AsfError makeError(AsfStatus status, qint64 offset, const QString &what);

// Each takes the whole object (GUID and size included; its size already checked against its
// container) and `base`, the object's offset in the input, for error offsets.
AsfError parseStreamProperties(QByteArrayView object, qint64 base, HeaderContext *ctx);
AsfError parseExtendedStreamProperties(QByteArrayView object, qint64 base, HeaderContext *ctx);
AsfError parseStreamBitrateProperties(QByteArrayView object, qint64 base, HeaderContext *ctx);
AsfError parseLanguageList(QByteArrayView object, qint64 base, HeaderContext *ctx);

} // namespace asf::detail
