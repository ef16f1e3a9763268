// SPDX-License-Identifier: GPL-3.0-or-later
#include "strideevents.h"

#include "core/asf/asfpacket.h"
#include "core/session/mmssession.h"

void recordStrideEvents(MmsSession &session, QList<StrideEvent> *events, const QElapsedTimer *clock)
{
    QObject::connect(
        &session, &MmsSession::stridingStarted, &session, [events, clock](double rate) {
            events->append({StrideEvent::Striding, rate, 0, clock->elapsed(), {}, false});
        });
    QObject::connect(&session, &MmsSession::startedPlaying, &session, [events, clock] {
        events->append({StrideEvent::Started, 0.0, 0, clock->elapsed(), {}, false});
    });
    QObject::connect(&session, &MmsSession::endOfStream, &session, [events, clock] {
        events->append({StrideEvent::End, 0.0, 0, clock->elapsed(), {}, false});
    });
    QObject::connect(&session, &MmsSession::dataPacketReceived, &session,
        [events, clock](quint32, const QByteArray &packet) {
            const asf::PacketParseResult parsed = asf::parsePacket(packet, quint32(packet.size()));
            StrideEvent event {StrideEvent::Packet, 0.0, parsed.ok() ? parsed.info.sendTime : 0,
                clock->elapsed(), {}, false};
            for (const asf::Payload &payload : parsed.info.payloads) {
                event.streams.insert(payload.streamNumber);
                event.keyFrame = event.keyFrame || payload.keyFrame;
            }
            events->append(event);
        });
}

QList<StrideEvent> strideEventPackets(const QList<StrideEvent> &events)
{
    QList<StrideEvent> out;
    for (const StrideEvent &event : events) {
        if (event.kind == StrideEvent::Packet)
            out.append(event);
    }
    return out;
}

double measuredRate(const QList<StrideEvent> &packets)
{
    const double mediaMs = double(packets.last().sendTime) - double(packets.first().sendTime);
    const double realMs = double(packets.last().atMs - packets.first().atMs);
    return realMs > 0 ? mediaMs / realMs : 0.0;
}
