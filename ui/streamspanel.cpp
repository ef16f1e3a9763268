// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streamspanel.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NumberColumn, TypeColumn, CodecColumn, BitrateColumn, LanguageColumn, SizeColumn };
}

StreamsPanel::StreamsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("streamsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
            { tr("Stream"), tr("Type"), tr("Codec"), tr("Bit rate"), tr("Language"), tr("Size") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemChanged, this, &StreamsPanel::itemChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

static QString typeText(asf::StreamType type)
{
    switch (type) {
    case asf::StreamType::Audio:
        return StreamsPanel::tr("Audio");
    case asf::StreamType::Video:
        return StreamsPanel::tr("Video");
    case asf::StreamType::Command:
        return StreamsPanel::tr("Commands");
    case asf::StreamType::Other:
        break;
    }
    return StreamsPanel::tr("Other");
}

void StreamsPanel::setStreams(const asf::Header &header, const QList<int> &selected)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const asf::Stream &stream : header.streams) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NumberColumn, Qt::UserRole, stream.number);
        item->setText(NumberColumn, QString::number(stream.number));
        item->setText(TypeColumn, typeText(stream.type));
        item->setText(CodecColumn, stream.codec);
        item->setText(BitrateColumn, stream.bitrate > 0
                              ? tr("%1 kbit/s").arg(qRound(stream.bitrate / 1000.0))
                              : tr("unknown"));
        item->setText(LanguageColumn, stream.language);
        if (stream.type == asf::StreamType::Video && stream.width > 0)
            item->setText(SizeColumn, tr("%1×%2").arg(stream.width).arg(stream.height));
        else if (stream.type == asf::StreamType::Audio && stream.sampleRate > 0)
            item->setText(SizeColumn,
                          tr("%1 Hz, %n channel(s)", nullptr, stream.channels).arg(stream.sampleRate));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NumberColumn,
                            selected.contains(stream.number) ? Qt::Checked : Qt::Unchecked);
    }
}

void StreamsPanel::clear()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
}

QList<int> StreamsPanel::selectedStreams() const
{
    QList<int> streams;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(NumberColumn) == Qt::Checked)
            streams.append(item->data(NumberColumn, Qt::UserRole).toInt());
    }
    std::sort(streams.begin(), streams.end());
    return streams;
}

void StreamsPanel::setSelectedStreams(const QList<int> &streams)
{
    const QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const int number = item->data(NumberColumn, Qt::UserRole).toInt();
        item->setCheckState(NumberColumn, streams.contains(number) ? Qt::Checked : Qt::Unchecked);
    }
}

void StreamsPanel::itemChanged(QTreeWidgetItem *, int column)
{
    if (column == NumberColumn)
        emit selectionChanged(selectedStreams());
}
