// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfheaderparser.h"
#include "core/playlist/asxparser.h"
#include "core/protocol/mmsconstants.h"
#include "core/protocol/tcpmessageheader.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "ui/translationloader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// core/'s words in the user's language (issue 12): the session's error details, describeHresult(),
// ASF parse errors and playlist errors go through tr() in core and into the same catalogues as
// the window's (loaded here through TranslationLoader, as runGui and the CLI do); the CLI prints
// them in the system's language.
class tst_CoreTranslations : public QObject {
    Q_OBJECT
private slots:
    void hresultWordsTranslate();
    void coreErrorDetailsTranslate_data();
    void coreErrorDetailsTranslate();
    void commandLineErrorsSpeakTheSystemLanguage_data();
    void commandLineErrorsSpeakTheSystemLanguage();

private:
    static quint16 refusedPort();
};

// A local port nobody listens on: the kernel picks a free one, and the server lets it go.
quint16 tst_CoreTranslations::refusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void tst_CoreTranslations::hresultWordsTranslate()
{
    // describeHresult() (core) words every code the protocol notes name, and every one of them
    // has a German translation: a wording changed in core without the .ts files following would
    // print half-English lines.
    namespace H = mms::Hresult;
    const quint32 codes[] = {H::Ok, H::EndOfEntry, H::Win32FileNotFound, H::Win32PathNotFound,
        H::AccessDenied, H::InvalidArg, H::Unexpected, H::NoConnection, H::NetworkBusy,
        H::TooManySessions, H::Timeout, H::FileNotFound, H::FileOpenFailed, H::ConnectionFailure,
        H::InvalidRequest, H::InsufficientBandwidth, H::NoStream, H::StreamEnd, H::ServerNotFound,
        H::StrideRefused, H::InvalidData, 0x80004005 /* unknown failure */,
        0x00000002 /* unknown status */};
    QStringList english;
    for (quint32 hr : codes)
        english.append(describeHresult(hr));
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QLocale::German)));
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QString german = describeHresult(codes[i]);
        QVERIFY2(!german.isEmpty() && german != english.at(i),
            qPrintable(QStringLiteral("0x%1 \"%2\" is not translated")
                           .arg(codes[i], 8, 16, QLatin1Char('0'))
                           .arg(english.at(i))));
    }
    loader.uninstall();
    QCOMPARE(describeHresult(H::Win32FileNotFound), QStringLiteral("file not found"));
}

void tst_CoreTranslations::coreErrorDetailsTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileNotFound"); // describeHresult(0x80070002)
    QTest::addColumn<QString>("wrongGuid"); // an ASF header that is not one
    QTest::addColumn<QString>("emptyPlaylist");
    QTest::addColumn<QString>("badRep"); // a TcpMessageHeader whose first byte is 2
    QTest::addColumn<QString>("refused"); // %1 is the port
    QTest::newRow("en") << "en"
                        << "file not found"
                        << "Header Object: wrong GUID"
                        << "playlist is empty"
                        << "rep 2 is not 1"
                        << "127.0.0.1 port %1 refused the connection";
    QTest::newRow("de") << "de"
                        << "Datei nicht gefunden"
                        << "Header Object: falsche GUID"
                        << "die Wiedergabeliste ist leer"
                        << "rep 2 ist nicht 1"
                        << "127.0.0.1 Port %1 hat die Verbindung abgelehnt";
    QTest::newRow("fr") << "fr"
                        << "fichier introuvable"
                        << "Header Object\u00a0: GUID incorrect"
                        << "la liste de lecture est vide"
                        << "rep 2 n'est pas 1"
                        << "127.0.0.1 port %1 a refusé la connexion";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "找不到文件"
                           << "Header Object：GUID 错误"
                           << "播放列表为空"
                           << "rep 2 不是 1"
                           << "127.0.0.1 端口 %1 拒绝了连接";
}

