#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/viewertomac.h"
#include "server/pacingschedule.h"

#include <QByteArray>
#include <QSet>
#include <QString>

// The data packets of an on-demand file, in order, for one session: stream selection applied
// (MS-MMSP 3.2.5.11.1) and each packet's realtime due time attached. No I/O beyond the file.
class FilePacketFeed
{
public:
    struct Packet
    {
        quint32 locationId = 0; // packet number in the file
        QByteArray bytes; // full packet size (notes §8.7: never stripped)
        qint64 dueMs = 0; // after start(), for realtime pacing
    };
    enum class Status { Packet, End, ReadError };

    explicit FilePacketFeed(const asf::AsfFile &file) : m_file(file) { }

    // The packet a StartPlaying asks for (MS-MMSP 2.2.4.25; precedence in the .cpp).
    quint64 startPacketFor(const mms::StartPlaying &request) const;
    void start(quint64 firstPacket, quint32 accelBandwidthBps, quint32 accelDurationMs);
    // Payloads of streams outside `keep` are removed; `all` = send packets unmodified.
    void setSelection(const QSet<int> &keep, bool all);

    // The next packet to send; packets left empty by the selection are skipped.
    Status next(Packet &packet, QString &error);

private:
    const asf::AsfFile &m_file;
    quint64 m_next = 0;
    QSet<int> m_keep;
    bool m_all = true;
    PacingSchedule m_schedule;
};
