// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <utility>

// One timer for the realtime pacing of every session of a server. With one QTimer per session,
// Qt 6.4 pays O(number of timers) on every start and stop (QTimerInfoList is a sorted list
// searched linearly), which made packets late from ~1500 sessions on (docs/benchmarks.md §1).
// Here the due times sit in an ordered map (O(log n) insert and cancel) and a single precise
// single-shot QTimer is armed for the earliest one.
//
// Owned by MmsServer, which must destroy its sessions (and so their entries) before it.
class PacketPacer : public QObject
{
    Q_OBJECT
public:
    // A client's place in the pacer: at most one due time, a callback, and cancellation on
    // destruction, so a destroyed client can never be called.
    class Entry
    {
    public:
        Entry(PacketPacer *pacer, std::function<void()> callback);
        ~Entry();
        Q_DISABLE_COPY_MOVE(Entry)

        // Calls the callback once at (or as soon as possible after) dueMs on the pacer's clock;
        // replaces a time set before.
        void scheduleAt(qint64 dueMs);
        void scheduleIn(qint64 delayMs) { scheduleAt(m_pacer->now() + delayMs); }
        void cancel();
        bool isScheduled() const { return m_scheduled; }

    private:
        friend class PacketPacer;
        PacketPacer *m_pacer = nullptr;
        std::function<void()> m_callback;
        bool m_scheduled = false;
        // Valid while m_scheduled: where this entry sits in m_pacer's queue.
        std::map<std::pair<qint64, quint64>, Entry *>::iterator m_position;
    };

    explicit PacketPacer(QObject *parent = nullptr);
    ~PacketPacer() override;

    // Milliseconds since the pacer was created: the clock of Entry::scheduleAt.
    qint64 now() const { return m_clock.elapsed(); }
    int scheduledCount() const { return int(m_queue.size()); }

private:
    // (due time, insertion number): entries due at the same time keep their order and all fire.
    using Queue = std::map<std::pair<qint64, quint64>, Entry *>;

    void insert(Entry *entry, qint64 dueMs);
    void remove(Entry *entry);
    void arm(qint64 dueMs);
    void fire();

    QElapsedTimer m_clock;
    QTimer m_timer;
    Queue m_queue;
    quint64 m_nextSequence = 0;
    qint64 m_armedDue = 0; // what m_timer is armed for, while it is active
    bool m_firing = false;
    qint64 m_firingAt = 0; // the time fire() runs for, while m_firing
};
