// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfheader.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

// The streams of the ASF header (number, type, codec, bit rate, language, picture size), each with
// a tick box: what is ticked is what the user wants to play. Emits the new choice on every tick.
// A bit rate the header does not give is shown as measured ("≈ 310 kbit/s") once
// setMeasuredBitrates() has it, else as unknown. The columns fit their contents: preferredWidth()
// is what the panel needs for that without a horizontal scroll bar.
class StreamsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StreamsPanel(QWidget *parent = nullptr);

    void setStreams(const asf::Header &header, const QList<int> &selected);
    void clear();
    QList<int> selectedStreams() const; // ticked ASF stream numbers, ascending
    // Ticks exactly `streams` without emitting selectionChanged (to show the session's choice).
    void setSelectedStreams(const QList<int> &streams);
    // Stream number -> bit/s measured from the packets; used for the streams of unknown rate.
    void setMeasuredBitrates(const QHash<int, quint32> &bitrates);
    QTreeWidget *tree() const { return m_tree; }
    // Width that shows every column whole (the sum of the columns' content widths, the frame and
    // the vertical scroll bar when there is one).
    int preferredWidth() const;
    QSize sizeHint() const override;

signals:
    void selectionChanged(const QList<int> &streamNumbers);
    // The contents changed width (new streams, a measured rate): preferredWidth() changed.
    void preferredWidthChanged(int width);

private:
    void itemChanged(QTreeWidgetItem *item, int column);
    void showBitrate(QTreeWidgetItem *item, quint32 measured);
    void contentsChanged();

    QTreeWidget *m_tree = nullptr;
    int m_preferredWidth = 0; // last announced
};
