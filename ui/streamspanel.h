// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"

#include <QList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

// The streams of the ASF header (number, type, codec, bit rate, language, picture size), each with
// a tick box: what is ticked is what the user wants to play. Emits the new choice on every tick.
class StreamsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StreamsPanel(QWidget *parent = nullptr);

    void setStreams(const asf::Header &header, const QList<int> &selected);
    void clear();
    QList<int> selectedStreams() const; // ticked ASF stream numbers, ascending
    // Ticks exactly `streams` without emitting selectionChanged (to show the session's choice).
    void setSelectedStreams(const QList<int> &streams);
    QTreeWidget *tree() const { return m_tree; }

signals:
    void selectionChanged(const QList<int> &streamNumbers);

private:
    void itemChanged(QTreeWidgetItem *item, int column);

    QTreeWidget *m_tree = nullptr;
};
