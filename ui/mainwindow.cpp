// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"
#include "ui/appsettings.h"
#include "ui/authenticationprompter.h"
#include "ui/openurldialog.h"
#include "ui/passwordstore.h"
#include "ui/playbackstatistics.h"
#include "ui/playercontrols.h"
#include "ui/playerwidget.h"
#include "ui/playlistpanel.h"
#include "ui/playlistplayer.h"
#include "ui/recenturls.h"
#include "ui/settingsdialog.h"
#include "ui/statisticsdialog.h"
#include "ui/streamratemonitor.h"
#include "ui/streamrecorder.h"
#include "ui/streamspanel.h"
#include "ui/themeicons.h"

#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QVideoWidget>

static QString sessionStateText(MmsSession::State state)
{
    switch (state) {
    case MmsSession::State::Idle:
        return MainWindow::tr("Idle");
    case MmsSession::State::Connecting:
        return MainWindow::tr("Connecting");
    case MmsSession::State::OpeningFile:
        return MainWindow::tr("Opening");
    case MmsSession::State::ReadingHeader:
        return MainWindow::tr("Reading header");
    case MmsSession::State::Ready:
        return MainWindow::tr("Ready");
    case MmsSession::State::Starting:
        return MainWindow::tr("Starting");
    case MmsSession::State::Streaming:
        return MainWindow::tr("Streaming");
    case MmsSession::State::Stopping:
        return MainWindow::tr("Stopping");
    case MmsSession::State::Closing:
        return MainWindow::tr("Closing");
    case MmsSession::State::Closed:
        return MainWindow::tr("Closed");
    case MmsSession::State::Failed:
        return MainWindow::tr("Failed");
    }
    return QString();
}

