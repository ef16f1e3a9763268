// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve: serves the ASF files of a folder over MMS (mms://, mmst://). See docs/mms-serve.md.
#include "mmsversion.h"
#include "server/mmsserver.h"
#include "server/pushpoints.h"
#include "server/userdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Each client is one file descriptor; the usual soft limit of 1024 would refuse connections
// long before --max-clients. Raise it as far as the hard limit allows.
void raiseFileLimit(int maxClients)
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(maxClients) + 64; // listening socket, files being read, stdio
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : qMin(wanted, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
#else
    Q_UNUSED(maxClients);
#endif
}

// NAME=VALUE with both parts non-empty.
bool splitAssignment(const QString &text, QString &name, QString &value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        return false;
    name = text.left(eq);
    value = text.mid(eq + 1);
    return true;
}

bool parseInt(const QString &text, int minimum, int maximum, int &value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    value = parsed;
    return true;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "mms-serve: " << message << '\n';
    return 2;
}

// One line from stdin, without echo when it is a terminal (the password of --add-user).
QString readPassword()
{
#ifdef Q_OS_UNIX
    termios saved {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        QTextStream(stderr) << "Password: " << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine(4096);
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n';
    }
#endif
    return line;
}

// --add-user NAME: writes NAME's line (NT hash with --auth ntlm, else PBKDF2) into the file.
int addUser(const QString &file, const QString &name, bool ntlm)
{
    if (file.isEmpty())
        return fail(QStringLiteral("--add-user needs --users FILE"));
    if (!UserDatabase::validName(name))
        return fail(QStringLiteral(
            "bad user name \"%1\" (1-64 characters, no ':', space or control character)")
                        .arg(name));
    const QString password = readPassword();
    if (password.isEmpty())
        return fail(QStringLiteral("empty password"));
    QString error;
    const auto kind = ntlm ? UserDatabase::Kind::Ntlm : UserDatabase::Kind::Pbkdf2Sha256;
    if (!UserDatabase::writeUser(file, name, UserDatabase::makeLine(name, password, kind), &error))
        return fail(error);
    QTextStream(stderr) << "mms-serve: user \"" << name << "\" written to " << file << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's plain UNIX event dispatcher instead of glib's: with thousands of sockets, glib's
    // socket-notifier bookkeeping (linear list removal) dominated the server's profile
    // (docs/benchmarks.md §1). Set before the application object exists; a user's own
    // QT_NO_GLIB setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mms-serve"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMSPLAYER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves the .asf/.wmv/.wma files under a folder as mms://HOST:PORT/relative/path."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("Folder to serve."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                          QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port; 0 = any free port (default 1755)."),
                                        QStringLiteral("N"), QStringLiteral("1755"));
    const QCommandLineOption paceOption(QStringLiteral("pace"), QStringLiteral("realtime (default) or burst."),
                                        QStringLiteral("PACE"), QStringLiteral("realtime"));
    const QCommandLineOption liveOption(QStringLiteral("live"),
                                        QStringLiteral("Serve FILE looped as a broadcast at mms://HOST:PORT/NAME (repeatable)."),
                                        QStringLiteral("NAME=FILE"));
    const QCommandLineOption playlistOption(
        QStringLiteral("playlist"),
        QStringLiteral("Serve FILE1, FILE2, ... one after the other at mms://HOST:PORT/NAME (repeatable)."),
        QStringLiteral("NAME=FILE1,FILE2,..."));
    const QCommandLineOption redirectOption(QStringLiteral("redirect"),
                                            QStringLiteral("Send clients asking for NAME to URL (repeatable)."),
                                            QStringLiteral("NAME=URL"));
    const QCommandLineOption streamChangeOption(
        QStringLiteral("stream-change-wait"),
        QStringLiteral("After a playlist entry change, stream the next entry if no StartPlaying came within MS (default 5000)."),
        QStringLiteral("MS"), QStringLiteral("5000"));
    const QCommandLineOption maxClientsOption(QStringLiteral("max-clients"),
                                              QStringLiteral("Refuse sessions beyond N (default 200)."),
                                              QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption pingOption(QStringLiteral("ping-interval"),
                                        QStringLiteral("Ping a client silent this many ms (default 30000)."),
                                        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
                                        QStringLiteral("Drop a client silent this many ms (default 60000)."),
                                        QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption headOption(
        QStringLiteral("request-head-timeout"),
        QStringLiteral("MMS over HTTP: drop a client whose request head is not complete within MS, and any "
                       "connection silent that long from its start (default 10000)."),
        QStringLiteral("MS"), QStringLiteral("10000"));
    const QCommandLineOption authOption(QStringLiteral("auth"),
        QStringLiteral("Ask every client to log in: basic or ntlm (needs --users)."),
        QStringLiteral("SCHEME"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users file: name:ntlm:HASH or name:pbkdf2-sha256:... lines."),
        QStringLiteral("FILE"));
    const QCommandLineOption addUserOption(QStringLiteral("add-user"),
        QStringLiteral("Write NAME's line into --users FILE (password from stdin) and exit."),
        QStringLiteral("NAME"));
    const QCommandLineOption realmOption(QStringLiteral("realm"),
        QStringLiteral("Realm shown to users (default mms-serve)."), QStringLiteral("TEXT"),
        QStringLiteral("mms-serve"));
    const QCommandLineOption authFolderOption(QStringLiteral("auth-folder"),
        QStringLiteral("Only files in DIR (relative to --root; repeatable) need the --auth login."),
        QStringLiteral("DIR"));
    const QCommandLineOption authDelayOption(QStringLiteral("auth-delay"),
        QStringLiteral("Delay after a failed login, doubled per failure of an address (default "
                       "1000, at most 30000)."),
        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption pushOption(QStringLiteral("push"),
        QStringLiteral(
            "Accept an encoder's push ([MS-WMHTTP]) to publishing point NAME and serve it "
            "live at mms://HOST:PORT/NAME (repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption pushAnyOption(QStringLiteral("push-any"),
        QStringLiteral("Accept a push to any name that is not a file or another source."));
    const QCommandLineOption relayOption(QStringLiteral("relay"),
        QStringLiteral(
            "Pull URL (mms://, mmst://, mmsh://) and serve it live at mms://HOST:PORT/NAME "
            "(repeatable)."),
        QStringLiteral("NAME=URL"));
    const QCommandLineOption relayIdleOption(QStringLiteral("relay-idle"),
        QStringLiteral("A relay connects to its upstream when the first client opens it and "
                       "disconnects SECONDS after the last one left (default 10; 0 at once)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption relayAlwaysOnOption(QStringLiteral("relay-always-on"),
        QStringLiteral("Keep relay NAME connected from start, watched or not (repeatable)."),
        QStringLiteral("NAME"));
    parser.addOptions({rootOption, listenOption, portOption, paceOption, liveOption, playlistOption,
        redirectOption, streamChangeOption, maxClientsOption, pingOption, idleOption, headOption,
        authOption, usersOption, addUserOption, realmOption, authDelayOption, authFolderOption,
        pushOption, pushAnyOption, relayOption, relayIdleOption, relayAlwaysOnOption});
    parser.process(app);

    const QString auth = parser.value(authOption);
    if (!auth.isEmpty() && auth != QLatin1String("basic") && auth != QLatin1String("ntlm"))
        return fail(QStringLiteral("bad --auth \"%1\" (basic or ntlm)").arg(auth));
    if (parser.isSet(addUserOption))
        return addUser(
            parser.value(usersOption), parser.value(addUserOption), auth == QLatin1String("ntlm"));

    MmsServerConfig config;
    if (!parser.isSet(rootOption) && !parser.isSet(liveOption) && !parser.isSet(playlistOption)
        && !parser.isSet(pushOption) && !parser.isSet(pushAnyOption) && !parser.isSet(relayOption))
        return fail(QStringLiteral("--root DIR is required"));
    config.rootDir = parser.isSet(rootOption) ? QDir(parser.value(rootOption)).absolutePath() : QString();
    if (!config.address.setAddress(parser.value(listenOption)))
        return fail(QStringLiteral("bad --listen address \"%1\"").arg(parser.value(listenOption)));
    int port = 0;
    if (!parseInt(parser.value(portOption), 0, 65535, port))
        return fail(QStringLiteral("bad --port \"%1\"").arg(parser.value(portOption)));
    config.port = quint16(port);
    const QString pace = parser.value(paceOption);
    if (pace == QLatin1String("realtime"))
        config.pace = MmsServerConfig::Pace::Realtime;
    else if (pace == QLatin1String("burst"))
        config.pace = MmsServerConfig::Pace::Burst;
    else
        return fail(QStringLiteral("bad --pace \"%1\" (realtime or burst)").arg(pace));
    QString name;
    QString value;
    for (const QString &live : parser.values(liveOption)) {
        if (!splitAssignment(live, name, value))
            return fail(QStringLiteral("bad --live \"%1\" (NAME=FILE)").arg(live));
        config.live.insert(name, QDir(value).absolutePath());
    }
    for (const QString &playlist : parser.values(playlistOption)) {
        if (!splitAssignment(playlist, name, value))
            return fail(QStringLiteral("bad --playlist \"%1\" (NAME=FILE1,FILE2,...)").arg(playlist));
        const QStringList files = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (files.size() > 100)
            return fail(QStringLiteral("--playlist \"%1\": more than 100 entries").arg(name));
        for (const QString &file : files)
            config.playlists[name].append(QDir(file).absolutePath());
    }
    for (const QString &redirect : parser.values(redirectOption)) {
        if (!splitAssignment(redirect, name, value))
            return fail(QStringLiteral("bad --redirect \"%1\" (NAME=URL)").arg(redirect));
        // MS-MMSP 2.2.4.9: an mms, mmsu or mmst URL; cbLocation (u16) counts its UTF-16 bytes.
        const QString scheme = value.section(QLatin1Char(':'), 0, 0).toLower();
        if ((scheme != QLatin1String("mms") && scheme != QLatin1String("mmst") && scheme != QLatin1String("mmsu"))
            || !value.contains(QLatin1String("://")) || value.size() > 4096)
            return fail(QStringLiteral("bad --redirect URL \"%1\" (mms://, mmst:// or mmsu://, at most 4096 characters)")
                            .arg(value));
        config.redirects.insert(name, value);
    }
    for (const QString &point : parser.values(pushOption)) {
        if (!PushPoints::validName(point))
            return fail(
                QStringLiteral("bad --push name \"%1\" (letters, digits, _ - . /)").arg(point));
        config.pushPoints.append(point);
    }
    config.pushAnyName = parser.isSet(pushAnyOption);
    for (const QString &relay : parser.values(relayOption)) {
        if (!splitAssignment(relay, name, value))
            return fail(QStringLiteral("bad --relay \"%1\" (NAME=URL)").arg(relay));
        const QString scheme = value.section(QLatin1Char(':'), 0, 0).toLower();
        if (!QStringList {QStringLiteral("mms"), QStringLiteral("mmst"), QStringLiteral("mmsh"),
                QStringLiteral("http")}
                 .contains(scheme)
            || !value.contains(QLatin1String("://")) || value.size() > 4096)
            return fail(
                QStringLiteral("bad --relay URL \"%1\" (mms://, mmst:// or mmsh://)").arg(value));
        config.relays.insert(name, value);
    }
    for (const QString &relay : parser.values(relayAlwaysOnOption)) {
        if (!config.relays.contains(relay))
            return fail(QStringLiteral("--relay-always-on \"%1\" names no --relay").arg(relay));
        config.relaysAlwaysOn.append(relay);
    }
    int relayIdle = 0;
    if (!parseInt(parser.value(relayIdleOption), 0, 86400, relayIdle))
        return fail(QStringLiteral("bad --relay-idle \"%1\" (seconds, 0 to 86400)")
                        .arg(parser.value(relayIdleOption)));
    config.relayIdleMs = relayIdle * 1000;
    if (!parseInt(parser.value(maxClientsOption), 1, 100000, config.maxClients))
        return fail(QStringLiteral("bad --max-clients \"%1\"").arg(parser.value(maxClientsOption)));
    if (!parseInt(parser.value(pingOption), 10, 86400000, config.pingIntervalMs))
        return fail(QStringLiteral("bad --ping-interval \"%1\"").arg(parser.value(pingOption)));
    if (!parseInt(parser.value(idleOption), 10, 86400000, config.idleTimeoutMs))
        return fail(QStringLiteral("bad --idle-timeout \"%1\"").arg(parser.value(idleOption)));
    if (!parseInt(parser.value(headOption), 10, 86400000, config.requestHeadTimeoutMs))
        return fail(QStringLiteral("bad --request-head-timeout \"%1\"").arg(parser.value(headOption)));
    if (!parseInt(parser.value(streamChangeOption), 10, 86400000, config.streamChangeWaitMs))
        return fail(QStringLiteral("bad --stream-change-wait \"%1\"").arg(parser.value(streamChangeOption)));
    if (!auth.isEmpty()) {
        if (!parser.isSet(usersOption))
            return fail(QStringLiteral("--auth needs --users FILE"));
        config.auth = auth == QLatin1String("ntlm") ? AuthScheme::Ntlm : AuthScheme::Basic;
        config.usersFile = parser.value(usersOption);
        config.authFolders = parser.values(authFolderOption);
    } else if (parser.isSet(authFolderOption)) {
        return fail(QStringLiteral("--auth-folder needs --auth"));
    }
    config.realm = parser.value(realmOption).left(200);
    if (!parseInt(parser.value(authDelayOption), 0, 30000, config.throttle.baseDelayMs))
        return fail(QStringLiteral("bad --auth-delay \"%1\"").arg(parser.value(authDelayOption)));
    raiseFileLimit(config.maxClients);

    MmsServer server(config);
    if (!server.listen())
        return fail(server.errorString());

    // The one line on stdout: scripts wait for it to learn the port.
    std::printf("listening on %s:%u\n", qPrintable(server.serverAddress().toString()),
                unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
