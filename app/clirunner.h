// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clioptions.h"
#include "core/session/mmssession.h"

#include <QObject>

class Recorder;

// Runs one command-line mode (--record or --list-streams) on an MmsSession and reports the exit
// code with finished(). Errors are printed as one line on stderr, e.g.
// "mmsplayer: server says: file not found (0x80070002)".
class CliRunner : public QObject
{
    Q_OBJECT
public:
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
    void printStreams(const asf::Header &header) const;

    CliOptions m_options;
    MmsSession *m_session;
    Recorder *m_recorder = nullptr;
    int m_exitCode = CliOptions::ExitOk;
    bool m_failed = false;
    bool m_finished = false;
};

// Exit code for a session error (documented in --help).
int exitCodeFor(MmsSession::Error error);