MainWindow::MainWindow(MmsSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_playerWidget(new PlayerWidget(this)),
      m_controls(new PlayerControls(this)), m_streamsPanel(new StreamsPanel(this)),
      m_streamsDock(new QDockWidget(tr("Streams"), this)),
      m_controller(new PlaybackController(session, m_playerWidget, this)),
      m_playlistPanel(new PlaylistPanel(this)),
      m_playlistDock(new QDockWidget(tr("Playlist"), this)),
      m_playlistPlayer(new PlaylistPlayer(m_controller, this)),
      m_statistics(
          new PlaybackStatistics(session, m_playerWidget->videoWidget()->videoSink(), this)),
      m_recorder(new StreamRecorder(m_controller, this)), m_stateLabel(new QLabel(this)),
      m_recordingLabel(new QLabel(this)), m_bitrateLabel(new QLabel(this)),
      m_bufferLabel(new QLabel(this))
{
    setWindowTitle(tr("MMS Player"));
    setWindowIcon(ThemeIcons::application());
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_playerWidget, 1);
    layout->addWidget(m_controls);
    setCentralWidget(central);

    m_streamsDock->setObjectName(QStringLiteral("streamsDock"));
    m_streamsDock->setWidget(m_streamsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_streamsDock);
    // Wide enough for every column (no horizontal scroll bar); it only grows, never jumps narrower.
    connect(m_streamsPanel, &StreamsPanel::preferredWidthChanged, this, [this](int width) {
        const int frame = m_streamsDock->width() - m_streamsPanel->width();
        if (m_streamsPanel->width() < width)
            resizeDocks({m_streamsDock}, {width + frame}, Qt::Horizontal);
    });
    m_rateMonitor = new StreamRateMonitor(session, this);
    connect(m_rateMonitor, &StreamRateMonitor::bitratesChanged, m_streamsPanel,
        &StreamsPanel::setMeasuredBitrates);
    // Servers that want a user name and password: the sign-in dialog, remembered passwords.
    m_passwordStore = new PasswordStore(this);
    m_authenticationPrompter = new AuthenticationPrompter(session, m_passwordStore, this, this);
    m_playlistDock->setObjectName(QStringLiteral("playlistDock"));
    m_playlistDock->setWidget(m_playlistPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_playlistDock);
    // Most streams are single URLs: the panel comes up when a playlist is opened.
    m_playlistDock->hide();

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_bitrateLabel->setObjectName(QStringLiteral("bitrateLabel"));
    m_bufferLabel->setObjectName(QStringLiteral("bufferLabel"));
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_recordingLabel);
    statusBar()->addPermanentWidget(m_bitrateLabel);
    statusBar()->addPermanentWidget(m_bufferLabel);

    createActions();

    // Controls emit intents; the controller carries them out and reports back.
    connect(m_controls, &PlayerControls::play, m_controller, &PlaybackController::play);
    connect(m_controls, &PlayerControls::pause, m_controller, &PlaybackController::pause);
    connect(m_controls, &PlayerControls::stop, m_controller, &PlaybackController::stop);
    connect(m_controls, &PlayerControls::seek, m_controller, &PlaybackController::seek);
    connect(m_controls, &PlayerControls::rewind, m_controller, &PlaybackController::rewind);
    connect(
        m_controls, &PlayerControls::fastForward, m_controller, &PlaybackController::fastForward);
    connect(m_controller, &PlaybackController::strideAvailableChanged, this,
        &MainWindow::handleStrideAvailable);
    connect(
        m_controller, &PlaybackController::strideRateChanged, this, &MainWindow::handleStrideRate);
    QAudioOutput *audio = m_playerWidget->audioOutput();
    connect(m_controls, &PlayerControls::changeVolume, audio, &QAudioOutput::setVolume);
    connect(m_controls, &PlayerControls::changeMuting, audio, &QAudioOutput::setMuted);
    connect(audio, &QAudioOutput::mutedChanged, m_controls, &PlayerControls::setMuted);
    const AppSettings settings;
    audio->setVolume(settings.volume());
    audio->setMuted(settings.isMuted());
    m_controls->setVolume(audio->volume());
    m_controls->setMuted(audio->isMuted());
    connect(audio, &QAudioOutput::volumeChanged, this, &MainWindow::rememberVolume);
    connect(audio, &QAudioOutput::mutedChanged, this, &MainWindow::rememberVolume);

    connect(m_controller, &PlaybackController::stateChanged, this, &MainWindow::handleStateChanged);
    connect(
        m_controller, &PlaybackController::headerChanged, this, &MainWindow::handleHeaderChanged);
    connect(m_controller, &PlaybackController::positionChanged, m_controls,
        &PlayerControls::setPosition);
    connect(m_controller, &PlaybackController::durationChanged, m_controls,
        &PlayerControls::setDuration);
    connect(m_controller, &PlaybackController::seekableChanged, m_controls,
        &PlayerControls::setSeekable);
    connect(m_controller, &PlaybackController::bufferLevelChanged, this, &MainWindow::updateStatus);
    connect(m_streamsPanel, &StreamsPanel::selectionChanged, m_controller,
        &PlaybackController::selectStreams);
    connect(m_session, &MmsSession::stateChanged, this, &MainWindow::updateStatus);
    connect(m_session, &MmsSession::reconnecting, this, &MainWindow::updateStatus);
    connect(m_session, &MmsSession::reconnected, this, &MainWindow::updateStatus);
    connect(m_session, &MmsSession::transportChanged, this, &MainWindow::updateStatus);
    connect(m_playerWidget, &PlayerWidget::fullScreenToggleRequested, this,
        &MainWindow::toggleFullScreen);

    connect(m_playlistPlayer, &PlaylistPlayer::playlistChanged, this,
        &MainWindow::handlePlaylistChanged);
    connect(m_playlistPlayer, &PlaylistPlayer::currentIndexChanged, this,
        &MainWindow::handleEntryChanged);
    connect(
        m_playlistPlayer, &PlaylistPlayer::navigationChanged, this, &MainWindow::updateNavigation);
    connect(m_playlistPlayer, &PlaylistPlayer::loadFailed, this, [this](const QString &message) {
        m_playerWidget->showError(tr("The playlist could not be loaded: %1").arg(message));
    });
    connect(m_playlistPanel, &PlaylistPanel::entryActivated, m_playlistPlayer,
        &PlaylistPlayer::playEntry);
    connect(m_playlistPanel, &PlaylistPanel::previousRequested, m_playlistPlayer,
        &PlaylistPlayer::previous);
    connect(
        m_playlistPanel, &PlaylistPanel::nextRequested, m_playlistPlayer, &PlaylistPlayer::next);

    connect(m_recorder, &StreamRecorder::started, this, &MainWindow::updateRecording);
    connect(m_recorder, &StreamRecorder::finished, this, &MainWindow::updateRecording);
    connect(m_recorder, &StreamRecorder::errorOccurred, this, [this](const QString &text) {
        updateRecording();
        QMessageBox::warning(this, tr("Save Stream"), text);
    });

    applySettings();
    updateNavigation();
    updateRecording();

    updateStatus();
    resize(960, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        file->addAction(ThemeIcons::open(), tr("&Open URL…"), this, &MainWindow::showOpenUrlDialog);
    // Links are what MMS users hold, so the standard Open shortcut opens a URL; Ctrl+U (the
    // browsers' and VLC's "open network stream" habit) does too.
    open->setShortcuts({QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_U)});
    QAction *openFile = file->addAction(tr("Open &File…"), this, &MainWindow::showOpenFileDialog);
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent URLs"));
    updateRecentMenu();
    file->addSeparator();
    m_saveStreamAction = file->addAction(
        ThemeIcons::record(), tr("&Save Stream As…"), this, &MainWindow::showSaveStreamDialog);
    m_saveStreamAction->setShortcut(QKeySequence::Save);
    m_stopRecordingAction = file->addAction(tr("S&top Saving"), m_recorder, &StreamRecorder::stop);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    m_playPauseAction =
        playback->addAction(tr("&Play/Pause"), m_controller, &PlaybackController::togglePlayPause);
    m_playPauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    QAction *stop = playback->addAction(
        ThemeIcons::stop(), tr("&Stop"), m_controller, &PlaybackController::stop);
    stop->setShortcut(QKeySequence(Qt::Key_MediaStop));
    playback->addSeparator();
    m_previousAction = playback->addAction(
        ThemeIcons::previous(), tr("P&revious Entry"), m_playlistPlayer, &PlaylistPlayer::previous);
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_B), QKeySequence(Qt::Key_MediaPrevious)});
    m_nextAction = playback->addAction(
        ThemeIcons::next(), tr("&Next Entry"), m_playlistPlayer, &PlaylistPlayer::next);
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_MediaNext)});
    // Fast-forward and rewind: enabled only when the server allows striding.
    m_rewindAction = playback->addAction(
        ThemeIcons::seekBackward(), tr("&Rewind"), m_controller, &PlaybackController::rewind);
    m_rewindAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_Left), QKeySequence(Qt::Key_AudioRewind)});
    m_fastForwardAction = playback->addAction(ThemeIcons::seekForward(), tr("Fast &Forward"),
        m_controller, &PlaybackController::fastForward);
    m_fastForwardAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_Right), QKeySequence(Qt::Key_AudioForward)});
    handleStrideAvailable(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fullScreenAction = view->addAction(
        ThemeIcons::fullScreen(), tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    view->addAction(m_streamsDock->toggleViewAction());
    view->addAction(m_playlistDock->toggleViewAction());
    view->addSeparator();
    QAction *statistics = view->addAction(tr("S&tatistics"), this, &MainWindow::showStatistics);
    statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *preferences = tools->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MMS Player"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList urls = RecentUrls().urls();
    for (const QString &url : urls) {
        QAction *action = m_recentMenu->addAction(url, this, &MainWindow::openRecentUrl);
        action->setData(url);
    }
    m_recentMenu->setEnabled(!urls.isEmpty());
}

void MainWindow::openRecentUrl()
{
    if (auto *action = qobject_cast<QAction *>(sender()))
        openUrl(QUrl(action->data().toString()));
}

void MainWindow::openUrl(const QUrl &url)
{
    const QString problem = OpenUrlDialog::validate(url.toString());
    if (!problem.isEmpty()) {
        m_playerWidget->showError(problem);
        return;
    }
    RecentUrls().add(url);
    updateRecentMenu();
    m_streamsPanel->clear();
    m_playerWidget->showError(QString());
    setWindowTitle(tr("%1 — MMS Player").arg(url.toDisplayString(QUrl::PreferLocalFile)));
    m_playlistPlayer->open(url);
}

void MainWindow::showOpenUrlDialog()
{
    OpenUrlDialog dialog(RecentUrls().urls(), this);
    if (dialog.exec() == QDialog::Accepted)
        openUrl(dialog.url());
}

void MainWindow::showOpenFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Playlist"), QString(),
        tr("Windows Media playlists (*.asx *.wax *.wvx);;All files (*)"));
    if (!path.isEmpty())
        openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::showSaveStreamDialog()
{
    QString name = QFileInfo(m_controller->url().path()).fileName();
    if (name.isEmpty())
        name = tr("stream.asf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Stream As"), name,
        tr("Windows Media files (*.asf *.wmv *.wma);;All files (*)"));
    if (!path.isEmpty())
        startRecording(path);
}

