// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/asxparser.h"
#include "playlisttestutil.h"

#include <QTest>

using namespace playlisttest;

// The parser's non-ASX inputs and text encodings.
class tst_PlaylistFormats : public QObject
{
    Q_OBJECT

private slots:
    void referenceFormat_data();
    void referenceFormat();
    void urlList_data();
    void urlList();
    void encodings();
};

void tst_PlaylistFormats::referenceFormat_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("refs");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("server answer") << readData("reference.asx")
                                   << QStringList{"http://media.example.com/live?MSWMExt=.asf", "mms://media.example.com/live"}
                                   << QStringList();
    QTest::newRow("number order") << QByteArray("[reference]\nref10=mms://h/c\nREF2=mms://h/b\nRef1=mms://h/a\n")
                                  << QStringList{"mms://h/a", "mms://h/b", "mms://h/c"} << QStringList();
    QTest::newRow("other sections and keys") << QByteArray("[Options]\nRef1=mms://h/no\n[Reference]\nBaseURL=x\n"
                                                           "; comment\nRef1 = mms://h/yes\n")
                                             << QStringList{"mms://h/yes"} << QStringList();
    QTest::newRow("relative ref") << QByteArray("[Reference]\nRef1=live.asf\n")
                                  << QStringList{"http://example.com/lists/live.asf"} << QStringList();
    QTest::newRow("bad lines") << QByteArray("[Reference]\nnonsense\nRef1=\nRef2=mms://h/a\n")
                               << QStringList{"mms://h/a"}
                               << QStringList{"line 2: not a Key=Value line; ignored",
                                              "line 3: Ref1 ignored: empty URL"};
}

void tst_PlaylistFormats::referenceFormat()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, refs);
    QFETCH(QStringList, warnings);
    const AsxParseResult r = AsxParser::parse(input, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.format, PlaylistFormat::Reference);
    QCOMPARE(r.playlist.entries.size(), 1);
    QCOMPARE(urls(r.playlist.entries[0].refs), refs);
    QCOMPARE(r.playlist.warnings, warnings);

    const AsxParseResult none = AsxParser::parse("[Reference]\nFoo=1\n", Source);
    QVERIFY(!none.ok);
    QCOMPARE(none.errorString(), QStringLiteral("[Reference] list has no usable RefN= line"));
}

void tst_PlaylistFormats::urlList_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("one mms URL") << QByteArray("mms://media.example.com/live") << QStringList{"mms://media.example.com/live"} << QString();
    QTest::newRow("lines") << QByteArray("#EXTM3U\r\nmmst://h/a\r\n\r\n  http://h/b?x=1&y=2  \n")
                           << QStringList{"mmst://h/a", "http://h/b?x=1&y=2"} << QString();
    QTest::newRow("bad line") << QByteArray("mms://h/a\n  clip.wmv\n") << QStringList()
                              << "line 2, column 3: line is not a URL: \"clip.wmv\"";
}

void tst_PlaylistFormats::urlList()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const AsxParseResult r = AsxParser::parse(input, Source);
    QCOMPARE(r.ok, error.isEmpty());
    QCOMPARE(r.errorString(), error);
    if (!r.ok)
        return;
    QCOMPARE(r.playlist.format, PlaylistFormat::UrlList);
    QCOMPARE(refsOf(r.playlist), expected);
}

void tst_PlaylistFormats::encodings()
{
    const QByteArray latin1 = asx("<TITLE>Caf\xE9</TITLE>" + entries(1));
    AsxParseResult r = AsxParser::parse(latin1, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, QStringLiteral("Caf\u00E9"));
    QCOMPARE(r.playlist.warnings, QStringList{QStringLiteral("not valid UTF-8; read as Latin-1")});

    r = AsxParser::parse(asx("<TITLE>Caf\xC3\xA9</TITLE>" + entries(1)), Source);
    QCOMPARE(r.playlist.title, QStringLiteral("Caf\u00E9"));
    QCOMPARE(r.playlist.warnings, QStringList());

    const QString text = QString::fromUtf8(asx("<TITLE>\xE2\x98\xBA</TITLE>" + entries(1)));
    QByteArray utf16le("\xFF\xFE", 2);
    utf16le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    r = AsxParser::parse(utf16le, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, QString(QChar(0x263A)));
    QCOMPARE(refsOf(r.playlist), QStringList{QStringLiteral("mms://h/0")});
}

QTEST_GUILESS_MAIN(tst_PlaylistFormats)
#include "tst_playlistformats.moc"
