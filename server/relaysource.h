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
//
// On demand (the default), as a Windows Media Services publishing point that starts on the
// first client: the upstream is opened when the source's viewer count (LiveSource::viewers(),
// which counts the clients waiting for its header too) leaves 0, and closed `idleMs` after it
// came back to 0, the source then ending (no header) until the next viewer. Always on: opened
// by start() and kept.
class RelaySource : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMs = 2000;

    RelaySource(const QUrl &upstream, LiveSource *live, bool alwaysOn, int idleMs,
        QObject *parent = nullptr);
    ~RelaySource() override;

    void start();
    // True while the relay wants its upstream (connected, connecting or about to retry).
    bool isRunning() const { return m_running; }
    quint64 packetsRelayed() const { return m_packets; }

private:
    void open();
    void retry(const QString &why);
    void viewersChanged(int viewers);
    void connectUpstream(const QString &why);
    void disconnectUpstream();
    void dropSession();
    QString name() const;

    QUrl m_upstream;
    QPointer<LiveSource> m_live;
    MmsSession *m_session = nullptr;
    QTimer m_retry;
    QTimer m_idle; // no viewers since it started: close the upstream when it fires
    quint64 m_packets = 0;
    bool m_alwaysOn = false;
    bool m_running = false;
    bool m_playAsked = false; // startPlaying() sent in this session
};
