// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/liveheaderwait.h"

#include "server/livesource.h"

LiveHeaderWait::LiveHeaderWait(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(false); });
}

LiveHeaderWait::~LiveHeaderWait()
{
    cancel();
}

void LiveHeaderWait::start(LiveSource *live, int timeoutMs, std::function<void(bool)> done)
{
    cancel();
    m_done = std::move(done);
    m_ready = connect(live, &LiveSource::headerReady, this, [this] { finish(true); });
    m_gone = connect(live, &QObject::destroyed, this, [this] { finish(false); });
    m_timer.start(qMax(0, timeoutMs));
}

void LiveHeaderWait::cancel()
{
    m_timer.stop();
    disconnect(m_ready);
    disconnect(m_gone);
    m_done = nullptr;
}

void LiveHeaderWait::finish(bool ready)
{
    // `done` may start another wait or delete the session: take it out first.
    std::function<void(bool)> done = std::move(m_done);
    cancel();
    if (done)
        done(ready);
}
