// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

class LiveSource;

// The publishing points encoders may push to ([MS-WMHTTP]) and the push-ids handed out: the
// declared names (--push NAME), or any free name when the operator allows it (--push-any). A
// point's LiveSource is created on the first push and stays (clients of a point keep their
// connection while its encoder reconnects). One encoder feeds a point at a time.
class PushPoints {
public:
    // `create` makes the LiveSource for a new point (MmsServer registers it for clients);
    // `taken` says whether a name is already something else (a file, a --live, a relay).
    PushPoints(const QStringList &declared, bool anyName,
        std::function<LiveSource *(const QString &)> create,
        std::function<bool(const QString &)> taken);

    // Creates the declared points (without a header: clients hear "not found" until a push).
    void createDeclared();
    // 0 if an encoder may push to `name` now; else the HTTP status to refuse with.
    int refusal(const QString &name, const QObject *encoder) const;
    // The point's source, created if needed, now fed by `encoder`.
    LiveSource *claim(const QString &name, QObject *encoder);
    void release(const QString &name, const QObject *encoder);
    // [MS-WMHTTP] 2.2.1.3.1: the session id for push-id (never "0").
    QByteArray newPushId();
    static bool validName(const QString &name);

private:
    QStringList m_declared;
    bool m_anyName;
    std::function<LiveSource *(const QString &)> m_create;
    std::function<bool(const QString &)> m_taken;
    QHash<QString, LiveSource *> m_sources;
    QHash<QString, QPointer<QObject>> m_encoders;
    quint32 m_nextId = 1;
};