bool MainWindow::startRecording(const QString &path)
{
    return m_recorder->start(path);
}

void MainWindow::updateRecording()
{
    const bool recording = m_recorder->isRecording();
    const PlaybackController::State state = m_controller->state();
    m_saveStreamAction->setEnabled(!recording && state != PlaybackController::State::Idle
        && state != PlaybackController::State::Failed);
    m_stopRecordingAction->setEnabled(recording);
    m_recordingLabel->setText(recording
            ? tr("Saving to %1").arg(QFileInfo(m_recorder->fileName()).fileName())
            : QString());
}

void MainWindow::showStatistics()
{
    if (!m_statisticsDialog)
        m_statisticsDialog = new StatisticsDialog(m_controller, m_statistics, this);
    m_statisticsDialog->show();
    m_statisticsDialog->raise();
    m_statisticsDialog->activateWindow();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::applySettings()
{
    const AppSettings settings;
    m_session->setMaxBitrate(settings.maxBitrate());
    m_session->setTimeout(settings.timeoutMs());
    m_session->setRolloverTimeout(settings.rolloverMs());
    m_controller->setBufferingMs(settings.bufferingMs());
    m_statistics->setBufferingMs(settings.bufferingMs());
}

void MainWindow::rememberVolume()
{
    AppSettings settings;
    if (!settings.remembersVolume())
        return;
    settings.setVolume(m_playerWidget->audioOutput()->volume());
    settings.setMuted(m_playerWidget->audioOutput()->isMuted());
}

void MainWindow::handlePlaylistChanged(const Playlist &playlist)
{
    m_playlistPanel->setPlaylist(playlist);
    // A playlist of one URL is what every plain mms:// stream is: no panel for it.
    if (playlist.entries.size() > 1)
        m_playlistDock->show();
}

void MainWindow::handleEntryChanged(int index)
{
    m_playlistPanel->setCurrentIndex(index);
    m_streamsPanel->clear();
    const PlaylistEntry entry = m_playlistPlayer->playlist().entries.value(index);
    if (!entry.title.isEmpty())
        setWindowTitle(tr("%1 — MMS Player").arg(entry.title));
}

void MainWindow::updateNavigation()
{
    m_previousAction->setEnabled(m_playlistPlayer->hasPrevious());
    m_nextAction->setEnabled(m_playlistPlayer->hasNext());
    m_playlistPanel->setNavigation(m_playlistPlayer->hasPrevious(), m_playlistPlayer->hasNext());
}

void MainWindow::toggleFullScreen()
{
    const bool full = !isFullScreen();
    // Full screen shows the picture only; Esc, F11 or a double-click come back.
    menuBar()->setVisible(!full);
    statusBar()->setVisible(!full);
    m_controls->setVisible(!full);
    if (full) {
        m_streamsDock->hide();
        showFullScreen();
    } else {
        m_streamsDock->show();
        showNormal();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MMS Player"), aboutText());
}

QString MainWindow::aboutText()
{
    return tr("<h3>MMS Player %1</h3><p>Plays Microsoft Media Server streams "
              "(mms:// and mmst://) of ASF content.</p>")
               .arg(QApplication::applicationVersion())
        + tr("<p>Copyright © The MMS Player developers.</p>"
             "<p>This program is free software: you can redistribute it "
             "and/or modify it under the terms of the GNU General Public "
             "License as published by the Free Software Foundation, either "
             "version 3 of the License, or (at your option) any later "
             "version (GPL-3.0-or-later). It comes with ABSOLUTELY NO "
             "WARRANTY. See <a href=\"https://www.gnu.org/licenses/"
             "gpl-3.0.html\">https://www.gnu.org/licenses/gpl-3.0.html</a>."
             "</p>");
}

QUrl MainWindow::droppedUrl(const QMimeData *mime)
{
    QUrl url;
    if (mime->hasUrls() && !mime->urls().isEmpty())
        url = mime->urls().first();
    else if (mime->hasText())
        url = QUrl(mime->text().trimmed());
    return OpenUrlDialog::validate(url.toString()).isEmpty() ? url : QUrl();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedUrl(event->mimeData()).isValid())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QUrl url = droppedUrl(event->mimeData());
    if (!url.isValid())
        return;
    event->acceptProposedAction();
    openUrl(url);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        toggleFullScreen();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::handleStateChanged(PlaybackController::State state)
{
    const bool playing = state == PlaybackController::State::Playing
        || state == PlaybackController::State::Buffering;
    // While striding the play button is Play: it returns to normal play.
    const bool normal = playing && m_controller->strideRate() == 0.0;
    m_controls->setPlaying(normal);
    m_playPauseAction->setText(normal ? tr("&Pause") : tr("&Play"));
    if (state == PlaybackController::State::Ended || state == PlaybackController::State::Stopped)
        m_controls->setPosition(m_controller->position());
    updateRecording();
    updateStatus();
}

void MainWindow::handleHeaderChanged(const asf::Header &header, const QList<int> &selectedStreams)
{
    m_streamsPanel->setStreams(header, selectedStreams);
    m_controls->setLive(header.file.broadcast);
    if (!header.title.isEmpty())
        setWindowTitle(tr("%1 — MMS Player").arg(header.title));
}

QString MainWindow::statusText() const
{
    return QStringList {m_stateLabel->text(), m_bitrateLabel->text(), m_bufferLabel->text()}.join(
        QLatin1String(" | "));
}

void MainWindow::updateStatus()
{
    QString state = sessionStateText(m_session->state());
    if (m_session->reconnectAttempt() > 0)
        state = tr("Reconnecting (%1/%2)…")
                    .arg(m_session->reconnectAttempt())
                    .arg(m_session->maxReconnectAttempts());
    else if (m_controller->state() == PlaybackController::State::Paused)
        state = tr("Paused");
    else if (m_controller->state() == PlaybackController::State::Ended)
        state = tr("End of stream");
    else if (m_controller->state() == PlaybackController::State::Failed)
        state = tr("Error: %1").arg(m_controller->errorText());
    else if (m_controller->strideRate() != 0.0)
        state = PlaybackStatistics::strideText(m_controller->strideRate());
    else if (m_session->transport() == MmsSession::Transport::Http)
        //: The session's state ("Streaming") when it goes over HTTP (mmsh://, or after rollover).
        state = tr("%1 (MMS over HTTP)").arg(state);
    m_stateLabel->setText(state);

    const quint32 bitrate = m_controller->header().totalBitrate();
    m_bitrateLabel->setText(
        bitrate > 0 ? tr("%1 kbit/s").arg(qRound(bitrate / 1000.0)) : QString());
    const AsfStreamBuffer *buffer = m_controller->buffer();
    m_bufferLabel->setText(buffer ? tr("Buffer %1 KiB (%2 s)")
                                        .arg(buffer->level() / 1024)
                                        .arg(buffer->levelSeconds(), 0, 'f', 1)
                                  : QString());
}

void MainWindow::handleStrideAvailable(bool available)
{
    m_controls->setStrideAvailable(available);
    m_rewindAction->setEnabled(available);
    m_fastForwardAction->setEnabled(available);
}

void MainWindow::handleStrideRate(double rate)
{
    m_controls->setStrideRate(rate);
    handleStateChanged(m_controller->state());
}
