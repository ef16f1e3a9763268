// SPDX-License-Identifier: GPL-3.0-or-later
// PacketPacer: the one timer that paces every realtime session of mms-serve.
#include "server/packetpacer.h"

#include <QList>
#include <QTest>

#include <memory>
#include <vector>

class tst_PacketPacer : public QObject
{
    Q_OBJECT
private slots:
    void firesInOrderOfDueTime();
    void cancelledEntryNeverFires();
    void destroyedEntryNeverFires();
    void rescheduleReplacesDueTime();
    void entryReschedulesItselfFromCallback();
    void entriesDueAtTheSameTimeAllFire();
    void callbackCancelsAnotherDueEntry();
};

void tst_PacketPacer::firesInOrderOfDueTime()
{
    PacketPacer pacer;
    QList<int> fired;
    std::vector<std::unique_ptr<PacketPacer::Entry>> entries;
    const QList<int> delays = { 60, 10, 40, 0, 30, 20, 50 };
    for (int delay : delays)
        entries.push_back(std::make_unique<PacketPacer::Entry>(&pacer, [&fired, delay] { fired.append(delay); }));
    const qint64 start = pacer.now();
    for (qsizetype i = 0; i < delays.size(); ++i)
        entries[size_t(i)]->scheduleAt(start + delays.at(i));
    QCOMPARE(pacer.scheduledCount(), 7);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 7, 30000);
    QCOMPARE(fired, QList<int>({ 0, 10, 20, 30, 40, 50, 60 }));
    QCOMPARE(pacer.scheduledCount(), 0);
    for (const auto &entry : entries)
        QVERIFY(!entry->isScheduled());
}

void tst_PacketPacer::cancelledEntryNeverFires()
{
    PacketPacer pacer;
    int early = 0;
    int cancelled = 0;
    int late = 0;
    PacketPacer::Entry earlyEntry(&pacer, [&] { ++early; });
    PacketPacer::Entry cancelledEntry(&pacer, [&] { ++cancelled; });
    PacketPacer::Entry lateEntry(&pacer, [&] { ++late; });
    // The cancelled one is the earliest: the timer armed for it must still serve the others.
    cancelledEntry.scheduleIn(5);
    earlyEntry.scheduleIn(20);
    lateEntry.scheduleIn(60);
    cancelledEntry.cancel();
    QVERIFY(!cancelledEntry.isScheduled());
    cancelledEntry.cancel(); // twice is harmless
    QCOMPARE(pacer.scheduledCount(), 2);
    // The entry due last has fired, so anything due before it had its chance.
    QTRY_COMPARE_WITH_TIMEOUT(late, 1, 30000);
    QCOMPARE(early, 1);
    QCOMPARE(cancelled, 0);
}

void tst_PacketPacer::destroyedEntryNeverFires()
{
    PacketPacer pacer;
    int destroyedCalls = 0;
    int witness = 0;
    PacketPacer::Entry witnessEntry(&pacer, [&] { ++witness; });
    {
        PacketPacer::Entry doomed(&pacer, [&] { ++destroyedCalls; });
        doomed.scheduleIn(0);
    }
    QCOMPARE(pacer.scheduledCount(), 0);
    witnessEntry.scheduleIn(20);
    QTRY_COMPARE_WITH_TIMEOUT(witness, 1, 30000);
    QCOMPARE(destroyedCalls, 0);
}

void tst_PacketPacer::rescheduleReplacesDueTime()
{
    PacketPacer pacer;
    QList<int> fired;
    PacketPacer::Entry a(&pacer, [&] { fired.append(1); });
    PacketPacer::Entry b(&pacer, [&] { fired.append(2); });
    a.scheduleIn(10);
    b.scheduleIn(30);
    a.scheduleIn(60); // moves a after b; it fires once
    QCOMPARE(pacer.scheduledCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, 30000);
    QCOMPARE(fired, QList<int>({ 2, 1 }));
}

void tst_PacketPacer::entryReschedulesItselfFromCallback()
{
    PacketPacer pacer;
    int count = 0;
    QList<qint64> times;
    std::unique_ptr<PacketPacer::Entry> entry;
    entry = std::make_unique<PacketPacer::Entry>(&pacer, [&] {
        times.append(pacer.now());
        if (++count < 5)
            entry->scheduleIn(count % 2 ? 0 : 5); // "due now" must not loop inside one round
    });
    int other = 0;
    PacketPacer::Entry otherEntry(&pacer, [&] { ++other; });
    entry->scheduleIn(0);
    otherEntry.scheduleIn(15);
    QTRY_COMPARE_WITH_TIMEOUT(count, 5, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(other, 1, 30000);
    QVERIFY(!entry->isScheduled());
    QCOMPARE(pacer.scheduledCount(), 0);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY2(times.at(i) > times.at(i - 1), "a rescheduled entry waits for a later round");
}

void tst_PacketPacer::entriesDueAtTheSameTimeAllFire()
{
    PacketPacer pacer;
    constexpr int Count = 100;
    QList<int> fired;
    std::vector<std::unique_ptr<PacketPacer::Entry>> entries;
    for (int i = 0; i < Count; ++i)
        entries.push_back(std::make_unique<PacketPacer::Entry>(&pacer, [&fired, i] { fired.append(i); }));
    const qint64 due = pacer.now() + 20;
    for (const auto &entry : entries)
        entry->scheduleAt(due);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), Count, 30000);
    // Same due time: in the order they were scheduled, each once.
    for (int i = 0; i < Count; ++i)
        QCOMPARE(fired.at(i), i);
}

void tst_PacketPacer::callbackCancelsAnotherDueEntry()
{
    // What a session's pump may do to another session: cancel (or destroy) its entry, even one
    // due in the same round.
    PacketPacer pacer;
    int second = 0;
    auto victim = std::make_unique<PacketPacer::Entry>(&pacer, [&] { ++second; });
    bool firstFired = false;
    PacketPacer::Entry first(&pacer, [&] {
        firstFired = true;
        victim.reset();
    });
    const qint64 due = pacer.now() + 10;
    first.scheduleAt(due);
    victim->scheduleAt(due);
    int witness = 0;
    PacketPacer::Entry witnessEntry(&pacer, [&] { ++witness; });
    witnessEntry.scheduleAt(due + 20);
    QTRY_COMPARE_WITH_TIMEOUT(witness, 1, 30000);
    QVERIFY(firstFired);
    QCOMPARE(second, 0);
}

QTEST_GUILESS_MAIN(tst_PacketPacer)
#include "tst_packetpacer.moc"
