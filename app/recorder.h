// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/asfrecordwriter.h"
#include "core/session/mmssession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Drives an MmsSession for --record: starts playing once the header is in, writes header and
// packets to an AsfRecordWriter, stops after --duration seconds of content (StopPlaying, Logging,
// CloseFile) and finishes the file. Reports the end with finished(); errors of the session are the
// caller's to print (CliRunner), errors of the file come with fileError().
class Recorder : public QObject
{
    Q_OBJECT
public:
    Recorder(MmsSession *session, const QString &outputPath, QObject *parent = nullptr);

    void setStartSeconds(double seconds) { m_startSeconds = seconds; }
    void setDurationSeconds(double seconds) { m_durationSeconds = seconds; } // 0 = all
    void setProgressEnabled(bool enabled) { m_progress = enabled; }

    bool openFile(); // false + fileError()
    QString fileError() const { return m_file.errorString(); }
    // Seconds of content written so far (send times of the packets, first to last).
    double recordedSeconds() const;

signals:
    void fileFailed(const QString &error);
    // The recording is complete and the file finished; the session is closing politely.
    void recordingFinished();

private:
    void handleHeader(const asf::Header &header, const QByteArray &bytes);
    void handlePacket(quint32 locationId, const QByteArray &packet);
    void handleEndOfStream(quint32 hr);
    void handleStreamChanged();
    void complete();
    void printProgress(bool final);

    MmsSession *m_session;
    AsfRecordWriter m_file;
    QString m_path;
    double m_startSeconds = 0.0;
    double m_durationSeconds = 0.0;
    bool m_progress = false;
    bool m_headerWritten = false;
    bool m_stopping = false; // enough content: later packets are not written
    bool m_done = false;
    quint32 m_packetSize = 0;
    bool m_haveFirstSendTime = false;
    quint32 m_firstSendTime = 0;
    quint32 m_lastSendTime = 0;
    QTimer m_progressTimer;
};
