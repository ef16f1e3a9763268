// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clioptions.h"

#include <QFile>
#include <cstring>

namespace {

// Options that only exist in the command-line modes; their presence alone selects the CLI.
const char *const CliOnlyOptions[] = {"--record", "--list-streams", "--help", "-h", "--version",
    "-v", "--duration", "--start", "--streams", "--max-bitrate", "--timeout", "--quiet", "--user",
    "--password-file", "--password"};

bool isCliOption(const char *arg)
{
    for (const char *option : CliOnlyOptions) {
        const size_t n = std::strlen(option);
        if (std::strncmp(arg, option, n) == 0 && (arg[n] == '\0' || arg[n] == '='))
            return true;
    }
    return false;
}

bool parseSeconds(const QString &text, double &out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0) || v > 1.0e7)
        return false;
    out = v;
    return true;
}

// The first line of FILE (without its line end); false and `error` when it cannot be read.
bool readPasswordFile(const QString &path, QString &password, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = CliOptions::tr("--password-file: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // A password is one short line: more than this is not a password file.
    constexpr qint64 MaxLineBytes = 4096;
    QByteArray line = file.readLine(MaxLineBytes + 1);
    if (line.size() > MaxLineBytes) {
        error = CliOptions::tr("--password-file: the first line of %1 is too long").arg(path);
        return false;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    password = QString::fromUtf8(line);
    return true;
}

} // namespace

bool isCliInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i] && isCliOption(argv[i]))
            return true;
    }
    return false;
}

CliOptions parseCliOptions(const QStringList &arguments)
{
    CliOptions o;
    auto invalid = [&o](const QString &why) {
        o.mode = CliOptions::Mode::Invalid;
        o.error = why;
        return o;
    };
    QStringList positional;
    bool record = false;
    bool list = false;
    QString passwordFile;
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        auto takeValue = [&](QString &out) {
            if (hasInlineValue) {
                out = value;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            out = arguments.at(++i);
            return true;
        };
        QString v;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            o.mode = CliOptions::Mode::Help;
            return o;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            o.mode = CliOptions::Mode::Version;
            return o;
        } else if (arg == QLatin1String("--record")) {
            if (!takeValue(v) || v.isEmpty())
                return invalid(CliOptions::tr("--record needs an output file"));
            o.outputPath = v;
            record = true;
        } else if (arg == QLatin1String("--list-streams")) {
            list = true;
        } else if (arg == QLatin1String("--duration")) {
            if (!takeValue(v) || !parseSeconds(v, o.durationSeconds) || o.durationSeconds <= 0)
                return invalid(CliOptions::tr("--duration needs a number of seconds above 0"));
        } else if (arg == QLatin1String("--start")) {
            if (!takeValue(v) || !parseSeconds(v, o.startSeconds))
                return invalid(CliOptions::tr("--start needs a number of seconds"));
        } else if (arg == QLatin1String("--streams")) {
            if (!takeValue(v))
                return invalid(CliOptions::tr("--streams needs a list like 1,3"));
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = part.trimmed().toInt(&ok);
                if (!ok || n < 1 || n > 127)
                    return invalid(CliOptions::tr("--streams: \"%1\" is not a stream number (1..127)").arg(part));
                o.streams.append(n);
            }
            if (o.streams.isEmpty())
                return invalid(CliOptions::tr("--streams needs a list like 1,3"));
        } else if (arg == QLatin1String("--max-bitrate")) {
            bool ok = false;
            const qulonglong bps = takeValue(v) ? v.toULongLong(&ok) : 0;
            if (!ok || bps == 0 || bps > 0xFFFFFFFFull)
                return invalid(CliOptions::tr("--max-bitrate needs bits per second, e.g. 200000"));
            o.maxBitrate = quint32(bps);
        } else if (arg == QLatin1String("--timeout")) {
            double seconds = 0;
            if (!takeValue(v) || !parseSeconds(v, seconds) || seconds < 0.1 || seconds > 3600)
                return invalid(CliOptions::tr("--timeout needs seconds between 0.1 and 3600"));
            o.timeoutMs = int(seconds * 1000.0);
        } else if (arg == QLatin1String("--quiet")) {
            o.quiet = true;
        } else if (arg == QLatin1String("--user")) {
            if (!takeValue(v) || v.isEmpty())
                return invalid(CliOptions::tr("--user needs a user name (DOMAIN\\name for NTLM)"));
            o.user = v;
        } else if (arg == QLatin1String("--password-file")) {
            if (!takeValue(v) || v.isEmpty())
                return invalid(CliOptions::tr("--password-file needs a file"));
            passwordFile = v;
        } else if (arg == QLatin1String("--password")) {
            return invalid(CliOptions::tr("a password is not taken on the command line (others "
                                          "could read it): use --password-file FILE or the "
                                          "environment variable MMSPLAYER_PASSWORD"));
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return invalid(CliOptions::tr("unknown option %1").arg(arg));
        } else {
            positional.append(arguments.at(i));
        }
    }
    if (!passwordFile.isEmpty() && o.user.isEmpty())
        return invalid(CliOptions::tr("--password-file needs --user"));
    if (!o.user.isEmpty()) {
        QString error;
        if (!passwordFile.isEmpty()) {
            if (!readPasswordFile(passwordFile, o.password, error))
                return invalid(error);
        } else if (qEnvironmentVariableIsSet("MMSPLAYER_PASSWORD")) {
            o.password = qEnvironmentVariable("MMSPLAYER_PASSWORD");
        } else {
            return invalid(CliOptions::tr("--user needs a password: --password-file FILE or the "
                                          "environment variable MMSPLAYER_PASSWORD"));
        }
    }
    if (record && list)
        return invalid(CliOptions::tr("--record and --list-streams cannot be combined"));
    if (!record && !list)
        return invalid(
            CliOptions::tr("--duration, --start, --streams, --max-bitrate, --timeout, "
                           "--user and --password-file need --record or --list-streams"));
    if (positional.size() != 1)
        return invalid(positional.isEmpty() ? CliOptions::tr("no URL given")
                                             : CliOptions::tr("only one URL, please"));
    o.url = QUrl::fromUserInput(positional.first());
    const QString scheme = o.url.scheme().toLower();
    if (scheme != QLatin1String("mms") && scheme != QLatin1String("mmst")
        && scheme != QLatin1String("mmsh") && scheme != QLatin1String("http"))
        return invalid(CliOptions::tr("\"%1\" is not an mms://, mmst://, mmsh:// or http:// URL")
                           .arg(positional.first()));
    o.mode = record ? CliOptions::Mode::Record : CliOptions::Mode::ListStreams;
    return o;
}

