// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guimain.h"

#include "core/playlist/playlistloader.h"
#include "core/session/mmssession.h"
#include "mmsversion.h"
#include "server/mmsserver.h"
#include "ui/mainwindow.h"
#include "ui/themeicons.h"
#include "ui/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Where demo.wmv is: the build tree's media folder when run from the build, else "media" next to
// the executable (an installed or copied player).
QString demoMediaDir()
{
#ifdef MMS_DEMO_MEDIA_DIR
    if (QFileInfo::exists(QStringLiteral(MMS_DEMO_MEDIA_DIR "/demo.wmv")))
        return QStringLiteral(MMS_DEMO_MEDIA_DIR);
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("media"));
}

// --screenshot FILE: once the window has played for a few seconds, grabs the whole screen (the
// video surface is not in QWidget::grab()) and quits. Used by scripts/screenshot.sh under Xvfb.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow *window, const QString &file, int delayMs)
        : QObject(window), m_window(window), m_file(file), m_delayMs(delayMs)
    {
        connect(window->controller(), &PlaybackController::stateChanged, this,
                &ScreenshotTaker::handleState);
    }

private:
    void handleState(PlaybackController::State state)
    {
        if (state == PlaybackController::State::Playing && !m_armed) {
            m_armed = true;
            QTimer::singleShot(m_delayMs, this, &ScreenshotTaker::take);
        } else if (state == PlaybackController::State::Failed) {
            std::fprintf(stderr, "mmsplayer: no screenshot, playback failed: %s\n",
                         qPrintable(m_window->controller()->errorText()));
            QCoreApplication::exit(1);
        }
    }

    void take()
    {
        QScreen *screen = m_window->screen();
        const bool saved = screen && screen->grabWindow(0).save(m_file);
        if (!saved)
            std::fprintf(stderr, "mmsplayer: could not save %s\n", qPrintable(m_file));
        QCoreApplication::exit(saved ? 0 : 1);
    }

    MainWindow *m_window;
    QString m_file;
    int m_delayMs;
    bool m_armed = false;
};

} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MMS Player"));
    QApplication::setOrganizationName(QStringLiteral("MMS Player"));
    QApplication::setApplicationVersion(QStringLiteral(MMSPLAYER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mmsplayer.MmsPlayer"));
    QApplication::setWindowIcon(ThemeIcons::application());
    // Before any widget exists, so every string is made in the chosen language. The language
    // also formats numbers and dates (QLocale()).
    const QLocale locale = TranslationLoader::chosenLocale();
    QLocale::setDefault(locale);
    TranslationLoader translations;
    translations.install(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Plays mms:// and mmst:// streams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("url"),
            QCoreApplication::translate("main", "Stream or playlist (.asx, .wax, .wvx file or "
                                                "http:// URL) to play; without one, the "
                                                "built-in demo."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a screenshot after playing a while, quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    MmsSession session;
    MainWindow window(&session);
    window.show();
    if (parser.isSet(screenshot))
        new ScreenshotTaker(&window, parser.value(screenshot), 4000);

    std::unique_ptr<MmsServer> demoServer;
    if (!parser.positionalArguments().isEmpty()) {
        // A path names a local playlist file; anything else is a URL.
        window.openUrl(PlaylistLoader::urlFromUserInput(parser.positionalArguments().constFirst()));
    } else {
        // The demo: our own server in-process on a free local port, so a new user sees video
        // within seconds without any set-up.
        MmsServerConfig config;
        config.rootDir = demoMediaDir();
        config.port = 0;
        config.pace = MmsServerConfig::Pace::Realtime;
        demoServer = std::make_unique<MmsServer>(config);
        if (demoServer->listen()) {
            window.openUrl(QUrl(QStringLiteral("mms://127.0.0.1:%1/demo.wmv")
                                        .arg(demoServer->serverPort())));
        } else {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "MMS Player"),
                                 QCoreApplication::translate(
                                         "main", "The built-in demo server could not start: %1")
                                         .arg(demoServer->errorString()));
        }
    }
    const int code = app.exec();
    session.abort();
    return code;
}
