// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <memory>

// An ASF stream read from a file descriptor as it comes (mms-push -: standard input, e.g.
// `ffmpeg -re -i INPUT -f asf - | mms-push - URL`): the header (Header Object and the Data
// Object's 50-byte preamble) once it is whole, then each data packet of the header's packet
// size. A live writer leaves the sizes and counts unknown (0), which is fine: only the packet
// size is used. The stream ends at end of file or at the first bytes that are no data packet
// (the index objects a muxer writes after the data).
class AsfStreamReader : public QObject {
    Q_OBJECT
public:
    explicit AsfStreamReader(int fd, QObject *parent = nullptr);
    // Stops reading while the consumer has too much queued; reading goes on when re-enabled.
    void setReading(bool reading);

signals:
    void headerRead(const QByteArray &header, quint32 packetSize);
    void packetRead(const QByteArray &packet);
    // Once: error empty at a clean end.
    void finished(const QString &error);

private:
    void readSome();
    void parse();
    void finish(const QString &error);

    int m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    quint32 m_packetSize = 0; // 0 until the header is in
    bool m_done = false;
};