QString cliHelpText()
{
    // One message, so a translator sees the layout and can line up the columns.
    return CliOptions::tr(
            "Usage: mmsplayer [URL]                      play in the window\n"
            "       mmsplayer --record OUT.asf [options] URL\n"
            "       mmsplayer --list-streams [options] URL\n"
            "\n"
            "Plays and records Microsoft Media Server streams: mmst:// (MMS over TCP), mmsh://\n"
            "and http:// (MMS over HTTP), mms:// (TCP first, then HTTP on port 80).\n"
            "\n"
            "Options:\n"
            "  --record FILE        write the stream to FILE as a complete ASF file\n"
            "  --list-streams       print the streams, title, author and duration, then quit\n"
            "  --duration SECONDS   record only this much content, then stop politely\n"
            "  --start SECONDS      start at this position\n"
            "  --streams N,M        record these ASF stream numbers (see --list-streams)\n"
            "  --max-bitrate BPS    choose the best audio and video that fit this bit rate\n"
            "  --timeout SECONDS    give up when the server is silent this long (default 10)\n"
            "  --quiet              no progress line\n"
            "  --user NAME          log in as NAME (DOMAIN\\NAME for NTLM) if the server asks\n"
            "  --password-file FILE the password is the first line of FILE; without it, the\n"
            "                       environment variable MMSPLAYER_PASSWORD\n"
            "  -h, --help           this text\n"
            "  -v, --version        the version\n"
            "\n"
            "Exit codes:\n"
            "  0  done (end of stream, --duration reached, or streams listed)\n"
            "  1  usage error\n"
            "  2  network error: host not found, connection refused or lost, timeout\n"
            "  3  the server refused: file not found, access denied, authentication, ...\n"
            "  4  protocol error: the server sent something invalid\n"
            "  5  the output file could not be written\n");
}
