// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/mmsconstants.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession.h"
#include "ui/appsettings.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/streamspanel.h"
#include "ui/translationloader.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMetaEnum>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

// The translations through the loader runGui uses: known strings in each language, the window's
// menus built after the translator is installed, the CLI following the system's language, and
// .ts files with every entry finished.
class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void shippedLanguagesMatchTheTsFiles();
    void knownStringsTranslate_data();
    void knownStringsTranslate();
    void errorTextCoversEveryError();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();
    void qtOwnStringsTranslate_data();
    void qtOwnStringsTranslate();
    void menusFollowTheInstalledLanguage_data();
    void menusFollowTheInstalledLanguage();
    void englishNeedsNoCatalogue();
    void regionalLocalesFindTheirLanguage();
    void preferencesOverrideTheSystemLanguage();
    void commandLineSpeaksTheSystemLanguage_data();
    void commandLineSpeaksTheSystemLanguage();
    void tsFilesAreFinished_data();
    void tsFilesAreFinished();

private:
    static QString tsDir();
};

QString tst_Translations::tsDir()
{
    return QStringLiteral(MMS_TEST_SOURCE_DIR "/../translations");
}

void tst_Translations::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MMS Player tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Translations::init()
{
    QSettings().clear();
}

void tst_Translations::shippedLanguagesMatchTheTsFiles()
{
    // Preferences offers AppSettings::shippedLanguages(); each needs its .ts and embedded .qm.
    QStringList tsLanguages;
    const QStringList files = QDir(tsDir()).entryList({ QStringLiteral("mmsplayer_*.ts") }, QDir::Files);
    for (const QString &file : files)
        tsLanguages.append(file.mid(10).chopped(3)); // "mmsplayer_" … ".ts"
    QStringList shipped = AppSettings::shippedLanguages();
    shipped.sort();
    tsLanguages.sort();
    QCOMPARE(tsLanguages, shipped);
    for (const QString &lang : shipped) {
        const QString qm = QStringLiteral(":/i18n/mmsplayer_%1.qm").arg(lang);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
    }
}

void tst_Translations::knownStringsTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("openUrl");
    QTest::addColumn<QString>("fileNotFound");
    QTest::addColumn<QString>("aboutTitle");
    QTest::addColumn<QString>("cliFileNotFound");
    QTest::newRow("de") << "de" << "&Datei" << "&URL öffnen…"
                        << "Der Server konnte diese Datei nicht finden." << "Über MMS Player"
                        << "Datei nicht gefunden";
    QTest::newRow("fr") << "fr" << "&Fichier" << "Ouvrir une &URL…"
                        << "Le serveur n'a pas trouvé ce fichier." << "À propos de MMS Player"
                        << "fichier introuvable";
    QTest::newRow("es") << "es" << "&Archivo" << "Abrir &URL…"
                        << "El servidor no encontró este archivo." << "Acerca de MMS Player"
                        << "archivo no encontrado";
    QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)" << "打开 URL(&O)…" << "服务器找不到此文件。"
                           << "关于 MMS Player" << "找不到文件";
}

void tst_Translations::knownStringsTranslate()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(language)));
    QCOMPARE(loader.appCatalogue(), QStringLiteral(":/i18n/mmsplayer_%1.qm").arg(language));
    QTEST(MainWindow::tr("&File"), "fileMenu");
    QTEST(MainWindow::tr("&Open URL…"), "openUrl");
    QTEST(ErrorText::forHresult(mms::Hresult::FileNotFound), "fileNotFound");
    QTEST(ErrorText::forSessionError(MmsSession::Error::ServerError, mms::Hresult::Win32FileNotFound,
                                     QString()),
          "fileNotFound");
    QTEST(MainWindow::tr("About MMS Player"), "aboutTitle");
    // The command line's words come from core's describeHresult(), in the same catalogue.
    QTEST(describeHresult(mms::Hresult::Win32FileNotFound), "cliFileNotFound");

    loader.uninstall();
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
    QCOMPARE(ErrorText::forHresult(mms::Hresult::FileNotFound),
             QStringLiteral("The server could not find this file."));
}

