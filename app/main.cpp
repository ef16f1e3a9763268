// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clioptions.h"
#include "app/clirunner.h"
#include "app/guimain.h"
#include "ui/translationloader.h"

#include "mmsversion.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Decided before any application object exists, so the command line needs no display.
    if (!isCliInvocation(argc, argv))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    // The CLI reports an error as one line of its own; the session's warnings would repeat it.
    // QT_LOGGING_RULES (e.g. "mms.*=true") still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("mms.*.warning=false"));
    QCoreApplication::setApplicationName(QStringLiteral("mmsplayer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMSPLAYER_VERSION));
    // Like other command-line tools, the CLI speaks the system's language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), not the window's Preferences: scripts get English with LC_ALL=C.
    TranslationLoader translations;
    translations.install(QLocale::system());

    const CliOptions options = parseCliOptions(QCoreApplication::arguments());
    switch (options.mode) {
    case CliOptions::Mode::Help:
        std::fputs(qPrintable(cliHelpText()), stdout);
        return CliOptions::ExitOk;
    case CliOptions::Mode::Version:
        std::printf("mmsplayer %s\n", MMSPLAYER_VERSION);
        return CliOptions::ExitOk;
    case CliOptions::Mode::Invalid:
    case CliOptions::Mode::Gui:
        std::fprintf(stderr, "mmsplayer: %s\n%s\n", qPrintable(options.error),
                     qPrintable(CliOptions::tr("Try 'mmsplayer --help'.")));
        return CliOptions::ExitUsage;
    case CliOptions::Mode::Record:
    case CliOptions::Mode::ListStreams:
        break;
    }

    CliRunner runner(options);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
