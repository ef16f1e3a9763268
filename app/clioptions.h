// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The command-line modes of mmsplayer (no window): --record, --list-streams, --help, --version.
// Anything else runs the window (runGui).
struct CliOptions
{
    // The command line's words are translated too (context "CliOptions"); main() installs the
    // catalogue of the system's language.
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Mode { Gui, Help, Version, Record, ListStreams, Invalid };

    // Exit codes, as documented by --help.
    enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitNetwork = 2, ExitServer = 3, ExitProtocol = 4, ExitFile = 5 };

    Mode mode = Mode::Gui;
    QString error; // Mode::Invalid: what is wrong, one line
    QString outputPath;
    QUrl url;
    double durationSeconds = 0.0; // 0 = the whole stream
    double startSeconds = 0.0;
    QList<int> streams; // empty = the default choice
    quint32 maxBitrate = 0; // 0 = unlimited
    int timeoutMs = 10000;
    bool quiet = false; // no progress line
    // Credentials for a server that asks (--user; the password from --password-file's first
    // line or MMSPLAYER_PASSWORD, never from the command line, where `ps` would show it).
    QString user; // empty = none: a server that asks gets no answer (exit 3)
    QString password;
};

// True if argv asks for a command-line mode (decided before any application object exists, so
// the CLI never needs a display).
bool isCliInvocation(int argc, char **argv);

// `arguments` includes the program name first, as QCoreApplication::arguments() does.
CliOptions parseCliOptions(const QStringList &arguments);

QString cliHelpText();
