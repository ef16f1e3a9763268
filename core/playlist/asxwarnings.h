// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/playlisttext.h"

#include <QString>
#include <QStringList>

// Collects parser warnings up to a cap: a hostile file can hold a million skippable REFs, and
// neither the memory nor the UI should grow with that.
class AsxWarnings
{
public:
    explicit AsxWarnings(int max) : m_max(max) {}

    // False when the cap is reached, so callers can skip working out a line number.
    bool wantsMore() const { return m_list.size() < m_max; }

    void add(const QString &warning)
    {
        if (wantsMore())
            m_list.append(warning);
        else
            ++m_dropped;
    }

    void countDropped() { ++m_dropped; }

    QStringList take()
    {
        if (m_dropped > 0)
            m_list.append(PlaylistText::tr("... and %1 more warnings").arg(m_dropped));
        m_dropped = 0;
        return std::move(m_list);
    }

private:
    int m_max;
    int m_dropped = 0;
    QStringList m_list;
};
