// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/packetpacer.h"

namespace {

// QTimer takes an int; a far due time is re-checked after this long instead.
constexpr qint64 MaxTimerMs = 24 * 3600 * 1000;

} // namespace

PacketPacer::Entry::Entry(PacketPacer *pacer, std::function<void()> callback)
    : m_pacer(pacer), m_callback(std::move(callback))
{
    Q_ASSERT(m_pacer);
}

PacketPacer::Entry::~Entry()
{
    cancel();
}

void PacketPacer::Entry::scheduleAt(qint64 dueMs)
{
    cancel();
    m_pacer->insert(this, dueMs);
}

void PacketPacer::Entry::cancel()
{
    if (m_scheduled)
        m_pacer->remove(this);
}

PacketPacer::PacketPacer(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // Pacing is to the millisecond: a coarse timer may be 5 % late, 50 ms on a 1 s wait.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PacketPacer::fire);
}

PacketPacer::~PacketPacer()
{
    // Normally empty (the owner destroys its clients first); should an entry outlive us, it
    // must not reach into a dead queue when it is cancelled or destroyed.
    for (auto &[key, entry] : m_queue)
        entry->m_scheduled = false;
}

void PacketPacer::insert(Entry *entry, qint64 dueMs)
{
    // An entry scheduled from a callback for a time already reached waits for the next round,
    // so a callback that keeps rescheduling itself cannot keep fire() from returning to the
    // event loop.
    if (m_firing)
        dueMs = qMax(dueMs, m_firingAt + 1);
    entry->m_position = m_queue.emplace(std::pair(dueMs, m_nextSequence++), entry).first;
    entry->m_scheduled = true;
    // Re-arming costs a QTimer restart: only when this entry is due before what the timer is
    // armed for. fire() arms once for all the entries scheduled while it runs.
    if (!m_firing && (!m_timer.isActive() || dueMs < m_armedDue))
        arm(dueMs);
}

void PacketPacer::remove(Entry *entry)
{
    // The timer stays armed: if it fires with nothing due it is simply armed again, cheaper
    // than a restart on every cancel.
    m_queue.erase(entry->m_position);
    entry->m_scheduled = false;
}

void PacketPacer::arm(qint64 dueMs)
{
    m_armedDue = dueMs;
    m_timer.start(int(qBound(qint64(0), dueMs - now(), MaxTimerMs)));
}

void PacketPacer::fire()
{
    m_firing = true;
    m_firingAt = now();
    // begin() is read again after every callback: a callback may cancel or schedule entries.
    while (!m_queue.empty() && m_queue.begin()->first.first <= m_firingAt) {
        Entry *entry = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        entry->m_scheduled = false;
        // A copy: the callback may destroy its own entry (and with it m_callback).
        const std::function<void()> callback = entry->m_callback;
        callback();
    }
    m_firing = false;
    if (!m_queue.empty())
        arm(m_queue.begin()->first.first);
}
