#pragma once

#include "ui/playbackcontroller.h"

#include <QMainWindow>

class MmsSession;
class PlayerControls;
class PlayerWidget;
class QAction;
class QDockWidget;
class QLabel;
class QMimeData;
class StreamsPanel;

// The player's window: the picture, the controls, the streams panel, menus, shortcuts and the
// status bar. Composes the widgets and the PlaybackController; all MMS work is in the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(MmsSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlaybackController *controller() const { return m_controller; }
    PlayerWidget *playerWidget() const { return m_playerWidget; }
    PlayerControls *controls() const { return m_controls; }
    StreamsPanel *streamsPanel() const { return m_streamsPanel; }
    QString statusText() const; // what the status bar says, for tests

public slots:
    void openUrl(const QUrl &url); // opens and plays; remembered in the recent URLs
    void showOpenUrlDialog();
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
    void handleHeaderChanged(const asf::Header &header, const QList<int> &selectedStreams);
    void updateStatus();
    static QUrl droppedUrl(const QMimeData *mime);

    MmsSession *m_session = nullptr;
    PlayerWidget *m_playerWidget = nullptr;
    PlayerControls *m_controls = nullptr;
    StreamsPanel *m_streamsPanel = nullptr;
    QDockWidget *m_streamsDock = nullptr;
    PlaybackController *m_controller = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_playPauseAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_bitrateLabel = nullptr;
    QLabel *m_bufferLabel = nullptr;
};
