// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streamspanel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NumberColumn, TypeColumn, CodecColumn, BitrateColumn, LanguageColumn, SizeColumn };
// The bit rate column keeps the header's rate (0 = the header gives none) under this role.
constexpr int HeaderBitrateRole = Qt::UserRole;
} // namespace

StreamsPanel::StreamsPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("streamsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Stream"), tr("Type"), tr("Codec"), tr("Bit rate"), tr("Language"), tr("Size")});
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
    bool anyLanguage = false;
    for (const asf::Stream &stream : header.streams) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NumberColumn, Qt::UserRole, stream.number);
        item->setText(NumberColumn, QString::number(stream.number));
        item->setText(TypeColumn, typeText(stream.type));
        item->setText(CodecColumn, stream.codec);
        item->setData(BitrateColumn, HeaderBitrateRole, stream.bitrate);
        showBitrate(item, 0);
        item->setText(LanguageColumn, stream.language);
        anyLanguage = anyLanguage || !stream.language.isEmpty();
        if (stream.type == asf::StreamType::Video && stream.width > 0)
            item->setText(SizeColumn, tr("%1×%2").arg(stream.width).arg(stream.height));
        else if (stream.type == asf::StreamType::Audio && stream.sampleRate > 0)
            item->setText(SizeColumn,
                tr("%1 Hz, %n channel(s)", nullptr, stream.channels).arg(stream.sampleRate));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            NumberColumn, selected.contains(stream.number) ? Qt::Checked : Qt::Unchecked);
    }
    // Most files name no language (ffmpeg's never do): an empty column would only take width.
    m_tree->setColumnHidden(LanguageColumn, !anyLanguage);
    contentsChanged();
}

void StreamsPanel::clear()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    contentsChanged();
}

void StreamsPanel::setMeasuredBitrates(const QHash<int, quint32> &bitrates)
{
    const QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        showBitrate(item, bitrates.value(item->data(NumberColumn, Qt::UserRole).toInt()));
    }
    contentsChanged();
}

void StreamsPanel::showBitrate(QTreeWidgetItem *item, quint32 measured)
{
    const quint32 fromHeader = item->data(BitrateColumn, HeaderBitrateRole).toUInt();
    if (fromHeader > 0) {
        item->setText(BitrateColumn, tr("%1 kbit/s").arg(qRound(fromHeader / 1000.0)));
        item->setToolTip(BitrateColumn, QString());
    } else if (measured > 0) {
        //: A bit rate measured from the data received, not stated by the stream's header.
        item->setText(BitrateColumn, tr("≈ %1 kbit/s").arg(qRound(measured / 1000.0)));
        item->setToolTip(BitrateColumn,
            tr("Measured from the data received so far: the stream's header does not "
               "state its bit rate."));
    } else {
        item->setText(BitrateColumn, tr("unknown"));
        item->setToolTip(BitrateColumn,
            tr("The stream's header does not state its bit rate; it is measured "
               "while the stream plays."));
    }
}

int StreamsPanel::preferredWidth() const
{
    // What ResizeToContents gives each column (QHeaderView takes the larger of the two hints).
    const QHeaderView *header = m_tree->header();
    const QAbstractItemView *view = m_tree; // QTreeView makes sizeHintForColumn protected
    int width = 2 * m_tree->frameWidth();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            width += qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    }
    if (m_tree->verticalScrollBar()->isVisible())
        width += m_tree->verticalScrollBar()->sizeHint().width();
    return width;
}

QSize StreamsPanel::sizeHint() const
{
    return QSize(preferredWidth(), QWidget::sizeHint().height());
}

void StreamsPanel::contentsChanged()
{
    updateGeometry();
    const int width = preferredWidth();
    if (width != m_preferredWidth) {
        m_preferredWidth = width;
        emit preferredWidthChanged(width);
    }
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
