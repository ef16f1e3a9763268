// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/asfrecordwriter.h"

#include <QObject>
#include <QString>

#include <memory>

class MmsSession;
class PlaybackController;

// File → Save Stream As: writes what is being played to an ASF file. The file starts with the
// ASF header the session received when the stream was opened, followed by every padded data
// packet that arrives from the moment of saving on (saving right after opening, before the first
// packet, therefore keeps the whole stream). A pause, resume or seek goes on writing the packets
// of the next play. The recording ends when the content ends, the user stops or opens something
// else, the server changes to another playlist entry (a new header), or stop() is called; the
// writer then fixes the packet counts and sizes of the header (see AsfRecordWriter).
class StreamRecorder : public QObject
{
    Q_OBJECT
public:
    StreamRecorder(PlaybackController *controller, QObject *parent = nullptr);
    ~StreamRecorder() override;

    bool isRecording() const { return m_recording; }
    QString fileName() const { return m_path; }
    quint64 packetsWritten() const { return m_file ? m_file->packetsWritten() : 0; }

    // Starts writing to `path`; false (and errorOccurred) when the file cannot be created.
    bool start(const QString &path);

public slots:
    void stop();

signals:
    void started(const QString &path);
    void finished(const QString &path, quint64 packets);
    void errorOccurred(const QString &text);

private:
    void handleHeader();
    void handlePacket(quint32 locationId, const QByteArray &packet);
    bool writeHeader();
    void fail(const QString &detail);

    PlaybackController *m_controller;
    MmsSession *m_session;
    std::unique_ptr<AsfRecordWriter> m_file;
    QString m_path;
    bool m_recording = false;
    bool m_headerWritten = false;
};
