// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auththrottle.h"

AuthThrottle::AuthThrottle(const Config &config) : m_config(config)
{
    m_clock.start();
}

void AuthThrottle::forgetIdle(qint64 now)
{
    for (auto it = m_addresses.begin(); it != m_addresses.end();) {
        if (now - it->lastMs > m_config.forgetAfterMs)
            it = m_addresses.erase(it);
        else
            ++it;
    }
}

AuthThrottle::Failure AuthThrottle::recordFailure(const QHostAddress &address)
{
    const qint64 now = nowMs();
    auto it = m_addresses.find(address);
    if (it == m_addresses.end()) {
        if (m_addresses.size() >= m_config.maxAddresses) {
            forgetIdle(now);
            if (m_addresses.size() >= m_config.maxAddresses) {
                // Still full: forget the address idle longest (a linear scan, only when full).
                auto oldest = m_addresses.begin();
                for (auto a = m_addresses.begin(); a != m_addresses.end(); ++a) {
                    if (a->lastMs < oldest->lastMs)
                        oldest = a;
                }
                m_addresses.erase(oldest);
            }
        }
        it = m_addresses.insert(address, State {});
    } else if (now - it->lastMs > m_config.forgetAfterMs) {
        it->count = 0;
    }
    it->count = qMin(it->count + 1, 1000);
    it->lastMs = now;

    Failure failure;
    failure.id = m_nextId++;
    failure.address = address;
    failure.count = it->count;
    qint64 delay = m_config.baseDelayMs;
    for (int i = 1; i < it->count && delay < m_config.maxDelayMs; ++i)
        delay *= 2;
    failure.delayMs = int(qMin<qint64>(delay, m_config.maxDelayMs));
    it->delayMs = failure.delayMs;
    failure.failedAtMs = now;
    ++m_total;
    m_records.append(failure);
    if (m_records.size() > MaxRecords)
        m_records.removeFirst();
    return failure;
}

void AuthThrottle::markAnswered(quint64 id)
{
    for (Failure &f : m_records) {
        if (f.id == id)
            f.answeredAtMs = nowMs();
    }
}

void AuthThrottle::recordSuccess(const QHostAddress &address)
{
    m_addresses.remove(address);
}

int AuthThrottle::failures(const QHostAddress &address) const
{
    const auto it = m_addresses.constFind(address);
    return it == m_addresses.constEnd() ? 0 : it->count;
}

int AuthThrottle::remainingDelayMs(const QHostAddress &address) const
{
    const auto it = m_addresses.constFind(address);
    if (it == m_addresses.constEnd())
        return 0;
    return int(qMax<qint64>(0, it->lastMs + it->delayMs - nowMs()));
}
