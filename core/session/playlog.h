// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"
#include "core/protocol/viewertomac.h"
#include "core/session/mmssession.h"

#include <QList>
#include <QUrl>
#include <QUuid>

// What the session knows about one play (StartPlaying .. stop or end), turned into the Logging
// message that spec clients send after every stop and end (MS-MMSP 2.2.4.20, 2.2.1, 3.1.4.5).
struct PlayRecord
{
    QUrl url;
    QByteArray userAgent; // e.g. "NSPlayer/9.0.0.4503 mmsplayer/0.1.0"
    quint64 clientVersion = 0; // four u16 parts, major in the top 16 bits
    QUuid playerId;
    MmsFileInfo file;
    const asf::Header *header = nullptr;
    QList<int> selectedStreams;
    double startSeconds = 0.0;
    quint32 playedMs = 0;
    quint64 bytesReceived = 0;
    quint32 packetsReceived = 0;
};

mms::Logging buildLoggingMessage(const PlayRecord &play);

// "9.0.0.4503" -> 0x0009000000001194: the qwClientVersion / qwOSVersion packing of MS-MMSP 2.2.1.
quint64 packVersion(const QString &dotted);
