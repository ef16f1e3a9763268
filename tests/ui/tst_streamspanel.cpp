// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/streamratemonitor.h"
#include "ui/streamspanel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// The Streams panel with ffmpeg's files (issue 12): their headers state no video bit rate, so the
// panel shows the rate measured from the packets ("≈ 360 kbit/s"), updated at most once a second,
// and its columns fit without a horizontal scroll bar at the window's default size.
class tst_StreamsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void ffmpegClipShowsAMeasuredRate();
    void unplayedStreamStaysUnknown();
    void measuredRateSettlesOncePerSecond();
    void headerRatesAreNotMeasured();

private:
    static constexpr int BitrateColumn = 3;
    // The measured figure in kbit/s of "≈ N kbit/s", or -1 when the text is not that.
    static int measuredKbps(const QString &text);
    static quint32 fileRate(const char *name, int stream);
    static void verifyColumnsFit(MainWindow &window);
};

void tst_StreamsPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MMS Player tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_streamspanel"));
    QSettings().clear();
    AppSettings().setBufferingMs(1000);
}

int tst_StreamsPanel::measuredKbps(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^≈ (\\d+) kbit/s$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

quint32 tst_StreamsPanel::fileRate(const char *name, int stream)
{
    // What the whole file measures (its payload bytes over its duration), independently of the
    // packets the player happens to have seen.
    auto opened = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name));
    return opened.ok() ? opened.file->measureStreamBitrates().value(stream) : 0;
}

void tst_StreamsPanel::verifyColumnsFit(MainWindow &window)
{
    QTreeWidget *tree = window.streamsPanel()->tree();
    const QAbstractItemView *view = tree; // QTreeView makes sizeHintForColumn protected
    QCOMPARE(window.size(), QSize(960, 600)); // the default size, as the window came up
    QTRY_COMPARE(tree->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!tree->horizontalScrollBar()->isVisible());
    // No column is cut: each is at least as wide as its contents and its title.
    for (int column = 0; column < tree->columnCount(); ++column) {
        if (tree->isColumnHidden(column))
            continue;
        QVERIFY2(tree->columnWidth(column) >= view->sizeHintForColumn(column),
            qPrintable(QString::number(column)));
        QVERIFY(tree->columnWidth(column) >= tree->header()->sectionSizeHint(column));
    }
    QStringList widths;
    for (int column = 0; column < tree->columnCount(); ++column)
        widths << QString::number(tree->columnWidth(column));
    qInfo() << "columns" << widths << "panel" << window.streamsPanel()->width() << "dock"
            << window.streamsPanel()->parentWidget()->width();
    // And the picture keeps most of the window.
    QVERIFY(window.streamsPanel()->width() < window.width() / 2);
}

void tst_StreamsPanel::ffmpegClipShowsAMeasuredRate()
{
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeWidget *tree = window.streamsPanel()->tree();

    // Right when the header is shown no packet has come: the video rate is unknown.
    QStringList atHeader;
    connect(window.controller(), &PlaybackController::headerChanged, this, [&] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            atHeader << tree->topLevelItem(i)->text(BitrateColumn);
    });
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(atHeader.size(), 2, 10000);
    QCOMPARE(atHeader, (QStringList {QStringLiteral("unknown"), QStringLiteral("64 kbit/s")}));

    // Then the measured figure: near what the file holds (the burst delivers the whole 5 s clip).
    QTRY_VERIFY_WITH_TIMEOUT(measuredKbps(tree->topLevelItem(0)->text(BitrateColumn)) > 0, 10000);
    const quint32 expected = fileRate("clip.wmv", 1);
    QVERIFY(expected > 250000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        qAbs(measuredKbps(tree->topLevelItem(0)->text(BitrateColumn)) * 1000.0 - expected)
            < 0.1 * expected,
        qPrintable(tree->topLevelItem(0)->text(BitrateColumn)), 10000);
    QVERIFY(tree->topLevelItem(0)->toolTip(BitrateColumn).contains(QStringLiteral("Measured")));
    QCOMPARE(tree->topLevelItem(1)->text(BitrateColumn), QStringLiteral("64 kbit/s"));
    QCOMPARE(window.rateMonitor()->bitrates().keys(), QList<int> {1});
    verifyColumnsFit(window);
}

void tst_StreamsPanel::unplayedStreamStaysUnknown()
{
    // multi.wmv: video 1 (300k) and audio 3 play, video 2 (100k) is not selected: no packet of it
    // comes, so it is not measured. Three rows, still no horizontal scroll bar.
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openUrl(server.url(QStringLiteral("multi.wmv")));
    QTreeWidget *tree = window.streamsPanel()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 3
            && measuredKbps(tree->topLevelItem(0)->text(BitrateColumn)) > 0,
        15000);
    QCOMPARE(window.streamsPanel()->selectedStreams(), (QList<int> {1, 3}));
    // Every packet is in and the last report made.
    QTRY_VERIFY_WITH_TIMEOUT(
        session.state() == MmsSession::State::Ready && !window.rateMonitor()->hasPendingReport(),
        15000);
    QCOMPARE(tree->topLevelItem(1)->text(BitrateColumn), QStringLiteral("unknown"));
    QCOMPARE(tree->topLevelItem(2)->text(BitrateColumn), QStringLiteral("64 kbit/s"));
    verifyColumnsFit(window);
}

void tst_StreamsPanel::measuredRateSettlesOncePerSecond()
{
    // At the real pace a 5 s clip takes about 5 s: the figure is reported a few times while it
    // plays, never twice within a second, and not per packet (clip.wmv has ~140 packets).
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QElapsedTimer clock;
    QList<qint64> reports;
    connect(window.rateMonitor(), &StreamRateMonitor::bitratesChanged, this,
        [&](const QHash<int, quint32> &rates) {
            if (!rates.isEmpty())
                reports.append(clock.elapsed());
        });
    clock.start();
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(
        window.controller()->state(), PlaybackController::State::Ended, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        session.state() == MmsSession::State::Ready && !window.rateMonitor()->hasPendingReport(),
        5000);
    qInfo() << "reports at" << reports << "ms;" << session.packetsReceived() << "packets";
    QVERIFY2(reports.size() >= 2, "the figure is updated while the clip plays");
    QVERIFY(quint64(reports.size()) * 10 < session.packetsReceived());
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY2(reports.at(i) - reports.at(i - 1) >= StreamRateMonitor::ReportIntervalMs - 20,
            qPrintable(QString::number(reports.at(i) - reports.at(i - 1))));
    QVERIFY(measuredKbps(window.streamsPanel()->tree()->topLevelItem(0)->text(BitrateColumn)) > 0);
}

void tst_StreamsPanel::headerRatesAreNotMeasured()
{
    // audio.wma states its rate (WAVEFORMATEX): the monitor reports nothing, the panel shows it.
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QSignalSpy reports(window.rateMonitor(), &StreamRateMonitor::bitratesChanged);
    window.openUrl(server.url(QStringLiteral("audio.wma")));
    QTRY_VERIFY_WITH_TIMEOUT(session.packetsReceived() > 0
            && session.state() == MmsSession::State::Ready
            && !window.rateMonitor()->hasPendingReport(),
        15000);
    QCOMPARE(reports.size(), 0);
    QCOMPARE(window.streamsPanel()->tree()->topLevelItem(0)->text(BitrateColumn),
        QStringLiteral("64 kbit/s"));
}

QTEST_MAIN(tst_StreamsPanel)
#include "tst_streamspanel.moc"
