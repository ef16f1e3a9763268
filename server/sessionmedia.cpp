// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sessionmedia.h"

#include "core/logging.h"
#include "core/protocol/datapacket.h"
#include "core/protocol/mmsconstants.h"
#include "server/livesource.h"
#include "server/strideindex.h"

#include <cmath>

using namespace mms;

SessionMedia::SessionMedia() = default;
SessionMedia::~SessionMedia()
{
    close(); // a session that goes (closed, dropped) is no longer a viewer
}

SessionMedia::OpenResult SessionMedia::open(
    const MediaLookup &lookup, const QMap<QString, LiveSource *> &liveSources, qsizetype entry)
{
    close();
    OpenResult result;
    switch (lookup.kind) {
    case MediaLookup::Kind::File:
        openFile(lookup.path, &result);
        break;
    case MediaLookup::Kind::Live: {
        LiveSource *live = liveSources.value(lookup.liveName);
        if (!live || (!live->hasHeader() && !live->isFed())) {
            result.hr = Hresult::FileNotFound;
            result.reason = QStringLiteral("live source gone");
            break;
        }
        // A publishing point whose encoder, or a relay whose upstream, has not sent a header
        // yet: the session waits for it (a relay on demand starts for this very viewer).
        m_live = live;
        m_waiting = !live->hasHeader();
        result.waiting = m_waiting;
        live->addViewer();
        break;
    }
    case MediaLookup::Kind::Playlist:
        // The first entry that opens is the one ReportOpenFile describes.
        for (qsizetype i = 0; i < lookup.entries.size(); ++i) {
            if (openFile(lookup.entries.at(i), &result)) {
                m_entries = lookup.entries;
                m_entryIndex = i;
                break;
            }
        }
        for (qsizetype n = 0; result.hr == 0 && n < entry; ++n) {
            if (!openNextEntry()) {
                close();
                result.hr = Hresult::FileNotFound;
                result.reason = QStringLiteral("the playlist has no entry %1").arg(entry + 1);
            }
        }
        break;
    case MediaLookup::Kind::Redirect:
    case MediaLookup::Kind::Refused:
        result.hr = lookup.hr ? lookup.hr : Hresult::FileOpenFailed;
        result.reason = lookup.reason;
        break;
    }
    return result;
}

bool SessionMedia::openFile(const QString &path, OpenResult *result)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(path);
    if (!opened.ok()) {
        result->hr = opened.error.status == asf::AsfStatus::IoError ? Hresult::FileOpenFailed : Hresult::InvalidData;
        result->reason = QStringLiteral("not valid ASF: %1 (%2)")
                             .arg(QString::fromLatin1(asf::asfStatusName(opened.error.status)), opened.error.what);
        qCWarning(lcMmsServer).noquote() << QStringLiteral("\"%1\": %2").arg(path, result->reason);
        return false;
    }
    m_feed.reset();
    m_strideIndex = StrideIndex();
    m_strideIndexTried = false; // each file gets its own key-frame index
    m_file = std::move(opened.file);
    m_feed = std::make_unique<FilePacketFeed>(*m_file);
    m_path = path;
    *result = {};
    return true;
}

void SessionMedia::close()
{
    m_strideIndex = StrideIndex();
    m_strideIndexTried = false;
    m_feed.reset();
    m_file.reset();
    if (LiveSource *live = m_live.data()) {
        m_live.clear();
        live->removeViewer();
    }
    m_waiting = false;
    m_path.clear();
    m_entries.clear();
    m_entryIndex = 0;
}

bool SessionMedia::finishWaiting()
{
    if (m_waiting && m_live && m_live->hasHeader())
        m_waiting = false;
    return isOpen();
}

bool SessionMedia::isOpen() const
{
    return (m_file || m_live) && !m_waiting;
}

bool SessionMedia::isLive() const
{
    return !m_live.isNull();
}

LiveSource *SessionMedia::live() const
{
    return m_live.data();
}

QString SessionMedia::description() const
{
    if (m_live)
        return QStringLiteral("live");
    if (isPlaylist())
        return QStringLiteral("%1, entry %2 of %3").arg(m_path).arg(m_entryIndex + 1).arg(m_entries.size());
    return m_path;
}

const asf::Header &SessionMedia::header() const
{
    return m_file ? m_file->header() : m_live->header();
}

const QByteArray &SessionMedia::headerBytes() const
{
    return m_file ? m_file->mmsHeaderBytes() : m_live->headerBytes();
}

