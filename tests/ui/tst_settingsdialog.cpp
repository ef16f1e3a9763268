// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfpacket.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/playercontrols.h"
#include "ui/playerwidget.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QAudioOutput>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMediaPlayer>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// Tools → Preferences: what the dialog stores, and what the window does with it.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaults();
    void storesWhatTheUserChose();
    void preferencesApplyToTheNextStream();
    void bufferingTimeHoldsPlaybackBack();
    void volumeIsRememberedAcrossRuns();
};

void tst_SettingsDialog::initTestCase()
{
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
}

void tst_SettingsDialog::defaults()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.maxBitrateBox()->value(), 0);
    QCOMPARE(dialog.maxBitrateBox()->text(), QStringLiteral("Unlimited"));
    QCOMPARE(dialog.bufferingBox()->value(), 5.0); // as Windows Media Player
    QCOMPARE(dialog.timeoutBox()->value(), 10);
    QCOMPARE(dialog.rolloverBox()->value(), 3.0); // as Windows Media Player
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    QVERIFY(dialog.rememberVolumeBox()->isChecked());
    // System default, English and the four shipped translations, each named in itself.
    QCOMPARE(dialog.languageBox()->count(), 6);
    QCOMPARE(dialog.languageBox()->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.languageBox()->itemData(5).toString(), QStringLiteral("zh_CN"));
}

void tst_SettingsDialog::storesWhatTheUserChose()
{
    {
        SettingsDialog dialog;
        dialog.maxBitrateBox()->setValue(256);
        dialog.bufferingBox()->setValue(2.5);
        dialog.timeoutBox()->setValue(30);
        dialog.rolloverBox()->setValue(1.5);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        dialog.rememberVolumeBox()->setChecked(false);
        dialog.accept();
    }
    // The keys runGui and the sessions read.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("network/maxBitrate")).toUInt(), 256000u);
    QCOMPARE(settings.value(QStringLiteral("playback/bufferingMs")).toInt(), 2500);
    QCOMPARE(settings.value(QStringLiteral("network/timeoutMs")).toInt(), 30000);
    QCOMPARE(settings.value(QStringLiteral("network/rolloverMs")).toInt(), 1500);
    QCOMPARE(settings.value(QLatin1String(AppSettings::LanguageKey)).toString(), QStringLiteral("fr"));
    QCOMPARE(settings.value(QStringLiteral("audio/rememberVolume")).toBool(), false);

    // A new dialog shows them; Cancel keeps them.
    SettingsDialog again;
    QCOMPARE(again.maxBitrateBox()->value(), 256);
    QCOMPARE(again.bufferingBox()->value(), 2.5);
    QCOMPARE(again.timeoutBox()->value(), 30);
    QCOMPARE(again.rolloverBox()->value(), 1.5);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
    again.timeoutBox()->setValue(5);
    again.reject();
    QCOMPARE(AppSettings().timeoutMs(), 30000);

    // The window hands them to the session.
    MmsSession session;
    MainWindow window(&session);
    QCOMPARE(session.maxBitrate(), 256000u);
    QCOMPARE(session.timeout(), 30000);
    QCOMPARE(session.rolloverTimeout(), 1500);
    QCOMPARE(window.controller()->bufferingMs(), 2500);
}

void tst_SettingsDialog::preferencesApplyToTheNextStream()
{
    MmsSession session;
    MainWindow window(&session);
    QCOMPARE(session.maxBitrate(), 0u);
    // Tools → Preferences is modal: change and accept it from inside its event loop.
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->maxBitrateBox()->setValue(300);
        dialog->timeoutBox()->setValue(20);
        dialog->rolloverBox()->setValue(0.5);
        dialog->bufferingBox()->setValue(1.0);
        dialog->accept();
    });
    window.showSettings();
    QVERIFY(seen);
    QCOMPARE(session.maxBitrate(), 300000u);
    QCOMPARE(session.timeout(), 20000);
    QCOMPARE(session.rolloverTimeout(), 500);
    QCOMPARE(window.controller()->bufferingMs(), 1000);
}

void tst_SettingsDialog::bufferingTimeHoldsPlaybackBack()
{
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    AppSettings().setBufferingMs(2000);
    MmsSession session;
    // The send-time span of what had arrived when the player was told to play (connected before
    // the window, so a packet is counted before the window acts on it).
    bool first = true;
    quint32 firstSendTime = 0;
    quint32 lastSendTime = 0;
    connect(&session, &MmsSession::dataPacketReceived, this,
            [&](quint32, const QByteArray &packet) {
                const auto parsed = asf::parsePacket(packet, session.header().packetSize());
                if (!parsed.ok())
                    return;
                if (first)
                    firstSendTime = parsed.info.sendTime;
                first = false;
                lastSendTime = parsed.info.sendTime + parsed.info.duration;
            });
    MainWindow window(&session);
    qint64 bufferedAtPlay = -1;
    QMediaPlayer *player = window.playerWidget()->player();
    connect(player, &QMediaPlayer::playbackStateChanged, this,
            [&](QMediaPlayer::PlaybackState state) {
                if (state == QMediaPlayer::PlayingState && bufferedAtPlay < 0)
                    bufferedAtPlay = qint64(lastSendTime) - firstSendTime;
            });
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QTRY_VERIFY_WITH_TIMEOUT(bufferedAtPlay >= 0, 60000);
    QVERIFY2(bufferedAtPlay >= 2000, qPrintable(QString::number(bufferedAtPlay)));
    // ... and started before the whole clip (5 s) was in: the threshold, not the end, started it.
    QVERIFY2(bufferedAtPlay < 4500, qPrintable(QString::number(bufferedAtPlay)));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), PlaybackController::State::Playing,
                              60000);
}

void tst_SettingsDialog::volumeIsRememberedAcrossRuns()
{
    {
        MmsSession session;
        MainWindow window(&session);
        QCOMPARE(window.playerWidget()->audioOutput()->volume(), 1.0f);
        window.controls()->findChild<QSlider *>(QStringLiteral("volumeSlider"))->setValue(40);
        QTest::mouseClick(window.controls()->findChild<QWidget *>(QStringLiteral("muteButton")),
                          Qt::LeftButton);
        QVERIFY(window.playerWidget()->audioOutput()->isMuted());
    }
    {
        // The next run starts where the last one left off.
        MmsSession session;
        MainWindow window(&session);
        QCOMPARE(qRound(window.playerWidget()->audioOutput()->volume() * 100), 40);
        QCOMPARE(window.controls()->volume(), 0.4f);
        QVERIFY(window.playerWidget()->audioOutput()->isMuted());
        QVERIFY(window.controls()->isMuted());
    }
    AppSettings().setRemembersVolume(false);
    MmsSession session;
    MainWindow window(&session);
    QCOMPARE(window.playerWidget()->audioOutput()->volume(), 1.0f);
    QVERIFY(!window.playerWidget()->audioOutput()->isMuted());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