void tst_Translations::errorTextCoversEveryError()
{
    // Every session error has words of its own (a new enum value without them would show
    // "Unknown error."), and so has every failure code the protocol notes name.
    const QMetaEnum errors = QMetaEnum::fromType<MmsSession::Error>();
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = MmsSession::Error(errors.value(i));
        const QString text = ErrorText::forSessionError(error, mms::Hresult::FileNotFound,
                                                        QStringLiteral("detail"));
        if (error == MmsSession::Error::None)
            QVERIFY(text.isEmpty());
        else
            QVERIFY2(!text.isEmpty() && text != QStringLiteral("Unknown error."), errors.key(i));
    }
    namespace H = mms::Hresult;
    const quint32 failures[] = { H::Win32FileNotFound, H::Win32PathNotFound, H::AccessDenied,
                                 H::InvalidArg, H::Unexpected, H::NoConnection, H::NetworkBusy,
                                 H::TooManySessions, H::Timeout, H::FileNotFound,
                                 H::FileOpenFailed, H::ConnectionFailure, H::InvalidRequest,
                                 H::InsufficientBandwidth, H::NoStream, H::StreamEnd,
                                 H::ServerNotFound, H::StrideRefused, H::InvalidData };
    for (quint32 hr : failures)
        QVERIFY2(!ErrorText::forHresult(hr).contains(QStringLiteral("0x")), qPrintable(QString::number(hr, 16)));
    // An unknown code names its value.
    QCOMPARE(ErrorText::forHresult(0x80004005), QStringLiteral("The server reported error 0x80004005."));
}

void tst_Translations::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("channels");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << "de" << 1 << "44100 Hz, 1 Kanal";
    QTest::newRow("de 2") << "de" << 2 << "44100 Hz, 2 Kanäle";
    QTest::newRow("fr 0") << "fr" << 0 << "44100 Hz, 0 canal"; // French counts 0 as singular
    QTest::newRow("fr 2") << "fr" << 2 << "44100 Hz, 2 canaux";
    QTest::newRow("es 1") << "es" << 1 << "44100 Hz, 1 canal";
    QTest::newRow("es 6") << "es" << 6 << "44100 Hz, 6 canales";
    QTest::newRow("zh_CN 2") << "zh_CN" << 2 << "44100 Hz，2 个声道";
}

void tst_Translations::pluralsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, channels);
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(language)));
    QTEST(StreamsPanel::tr("%1 Hz, %n channel(s)", nullptr, channels).arg(44100), "expected");
}

void tst_Translations::qtOwnStringsTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << "de" << "Abbrechen";
    QTest::newRow("fr") << "fr" << "Annuler";
    QTest::newRow("es") << "es" << "Cancelar";
    QTest::newRow("zh_CN") << "zh_CN" << "取消";
}

void tst_Translations::qtOwnStringsTranslate()
{
    QFETCH(QString, language);
    const QString qtbase = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                   .filePath(QStringLiteral("qtbase_%1.qm").arg(language));
    if (!QFile::exists(qtbase))
        QSKIP(qPrintable(qtbase + QStringLiteral(" is not installed (qt6-translations-l10n)")));
    TranslationLoader loader;
    loader.install(QLocale(language));
    QCOMPARE(loader.qtCatalogue(), qtbase);
    // The standard buttons of the Preferences dialog take their words from qtbase.
    QTEST(QCoreApplication::translate("QPlatformTheme", "Cancel"), "cancel");
}

void tst_Translations::menusFollowTheInstalledLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("firstFileAction");
    QTest::newRow("en") << "en"
                        << QStringList { "&File", "&Playback", "&View", "&Tools", "&Help" }
                        << "&Open URL…";
    QTest::newRow("de") << "de"
                        << QStringList { "&Datei", "&Wiedergabe", "&Ansicht", "E&xtras", "&Hilfe" }
                        << "&URL öffnen…";
    QTest::newRow("fr") << "fr"
                        << QStringList { "&Fichier", "&Lecture", "&Affichage", "&Outils", "A&ide" }
                        << "Ouvrir une &URL…";
    QTest::newRow("es") << "es"
                        << QStringList { "&Archivo", "&Reproducción", "&Ver", "&Herramientas",
                                         "A&yuda" }
                        << "Abrir &URL…";
    QTest::newRow("zh_CN") << "zh_CN"
                           << QStringList { "文件(&F)", "播放(&P)", "查看(&V)", "工具(&T)",
                                            "帮助(&H)" }
                           << "打开 URL(&O)…";
}

