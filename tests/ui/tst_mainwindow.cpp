// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/mmscodec.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "ui/mainwindow.h"
#include "ui/openurldialog.h"
#include "ui/playercontrols.h"
#include "ui/playerwidget.h"
#include "ui/streamspanel.h"
#include "ui/appsettings.h"
#include "testserver.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QSettings>
#include <QSlider>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

// The window against our real server: clicking Play, Pause and Stop and ticking streams sends
// exactly the MMS messages they stand for, checked on the server's side.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void controlsSendTheRightMessages();
    void tickingStreamsSendsStreamSwitch();
    void serverErrorIsShownInWords();
    void liveContentShowsLive();
    void reconnectIsShownInTheStatusBar();
    void dropWhilePausedIsNoError();
    void iconsComeFromThemeOrResources();
    void aboutBoxStatesTheLicence();
    void ctrlOOpensTheUrlDialog();
    void serverPlaylistGoesOnByItself();
    void sliderSeeksWithStopAndStartPlaying();

private:
    struct Message
    {
        mms::MessageId id;
        QByteArray bytes;
    };
    void recordMessage(int session, mms::MessageId id, const QByteArray &message);
    // Messages received since the last call, without the keep-alive Pongs.
    QStringList takeIds();
    QString newIds() const; // takeIds() joined, without taking them
    QUrl url(const QString &file) const;

    std::unique_ptr<MmsServer> m_server;
    QList<Message> m_messages;
    qsizetype m_taken = 0;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MMS Player tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    // A short buffering time keeps these realtime plays quick (the default is 5 s).
    AppSettings().setBufferingMs(1000);
}

void tst_MainWindow::init()
{
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Realtime;
    m_server = std::make_unique<MmsServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    connect(m_server.get(), &MmsServer::messageReceived, this, &tst_MainWindow::recordMessage);
    m_messages.clear();
    m_taken = 0;
}

void tst_MainWindow::cleanup()
{
    m_server.reset();
}

void tst_MainWindow::recordMessage(int, mms::MessageId id, const QByteArray &message)
{
    m_messages.append({ id, message });
}

QStringList tst_MainWindow::takeIds()
{
    QStringList ids;
    for (; m_taken < m_messages.size(); ++m_taken) {
        if (m_messages.at(m_taken).id != mms::MessageId::Pong)
            ids.append(QLatin1String(mms::messageName(m_messages.at(m_taken).id)));
    }
    return ids;
}

QString tst_MainWindow::newIds() const
{
    QStringList ids;
    for (qsizetype i = m_taken; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id != mms::MessageId::Pong)
            ids.append(QLatin1String(mms::messageName(m_messages.at(i).id)));
    }
    return ids.join(QLatin1Char(' '));
}

QUrl tst_MainWindow::url(const QString &file) const
{
    return QUrl(QStringLiteral("mms://127.0.0.1:%1/%2").arg(m_server->serverPort()).arg(file));
}

template<typename M>
static M lastMessage(const QList<QByteArray> &areas)
{
    const auto decoded = mms::decodeMessage<M>(areas.last());
    return decoded.value;
}

