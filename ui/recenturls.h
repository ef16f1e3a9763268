// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

// The last URLs the user opened, newest first, kept with QSettings (the application's organization
// and name choose where). Not a QObject: read on demand, written on each add.
class RecentUrls
{
public:
    static constexpr int MaxCount = 10;

    QStringList urls() const;
    void add(const QUrl &url); // moves an existing entry to the front
    void clear();
};
