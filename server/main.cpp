// mms-serve: serves the ASF files of a folder over MMS (mms://, mmst://). See docs/mms-serve.md.
#include "mmsversion.h"
#include "server/mmsserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
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
    const QCommandLineOption maxClientsOption(QStringLiteral("max-clients"),
                                              QStringLiteral("Refuse sessions beyond N (default 200)."),
                                              QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption pingOption(QStringLiteral("ping-interval"),
                                        QStringLiteral("Ping a client silent this many ms (default 30000)."),
                                        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
                                        QStringLiteral("Drop a client silent this many ms (default 60000)."),
                                        QStringLiteral("MS"), QStringLiteral("60000"));
    parser.addOptions({ rootOption, listenOption, portOption, paceOption, liveOption, maxClientsOption,
                        pingOption, idleOption });
    parser.process(app);

    MmsServerConfig config;
    if (!parser.isSet(rootOption) && !parser.isSet(liveOption))
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
    for (const QString &live : parser.values(liveOption)) {
        const qsizetype eq = live.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == live.size() - 1)
            return fail(QStringLiteral("bad --live \"%1\" (NAME=FILE)").arg(live));
        config.live.insert(live.left(eq), QDir(live.mid(eq + 1)).absolutePath());
    }
    if (!parseInt(parser.value(maxClientsOption), 1, 100000, config.maxClients))
        return fail(QStringLiteral("bad --max-clients \"%1\"").arg(parser.value(maxClientsOption)));
    if (!parseInt(parser.value(pingOption), 10, 86400000, config.pingIntervalMs))
        return fail(QStringLiteral("bad --ping-interval \"%1\"").arg(parser.value(pingOption)));
    if (!parseInt(parser.value(idleOption), 10, 86400000, config.idleTimeoutMs))
        return fail(QStringLiteral("bad --idle-timeout \"%1\"").arg(parser.value(idleOption)));

    MmsServer server(config);
    if (!server.listen())
        return fail(server.errorString());

    // The one line on stdout: scripts wait for it to learn the port.
    std::printf("listening on %s:%u\n", qPrintable(server.serverAddress().toString()),
                unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
