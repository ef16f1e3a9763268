// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recenturls.h"

#include <QSettings>

static const char RecentKey[] = "recentUrls";

QStringList RecentUrls::urls() const
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void RecentUrls::add(const QUrl &url)
{
    const QString text = url.toString();
    QStringList list = urls();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > MaxCount)
        list.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), list);
}

void RecentUrls::clear()
{
    QSettings().remove(QLatin1String(RecentKey));
}
