// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/playlistpanel.h"
#include "ui/playerwidget.h"
#include "ui/playlistplayer.h"

#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

// Playlists in the window: a local .asx with entries on our own server, played in order.
class tst_PlaylistPlayback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void advancesToTheNextEntryAtTheEnd();
    void nextAndPreviousButtons();
    void unloadablePlaylistIsReported();
    void httpRefPlaysOverHttp();

private:
    QString writeAsx(const TestServer &server, const QString &body);
    QTemporaryDir m_dir;
};

void tst_PlaylistPlayback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    AppSettings().setBufferingMs(0); // start each entry as soon as the backend can
}

QString tst_PlaylistPlayback::writeAsx(const TestServer &server, const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("@BASE@"), server.url(QString()).toString());
    const QString path = m_dir.filePath(QStringLiteral("list.asx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(text.toUtf8());
    return path;
}

void tst_PlaylistPlayback::advancesToTheNextEntryAtTheEnd()
{
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    // The first entry's first REF does not exist: the second REF is tried next.
    const QString path = writeAsx(server, QStringLiteral(R"(<ASX VERSION="3.0">
  <TITLE>Test list</TITLE>
  <ENTRY>
    <TITLE>The clip</TITLE><AUTHOR>Tests</AUTHOR>
    <REF HREF="@BASE@no-such-file.wmv"/>
    <REF HREF="@BASE@clip.wmv"/>
  </ENTRY>
  <ENTRY><TITLE>The sound</TITLE><REF HREF="@BASE@audio.wma"/></ENTRY>
</ASX>)"));
    QVERIFY(!path.isEmpty());
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(QUrl::fromLocalFile(path));

    // The panel lists the entries and shows itself.
    QTreeWidget *tree = window.playlistPanel()->tree();
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 2, 60000);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("The clip"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Tests"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("The sound"));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("playlistDock"))->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Playing,
                              60000);
    QCOMPARE(window.playlistPlayer()->currentIndex(), 0);
    QCOMPARE(window.playlistPlayer()->currentUrl(), server.url(QStringLiteral("clip.wmv")));
    QVERIFY(tree->topLevelItem(0)->font(0).bold());

    // At the end of the clip the next entry opens by itself.
    QTRY_COMPARE_WITH_TIMEOUT(window.playlistPlayer()->currentIndex(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(server.openedFiles().size(), 3, 60000);
    QCOMPARE(server.openedFiles(),
             (QStringList { QStringLiteral("no-such-file.wmv"), QStringLiteral("clip.wmv"),
                            QStringLiteral("audio.wma") }));
    QVERIFY(tree->topLevelItem(1)->font(0).bold());
    QVERIFY(!tree->topLevelItem(0)->font(0).bold());
    QVERIFY(!window.playlistPanel()->nextButton()->isEnabled());
    QVERIFY(window.playlistPanel()->previousButton()->isEnabled());
}

void tst_PlaylistPlayback::nextAndPreviousButtons()
{
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QString path = writeAsx(server, QStringLiteral(R"(<ASX VERSION="3.0">
  <ENTRY><REF HREF="@BASE@clip.wmv"/></ENTRY>
  <ENTRY><REF HREF="@BASE@audio.wma"/></ENTRY>
</ASX>)"));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(QUrl::fromLocalFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    PlaylistPanel *panel = window.playlistPanel();
    QVERIFY(!panel->previousButton()->isEnabled());
    QVERIFY(panel->nextButton()->isEnabled());
    // An entry without a title shows its address.
    QCOMPARE(panel->tree()->topLevelItem(1)->text(0), server.url(QStringLiteral("audio.wma")).toString());

    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.openedFiles().size(), 2, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    QCOMPARE(window.playlistPlayer()->currentIndex(), 1);

    QTest::mouseClick(panel->previousButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.openedFiles().size(), 3, 60000);
    QCOMPARE(server.openedFiles(),
             (QStringList { QStringLiteral("clip.wmv"), QStringLiteral("audio.wma"),
                            QStringLiteral("clip.wmv") }));
    QCOMPARE(window.playlistPlayer()->currentIndex(), 0);
}

void tst_PlaylistPlayback::unloadablePlaylistIsReported()
{
    MmsSession session;
    MainWindow window(&session);
    window.openUrl(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("missing.asx"))));
    QTRY_VERIFY_WITH_TIMEOUT(
            window.playerWidget()->errorText().startsWith(
                    QStringLiteral("The playlist could not be loaded: ")),
            60000);
}


void tst_PlaylistPlayback::httpRefPlaysOverHttp()
{
    // A "[Reference]" file as Windows Media Services writes them: the http:// REF first. It is
    // played as MMS over HTTP (mms-serve answers both on one port), not skipped for the mms://.
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QUrl http = server.url(QStringLiteral("clip.wmv"));
    http.setScheme(QStringLiteral("http"));
    const QString path = m_dir.filePath(QStringLiteral("reference.asx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[Reference]\r\nRef1=" + http.toEncoded() + "?MSWMExt=.asf\r\nRef2="
               + server.url(QStringLiteral("audio.wma")).toEncoded() + "\r\n");
    file.close();
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(QUrl::fromLocalFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    QCOMPARE(session.transport(), MmsSession::Transport::Http);
    QCOMPARE(window.playlistPlayer()->currentUrl().scheme(), QStringLiteral("http"));
    QVERIFY(server.openedFiles().isEmpty()); // nothing asked over TCP
}

QTEST_MAIN(tst_PlaylistPlayback)
#include "tst_playlistplayback.moc"
