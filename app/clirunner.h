// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clioptions.h"
#include "core/asf/asfstreamratemeter.h"
#include "core/session/mmssession.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Recorder;

// Runs one command-line mode (--record or --list-streams) on an MmsSession and reports the exit
// code with finished(). Errors are printed as one line on stderr, e.g.
// "mmsplayer: server says: file not found (0x80070002)".
// --list-streams prints once the header is in; when the header does not state the bit rate of an
// audio or video stream (ffmpeg writes none for video), it first plays every such stream until
// MeasureMs of its content has come (or the content ends, or MaxMeasureWaitMs has passed) and
// prints the measured rate, marked as measured.
class CliRunner : public QObject {
    Q_OBJECT
public:
    static constexpr quint64 MeasureMs = 3000;
    static constexpr int MaxMeasureWaitMs = 8000;

    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void handleHeader(const asf::Header &header);
    void handleError(MmsSession::Error error, quint32 hr, const QString &detail);
    void handleFileError(const QString &error);
    void handleClosed();
    void finish(int exitCode);
    void measurePacket(quint32 locationId, const QByteArray &packet);
    void finishListing();
    void printStreams(const asf::Header &header, const QHash<int, quint32> &measured) const;

    CliOptions m_options;
    MmsSession *m_session;
    Recorder *m_recorder = nullptr;
    int m_exitCode = CliOptions::ExitOk;
    bool m_failed = false;
    bool m_finished = false;
    // --list-streams
    asf::Header m_header;
    QList<int> m_defaultStreams; // what plays by default (marked *), before measuring
    QSet<int> m_measuring; // streams of unknown bit rate
    asf::StreamRateMeter m_meter;
    bool m_listing = false; // the header is in: later headers (a stream change) are not listed
    bool m_listed = false;
};

// Exit code for a session error (documented in --help).
int exitCodeFor(MmsSession::Error error);
