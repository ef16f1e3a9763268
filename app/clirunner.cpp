#include "app/clirunner.h"

#include "app/recorder.h"
#include "core/session/hresulttext.h"
#include "core/session/streamselector.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

void printError(const QString &line)
{
    std::fprintf(stderr, "mmsplayer: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString kbps(quint32 bitrate)
{
    return bitrate ? QStringLiteral("%1 kbit/s").arg(bitrate / 1000.0, 0, 'f', 1) : QStringLiteral("? kbit/s");
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

int exitCodeFor(MmsSession::Error error)
{
    using E = MmsSession::Error;
    switch (error) {
    case E::None:
        return CliOptions::ExitOk;
    case E::InvalidUrl:
        return CliOptions::ExitUsage;
    case E::HostNotFound:
    case E::ConnectionRefused:
    case E::ConnectionLost:
    case E::Timeout:
        return CliOptions::ExitNetwork;
    case E::ServerError:
    case E::AuthenticationRequired:
    case E::TooManyRedirects:
    case E::NoStreams:
        return CliOptions::ExitServer;
    case E::ProtocolError:
    case E::UnexpectedMessage:
    case E::InvalidHeader:
    case E::PacketTooLarge:
        return CliOptions::ExitProtocol;
    }
    return CliOptions::ExitProtocol;
}

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_session(new MmsSession(this))
{
    m_session->setTimeout(options.timeoutMs);
    m_session->setMaxBitrate(options.maxBitrate);
    if (!options.streams.isEmpty())
        m_session->selectStreams(options.streams);
    connect(m_session, &MmsSession::errorOccurred, this, &CliRunner::handleError);
    connect(m_session, &MmsSession::closed, this, &CliRunner::handleClosed);
    connect(m_session, &MmsSession::reconnecting, this, [this](int attempt, int maxAttempts) {
        if (!m_options.quiet)
            printError(QStringLiteral("connection lost; reconnecting (%1 of %2)").arg(attempt).arg(maxAttempts));
    });
    if (options.mode == CliOptions::Mode::ListStreams) {
        connect(m_session, &MmsSession::headerReceived, this, &CliRunner::handleHeader);
    } else {
        m_recorder = new Recorder(m_session, options.outputPath, this);
        m_recorder->setStartSeconds(options.startSeconds);
        m_recorder->setDurationSeconds(options.durationSeconds);
        m_recorder->setProgressEnabled(!options.quiet && isatty(fileno(stderr)));
        connect(m_recorder, &Recorder::fileFailed, this, &CliRunner::handleFileError);
    }
}

void CliRunner::start()
{
    if (m_recorder && !m_recorder->openFile()) {
        printError(QStringLiteral("cannot write %1").arg(m_recorder->fileError()));
        finish(CliOptions::ExitFile);
        return;
    }
    m_session->open(m_options.url);
}

void CliRunner::handleHeader(const asf::Header &header)
{
    printStreams(header);
    m_session->close(); // CloseFile, then the socket closes: handleClosed() ends the run
}

void CliRunner::printStreams(const asf::Header &header) const
{
    QTextStream out(stdout);
    const QList<int> chosen = m_session->selectedStreams();
    out << "Title:    " << orDash(header.title) << '\n';
    out << "Author:   " << orDash(header.author) << '\n';
    out << "Duration: "
        << (header.file.broadcast ? QStringLiteral("live") : QStringLiteral("%1 s").arg(header.durationSeconds(), 0, 'f', 3))
        << '\n';
    out << "Streams (* = played by default):\n";
    for (const asf::Stream &s : header.streams) {
        QString type;
        QString detail;
        switch (s.type) {
        case asf::StreamType::Audio:
            type = QStringLiteral("audio");
            detail = QStringLiteral("%1 Hz, %2 ch").arg(s.sampleRate).arg(s.channels);
            break;
        case asf::StreamType::Video:
            type = QStringLiteral("video");
            detail = QStringLiteral("%1x%2").arg(s.width).arg(s.height);
            break;
        case asf::StreamType::Command:
            type = QStringLiteral("command");
            detail = QStringLiteral("-");
            break;
        case asf::StreamType::Other:
            type = QStringLiteral("other");
            detail = QStringLiteral("-");
            break;
        }
        out << (chosen.contains(s.number) ? "* " : "  ") << s.number << "  " << type << "  "
            << orDash(s.codec) << "  " << kbps(s.bitrate) << "  " << detail
            << "  language: " << orDash(s.language) << "  name: " << orDash(s.name) << '\n';
    }
    out.flush();
}

void CliRunner::handleError(MmsSession::Error error, quint32 hr, const QString &detail)
{
    m_failed = true;
    m_exitCode = exitCodeFor(error);
    if (error == MmsSession::Error::ServerError)
        printError(QStringLiteral("server says: %1 (0x%2)").arg(describeHresult(hr)).arg(hr, 8, 16, QLatin1Char('0')));
    else
        printError(detail);
}

void CliRunner::handleFileError(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_exitCode = CliOptions::ExitFile;
    printError(QStringLiteral("cannot write %1").arg(error));
    m_session->abort();
}

void CliRunner::handleClosed()
{
    // A close that was not the end of a recording (the server went away after the header, ...)
    // still must not exit 0 for --record with nothing finished.
    finish(m_exitCode);
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}
