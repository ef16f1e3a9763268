// SPDX-License-Identifier: GPL-3.0-or-later
// AuthThrottle (server/auththrottle): the brute-force delay doubles per failure of an address
// up to its maximum, a success clears it, and the table and the record stay bounded.
#include "server/auththrottle.h"

#include <QTest>

class tst_AuthThrottle : public QObject {
    Q_OBJECT
private slots:
    void delaysDoubleAndTableIsBounded();
    void forgottenAfterIdle();
};

void tst_AuthThrottle::delaysDoubleAndTableIsBounded()
{
    AuthThrottle::Config config;
    config.baseDelayMs = 100;
    config.maxDelayMs = 1000;
    config.maxAddresses = 4;
    AuthThrottle throttle(config);
    const QHostAddress first(QStringLiteral("10.0.0.1"));
    QList<int> delays;
    for (int i = 0; i < 6; ++i)
        delays.append(throttle.recordFailure(first).delayMs);
    QCOMPARE(delays, (QList<int> {100, 200, 400, 800, 1000, 1000}));
    QVERIFY(throttle.remainingDelayMs(first) > 0);
    // The others fail later than `first` on the throttle's clock, so `first` is idle longest.
    const qint64 firstAt = throttle.nowMs();
    QVERIFY(QTest::qWaitFor([&] { return throttle.nowMs() > firstAt; }, 1000));
    for (int i = 2; i < 50; ++i)
        throttle.recordFailure(QHostAddress(QStringLiteral("10.0.0.%1").arg(i)));
    QCOMPARE(throttle.addressCount(), 4);
    QCOMPARE(throttle.failures(first), 0); // forgotten: it was idle longest
    QCOMPARE(throttle.totalFailures(), 54);
    QCOMPARE(throttle.recentFailures().size(), 54);
    for (int i = 0; i < AuthThrottle::MaxRecords; ++i)
        throttle.recordFailure(QHostAddress(QStringLiteral("10.1.0.1")));
    QCOMPARE(throttle.recentFailures().size(), AuthThrottle::MaxRecords);
    throttle.recordSuccess(QHostAddress(QStringLiteral("10.1.0.1")));
    QCOMPARE(throttle.failures(QHostAddress(QStringLiteral("10.1.0.1"))), 0);
    QCOMPARE(throttle.remainingDelayMs(QHostAddress(QStringLiteral("10.1.0.1"))), 0);
}

void tst_AuthThrottle::forgottenAfterIdle()
{
    AuthThrottle::Config config;
    config.baseDelayMs = 10;
    config.forgetAfterMs = 1;
    AuthThrottle throttle(config);
    const QHostAddress address(QStringLiteral("192.0.2.7"));
    QCOMPARE(throttle.recordFailure(address).delayMs, 10);
    QCOMPARE(throttle.recordFailure(address).delayMs, 20);
    // After forgetAfterMs without failures, the count starts again from the base delay.
    const qint64 at = throttle.nowMs();
    QVERIFY(QTest::qWaitFor([&] { return throttle.nowMs() > at + 1; }, 1000));
    const AuthThrottle::Failure f = throttle.recordFailure(address);
    QCOMPARE(f.count, 1);
    QCOMPARE(f.delayMs, 10);
    throttle.markAnswered(f.id);
    QVERIFY(throttle.recentFailures().last().answeredAtMs >= f.failedAtMs);
}

QTEST_GUILESS_MAIN(tst_AuthThrottle)
#include "tst_auththrottle.moc"