void tst_CoreTranslations::coreErrorDetailsTranslate()
{
    // core/ builds its details with tr(): the session's errorOccurred detail, ASF parse errors
    // and playlist errors follow the installed translator, as the window and the CLI show them.
    QFETCH(QString, language);
    TranslationLoader loader;
    QCOMPARE(loader.install(QLocale(language)), language != QLatin1String("en"));

    QTEST(describeHresult(0x80070002), "fileNotFound");
    QTEST(asf::parseHeader(QByteArray(64, 'x')).error.what, "wrongGuid");
    QTEST(AsxParser::parse(QByteArray(), QUrl(QStringLiteral("http://example.com/a.asx")))
              .errorString(),
        "emptyPlaylist");

    // A real connection the kernel refuses.
    const quint16 port = refusedPort();
    QVERIFY(port != 0);
    MmsSession refusedSession;
    QSignalSpy refusedSpy(&refusedSession, &MmsSession::errorOccurred);
    // mmst:// (TCP only): the detail is the refusal alone.
    refusedSession.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/x.asf").arg(port)));
    QVERIFY(refusedSpy.wait(10000));
    QCOMPARE(
        refusedSpy.first().at(0).value<MmsSession::Error>(), MmsSession::Error::ConnectionRefused);
    QFETCH(QString, refused);
    QCOMPARE(refusedSpy.first().at(2).toString(), refused.arg(port));

    // mms:// tries MMS over TCP, then MMS over HTTP on the same port: the detail says so, in
    // the same language as the refusal it wraps.
    MmsSession rolledSession;
    QSignalSpy rolledSpy(&rolledSession, &MmsSession::errorOccurred);
    rolledSession.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/x.asf").arg(port)));
    QVERIFY(rolledSpy.wait(10000));
    const QString wrapper = MmsSession::tr("%1 (tried MMS over TCP, then MMS over HTTP)");
    QCOMPARE(rolledSpy.first().at(2).toString(), wrapper.arg(refused.arg(port)));
    if (language != QLatin1String("en"))
        QVERIFY2(!wrapper.contains(QLatin1String("tried MMS over TCP")), qPrintable(wrapper));

    // A real server without the file: its HRESULT in words, inside the session's detail.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    MmsServerConfig config;
    config.rootDir = root.path();
    config.port = 0;
    MmsServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    MmsSession session;
    QSignalSpy spy(&session, &MmsSession::errorOccurred);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/missing.asf").arg(server.serverPort())));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().at(0).value<MmsSession::Error>(), MmsSession::Error::ServerError);
    QFETCH(QString, fileNotFound);
    const QString detail = spy.first().at(2).toString();
    QVERIFY2(detail.contains(fileNotFound), qPrintable(detail));
}

void tst_CoreTranslations::commandLineErrorsSpeakTheSystemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("refused"); // %1 is the port
    QTest::addColumn<QString>("notFound"); // %1 is the server's HRESULT in hex
    QTest::newRow("C") << "C"
                       << "mmsplayer: 127.0.0.1 port %1 refused the connection\n"
                       << "mmsplayer: server says: file not found (0x%1)\n";
    QTest::newRow("de") << "de_DE.UTF-8"
                        << "mmsplayer: 127.0.0.1 Port %1 hat die Verbindung abgelehnt\n"
                        << "mmsplayer: Server meldet: Datei nicht gefunden (0x%1)\n";
    QTest::newRow("es") << "es_ES.UTF-8"
                        << "mmsplayer: 127.0.0.1 puerto %1 rechazó la conexión\n"
                        << "mmsplayer: el servidor dice: archivo no encontrado (0x%1)\n";
}

void tst_CoreTranslations::commandLineErrorsSpeakTheSystemLanguage()
{
    // The error line of --record is core's detail (or describeHresult's words) in the system's
    // language, against a refused port and a server without the file.
    QFETCH(QString, locale);
    QFETCH(QString, refused);
    QFETCH(QString, notFound);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTemporaryDir root;
    QVERIFY(root.isValid());
    MmsServerConfig config;
    config.rootDir = root.path();
    config.port = 0;
    MmsServer server(config);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const quint16 port = refusedPort();
    QVERIFY(port != 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    const auto run = [&](const QString &url) {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(MMSPLAYER_EXECUTABLE),
            {QStringLiteral("--record"), dir.filePath(QStringLiteral("out.asf")), url});
        // The event loop runs while waiting: the in-process server must answer.
        if (!finished.wait(30000))
            return QString();
        return QString::fromUtf8(process.readAllStandardError());
    };
    QCOMPARE(run(QStringLiteral("mmst://127.0.0.1:%1/x.asf").arg(port)), refused.arg(port));
    const QString line =
        run(QStringLiteral("mms://127.0.0.1:%1/missing.asf").arg(server.serverPort()));
    static const QRegularExpression hex(QStringLiteral("\\(0x([0-9a-f]{8})\\)\n$"));
    const QRegularExpressionMatch m = hex.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QCOMPARE(line, notFound.arg(m.captured(1)));
}

QTEST_MAIN(tst_CoreTranslations)
#include "tst_coretranslations.moc"
