// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pushpoints.h"

#include <QRandomGenerator>

PushPoints::PushPoints(const QStringList &declared, bool anyName,
    std::function<LiveSource *(const QString &)> create, std::function<bool(const QString &)> taken)
    : m_declared(declared), m_anyName(anyName), m_create(std::move(create)),
      m_taken(std::move(taken)), m_nextId(QRandomGenerator::global()->bounded(1u, 1u << 30))
{
}

bool PushPoints::validName(const QString &name)
{
    // A path-like name of plain characters; nothing a file name check would have to undo.
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('/'))
        || name.endsWith(QLatin1Char('/')) || name.contains(QLatin1String("..")))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_')
            && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/'))
            return false;
    }
    return true;
}

int PushPoints::refusal(const QString &name, const QObject *encoder) const
{
    if (!validName(name))
        return 404;
    if (!m_declared.contains(name) && (!m_anyName || (!m_sources.contains(name) && m_taken(name))))
        return 404;
    const QObject *feeding = m_encoders.value(name).data();
    if (feeding && feeding != encoder)
        return 409;
    return 0;
}

void PushPoints::createDeclared()
{
    for (const QString &name : std::as_const(m_declared)) {
        if (!m_sources.contains(name))
            m_sources.insert(name, m_create(name));
    }
}

LiveSource *PushPoints::claim(const QString &name, QObject *encoder)
{
    LiveSource *&source = m_sources[name];
    if (!source)
        source = m_create(name);
    m_encoders.insert(name, encoder);
    return source;
}

void PushPoints::release(const QString &name, const QObject *encoder)
{
    if (m_encoders.value(name).data() == encoder)
        m_encoders.remove(name);
}

QByteArray PushPoints::newPushId()
{
    return QByteArray::number(m_nextId++);
}
