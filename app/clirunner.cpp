// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clirunner.h"

#include "app/recorder.h"
#include "core/session/hresulttext.h"
#include "core/session/streamselector.h"

#include <QTextStream>
#include <QTimer>

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
    return bitrate ? CliRunner::tr("%1 kbit/s").arg(bitrate / 1000.0, 0, 'f', 1) : CliRunner::tr("? kbit/s");
}

// "Title:" etc. padded to one width, so the values line up in any language. A full-width colon
// (Chinese, Japanese) carries its own space.
QString label(const QString &text, qsizetype width)
{
    const QString padded = text.leftJustified(width);
    return padded.endsWith(QChar(0xFF1A)) ? padded : padded + QLatin1Char(' ');
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
    case E::AuthenticationFailed:
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
    if (!options.user.isEmpty())
        m_session->setCredentials(options.user, options.password);
    // No one to ask: the credentials given (or none) were the only chance.
    connect(
        m_session, &MmsSession::credentialsRequired, m_session, &MmsSession::cancelAuthentication);
    connect(m_session, &MmsSession::closed, this, &CliRunner::handleClosed);
    connect(m_session, &MmsSession::reconnecting, this, [this](int attempt, int maxAttempts) {
        if (!m_options.quiet)
            printError(tr("connection lost; reconnecting (%1 of %2)").arg(attempt).arg(maxAttempts));
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
        //: %1 is the file's name and the reason, e.g. "out.asf: Permission denied".
        printError(tr("cannot write %1").arg(m_recorder->fileError()));
        finish(CliOptions::ExitFile);
        return;
    }
    m_session->open(m_options.url);
}

void CliRunner::handleHeader(const asf::Header &header)
{
    if (m_listing)
        return;
    m_listing = true;
    m_header = header;
    m_defaultStreams = m_session->selectedStreams();
    QList<int> media;
    for (const asf::Stream &s : header.streams) {
        if (s.type != asf::StreamType::Audio && s.type != asf::StreamType::Video)
            continue;
        media.append(s.number);
        if (s.bitrate == 0)
            m_measuring.insert(s.number);
    }
    if (m_measuring.isEmpty()) {
        finishListing();
        return;
    }
    // Every audio and video stream plays, so each unknown one is measured, not only the default.
    m_meter.reset(header.packetSize());
    connect(m_session, &MmsSession::dataPacketReceived, this, &CliRunner::measurePacket);
    connect(m_session, &MmsSession::endOfStream, this, &CliRunner::finishListing);
    QTimer::singleShot(MaxMeasureWaitMs, this, &CliRunner::finishListing);
    m_session->selectStreams(media);
    m_session->startPlaying(0.0);
}

void CliRunner::measurePacket(quint32, const QByteArray &packet)
{
    m_meter.addPacket(packet);
    for (int number : std::as_const(m_measuring)) {
        if (m_meter.spanMs(number) < MeasureMs)
            return;
    }
    finishListing();
}

void CliRunner::finishListing()
{
    if (m_listed || m_finished)
        return;
    m_listed = true;
    disconnect(m_session, &MmsSession::dataPacketReceived, this, &CliRunner::measurePacket);
    printStreams(m_header, m_meter.bitrates());
    m_session->close(); // (StopPlaying,) CloseFile, then the socket closes: handleClosed() ends it
}

void CliRunner::printStreams(const asf::Header &header, const QHash<int, quint32> &measured) const
{
    QTextStream out(stdout);
    const QList<int> &chosen = m_defaultStreams;
    //: --list-streams output; the labels are padded to one width so the values line up.
    const QString title = tr("Title:");
    const QString author = tr("Author:");
    const QString duration = tr("Duration:");
    const QString transport = tr("Transport:");
    const qsizetype width = qMax(title.size(), qMax(author.size(), duration.size()));
    out << label(title, width) << orDash(header.title) << '\n';
    out << label(author, width) << orDash(header.author) << '\n';
    out << label(duration, width)
        //: The duration of a live broadcast, which has none.
        << (header.file.broadcast ? tr("live") : tr("%1 s").arg(header.durationSeconds(), 0, 'f', 3))
        << '\n';
    //: The wire in use: "MMS over TCP" or "MMS over HTTP" (protocol names, not translated).
    out << label(transport, width) << m_session->transportName() << '\n';
    out << tr("Streams (* = played by default):") << '\n';
    for (const asf::Stream &s : header.streams) {
        QString type;
        QString detail;
        switch (s.type) {
        case asf::StreamType::Audio:
            type = tr("audio");
            //: Sample rate and number of channels of an audio stream.
            detail = tr("%1 Hz, %2 ch").arg(s.sampleRate).arg(s.channels);
            break;
        case asf::StreamType::Video:
            type = tr("video");
            detail = QStringLiteral("%1x%2").arg(s.width).arg(s.height);
            break;
        case asf::StreamType::Command:
            type = tr("command");
            detail = QStringLiteral("-");
            break;
        case asf::StreamType::Other:
            type = tr("other");
            detail = QStringLiteral("-");
            break;
        }
        QString rate = kbps(s.bitrate);
        if (s.bitrate == 0 && measured.value(s.number) > 0)
            //: A bit rate the header does not state, measured from a few seconds of the data.
            rate = tr("~%1 kbit/s (measured)").arg(measured.value(s.number) / 1000.0, 0, 'f', 1);
        out << (chosen.contains(s.number) ? "* " : "  ") << s.number << "  " << type << "  "
            << orDash(s.codec) << "  " << rate << "  " << detail << "  "
            << tr("language: %1").arg(orDash(s.language)) << "  "
            << tr("name: %1").arg(orDash(s.name)) << '\n';
    }
    out.flush();
}

void CliRunner::handleError(MmsSession::Error error, quint32 hr, const QString &detail)
{
    m_failed = true;
    m_exitCode = exitCodeFor(error);
    if (error == MmsSession::Error::ServerError) {
        //: %1 is the server's error in words, %2 its hexadecimal HRESULT code.
        printError(
            tr("server says: %1 (0x%2)").arg(describeHresult(hr)).arg(hr, 8, 16, QLatin1Char('0')));
    } else if (error == MmsSession::Error::AuthenticationRequired) {
        printError(tr("the server asks for a user name and password (--user)"));
    } else if (error == MmsSession::Error::AuthenticationFailed) {
        //: %1 says why, e.g. the server refused the credentials of user "alice".
        printError(tr("authentication failed: %1").arg(detail));
    } else {
        // The core's detail is in the installed translator's language (core/ uses tr() too).
        printError(detail);
    }
}

void CliRunner::handleFileError(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_exitCode = CliOptions::ExitFile;
    //: %1 is the file's name and the reason, e.g. "out.asf: Permission denied".
    printError(tr("cannot write %1").arg(error));
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
