// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTemporaryFile>
#include <QTimer>
#include <memory>

// One file served in a loop as a broadcast (--live NAME=FILE; an ASF file or a raw MMSH
// recording, server/mmshrecording.h). It runs on its own clock from the
// moment the server starts, whether or not anyone listens, so a client that joins later starts
// mid-stream (MS-MMSP notes §9.7). Packets carry a virtual LocationId that keeps counting across
// loops; each loop's send and presentation times are shifted by the loop length so they keep
// increasing (core/asf/asfpackettimes.h).
//
// A fed source (createFed) has no file: a pushing encoder (server/pushingestsession.h) or an
// upstream relay (server/relaysource.h) gives it the header and then each packet as it comes.
//
// Each packet goes out with whether it starts a key frame of the video stream (every packet
// does when there is no video), so that a client joining late starts at a key frame, not
// mid-GOP, as Windows Media Services did.
class LiveSource : public QObject
{
    Q_OBJECT
public:
    struct OpenResult;
    static OpenResult open(const QString &name, const QString &path, QObject *parent = nullptr);

    // A source without a file, fed with setHeader() and feedPacket(); no clock of its own.
    static LiveSource *createFed(const QString &name, QObject *parent = nullptr);

    const QString &name() const { return m_name; }
    // The file of a looped source; fed sources have none.
    const asf::AsfFile &file() const { return *m_file; }
    const asf::Header &header() const { return m_file ? m_file->header() : m_fedHeader; }
    // A fed source has nothing to serve until its first header.
    bool hasHeader() const { return !m_header.isEmpty(); }
    // Fed by an encoder or a relay (createFed): its header may still come.
    bool isFed() const { return !m_file; }
    // The ASF file header with the broadcast flag set and the file size, duration and packet
    // counts zeroed (ASF 3.2: invalid when broadcasting); same size as the file's.
    const QByteArray &headerBytes() const { return m_header; }
    quint32 packetSize() const { return header().packetSize(); }
    quint32 bitrate() const;
    // LocationId the next packet will carry.
    quint32 nextLocationId() const { return m_locationId; }

    void start();

    // Fed sources: the ASF header (Header Object and the Data Object's 50-byte preamble, as
    // MMS sends it). False, with `error`, if it does not parse or its packet size is not one an
    // MMSH $D can carry. A new header replaces the old one for clients that join later.
    bool setHeader(const QByteArray &mmsHeader, QString *error);
    // One data packet (padded to the packet size here). False if there is no header yet or the
    // packet does not parse; it is then dropped.
    bool feedPacket(const QByteArray &packet);
    // Fed sources: the feed has ended (the encoder sent its end of stream, or went). Clients
    // get end of stream (ended()); the source has no header until the next one comes.
    void end();
    // Viewers: sessions that have this source open, or wait for its header (SessionMedia
    // holds one count per session). A relay connects its upstream only while there are any.
    int viewers() const { return m_viewers; }
    void addViewer();
    void removeViewer();
    // True if `packet` holds the start of a key frame of `keyStream` (0: any packet does).
    static bool startsKeyFrame(const QByteArray &packet, quint32 packetSize, int keyStream);
    // The stream whose key frames late joiners wait for: the first video stream, else 0.
    static int keyStreamOf(const asf::Header &header);

signals:
    // A live packet, full size, times already shifted for the current loop; keyFrameStart when
    // a late joiner may start with it.
    void packetReady(quint32 locationId, const QByteArray &packet, bool keyFrameStart);
    // A fed source's broadcast is over (end()).
    void ended();
    // A fed source got a header that differs from the one it was serving (an upstream that
    // restarted with other content, an encoder's $C and new $H): clients that are playing get
    // a stream change to it, as between playlist entries.
    void headerChanged();
    // A fed source got a header after having none (the first, or the first after end()):
    // clients waiting for the broadcast to start may now open it.
    void headerReady();
    // addViewer()/removeViewer() changed the count.
    void viewersChanged(int viewers);

private:
    LiveSource(const QString &name, std::unique_ptr<asf::AsfFile> file, QObject *parent);
    void tick();
    LiveSource(const QString &name, QObject *parent);
    static QByteArray makeBroadcastHeader(QByteArray header);

    QString m_name;
    std::unique_ptr<asf::AsfFile> m_file;
    QByteArray m_header;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_index = 0; // packet of the file that goes out next
    quint32 m_locationId = 0;
    qint64 m_loopStartMs = 0; // clock time at which the current loop began
    quint32 m_loop = 0;
    quint32 m_firstSendTime = 0;
    quint32 m_loopLengthMs = 0;
    bool m_retimeWarned = false;
    asf::Header m_fedHeader;
    int m_keyStream = 0;
    int m_viewers = 0;
    // --live of a raw MMSH recording: the ASF file made of it (server/mmshrecording.h).
    std::unique_ptr<QTemporaryFile> m_converted;
};

struct LiveSource::OpenResult
{
    LiveSource *source = nullptr;
    QString error;
};
