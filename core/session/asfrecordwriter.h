// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

// Writes a recording of an MMS play as an ASF file (Qt Core only, so the CLI recorder and the
// window's "Save stream as" share it). The file: the "ASF file header" exactly as the server
// sent it (Header Object + Data Object preamble), then every padded data packet in arrival
// order. finish() makes the file describe what it really holds. Compared with the file on the server, these fields
// legitimately differ:
//  - File Properties File Size: our file has no index objects after the Data Object, and fewer
//    packets when the recording is partial;
//  - File Properties Data Packets Count and the Data Object's Total Data Packets: the packets we
//    received (fewer with --duration or --start, or when stream selection left packets empty);
//  - the Data Object's size: 50 + packets x packet size.
// Play/Send Duration and the Preroll stay as the source had them (ASF demuxers take the real
// length from the packets they find). Every other byte is the server's. Fields of a broadcast
// header are fixed the same way, so the recording of a live stream is a plain seekable-size file.
//
// Use with MmsSession (any number of consumers may take its signals at once, e.g. a player and
// this writer): open(path); writeHeader(session->header(), session->headerBytes()) - at once if
// the header is in, else from headerReceived; then writePacket() for every dataPacketReceived;
// finish() at the end (endOfStream hr 0, stop, or a new headerReceived = new content). After a
// reconnect the session's packets continue without duplicates, so the writer just goes on.
// Every function returns false with errorString() on failure; writing after one is refused.
class AsfRecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(AsfRecordWriter) // errorString() is shown to the user

public:
    bool open(const QString &path);
    // `mmsHeader` is the "ASF file header" as the server sent it (MmsSession::headerBytes()).
    bool writeHeader(const asf::Header &header, const QByteArray &mmsHeader);
    bool writeHeader(const QByteArray &mmsHeader, qint64 headerObjectSize, quint32 packetSize);
    // One padded data packet (MmsSession::dataPacketReceived), exactly the header's packet size.
    bool writePacket(const QByteArray &packet);
    // Fixes the counts and sizes, flushes and closes. Safe to call twice.
    bool finish();

    bool isOpen() const { return m_file.isOpen(); }
    bool hasHeader() const { return m_filePropertiesOffset >= 0; }
    QString fileName() const { return m_file.fileName(); }

    quint64 packetsWritten() const { return m_packets; }
    qint64 bytesWritten() const { return m_bytes; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);
    bool patchU64(qint64 offset, quint64 value);

    QFile m_file;
    qint64 m_headerObjectSize = 0;
    qint64 m_filePropertiesOffset = -1; // of the File Properties object in the file
    quint32 m_packetSize = 0;
    quint64 m_packets = 0;
    qint64 m_bytes = 0;
    QString m_error;
};
