// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/mactoviewer.h"
#include "server/filepacketfeed.h"
#include "server/medialibrary.h"
#include "server/strideindex.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>

class LiveSource;

// What one session plays: an on-demand file, a live source, or the current entry of a playlist
// (MS-MMSP 3.2.4.2: one OpenFile, entries one after the other). Knows the header and the
// ReportOpenFile fields of what is open; the session does the talking.
class SessionMedia
{
public:
    struct OpenResult
    {
        quint32 hr = 0; // mms::Hresult; 0 = opened
        QString reason; // for the log when hr != 0
        // hr 0 but not open yet: a broadcast fed by an encoder or a relay that has no header
        // yet. The session waits for LiveSource::headerReady() (counted as a viewer meanwhile,
        // which is what starts an on-demand relay), then calls finishWaiting().
        bool waiting = false;
    };

    SessionMedia();
    ~SessionMedia();

    // Opens what `lookup` names (Kind::File, Live or Playlist). A playlist opens its first entry
    // that is valid ASF; entries that are not are skipped (and logged). `entry` > 0 (a client
    // reconnecting in a playlist, mms::PlaylistEntryQuery) then goes that many entries further,
    // counted as ReportStreamChange counts them (entries skipped on the way do not count).
    OpenResult open(const MediaLookup &lookup, const QMap<QString, LiveSource *> &liveSources,
        qsizetype entry = 0);
    // Also releases the session's viewer count on a live source.
    void close();
    // After OpenResult::waiting: true, and the open complete, once the source has its header.
    bool finishWaiting();

    bool isOpen() const;
    bool isWaiting() const { return m_waiting; }
    bool isLive() const;
    bool isPlaylist() const { return !m_entries.isEmpty(); }
    LiveSource *live() const;
    asf::AsfFile *file() const { return m_file.get(); }
    FilePacketFeed *feed() const { return m_feed.get(); }
    // Description for the log: path of the file or entry, or "live".
    QString description() const;
    // 0-based index of the current playlist entry.
    qsizetype entryIndex() const { return m_entryIndex; }

    const asf::Header &header() const;
    const QByteArray &headerBytes() const;
    quint32 packetSize() const;
    quint32 bitRate() const;

    // ReportOpenFile fields of what is open (MS-MMSP 2.2.4.7; notes §7.5, §9.7).
    void fillOpenFileReply(mms::ReportOpenFile &reply) const;
    // The ASF file header as Data packets (MS-MMSP 2.2.2, 3.2.5.8): LocationId 0.., payloads of
    // at most one packet size, AFFlags 0x04 on all but the last (0x0C), the given incarnation.
    QList<QByteArray> headerDataPackets(quint8 incarnation) const;

    // Fast-forward and rewind (MS-MMSP StartStriding, [MS-WMSP] Play with a rate): an on-demand
    // file with a video stream, whose key frames a stride shows. Live sources cannot.
    bool canStride() const;
    // The key frames of the open file's video stream, indexed at the first call (reads every
    // packet once) and kept while it is open; null, with `reason` set, when it cannot stride.
    const StrideIndex *strideIndex(QString *reason);
    // The key frame a stride at `rate` from `where` (StartPlaying's position fields) starts with,
    // -1 if none that way; a rewind with no position starts at the end. strideIndex() first.
    qsizetype strideStartFrame(const mms::StartPlaying &where, double rate) const;

    // Playlists: opens the next entry after the current one that is valid ASF (MS-MMSP 3.2.4.2).
    // False, with the current entry kept, if there is none.
    bool openNextEntry();

private:
    bool openFile(const QString &path, OpenResult *result);

    std::unique_ptr<asf::AsfFile> m_file;
    std::unique_ptr<FilePacketFeed> m_feed; // refers to *m_file: declared after it
    QPointer<LiveSource> m_live; // counts this session as a viewer while set
    bool m_waiting = false; // m_live has no header yet
    QString m_path;
    StrideIndex m_strideIndex; // of m_file, once m_strideIndexTried
    bool m_strideIndexTried = false;
    QStringList m_entries; // canonical paths, playlists only
    qsizetype m_entryIndex = 0;
};
