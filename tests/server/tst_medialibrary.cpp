// SPDX-License-Identifier: GPL-3.0-or-later
// MediaLibrary: request normalisation and every way out of the root.
#include "core/protocol/mmsconstants.h"
#include "server/medialibrary.h"
#include "testmedia.h"

#include <QTemporaryDir>
#include <QTest>

class tst_MediaLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void normalizeRequest_data();
    void normalizeRequest();
    void requestedEntry_data();
    void requestedEntry();
    void resolve_data();
    void resolve();
    void liveNames();
    void missingRoot();
    void asxPlaylist_data();
    void asxPlaylist();
    void operatorNames();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MediaLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = QFileInfo(m_dir.path() + QStringLiteral("/root")).canonicalFilePath();
    // A symlink next to the playlists of asxPlaylist() that leads out of the root.
    QVERIFY(QFile::link(m_dir.path() + QStringLiteral("/outside/secret.wmv"), m_root + QStringLiteral("/sub/esc.wmv")));
}

void tst_MediaLibrary::normalizeRequest_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "clip.wmv" << "clip.wmv";
    QTest::newRow("leading slash") << "/clip.wmv" << "clip.wmv";
    QTest::newRow("only one slash removed") << "//etc/x.wmv" << "/etc/x.wmv";
    QTest::newRow("query") << "a/b.wmv?x=1&y=%2e" << "a/b.wmv";
    QTest::newRow("percent") << "my%20clip.wmv" << "my clip.wmv";
    QTest::newRow("percent dots") << "%2e%2e/x.wmv" << "../x.wmv";
    QTest::newRow("utf8") << "%C3%A9t%C3%A9.wma" << QString::fromUtf8("\xC3\xA9t\xC3\xA9.wma");
}

void tst_MediaLibrary::normalizeRequest()
{
    QFETCH(QString, request);
    QFETCH(QString, expected);
    QCOMPARE(MediaLibrary::normalizeRequest(request), expected);
}

void tst_MediaLibrary::requestedEntry_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("none") << "list.asx" << qsizetype(0);
    QTest::newRow("other query") << "list.asx?x=1" << qsizetype(0);
    QTest::newRow("first") << "list.asx?mmsplayer-entry=0" << qsizetype(0);
    QTest::newRow("entry") << "list.asx?mmsplayer-entry=7" << qsizetype(7);
    QTest::newRow("among others") << "list.asx?a=1&mmsplayer-entry=12&b=2" << qsizetype(12);
    QTest::newRow("limit") << "list.asx?mmsplayer-entry=10000" << qsizetype(10000);
    QTest::newRow("over the limit") << "list.asx?mmsplayer-entry=10001" << qsizetype(-1);
    QTest::newRow("long") << "list.asx?mmsplayer-entry=000000000001" << qsizetype(-1);
    QTest::newRow("empty") << "list.asx?mmsplayer-entry=" << qsizetype(-1);
    QTest::newRow("sign") << "list.asx?mmsplayer-entry=+1" << qsizetype(-1);
    QTest::newRow("letters") << "list.asx?mmsplayer-entry=1a" << qsizetype(-1);
    QTest::newRow("similar name") << "list.asx?xmmsplayer-entry=3" << qsizetype(0);
}

void tst_MediaLibrary::requestedEntry()
{
    QFETCH(QString, request);
    QFETCH(qsizetype, expected);
    QCOMPARE(MediaLibrary::requestedEntry(request), expected);
}

