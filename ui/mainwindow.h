// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/playbackcontroller.h"

#include <QMainWindow>

class AuthenticationPrompter;
class MmsSession;
class PasswordStore;
class PlaybackStatistics;
class PlayerControls;
class PlayerWidget;
class PlaylistPanel;
class PlaylistPlayer;
class QAction;
class QDockWidget;
class QLabel;
class QMimeData;
class StatisticsDialog;
class StreamRateMonitor;
class StreamRecorder;
class StreamsPanel;
struct Playlist;

// The player's window: the picture, the controls, the streams panel, menus, shortcuts and the
// status bar. Composes the widgets and the PlaybackController; all MMS work is in the session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(MmsSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlaybackController *controller() const { return m_controller; }
    PlayerWidget *playerWidget() const { return m_playerWidget; }
    PlayerControls *controls() const { return m_controls; }
    StreamsPanel *streamsPanel() const { return m_streamsPanel; }
    PlaylistPanel *playlistPanel() const { return m_playlistPanel; }
    PlaylistPlayer *playlistPlayer() const { return m_playlistPlayer; }
    PlaybackStatistics *statistics() const { return m_statistics; }
    StatisticsDialog *statisticsDialog() const { return m_statisticsDialog; } // null until shown
    StreamRecorder *recorder() const { return m_recorder; }
    StreamRateMonitor *rateMonitor() const { return m_rateMonitor; }
    AuthenticationPrompter *authenticationPrompter() const { return m_authenticationPrompter; }
    QString statusText() const; // what the status bar says, for tests
    // Help → About's text: version, purpose, copyright and the GPL-3.0-or-later notice.
    static QString aboutText();

public slots:
    // Opens and plays an mms:// URL, or loads a playlist (a local .asx/.wax/.wvx file or an
    // http:// URL) and plays its first entry; remembered in the recent URLs.
    void openUrl(const QUrl &url);
    void showOpenUrlDialog();
    void showOpenFileDialog();
    void showSaveStreamDialog();
    bool startRecording(const QString &path); // File → Save Stream As without the dialog
    void showStatistics();
    void showSettings();
    // Reads AppSettings into the session and the controller (for the next stream).
    void applySettings();
    void toggleFullScreen();
    void showAbout();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void openRecentUrl();
    void handleStateChanged(PlaybackController::State state);
    void handleStrideAvailable(bool available);
    void handleStrideRate(double rate);
    void handleHeaderChanged(const asf::Header &header, const QList<int> &selectedStreams);
    void handlePlaylistChanged(const Playlist &playlist);
    void handleEntryChanged(int index);
    void updateNavigation();
    void updateRecording();
    void rememberVolume();
    void updateStatus();
    static QUrl droppedUrl(const QMimeData *mime);

    MmsSession *m_session = nullptr;
    PlayerWidget *m_playerWidget = nullptr;
    PlayerControls *m_controls = nullptr;
    StreamsPanel *m_streamsPanel = nullptr;
    QDockWidget *m_streamsDock = nullptr;
    PlaybackController *m_controller = nullptr;
    PlaylistPanel *m_playlistPanel = nullptr;
    QDockWidget *m_playlistDock = nullptr;
    PlaylistPlayer *m_playlistPlayer = nullptr;
    PlaybackStatistics *m_statistics = nullptr;
    StatisticsDialog *m_statisticsDialog = nullptr;
    StreamRecorder *m_recorder = nullptr;
    StreamRateMonitor *m_rateMonitor = nullptr;
    PasswordStore *m_passwordStore = nullptr;
    AuthenticationPrompter *m_authenticationPrompter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_playPauseAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_saveStreamAction = nullptr;
    QAction *m_stopRecordingAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_rewindAction = nullptr;
    QAction *m_fastForwardAction = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_recordingLabel = nullptr;
    QLabel *m_bitrateLabel = nullptr;
    QLabel *m_bufferLabel = nullptr;
};
