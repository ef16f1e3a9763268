// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/mainwindow.h"
#include "ui/playbackstatistics.h"
#include "ui/statisticsdialog.h"
#include "ui/streamspanel.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// View → Statistics on a stream from our own server: the figures are the ones the session and the
// server counted.
class tst_Statistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresMatchSessionAndServer();
    void gapsOfUnselectedStreamsAreSkippedNotLost();
    void overHttpTheWindowNamesTheWire();
};

void tst_Statistics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_Statistics::figuresMatchSessionAndServer()
{
    using Field = StatisticsDialog::Field;
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QSignalSpy ended(&session, &MmsSession::endOfStream);
    const QUrl url = server.url(QStringLiteral("clip.wmv"));
    window.openUrl(url);
    window.showStatistics();
    StatisticsDialog *dialog = window.statisticsDialog();
    QVERIFY(dialog && dialog->isVisible());

    // The burst delivers the whole clip quickly; the server's ReportEndOfStream ends the play.
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
    QCOMPARE(ended.at(0).at(0).toUInt(), 0u);
    const PlaybackStatistics *statistics = window.statistics();
    const quint64 filePackets = session.header().file.dataPacketsCount;
    QVERIFY(filePackets > 10);
    QCOMPARE(session.packetsReceived(), filePackets);
    QCOMPARE(statistics->packetsReceived(), filePackets);
    QCOMPARE(statistics->bytesReceived(), session.bytesReceived());
    QCOMPARE(statistics->packetsLost(), 0u);
    QCOMPARE(statistics->packetsSkipped(), 0u);
    // A burst brings every packet long before its send time: none is late.
    QCOMPARE(statistics->packetsLate(), 0u);
    // Everything arrived within the last second or two: the window's rate is the bytes over it.
    const quint32 received = statistics->receivedBitrate();
    QVERIFY2(received >= session.bytesReceived() * 8 / 5 && received <= session.bytesReceived() * 8,
             qPrintable(QString::number(received)));

    // The server logged the same count: the Logging the session sent at the end of the play.
    QTRY_COMPARE_WITH_TIMEOUT(server.all<mms::Logging>().size(), 1, 60000);
    QCOMPARE(quint64(server.all<mms::Logging>().constFirst().info.packetsReceived), filePackets);

    // Frames: clip.wmv has 125 (ffprobe); every one is either rendered or counted as dropped.
    QTRY_VERIFY_WITH_TIMEOUT(statistics->framesRendered() >= 25, 60000);

    dialog->refresh();
    const QLocale locale;
    QCOMPARE(dialog->text(Field::Protocol), QStringLiteral("MMS over TCP"));
    QVERIFY(!session.serverVersion().isEmpty());
    QCOMPARE(dialog->text(Field::ServerVersion), session.serverVersion());
    QCOMPARE(dialog->text(Field::Url), url.toString());
    QCOMPARE(dialog->text(Field::PacketsReceived), locale.toString(filePackets));
    QCOMPARE(dialog->text(Field::PacketsLost), locale.toString(0));
    QCOMPARE(dialog->text(Field::PacketsLate), locale.toString(0));
    quint32 selected = 0;
    for (const asf::Stream &stream : session.header().streams)
        selected += stream.bitrate;
    QCOMPARE(statistics->selectedBitrate(), selected);
    QCOMPARE(dialog->text(Field::SelectedBitrate),
             QStringLiteral("%1 kbit/s").arg(locale.toString(selected / 1000.0, 'f', 1)));
    QVERIFY(dialog->text(Field::FramesRendered) != locale.toString(0));

    // At the end every frame was either shown or counted as dropped.
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Ended,
                              60000);
    const quint64 frames = statistics->framesRendered() + statistics->framesDropped();
    QVERIFY2(frames >= 123 && frames <= 126, qPrintable(QString::number(frames)));
}

void tst_Statistics::overHttpTheWindowNamesTheWire()
{
    // An mmsh:// link plays in the window like any other; the status bar and the statistics say
    // it goes over HTTP.
    using Field = StatisticsDialog::Field;
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QUrl url = server.url(QStringLiteral("clip.wmv"));
    url.setScheme(QStringLiteral("mmsh"));
    window.openUrl(url);
    window.showStatistics();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 10000);
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("(MMS over HTTP)")), 5000);
    window.statisticsDialog()->refresh();
    QCOMPARE(window.statisticsDialog()->text(Field::Protocol), QStringLiteral("MMS over HTTP"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statistics()->framesRendered() >= 25, 15000);
    QCOMPARE(server.messages().size(), 0); // not one MS-MMSP message
}

void tst_Statistics::gapsOfUnselectedStreamsAreSkippedNotLost()
{
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    QSignalSpy ended(&session, &MmsSession::endOfStream);
    // multi.wmv: video 1 (300k), video 2 (100k), audio 3; the session plays 1 and 3, so the
    // server leaves out the packets that carry only stream 2.
    window.openUrl(server.url(QStringLiteral("multi.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
    QCOMPARE(session.selectedStreams(), (QList<int> { 1, 3 }));
    const PlaybackStatistics *statistics = window.statistics();
    const quint64 filePackets = session.header().file.dataPacketsCount;
    QCOMPARE(statistics->packetsReceived(), session.packetsReceived());
    QVERIFY(statistics->packetsReceived() < filePackets);
    QVERIFY(statistics->packetsSkipped() > 0);
    QVERIFY(statistics->packetsReceived() + statistics->packetsSkipped() <= filePackets);
    QCOMPARE(statistics->packetsLost(), 0u);
}

QTEST_MAIN(tst_Statistics)
#include "tst_statistics.moc"
