// SPDX-License-Identifier: GPL-3.0-or-later
// AsxReader: what it takes from a playlist, and the limits that keep a hostile file bounded.
#include "server/asxreader.h"

#include <QTest>

class tst_AsxReader : public QObject
{
    Q_OBJECT
private slots:
    void entries_data();
    void entries();
    void refused_data();
    void refused();
};

using Entries = QList<QStringList>;

void tst_AsxReader::entries_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<Entries>("expected");
    QTest::newRow("plain") << QByteArray("<ASX version=\"3.0\"><ENTRY><REF HREF=\"a.wmv\"/></ENTRY></ASX>")
                           << Entries { { "a.wmv" } };
    QTest::newRow("mixed case") << QByteArray("<asx><Entry><rEf hReF=\" a.wmv \"/></Entry><eNtRy><REF href=\"b.wma\"/></eNtRy></asx>")
                                << Entries { { "a.wmv" }, { "b.wma" } };
    QTest::newRow("alternatives") << QByteArray("<ASX><ENTRY><REF HREF=\"a.wmv\"/><REF HREF=\"b.wmv\"/></ENTRY></ASX>")
                                  << Entries { { "a.wmv", "b.wmv" } };
    QTest::newRow("other elements ignored")
        << QByteArray("<ASX><TITLE>t</TITLE><ENTRY><TITLE>x</TITLE><PARAM NAME=\"a\" VALUE=\"b\"/><REF HREF=\"a.wmv\"/></ENTRY>"
                      "<REPEAT><ENTRY><REF HREF=\"nested.wmv\"/></ENTRY></REPEAT><ENTRYREF HREF=\"x.asx\"/></ASX>")
        << Entries { { "a.wmv" } };
    QTest::newRow("ref outside entry") << QByteArray("<ASX><REF HREF=\"a.wmv\"/></ASX>") << Entries {};
    QTest::newRow("empty href dropped") << QByteArray("<ASX><ENTRY><REF HREF=\"\"/><REF/></ENTRY></ASX>") << Entries { {} };
    QTest::newRow("entities") << QByteArray("<ASX><ENTRY><REF HREF=\"a&amp;b.wmv\"/></ENTRY></ASX>") << Entries { { "a&b.wmv" } };
    QByteArray hundred("<ASX>");
    Entries hundredEntries;
    for (int i = 0; i < 100; ++i) {
        hundred += "<ENTRY><REF HREF=\"" + QByteArray::number(i) + ".wmv\"/></ENTRY>";
        hundredEntries.append({ QString::number(i) + QStringLiteral(".wmv") });
    }
    QTest::newRow("100 entries") << hundred + "</ASX>" << hundredEntries;
}

void tst_AsxReader::entries()
{
    QFETCH(QByteArray, document);
    QFETCH(Entries, expected);
    const AsxReader::Result result = AsxReader::parse(document);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries, expected);
}

void tst_AsxReader::refused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("error");
    QByteArray many("<ASX>");
    for (int i = 0; i < 101; ++i)
        many += "<ENTRY><REF HREF=\"a.wmv\"/></ENTRY>";
    QTest::newRow("101 entries") << many + "</ASX>" << "more than 100 entries";
    QByteArray refs("<ASX><ENTRY>");
    for (int i = 0; i < 9; ++i)
        refs += "<REF HREF=\"a.wmv\"/>";
    QTest::newRow("9 refs") << refs + "</ENTRY></ASX>" << "more than 8 REFs in an entry";
    QTest::newRow("deep") << QByteArray("<ASX>") + QByteArray("<a>").repeated(16) << "elements nested deeper than 16";
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE asx [<!ENTITY e \"xxxxxxxx\">]><ASX><ENTRY><REF HREF=\"&e;\"/></ENTRY></ASX>")
                         << "DTD not allowed";
    QTest::newRow("root") << QByteArray("<html><ENTRY><REF HREF=\"a.wmv\"/></ENTRY></html>") << "root element is not ASX";
    QTest::newRow("long href") << "<ASX><ENTRY><REF HREF=\"" + QByteArray(4097, 'a') + "\"/></ENTRY></ASX>"
                               << "HREF longer than 4096 characters";
    QTest::newRow("too big") << "<ASX>" + QByteArray(256 * 1024, ' ') + "</ASX>" << "playlist larger than 262144 bytes";
    QTest::newRow("mismatched case") << QByteArray("<ASX><ENTRY></entry></ASX>") << "not well-formed XML";
    QTest::newRow("truncated") << QByteArray("<ASX><ENTRY><REF HREF=\"a.wmv\"/>") << "not well-formed XML";
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << "not well-formed XML";
}

void tst_AsxReader::refused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, error);
    const AsxReader::Result result = AsxReader::parse(document);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    QVERIFY(result.entries.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AsxReader)
#include "tst_asxreader.moc"
