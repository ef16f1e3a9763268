// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class LiveSource;
class MmsSession;

// --relay NAME=URL: pulls an upstream stream (mms://, mmst://, mmsh://; a broadcast or a file)
// with our own client, MmsSession, and feeds its header and packets into a fed LiveSource that
// the server serves as a broadcast under NAME; clients joining late start at a key frame like
// those of any live source. When the upstream ends or fails, the relay opens it again after
// RetryMs; clients stay connected meanwhile.
class RelaySource : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMs = 2000;

    RelaySource(const QUrl &upstream, LiveSource *live, QObject *parent = nullptr);
    ~RelaySource() override;

    void start();
    quint64 packetsRelayed() const { return m_packets; }

private:
    void open();
    void retry(const QString &why);

    QUrl m_upstream;
    QPointer<LiveSource> m_live;
    MmsSession *m_session = nullptr;
    QTimer m_retry;
    quint64 m_packets = 0;
    bool m_stopping = false;
    bool m_playAsked = false; // startPlaying() sent in this session
};
