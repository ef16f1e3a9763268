// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

// Slows password guessing: each failed login from an address makes that address wait before
// its next answer, twice as long as the last time (base, 2x, 4x, .. up to a maximum). A success
// clears the address. The table is bounded: past its size the address idle longest is
// forgotten, and addresses idle longer than `forgetAfterMs` are dropped.
class AuthThrottle {
public:
    struct Config {
        int baseDelayMs = 1000;
        int maxDelayMs = 30000;
        int maxAddresses = 4096;
        int forgetAfterMs = 15 * 60 * 1000;
    };
    // One failed login, for the log and the tests: when it failed, the delay it earned and
    // when the answer after that delay went out (-1 until then).
    struct Failure {
        quint64 id = 0;
        QHostAddress address;
        int count = 0; // failures of this address in a row, this one included
        int delayMs = 0;
        qint64 failedAtMs = 0; // on this throttle's monotonic clock
        qint64 answeredAtMs = -1;
    };
    static constexpr int MaxRecords = 256;

    AuthThrottle() : AuthThrottle(Config {}) { }
    explicit AuthThrottle(const Config &config);

    // Records a failure; the returned record's delayMs is how long to wait before answering.
    Failure recordFailure(const QHostAddress &address);
    void markAnswered(quint64 id);
    void recordSuccess(const QHostAddress &address);

    int failures(const QHostAddress &address) const;
    // How much of the delay earned by the address's last failure is still to run (0 if none):
    // a costly password check is not even started while it runs.
    int remainingDelayMs(const QHostAddress &address) const;
    int addressCount() const { return int(m_addresses.size()); }
    qint64 totalFailures() const { return m_total; }
    // The latest failures, oldest first (at most MaxRecords).
    const QList<Failure> &recentFailures() const { return m_records; }
    qint64 nowMs() const { return m_clock.elapsed(); }
    const Config &config() const { return m_config; }

private:
    struct State {
        int count = 0;
        qint64 lastMs = 0;
        int delayMs = 0;
    };
    void forgetIdle(qint64 now);

    Config m_config;
    QElapsedTimer m_clock;
    QHash<QHostAddress, State> m_addresses;
    QList<Failure> m_records;
    quint64 m_nextId = 1;
    qint64 m_total = 0;
};