void tst_MainWindow::controlsSendTheRightMessages()
{
    using State = PlaybackController::State;
    MmsSession session;
    MainWindow window(&session);
    window.show();
    PlaybackController *controller = window.controller();
    QToolButton *playButton = window.controls()->playButton();

    quint32 lastLocation = 0;
    connect(&session, &MmsSession::dataPacketReceived, this,
        [&lastLocation](quint32 locationId) { lastLocation = locationId; });
    // Opening plays at once: the set-up, then StreamSwitch and StartPlaying at 0.
    window.openUrl(url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QCOMPARE(window.playerWidget()->titleText(), QStringLiteral("MMS Player test clip — MMS Player"));
    QCOMPARE(takeIds().join(QLatin1Char(' ')), 
             QStringLiteral("Connect FunnelInfo ConnectFunnel OpenFile ReadBlock StreamSwitch StartPlaying"));
    auto start = mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes);
    QVERIFY(start.ok());
    QCOMPARE(start.value.position, 0.0);
    QVERIFY(window.controls()->isPlaying());

    // Pause: StopPlaying (and the spec's Logging), the position kept.
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() >= 1000, 60000);
    QTest::mouseClick(playButton, Qt::LeftButton);
    QCOMPARE(controller->state(), State::Paused);
    QVERIFY(!window.controls()->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Ready, 60000);
    const qint64 pausedAt = controller->position();
    QVERIFY(pausedAt >= 1000);
    QTRY_COMPARE_WITH_TIMEOUT(newIds(), QStringLiteral("StopPlaying Logging"), 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StopPlaying Logging"));
    QCOMPARE(mms::decodeMessage<mms::StopPlaying>(m_messages.at(m_taken - 2).bytes).value
                     .playIncarnation,
             start.value.playIncarnation);

    // Play plays on from the buffer and asks for what follows the last packet received: one
    // StartPlaying at that packet (locationId) and its send time, with a new incarnation.
    const quint32 lastReceived = lastLocation;
    QVERIFY(lastReceived > 0);
    const double resumeAt = session.resumePosition();
    QVERIFY(resumeAt * 1000.0 >= double(pausedAt)); // received ahead of the picture
    QTest::mouseClick(playButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StartPlaying"));
    const auto resume = mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes);
    QVERIFY(resume.ok());
    QCOMPARE(resume.value.locationId, lastReceived + 1);
    QCOMPARE(resume.value.position, resumeAt);
    QVERIFY(resume.value.playIncarnation != start.value.playIncarnation);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QVERIFY(controller->position() >= pausedAt);

    // Stop: StopPlaying, back to the start.
    QTest::mouseClick(window.controls()->stopButton(), Qt::LeftButton);
    QCOMPARE(controller->state(), State::Stopped);
    QCOMPARE(controller->position(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Ready, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(newIds(), QStringLiteral("StopPlaying Logging"), 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StopPlaying Logging"));
    QVERIFY(window.statusText().startsWith(QStringLiteral("Ready")));

    // Play after Stop starts from 0 and plays to the end; ReportEndOfStream ends it in the UI.
    QTest::mouseClick(playButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StartPlaying"));
    QCOMPARE(mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes).value.position, 0.0);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Ended, 60000);
    QVERIFY(!window.controls()->isPlaying());
    QVERIFY(window.statusText().startsWith(QStringLiteral("End of stream")));
    QVERIFY(controller->position() >= 4000);
}

void tst_MainWindow::tickingStreamsSendsStreamSwitch()
{
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(url(QStringLiteral("multi.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);

    // multi.wmv: video 1 (300k), video 2 (100k), audio 3; the session picked 1 and 3.
    QTreeWidget *tree = window.streamsPanel()->tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(window.streamsPanel()->selectedStreams(), (QList<int> { 1, 3 }));
    takeIds();

    const auto lastSwitch = [this] {
        for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
            if (m_messages.at(i).id == mms::MessageId::StreamSwitch)
                return m_messages.at(i).bytes;
        }
        return QByteArray();
    };
    // Untick the audio: one StreamSwitch that turns 3 off; the playing demuxer goes on with
    // the video alone, so the play goes on.
    QSignalSpy switched(&session, &MmsSession::streamsSwitched);
    tree->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
    QVERIFY(switched.wait(60000));
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StreamSwitch"));
    auto message = mms::decodeMessage<mms::StreamSwitch>(m_messages.last().bytes);
    QVERIFY(message.ok());
    QCOMPARE(message.value.entries.size(), 1);
    QCOMPARE(message.value.entries.at(0).dstStreamNumber, 3);
    QCOMPARE(message.value.entries.at(0).thinningLevel, quint16(mms::ThinningLevel::Nothing));
    QCOMPARE(session.state(), MmsSession::State::Streaming);

    // Tick stream 2: the player's header does not list it, so the play stops and starts again
    // where it was, the StreamSwitch turning on 2 only going out before the StartPlaying.
    tree->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(newIds().endsWith(QLatin1String("StartPlaying")), 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')),
        QStringLiteral("StopPlaying Logging StreamSwitch StartPlaying"));
    message = mms::decodeMessage<mms::StreamSwitch>(lastSwitch());
    QVERIFY(message.ok());
    QCOMPARE(message.value.entries.size(), 1);
    QCOMPARE(message.value.entries.at(0).dstStreamNumber, 2);
    QCOMPARE(message.value.entries.at(0).thinningLevel, quint16(mms::ThinningLevel::All));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);

    // Untick video 1 with video 2 on: the demuxer shows the first video its header lists, so a
    // StreamSwitch alone froze the picture on 1; the play starts again with video 2 alone.
    tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(newIds().endsWith(QLatin1String("StartPlaying")), 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')),
        QStringLiteral("StopPlaying Logging StreamSwitch StartPlaying"));
    message = mms::decodeMessage<mms::StreamSwitch>(lastSwitch());
    QCOMPARE(message.value.entries.size(), 1);
    QCOMPARE(message.value.entries.at(0).dstStreamNumber, 1);
    QCOMPARE(message.value.entries.at(0).thinningLevel, quint16(mms::ThinningLevel::Nothing));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    QCOMPARE(session.selectedStreams(), (QList<int> {2}));
    const quint64 packets = session.packetsReceived();
    QTRY_VERIFY_WITH_TIMEOUT(session.packetsReceived() > packets + 5, 60000);
}

void tst_MainWindow::serverErrorIsShownInWords()
{
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(url(QStringLiteral("no-such-file.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Failed,
                              60000);
    QCOMPARE(window.playerWidget()->errorText(),
             QStringLiteral("The server could not find this file."));
    QVERIFY(window.statusText().contains(QStringLiteral("could not find")));
}

void tst_MainWindow::liveContentShowsLive()
{
    TestServer server(MmsServerConfig::Pace::Realtime,
                      { { QStringLiteral("live"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv") } });
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    MainWindow window(&session);
    window.show();
    window.openUrl(server.url(QStringLiteral("live")));
    QTRY_VERIFY_WITH_TIMEOUT(window.controls()->isLive(), 60000);
    QVERIFY(!window.controller()->isSeekable());
    QVERIFY(!window.controls()->positionSlider()->isEnabled());
    QCOMPARE(window.controls()->timeText(), QStringLiteral("Live"));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Playing,
                              60000);
    QCOMPARE(window.controls()->timeText(), QStringLiteral("Live"));

    // On-demand content afterwards has its length and slider again.
    window.openUrl(url(QStringLiteral("clip.wmv")));
    QTRY_VERIFY_WITH_TIMEOUT(window.controls()->positionSlider()->isEnabled(), 60000);
    QVERIFY(!window.controls()->isLive());
    QVERIFY(window.controls()->timeText().endsWith(QStringLiteral(" / 00:05")));
}

void tst_MainWindow::reconnectIsShownInTheStatusBar()
{
    MmsSession session;
    session.setReconnectDelay(100);
    MainWindow window(&session);
    window.show();
    window.openUrl(url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Streaming, 60000);
    // The server goes away mid-play: the session tries again, and the status bar says so.
    QSignalSpy reconnecting(&session, &MmsSession::reconnecting);
    m_server.reset();
    QVERIFY(reconnecting.wait(60000));
    QCOMPARE(reconnecting.at(0).at(0).toInt(), 1);
    QCOMPARE(window.statusText().section(QLatin1Char('|'), 0, 0).trimmed(),
             QStringLiteral("Reconnecting (1/%1)…").arg(session.maxReconnectAttempts()));
    // Nobody answers: after the last attempt the window shows why it stopped.
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Failed,
                              60000);
    QVERIFY(!window.statusText().startsWith(QStringLiteral("Reconnecting")));
}

void tst_MainWindow::dropWhilePausedIsNoError()
{
    using State = PlaybackController::State;
    MmsSession session;
    session.setReconnectDelay(50);
    MainWindow window(&session);
    window.show();
    PlaybackController *controller = window.controller();
    QToolButton *playButton = window.controls()->playButton();
    window.openUrl(url(QStringLiteral("clip.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() >= 500, 10000);
    QTest::mouseClick(playButton, Qt::LeftButton);
    QCOMPARE(controller->state(), State::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Ready, 5000);
    const qint64 pausedAt = controller->position();
    const double resumeAt = session.resumePosition();

    // The server goes away while paused: nothing to show, the window stays paused.
    const quint16 port = m_server->serverPort();
    QSignalSpy errors(controller, &PlaybackController::errorOccurred);
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(session.isDisconnectedWhilePaused(), 5000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(controller->state(), State::Paused);
    QVERIFY(window.playerWidget()->errorText().isEmpty());

    // It comes back on the same port; Play reconnects and resumes where the window paused.
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = port;
    config.pace = MmsServerConfig::Pace::Realtime;
    m_server = std::make_unique<MmsServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    connect(m_server.get(), &MmsServer::messageReceived, this, &tst_MainWindow::recordMessage);
    m_taken = m_messages.size();
    // The player plays on from its buffer meanwhile.
    QTest::mouseClick(playButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(newIds(),
        QStringLiteral(
            "Connect FunnelInfo ConnectFunnel OpenFile ReadBlock StreamSwitch StartPlaying"),
        15000);
    QCOMPARE(errors.count(), 0);
    QVERIFY(window.playerWidget()->errorText().isEmpty());
    const auto resume = mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes);
    QCOMPARE(resume.value.position, resumeAt);
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() > pausedAt, 15000);
}

void tst_MainWindow::aboutBoxStatesTheLicence()
{
    const QString text = MainWindow::aboutText();
    QVERIFY2(text.contains(QApplication::applicationVersion()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("https://www.gnu.org/licenses/gpl-3.0.html")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("NO WARRANTY")), qPrintable(text));
}

void tst_MainWindow::iconsComeFromThemeOrResources()
{
    MmsSession session;
    MainWindow window(&session);
    // The bundled fallbacks are linked into the library and reachable.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/actions/play.svg")));
    QVERIFY(QFile::exists(QStringLiteral(":/icons/io.github.mmsplayer.MmsPlayer.svg")));
    QVERIFY(!window.controls()->playButton()->icon().isNull());
    QVERIFY(!window.controls()->stopButton()->icon().isNull());
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(!window.controls()->playButton()->icon().pixmap(16, 16).isNull());
}

void tst_MainWindow::ctrlOOpensTheUrlDialog()
{
    MmsSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The dialog runs modally: look at it from inside its event loop, then close it.
    QString modalClass;
    QTimer::singleShot(0, &window, [&modalClass] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            modalClass = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(modalClass, QStringLiteral("OpenUrlDialog"));
}

void tst_MainWindow::serverPlaylistGoesOnByItself()
{
    // A server-side playlist of two entries (MS-MMSP 3.2.4.2): at the end of the first the
    // server sends ReportEndOfStream(1), ReportStreamChange and the new header; the window must
    // select streams and start the second entry without the user doing anything.
    using State = PlaybackController::State;
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.playlists.insert(QStringLiteral("pair"),
                            { QStringLiteral(MMS_MEDIA_DIR "/audio.wma"),
                              QStringLiteral(MMS_MEDIA_DIR "/clip.wmv") });
    MmsServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QStringList ids;
    connect(&server, &MmsServer::messageReceived, this,
            [&ids](int, mms::MessageId id, const QByteArray &) {
                ids << QString::fromLatin1(mms::messageName(id));
            });

    MmsSession session;
    MainWindow window(&session);
    window.show();
    QSignalSpy changed(&session, &MmsSession::streamChanged);
    QSignalSpy headers(window.controller(), &PlaybackController::headerChanged);
    window.openUrl(QUrl(QStringLiteral("mms://127.0.0.1:%1/pair").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 60000);
    // The window took both headers: the audio-only entry, then the clip with picture and sound.
    QTRY_COMPARE_WITH_TIMEOUT(headers.count(), 2, 60000);
    QCOMPARE(headers.at(0).at(0).value<asf::Header>().streams.size(), 1);
    QCOMPARE(headers.at(1).at(0).value<asf::Header>().streams.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(ids.count(QStringLiteral("StartPlaying")), 2, 60000);
    QCOMPARE(ids.count(QStringLiteral("OpenFile")), 1);
    QCOMPARE(ids.count(QStringLiteral("StreamSwitch")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Ended, 60000);
    QVERIFY(window.controller()->position() >= 4000);
}

void tst_MainWindow::sliderSeeksWithStopAndStartPlaying()
{
    // Protocol notes §9.3: a seek is StopPlaying, then StartPlaying at the new position with a
    // new incarnation; the picture goes on from there.
    using State = PlaybackController::State;
    MmsSession session;
    MainWindow window(&session);
    window.show();
    PlaybackController *controller = window.controller();
    window.openUrl(url(QStringLiteral("demo.wmv")));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.controls()->positionSlider()->isEnabled(), 60000);
    const auto first = mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes).value;
    takeIds();

    QSlider *slider = window.controls()->positionSlider();
    slider->setSliderDown(true);
    slider->setValue(20);
    slider->setSliderDown(false); // emits sliderReleased, as a mouse release does
    const auto startCount = [this] {
        return std::count_if(m_messages.cbegin(), m_messages.cend(), [](const auto &m) {
            return m.id == mms::MessageId::StartPlaying;
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(startCount(), 2, 60000);
    QCOMPARE(takeIds().join(QLatin1Char(' ')), QStringLiteral("StopPlaying Logging StartPlaying"));
    const auto seek = mms::decodeMessage<mms::StartPlaying>(m_messages.last().bytes);
    QVERIFY(seek.ok());
    QCOMPARE(seek.value.position, 20.0);
    QVERIFY(seek.value.playIncarnation != first.playIncarnation);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Playing, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(controller->position() >= 20000, 60000);
    QVERIFY(controller->position() < 30000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
