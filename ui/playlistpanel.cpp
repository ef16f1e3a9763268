// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playlistpanel.h"

#include "ui/themeicons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PlaylistPanel::PlaylistPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    m_tree->setObjectName(QStringLiteral("playlistTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Title"), tr("Author") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setIcon(ThemeIcons::previous());
    m_previous->setToolTip(tr("Previous entry"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setIcon(ThemeIcons::next());
    m_next->setToolTip(tr("Next entry"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemActivated, this, &PlaylistPanel::itemActivated);
    connect(m_previous, &QToolButton::clicked, this, &PlaylistPanel::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PlaylistPanel::nextRequested);
    setNavigation(false, false);
}

void PlaylistPanel::setPlaylist(const Playlist &playlist)
{
    m_tree->clear();
    for (const PlaylistEntry &entry : playlist.entries) {
        QString title = entry.title;
        if (title.isEmpty() && !entry.refs.isEmpty())
            title = entry.refs.constFirst().toString();
        auto *item = new QTreeWidgetItem(m_tree, { title, entry.author });
        item->setToolTip(0, entry.refs.isEmpty() ? QString() : entry.refs.constFirst().toString());
    }
}

void PlaylistPanel::setCurrentIndex(int index)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        QFont font = item->font(0);
        font.setBold(i == index);
        item->setFont(0, font);
        item->setFont(1, font);
    }
    if (QTreeWidgetItem *item = m_tree->topLevelItem(index))
        m_tree->setCurrentItem(item);
}

void PlaylistPanel::setNavigation(bool hasPrevious, bool hasNext)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
}

void PlaylistPanel::itemActivated(QTreeWidgetItem *item)
{
    const int index = m_tree->indexOfTopLevelItem(item);
    if (index >= 0)
        emit entryActivated(index);
}