quint32 SessionMedia::packetSize() const
{
    return m_file ? m_file->packetSize() : m_live->packetSize();
}

quint32 SessionMedia::bitRate() const
{
    return header().totalBitrate();
}

void SessionMedia::fillOpenFileReply(ReportOpenFile &reply) const
{
    // MS-MMSP 2.2.4.7 / notes §7.5: openFileId is always 1 (VLC rejects anything but 1 or 2).
    reply.openFileId = 1;
    reply.filePacketSize = packetSize();
    reply.fileBitRate = bitRate();
    reply.fileHeaderSize = quint32(headerBytes().size());
    if (m_live) {
        // MS-MMSP notes §9.7: a broadcast has no duration, no packet count and no seeking.
        reply.fileAttributes = FileAttribute::Broadcast;
        return;
    }
    reply.fileAttributes = FileAttribute::CanSeek;
    // CANSTRIDE: fast-forward and rewind need key frames to show; we index the first video
    // stream's at the first StartStriding (server/strideindex.h). Audio-only files cannot.
    if (canStride())
        reply.fileAttributes |= FileAttribute::CanStride;
    // MS-MMSP 2.2.4.7: PLAYLIST marks an entry of a server-side playlist; the other fields
    // describe the first entry, later ones come with ReportStreamChange.
    if (isPlaylist())
        reply.fileAttributes |= FileAttribute::Playlist;
    const double duration = header().durationSeconds();
    reply.fileDuration = duration > 0 ? duration : 0.0;
    reply.fileBlocks = quint32(std::ceil(reply.fileDuration));
    reply.filePacketCount = m_file->packetCount();
}

bool SessionMedia::canStride() const
{
    return m_file && !m_live && StrideIndex::strideStream(m_file->header()) != 0;
}

const StrideIndex *SessionMedia::strideIndex(QString *reason)
{
    if (!m_file || m_live) {
        *reason = QStringLiteral("no on-demand file open");
        return nullptr;
    }
    if (!m_strideIndexTried) {
        m_strideIndexTried = true;
        const int stream = StrideIndex::strideStream(m_file->header());
        if (stream == 0 || !m_strideIndex.build(*m_file, stream, reason))
            m_strideIndex = StrideIndex();
        else
            qCInfo(lcMmsServer).noquote()
                << QStringLiteral("%1: %2 key frames of stream %3 indexed")
                       .arg(description())
                       .arg(m_strideIndex.keyFrames().size())
                       .arg(stream);
    }
    if (m_strideIndex.isEmpty()) {
        if (reason->isEmpty())
            *reason = StrideIndex::strideStream(m_file->header()) == 0
                ? QStringLiteral("the file has no video stream")
                : QStringLiteral("the file's video stream has no key frame");
        return nullptr;
    }
    return &m_strideIndex;
}

qsizetype SessionMedia::strideStartFrame(const StartPlaying &where, double rate) const
{
    if (!m_file || m_strideIndex.isEmpty())
        return -1;
    quint64 packet = m_feed->startPacketFor(where);
    const bool forward = rate > 0;
    const bool noPosition = where.locationId == 0xFFFFFFFF && where.asfOffset == 0xFFFFFFFF
        && !(std::isfinite(where.position) && where.position > 0.0 && where.position < 4.0e6);
    if (!forward && noPosition)
        packet = m_file->packetCount(); // rewind from the end
    return m_strideIndex.startFor(packet, forward);
}

QList<QByteArray> SessionMedia::headerDataPackets(quint8 incarnation) const
{
    const QByteArray &header = headerBytes();
    const qsizetype chunk = qBound<qsizetype>(1, packetSize(), DataPacket::MaxPayload);
    QList<QByteArray> packets;
    quint32 location = 0;
    for (qsizetype at = 0; at < header.size(); at += chunk, ++location) {
        DataPacket packet;
        packet.locationId = location;
        packet.playIncarnation = incarnation;
        packet.afFlags = at + chunk >= header.size() ? HeaderFragmentLast : HeaderFragmentMore;
        packet.payload = header.mid(at, chunk);
        packets.append(packet.encode());
    }
    return packets;
}

bool SessionMedia::openNextEntry()
{
    // Entries are opened one at a time, when they are due; a broken one is skipped. The current
    // entry stays open until the next one has opened, so "no next entry" leaves it playable.
    for (qsizetype i = m_entryIndex + 1; i < m_entries.size(); ++i) {
        OpenResult result;
        if (openFile(m_entries.at(i), &result)) {
            m_entryIndex = i;
            return true;
        }
    }
    return false;
}
