// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "ui/playbackcontroller.h"
#include "ui/playerwidget.h"

#include <QAbstractEventDispatcher>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <utility>

// What the status bar is told about the buffer while a stream plays through PlaybackController:
// the level at most once per event-loop pass, and only when it moved by a step (or emptied).
// While the player keeps up, each packet is appended and read in one pass (two levelChanged) and
// the level jitters below 4 KiB; reporting each change set the status bar label, relaid and
// repainted the window twice per packet.
class tst_BufferLevelReport : public QObject
{
    Q_OBJECT
private slots:
    void reportsSettledLevelAtMostOncePerPass_data();
    void reportsSettledLevelAtMostOncePerPass();
};

void tst_BufferLevelReport::reportsSettledLevelAtMostOncePerPass_data()
{
    QTest::addColumn<bool>("burst");
    // Realtime: the player keeps up, the level stays within a step of 0.
    QTest::newRow("realtime") << false;
    // Burst: the whole clip arrives before the player starts (a buffering time longer than the
    // clip), then the player drains it: the level climbs and falls through many steps, and ends
    // at 0. Were the player started at once, how far the level climbs would depend on how fast
    // the machine delivers the packets and how much GStreamer's queues take in ahead of time.
    QTest::newRow("burst") << true;
}

void tst_BufferLevelReport::reportsSettledLevelAtMostOncePerPass()
{
    QFETCH(bool, burst);
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = burst ? MmsServerConfig::Pace::Burst : MmsServerConfig::Pace::Realtime;
    MmsServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    PlayerWidget widget;
    PlaybackController controller(&session, &widget);
    if (burst)
        controller.setBufferingMs(3600 * 1000); // the player starts at ReportEndOfStream

    quint64 pass = 0;
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, this,
            [&] { ++pass; });
    QList<quint64> reportPasses;
    QList<qint64> reports;
    int reportsNotMatchingLevel = 0;
    connect(&controller, &PlaybackController::bufferLevelChanged, this,
            [&](qint64 bytes, double) {
                reportPasses.append(pass);
                reports.append(bytes);
                if (!controller.buffer() || controller.buffer()->level() != bytes)
                    ++reportsNotMatchingLevel;
            });
    QSignalSpy ended(&controller, &PlaybackController::streamEnded);
    QSignalSpy packets(&session, &MmsSession::dataPacketReceived);

    controller.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackController::State::Ended, 60000);

    // The clip's packets went through the buffer (an append and at least one read each), yet the
    // level was reported at most once per pass, and each report was the level at the time.
    QCOMPARE(quint64(packets.count()), session.header().file.dataPacketsCount);
    QCOMPARE(reportsNotMatchingLevel, 0);
    QCOMPARE(QSet<quint64>(reportPasses.cbegin(), reportPasses.cend()).size(), reportPasses.size());
    // Reports move by a packet or a tenth of a second of content (whichever is larger), or say
    // the buffer is empty: the jitter of a player that keeps up is not reported.
    const asf::Header &header = session.header();
    const qint64 step = qMax<qint64>(header.packetSize(), qint64(header.totalBitrate()) / 8 / 10);
    qint64 previous = 0; // a new buffer starts empty
    for (qint64 level : std::as_const(reports)) {
        const qint64 moved = qAbs(level - previous);
        QVERIFY2(moved >= step || (level == 0 && moved > 0),
                 qPrintable(QStringLiteral("%1 -> %2").arg(previous).arg(level)));
        previous = level;
    }
    if (burst) {
        // Appends only, then reads only: the reports climb to the top, then fall to 0.
        const auto top = std::max_element(reports.cbegin(), reports.cend());
        QVERIFY(top != reports.cend());
        QVERIFY(std::is_sorted(reports.cbegin(), top + 1));
        QVERIFY(std::is_sorted(top, reports.cend(), std::greater<qint64>()));
        QVERIFY2(reports.size() >= 10, qPrintable(QString::number(reports.size())));
        QCOMPARE(reports.last(), 0); // drained
    } else {
        QVERIFY(reports.size() < packets.count());
    }
}

QTEST_MAIN(tst_BufferLevelReport)
#include "tst_bufferlevelreport.moc"