void tst_Translations::menusFollowTheInstalledLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    // As in runGui: the translators first, then the window.
    TranslationLoader loader;
    loader.install(QLocale(language));
    MmsSession session;
    MainWindow window(&session);
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    QCOMPARE(titles, menus);
    QVERIFY(!actions.isEmpty() && actions.first()->menu());
    QTEST(actions.first()->menu()->actions().first()->text(), "firstFileAction");
}

void tst_Translations::englishNeedsNoCatalogue()
{
    TranslationLoader loader;
    QVERIFY(!loader.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(loader.appCatalogue().isEmpty());
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
}

void tst_Translations::regionalLocalesFindTheirLanguage()
{
    TranslationLoader loader;
    // A language's catalogue serves all its regions...
    QVERIFY(loader.install(QLocale(QStringLiteral("de_AT"))));
    QCOMPARE(loader.appCatalogue(), QStringLiteral(":/i18n/mmsplayer_de.qm"));
    QVERIFY(loader.install(QLocale(QStringLiteral("es_MX"))));
    QCOMPARE(loader.appCatalogue(), QStringLiteral(":/i18n/mmsplayer_es.qm"));
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&Archivo"));
    // ...but Traditional Chinese is not served Simplified: it falls back to English.
    QVERIFY(!loader.install(QLocale(QStringLiteral("zh_TW"))));
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
}

void tst_Translations::preferencesOverrideTheSystemLanguage()
{
    QCOMPARE(TranslationLoader::chosenLocale(), QLocale::system());
    AppSettings().setLanguage(QStringLiteral("fr"));
    QCOMPARE(TranslationLoader::chosenLocale(), QLocale(QStringLiteral("fr")));
    AppSettings().setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(TranslationLoader::chosenLocale(), QLocale(QLocale::Chinese, QLocale::China));
    // English chosen: no catalogue, whatever the system's language.
    AppSettings().setLanguage(QStringLiteral("en"));
    TranslationLoader loader;
    QVERIFY(!loader.install(TranslationLoader::chosenLocale()));
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
}

void tst_Translations::commandLineSpeaksTheSystemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("expected");
    // C is what scripts set: byte for byte the English the CLI always printed.
    QTest::newRow("C") << "C"
                       << QByteArray("mmsplayer: --record needs an output file\n"
                                     "Try 'mmsplayer --help'.\n");
    QTest::newRow("de") << "de_DE.UTF-8"
                        << QByteArray("mmsplayer: --record braucht eine Ausgabedatei\n"
                                      "Weitere Informationen mit „mmsplayer --help“.\n");
    QTest::newRow("zh_CN") << "zh_CN.UTF-8"
                           << QByteArray("mmsplayer: --record 需要一个输出文件\n"
                                         "请尝试“mmsplayer --help”。\n");
}

void tst_Translations::commandLineSpeaksTheSystemLanguage()
{
    QFETCH(QString, locale);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE")); // it would outrank LC_ALL for messages
    env.insert(QStringLiteral("LC_ALL"), locale);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MMSPLAYER_EXECUTABLE), { QStringLiteral("--record") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QTEST(process.readAllStandardError(), "expected");
}

void tst_Translations::tsFilesAreFinished_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &lang : AppSettings::shippedLanguages())
        QTest::newRow(qPrintable(lang)) << QDir(tsDir()).filePath(QStringLiteral("mmsplayer_%1.ts").arg(lang));
}

// Placeholders (%1, %n) and whether there is an accelerator (&x; "&&" is a literal &): a
// translation must keep both, or arg() and the keyboard break.
static QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

static bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s]"));
    return re.match(text).hasMatch();
}

void tst_Translations::tsFilesAreFinished()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue; // <TS>, <context> and <message> are descended into; the rest is text
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            source.clear();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString where = context + QStringLiteral(": ") + source.left(60);
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (!type.isEmpty()) // unfinished, vanished or obsolete
                problems.append(QStringLiteral("%1 [%2]").arg(where, type.toString()));
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                forms.append(xml.readElementText());
            }
            if (forms.isEmpty())
                problems.append(where + QStringLiteral(" [no plural forms]"));
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems.append(where + QStringLiteral(" [empty]"));
                else if (placeholders(form) != placeholders(source))
                    problems.append(where + QStringLiteral(" [placeholders: %1]").arg(form));
                else if (hasAccelerator(form) != hasAccelerator(source))
                    problems.append(where + QStringLiteral(" [accelerator: %1]").arg(form));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The sources have over 200 strings: a truncated or emptied file must not pass.
    QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
