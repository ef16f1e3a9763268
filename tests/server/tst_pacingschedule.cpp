// SPDX-License-Identifier: GPL-3.0-or-later
// The realtime pacing schedule as arithmetic: send times, Fast Start, odd inputs.
#include "server/pacingschedule.h"

#include <QTest>

class tst_PacingSchedule : public QObject
{
    Q_OBJECT
private slots:
    void followsSendTimes();
    void fastStartThenRealtime();
    void fastStartSlowerThanContent();
    void earlierSendTimesAreDueAtOnce();
};

void tst_PacingSchedule::followsSendTimes()
{
    PacingSchedule schedule;
    schedule.start(3100);
    QCOMPARE(schedule.dueMs(3100, 3200), 0);
    QCOMPARE(schedule.dueMs(3100, 3200), 0);
    QCOMPARE(schedule.dueMs(3140, 3200), 40);
    QCOMPARE(schedule.dueMs(5100, 3200), 2000);
    QVERIFY(!schedule.inFastStart());
}

void tst_PacingSchedule::fastStartThenRealtime()
{
    // 3200-byte packets every 100 ms (256 kbit/s content); Fast Start: 1000 ms of content at
    // 1,024,000 bit/s, i.e. 25 ms per packet.
    PacingSchedule schedule;
    schedule.start(0, 1024000, 1000);
    QVERIFY(schedule.inFastStart());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(schedule.dueMs(quint32(i * 100), 3200), qint64(i * 25));
    // Ten packets took 250 ms; content time 1000 ms continues right after them, realtime.
    QCOMPARE(schedule.dueMs(1000, 3200), 250);
    QVERIFY(!schedule.inFastStart());
    QCOMPARE(schedule.dueMs(1100, 3200), 350);
    QCOMPARE(schedule.dueMs(3000, 3200), 2250);
}

void tst_PacingSchedule::fastStartSlowerThanContent()
{
    // An accel rate below the content rate only delays: 3200 bytes at 128 kbit/s = 200 ms each.
    PacingSchedule schedule;
    schedule.start(0, 128000, 200);
    QCOMPARE(schedule.dueMs(0, 3200), 0);
    QCOMPARE(schedule.dueMs(100, 3200), 200);
    QCOMPARE(schedule.dueMs(200, 3200), 400); // 400 ms of burst for 200 ms of content
    QCOMPARE(schedule.dueMs(300, 3200), 500);
}

void tst_PacingSchedule::earlierSendTimesAreDueAtOnce()
{
    PacingSchedule schedule;
    schedule.start(1000);
    QCOMPARE(schedule.dueMs(1500, 100), 500);
    QCOMPARE(schedule.dueMs(900, 100), 0);
    // Restarting resets everything.
    schedule.start(0, 8000, 1000);
    QCOMPARE(schedule.dueMs(0, 100), 0);
    QCOMPARE(schedule.dueMs(0, 100), 100);
}

QTEST_APPLESS_MAIN(tst_PacingSchedule)
#include "tst_pacingschedule.moc"
