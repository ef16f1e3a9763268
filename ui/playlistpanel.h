// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlist.h"

#include <QWidget>

class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The entries of the current playlist (title and author; the first REF when an entry has no
// title), the one playing in bold, with Previous and Next buttons. Emits intents only: the window
// hands them to the PlaylistPlayer.
class PlaylistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlaylistPanel(QWidget *parent = nullptr);

    void setPlaylist(const Playlist &playlist);
    void setCurrentIndex(int index);
    void setNavigation(bool hasPrevious, bool hasNext);
    QTreeWidget *tree() const { return m_tree; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

signals:
    void entryActivated(int index); // double-click or Enter
    void previousRequested();
    void nextRequested();

private:
    void itemActivated(QTreeWidgetItem *item);

    QTreeWidget *m_tree = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};
