// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the StreamSplitter tests.
#include "core/protocol/streamsplitter.h"
#include "tests/protocol/codectestsupport.h"

namespace codectest {

// A packet as it was on the wire, rebuilt from what the splitter returned.
inline QByteArray wireBytes(const StreamSplitter::Item &item)
{
    if (const auto *command = std::get_if<CommandPacket>(&item.packet))
        return command->header.encode() + command->message;
    if (const auto *data = std::get_if<DataPacket>(&item.packet))
        return data->encode();
    return {};
}

// Takes every complete packet; `last` gets the result that stopped it (NeedMoreData or an error).
inline QList<QByteArray> drain(StreamSplitter &splitter, CodecError *last = nullptr)
{
    QList<QByteArray> packets;
    for (;;) {
        const StreamSplitter::Item item = splitter.next();
        if (!item.ok()) {
            if (last)
                *last = item.error;
            return packets;
        }
        packets.append(wireBytes(item));
    }
}

inline QByteArray dataPacket(quint32 locationId, quint8 incarnation, quint8 flags, qsizetype payloadSize)
{
    DataPacket p;
    p.locationId = locationId;
    p.playIncarnation = incarnation;
    p.afFlags = flags;
    for (qsizetype i = 0; i < payloadSize; ++i)
        p.payload.append(char(locationId + i));
    return p.encode();
}

// A short session as the client sees it: commands and Data packets interleaved, including a
// packet with two messages, a 1-byte payload and a Data packet whose first bytes look like a MID.
inline QList<QByteArray> samplePackets()
{
    ReportConnectedEX connected;
    connected.serverVersionInfo = QStringLiteral("9.1");
    ReportOpenFile opened;
    opened.playIncarnation = 9;
    opened.filePacketSize = 200;
    StartPlaying start;
    start.accelBandwidth = 1000000;
    start.accelDuration = 5000;
    start.linkBandwidth = 2000000;
    return {
        encodePacket(connected, 0),
        encodePacket(ReportConnectedFunnel {}, 1),
        encodePacket(opened, 2),
        encodePacket(ReportReadBlock { 0, 1, 0 }, 3),
        dataPacket(0, 1, HeaderFragmentMore, 100),
        dataPacket(1, 1, HeaderFragmentLast, 1),
        wrapMessage(encodeMessage(ReportStreamSwitch {}) + encodeMessage(ReportStartedPlaying {}), 4),
        encodePacket(start, 99),
        dataPacket(0x0004001B, 10, 0, 200),
        encodePacket(Ping {}, 5),
        dataPacket(7, 10, 1, 37),
        encodePacket(ReportEndOfStream { 0, 10 }, 6),
    };
}

inline QByteArray joined(const QList<QByteArray> &packets)
{
    QByteArray all;
    for (const QByteArray &p : packets)
        all += p;
    return all;
}

} // namespace codectest