void tst_MediaLibrary::resolve_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("kind");
    QTest::addColumn<quint32>("hr");
    QTest::addColumn<QString>("path");
    const int file = int(MediaLookup::Kind::File);
    const int refused = int(MediaLookup::Kind::Refused);
    const quint32 denied = mms::Hresult::AccessDenied;
    QTest::newRow("file") << "clip.wmv" << file << 0u << "clip.wmv";
    QTest::newRow("nested") << "/sub/dir/clip.wmv" << file << 0u << "sub/dir/clip.wmv";
    QTest::newRow("dot segment") << "sub/./dir/clip.wmv" << file << 0u << "sub/dir/clip.wmv";
    QTest::newRow("upper extension") << "sub/dir/../../clip.WMV" << refused << denied << "";
    QTest::newRow("dotdot") << "../outside/secret.wmv" << refused << denied << "";
    QTest::newRow("encoded dotdot") << "%2e%2e%2foutside/secret.wmv" << refused << denied << "";
    QTest::newRow("backslash") << "sub\\dir\\clip.wmv" << refused << denied << "";
    QTest::newRow("absolute") << "//etc/passwd.wmv" << refused << denied << "";
    QTest::newRow("drive") << "C:/x.wmv" << refused << denied << "";
    QTest::newRow("nul") << "clip.wmv%00.txt" << refused << denied << "";
    QTest::newRow("symlink") << "escape.wmv" << refused << denied << "";
    QTest::newRow("symlinked dir") << "outlink/secret.wmv" << refused << denied << "";
    QTest::newRow("extension") << "notes.txt" << refused << denied << "";
    QTest::newRow("directory") << "sub.wmv/" << refused << denied << "";
    QTest::newRow("missing") << "nothere.asf" << refused << mms::Hresult::FileNotFound << "";
    QTest::newRow("empty") << "/" << refused << mms::Hresult::FileNotFound << "";
    QTest::newRow("huge") << QString(5000, QLatin1Char('a')) + ".wmv" << refused << mms::Hresult::InvalidArg << "";
}

void tst_MediaLibrary::resolve()
{
    QFETCH(QString, request);
    QFETCH(int, kind);
    QFETCH(quint32, hr);
    QFETCH(QString, path);
    const MediaLibrary library(m_dir.path() + QStringLiteral("/root"), {});
    const MediaLookup lookup = library.resolve(request);
    QCOMPARE(int(lookup.kind), kind);
    QCOMPARE(lookup.hr, hr);
    if (kind == int(MediaLookup::Kind::File))
        QCOMPARE(lookup.path, m_root + QLatin1Char('/') + path);
    else
        QVERIFY(!lookup.reason.isEmpty());
}

void tst_MediaLibrary::liveNames()
{
    const MediaLibrary library(m_dir.path() + QStringLiteral("/root"), { QStringLiteral("tv") });
    QCOMPARE(library.resolve(QStringLiteral("/tv")).kind, MediaLookup::Kind::Live);
    QCOMPARE(library.resolve(QStringLiteral("tv?x")).liveName, QStringLiteral("tv"));
    QCOMPARE(library.resolve(QStringLiteral("tv2")).kind, MediaLookup::Kind::Refused);
}

void tst_MediaLibrary::missingRoot()
{
    const MediaLibrary library(m_dir.path() + QStringLiteral("/nothere"), {});
    QVERIFY(library.rootPath().isEmpty());
    QCOMPARE(library.resolve(QStringLiteral("clip.wmv")).hr, mms::Hresult::FileNotFound);
}

