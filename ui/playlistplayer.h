// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlist.h"
#include "ui/playbackcontroller.h"

#include <QObject>
#include <QStringList>

class PlaylistLoader;

// Plays a Playlist through the PlaybackController: one entry at a time, the entry's REFs tried in
// order until one connects (a REF that fails before its header arrived, or that is not an
// mms:// / mmst:// address, gives way to the next), then on to the next entry when one ends.
// When every REF of an entry fails, the entry is skipped, as Windows Media Player does; the last
// error stays on screen when nothing after it plays. Loads .asx/.wax/.wvx files and http:// URLs
// with PlaylistLoader; a plain mms:// URL is a playlist of one entry.
class PlaylistPlayer : public QObject
{
    Q_OBJECT
public:
    PlaylistPlayer(PlaybackController *controller, QObject *parent = nullptr);
    ~PlaylistPlayer() override;

    const Playlist &playlist() const { return m_playlist; }
    int currentIndex() const { return m_index; } // -1 = nothing chosen
    QUrl currentUrl() const; // the REF being played
    bool hasNext() const { return m_index + 1 < m_playlist.entries.size(); }
    bool hasPrevious() const { return m_index > 0; }
    bool isLoading() const;

    // An mms:// URL plays at once; anything else (a local file, http://) is loaded first.
    void open(const QUrl &url);
    void setPlaylist(const Playlist &playlist); // and plays its first entry

public slots:
    void playEntry(int index);
    void next();
    void previous();

signals:
    void playlistChanged(const Playlist &playlist);
    void currentIndexChanged(int index);
    void loadFailed(const QString &message);
    void navigationChanged(); // hasNext() or hasPrevious() may have changed

private:
    void tryRef(int refIndex);
    void handleState(PlaybackController::State state);

    PlaybackController *m_controller;
    PlaylistLoader *m_loader;
    Playlist m_playlist;
    int m_index = -1;
    int m_refIndex = 0;
    bool m_connected = false; // the current REF delivered a header
    bool m_switching = false; // we are opening a REF: its Opening state is ours
};
