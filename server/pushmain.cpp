// SPDX-License-Identifier: GPL-3.0-or-later
// mms-push: pushes an ASF file, as a live encoder would, to a publishing point of mms-serve or
// of a Windows Media server ([MS-WMHTTP]). See docs/mms-serve.md "Broadcasting".
#include "mmsversion.h"
#include "server/pushclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mms-push"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMSPLAYER_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes FILE in real time to the publishing point URL (http://HOST:PORT/NAME) with the "
        "Windows Media HTTP Push Distribution Protocol."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption burstOption(QStringLiteral("burst"),
        QStringLiteral("Send as fast as the server reads, not at the content's pace."));
    const QCommandLineOption loopOption(QStringLiteral("loop"),
        QStringLiteral("Push the file N times (default 1)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("Log in as NAME (DOMAIN\\NAME for a Windows domain) when the server asks "
                       "(mms-serve --auth ntlm or basic): with NTLM when the server offers it, "
                       "else HTTP Basic. The password comes from --password-file or the "
                       "environment variable MMSPUSH_PASSWORD, never from the command line."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
        QStringLiteral("Read the password for --user from the first line of FILE."),
        QStringLiteral("FILE"));
    parser.addOptions({burstOption, loopOption, userOption, passwordFileOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral(
            "ASF file (.asf, .wmv, .wma); - reads a live ASF stream from standard input."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("http://HOST:PORT/NAME"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "mms-push: FILE and URL are required (see --help)\n";
        return 2;
    }
    bool ok = false;
    const int loops = parser.value(loopOption).toInt(&ok);
    if (!ok || loops < 1 || loops > 1000000) {
        err << "mms-push: bad --loop \"" << parser.value(loopOption) << "\"\n";
        return 2;
    }
    PushClient client;
    if (parser.isSet(userOption)) {
        QString password;
        if (parser.isSet(passwordFileOption)) {
            QFile file(parser.value(passwordFileOption));
            if (!file.open(QIODevice::ReadOnly)) {
                err << "mms-push: cannot read the password file " << file.fileName() << '\n';
                return 2;
            }
            // The first line, without its line end; a password is short.
            password = QString::fromUtf8(file.readLine(4096))
                           .remove(QLatin1Char('\n'))
                           .remove(QLatin1Char('\r'));
        } else if (qEnvironmentVariableIsSet("MMSPUSH_PASSWORD")) {
            password = qEnvironmentVariable("MMSPUSH_PASSWORD");
        } else {
            err << "mms-push: --user needs --password-file FILE or MMSPUSH_PASSWORD\n";
            return 2;
        }
        client.setCredentials(parser.value(userOption), password);
    }
    client.setRealtime(!parser.isSet(burstOption));
    client.setLoops(loops);
    int status = 0;
    QObject::connect(&client, &PushClient::finished, &app, [&](bool done, const QString &message) {
        QTextStream(stderr) << "mms-push: " << message << '\n';
        // 3: the login was refused or impossible (a script can tell it from other failures).
        status = done ? 0 : client.authenticationFailed() ? 3 : 1;
        app.exit(status);
    });
    QString error;
    // "-": standard input, sent as it comes (its writer sets the pace, e.g. ffmpeg -re).
    const bool fromStdin = args.at(0) == QLatin1String("-");
    if (!(fromStdin ? client.startStream(0, QUrl(args.at(1)), &error)
                    : client.start(args.at(0), QUrl(args.at(1)), &error))) {
        err << "mms-push: " << error << '\n';
        return 2;
    }
    app.exec();
    return status;
}