void tst_MediaLibrary::asxPlaylist_data()
{
    // An .asx under root/sub/ whose HREFs are relative to sub/; the expected entries are paths
    // under the root, in order. Everything that could leave the root is skipped (§ security).
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<quint32>("hr");
    const auto entry = [](const char *href) { return QByteArray("<ENTRY><REF HREF=\"") + href + "\"/></ENTRY>"; };
    QTest::newRow("relative") << entry("dir/clip.wmv") << QStringList { "sub/dir/clip.wmv" } << 0u;
    QTest::newRow("percent and query") << entry("dir/%63lip.wmv?x=1") << QStringList { "sub/dir/clip.wmv" } << 0u;
    QTest::newRow("alternatives") << QByteArray("<ENTRY><REF HREF=\"none.wmv\"/><REF HREF=\"dir/clip.wmv\"/></ENTRY>")
                                  << QStringList { "sub/dir/clip.wmv" } << 0u;
    QTest::newRow("repeated") << entry("dir/clip.wmv") + entry("dir/clip.wmv")
                              << QStringList { "sub/dir/clip.wmv", "sub/dir/clip.wmv" } << 0u;
    const QByteArray good = entry("dir/clip.wmv");
    const QStringList goodOnly { "sub/dir/clip.wmv" };
    QTest::newRow("dotdot") << entry("../clip.wmv") + good << goodOnly << 0u;
    QTest::newRow("encoded dotdot") << entry("%2e%2e/clip.wmv") + good << goodOnly << 0u;
    QTest::newRow("absolute") << entry("/etc/passwd.wmv") + good << goodOnly << 0u;
    QTest::newRow("encoded absolute") << entry("%2fetc/x.wmv") + good << goodOnly << 0u;
    QTest::newRow("file url") << entry("file:///etc/x.wmv") + good << goodOnly << 0u;
    QTest::newRow("mms url") << entry("mms://host/x.wmv") + good << goodOnly << 0u;
    QTest::newRow("drive") << entry("C:/x.wmv") + good << goodOnly << 0u;
    QTest::newRow("backslash") << entry("dir\\clip.wmv") + good << goodOnly << 0u;
    QTest::newRow("symlink out") << entry("esc.wmv") + good << goodOnly << 0u;
    QTest::newRow("not media") << entry("../notes.txt") + good << goodOnly << 0u;
    QTest::newRow("nested playlist") << entry("list1.asx") + good << goodOnly << 0u;
    QTest::newRow("nothing left") << entry("../clip.wmv") << QStringList() << mms::Hresult::FileNotFound;
    QTest::newRow("not xml") << QByteArray("<ENTRY>") << QStringList() << mms::Hresult::InvalidData;
}

void tst_MediaLibrary::asxPlaylist()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, entries);
    QFETCH(quint32, hr);
    static int counter = 0;
    const QString name = QStringLiteral("sub/list%1.asx").arg(++counter);
    QFile file(m_root + QLatin1Char('/') + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<asx version=\"3.0\">" + body + "</asx>");
    file.close();
    const MediaLibrary library(m_dir.path() + QStringLiteral("/root"), {});
    const MediaLookup lookup = library.resolve(name);
    QCOMPARE(lookup.hr, hr);
    if (hr != 0) {
        QCOMPARE(lookup.kind, MediaLookup::Kind::Refused);
        return;
    }
    QCOMPARE(lookup.kind, MediaLookup::Kind::Playlist);
    QStringList expected;
    for (const QString &entry : entries)
        expected.append(m_root + QLatin1Char('/') + entry);
    QCOMPARE(lookup.entries, expected);
}

void tst_MediaLibrary::operatorNames()
{
    // Redirects before live sources before --playlist names before files.
    MediaLibrary library(m_dir.path() + QStringLiteral("/root"), { QStringLiteral("a"), QStringLiteral("clip.wmv") });
    library.setRedirects({ { QStringLiteral("a"), QStringLiteral("mms://x/") } });
    library.setPlaylists({ { QStringLiteral("clip.wmv"), { QStringLiteral("/p/1.wmv") } },
                           { QStringLiteral("b"), { QStringLiteral("/p/1.wmv"), QStringLiteral("/p/2.wmv") } } });
    QCOMPARE(library.resolve(QStringLiteral("a")).kind, MediaLookup::Kind::Redirect);
    QCOMPARE(library.resolve(QStringLiteral("/a")).location, QStringLiteral("mms://x/"));
    QCOMPARE(library.resolve(QStringLiteral("clip.wmv")).kind, MediaLookup::Kind::Live);
    QCOMPARE(library.resolve(QStringLiteral("b")).kind, MediaLookup::Kind::Playlist);
    QCOMPARE(library.resolve(QStringLiteral("b")).entries, (QStringList { "/p/1.wmv", "/p/2.wmv" }));
    QCOMPARE(library.resolve(QStringLiteral("sub/dir/clip.wmv")).kind, MediaLookup::Kind::File);
}

QTEST_GUILESS_MAIN(tst_MediaLibrary)
#include "tst_medialibrary.moc"
