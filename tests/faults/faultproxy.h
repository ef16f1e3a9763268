// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

// A TCP proxy between MmsSession and a real MMS server (MmsServer) that injects a fault into what
// the server sends. It splits the server's byte stream into messages and Data packets with the
// codec, so faults land exactly at a step of the MS-MMSP sequence; the client's messages are
// decoded too (to learn the incarnations and count Pongs) and passed on unchanged.
// Connection i (0-based) follows plans[i]; connections beyond the list pass everything through,
// which lets a reconnecting client recover.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        DropAfter, // forward up to the trigger, then close both sides (FIN after the bytes)
        CutAfter, // at the trigger, forward half of the next message or packet, then close
        StallAfter, // forward up to the trigger, then nothing more; the connection stays open
        Trickle, // from the start, one byte every `intervalMs`
        PingFlood, // at the trigger, insert `count` Pings
        DataBeforeStarted, // a media Data packet of the new play just before ReportStartedPlaying
        HeaderNeverEnds, // the last header fragment and everything after it never arrive
        HugeHeaderSize, // ReportOpenFile announces a header of 0x80000000 bytes
        EndlessHeader, // header fragments keep coming and none is the last
        EndlessHeaderUnknownSize, // the same, and ReportOpenFile's header size is 0 (unknown)
    };
    // The trigger: after `afterReplies` command messages from the server, or after `afterMedia`
    // media Data packets (of the current play) - whichever is set (>= 0).
    struct Plan
    {
        Fault fault = Fault::None;
        int afterReplies = -1;
        int afterMedia = -1;
        int count = 0;
        int intervalMs = 100;
    };

    FaultProxy(quint16 targetPort, QList<Plan> plans, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    int connections() const { return m_connections; }
    int faultsInjected() const { return m_faults; }
    qint64 pongsFromClient() const { return m_pongs; }
    qint64 fragmentsInjected() const { return m_fragments; }

private:
    struct Link;
    void accept();
    void fromClient(Link *link);
    void fromServer(Link *link);
    bool forwardItem(Link *link, const mms::StreamSplitter::Item &item, QByteArray raw);
    bool triggered(const Link *link) const;
    void inject(Link *link);
    void closeLink(Link *link);
    void pumpTrickle(Link *link);
    void pumpEndlessHeader(Link *link);

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<Plan> m_plans;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_connections = 0;
    int m_faults = 0;
    qint64 m_pongs = 0;
    qint64 m_fragments = 0;
};
