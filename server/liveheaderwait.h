// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QTimer>
#include <functional>

class LiveSource;

// A session that opened a broadcast whose encoder or upstream has not sent its header yet
// (SessionMedia::OpenResult::waiting) waits here: `done` runs once, with true when the header
// came (LiveSource::headerReady), false when `timeoutMs` passed first or the source went. Each
// session has its own wait, so every client waiting for one source gets the header when it
// comes. Cancelled by cancel() or by deleting the wait.
class LiveHeaderWait : public QObject {
    Q_OBJECT
public:
    explicit LiveHeaderWait(QObject *parent = nullptr);
    ~LiveHeaderWait() override;

    void start(LiveSource *live, int timeoutMs, std::function<void(bool ready)> done);
    void cancel();
    bool isActive() const { return m_timer.isActive(); }

private:
    void finish(bool ready);

    QTimer m_timer;
    QMetaObject::Connection m_ready;
    QMetaObject::Connection m_gone;
    std::function<void(bool)> m_done;
};
