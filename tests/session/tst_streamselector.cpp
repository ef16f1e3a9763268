// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/streamselector.h"

#include <QTest>

class tst_StreamSelector : public QObject
{
    Q_OBJECT
private slots:
    void select_data();
    void select();
};

namespace {

asf::Stream stream(int number, asf::StreamType type, quint32 bitrate, int width = 0, int height = 0)
{
    asf::Stream s;
    s.number = number;
    s.type = type;
    s.bitrate = bitrate;
    s.width = width;
    s.height = height;
    return s;
}

using T = asf::StreamType;

} // namespace

Q_DECLARE_METATYPE(QList<asf::Stream>)

void tst_StreamSelector::select_data()
{
    QTest::addColumn<QList<asf::Stream>>("streams");
    QTest::addColumn<quint32>("maxBitrate");
    QTest::addColumn<QList<int>>("expected");

    const QList<asf::Stream> mbr = { stream(1, T::Video, 300000, 320, 240), stream(2, T::Video, 100000, 160, 120),
                                     stream(3, T::Audio, 64000), stream(4, T::Audio, 32000) };
    QTest::newRow("unlimited: best of each") << mbr << 0u << QList<int>{ 1, 3 };
    QTest::newRow("everything fits exactly") << mbr << 364000u << QList<int>{ 1, 3 };
    QTest::newRow("one below: smaller audio keeps big video") << mbr << 363999u << QList<int>{ 1, 4 };
    QTest::newRow("200k: small video, best audio") << mbr << 200000u << QList<int>{ 2, 3 };
    QTest::newRow("tie in total prefers audio") << QList<asf::Stream>{ stream(1, T::Video, 100000), stream(2, T::Video, 68000),
                                                                       stream(3, T::Audio, 64000), stream(4, T::Audio, 32000) }
                                                << 132000u << QList<int>{ 2, 3 };
    QTest::newRow("nothing fits: smallest pair") << mbr << 1000u << QList<int>{ 2, 4 };
    QTest::newRow("audio only") << QList<asf::Stream>{ stream(1, T::Audio, 64000), stream(2, T::Audio, 128000) }
                                << 0u << QList<int>{ 2 };
    QTest::newRow("video only under a limit") << QList<asf::Stream>{ stream(5, T::Video, 500000), stream(6, T::Video, 90000) }
                                              << 100000u << QList<int>{ 6 };
    QTest::newRow("unknown bitrates: larger picture")
            << QList<asf::Stream>{ stream(1, T::Video, 0, 160, 120), stream(2, T::Video, 0, 320, 240), stream(3, T::Audio, 64000) }
            << 0u << QList<int>{ 2, 3 };
    QTest::newRow("equal streams: lower number") << QList<asf::Stream>{ stream(7, T::Audio, 64000), stream(3, T::Audio, 64000) }
                                                 << 0u << QList<int>{ 3 };
    QTest::newRow("command streams never chosen")
            << QList<asf::Stream>{ stream(1, T::Command, 0), stream(2, T::Audio, 64000), stream(3, T::Other, 10) }
            << 0u << QList<int>{ 2 };
    QTest::newRow("no audio or video") << QList<asf::Stream>{ stream(1, T::Command, 0) } << 0u << QList<int>{};
    QTest::newRow("empty header") << QList<asf::Stream>{} << 0u << QList<int>{};
}

void tst_StreamSelector::select()
{
    QFETCH(QList<asf::Stream>, streams);
    QFETCH(quint32, maxBitrate);
    QFETCH(QList<int>, expected);
    asf::Header header;
    header.streams = streams;
    StreamSelector selector(maxBitrate);
    QCOMPARE(selector.maxBitrate(), maxBitrate);
    QCOMPARE(selector.select(header), expected);
}

QTEST_GUILESS_MAIN(tst_StreamSelector)
#include "tst_streamselector.moc"
