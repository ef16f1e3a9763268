// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

struct FaultProxy::Link
{
    Plan plan;
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    mms::StreamSplitter serverSplitter;
    mms::StreamSplitter clientSplitter;
    QByteArray serverRaw; // server bytes fed to serverSplitter and not yet forwarded
    qint64 serverConsumed = 0;
    QByteArray toServer; // client bytes waiting for the upstream connection
    int replies = 0;
    int media = 0;
    quint8 playIncarnation = 0;
    quint8 headerIncarnation = 0;
    bool stalled = false; // nothing more goes to the client
    bool closed = false;
    bool fired = false;
    quint16 seq = 0x4000; // of the messages the proxy makes up
    QByteArray trickle;
    QTimer trickleTimer;
    QTimer endlessTimer;
    quint32 nextFragment = 0;
    quint32 packetSize = 0; // from ReportOpenFile: the largest header fragment allowed
    QByteArray fragment;
};

FaultProxy::FaultProxy(quint16 targetPort, QList<Plan> plans, QObject *parent)
    : QObject(parent), m_targetPort(targetPort), m_plans(std::move(plans))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    // The links' lambdas must not run while the sockets go down with us.
    for (const auto &link : m_links) {
        for (QTcpSocket *socket : { link->client, link->upstream }) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
            }
        }
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Link>();
        Link *link = owned.get();
        m_links.push_back(std::move(owned));
        if (m_connections < m_plans.size())
            link->plan = m_plans.at(m_connections);
        ++m_connections;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            link->upstream->write(link->toServer);
            link->toServer.clear();
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { fromServer(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
            fromServer(link);
            // A server that closes (after a redirect or CloseFile) closes the client's side too,
            // unless a stall is holding the client on purpose.
            if (!link->stalled && !link->closed && link->trickle.isEmpty())
                link->client->disconnectFromHost();
        });
        link->trickleTimer.setInterval(link->plan.intervalMs);
        connect(&link->trickleTimer, &QTimer::timeout, this, [this, link] { pumpTrickle(link); });
        link->endlessTimer.setInterval(0);
        connect(&link->endlessTimer, &QTimer::timeout, this, [this, link] { pumpEndlessHeader(link); });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        if (link->plan.fault == Fault::Trickle) {
            ++m_faults;
            link->trickleTimer.start();
        }
        if (link->plan.fault == Fault::DropAfter && triggered(link))
            inject(link);
    }
}

void FaultProxy::fromClient(Link *link)
{
    const QByteArray bytes = link->client->readAll();
    if (link->closed)
        return;
    if (link->upstream->state() == QAbstractSocket::ConnectedState)
        link->upstream->write(bytes);
    else
        link->toServer += bytes;
    link->clientSplitter.append(bytes);
    for (;;) {
        const mms::StreamSplitter::Item item = link->clientSplitter.next();
        if (!item.ok() || !item.isCommand())
            return;
        const auto &packet = std::get<mms::CommandPacket>(item.packet);
        switch (packet.id) {
        case mms::MessageId::StartPlaying:
            link->playIncarnation = quint8(mms::decodeMessage<mms::StartPlaying>(packet.message).value.playIncarnation);
            break;
        case mms::MessageId::ReadBlock:
            link->headerIncarnation = quint8(mms::decodeMessage<mms::ReadBlock>(packet.message).value.playIncarnation);
            break;
        case mms::MessageId::Pong:
            ++m_pongs;
            break;
        default:
            break;
        }
    }
}

void FaultProxy::fromServer(Link *link)
{
    const QByteArray bytes = link->upstream->readAll();
    if (link->closed || link->stalled || bytes.isEmpty())
        return;
    if (link->plan.fault == Fault::Trickle) {
        link->trickle += bytes;
        return;
    }
    link->serverRaw += bytes;
    link->serverSplitter.append(bytes);
    for (;;) {
        const mms::StreamSplitter::Item item = link->serverSplitter.next();
        if (!item.ok())
            return; // NeedMoreData (or bytes the codec refuses: never from MmsServer)
        const qint64 consumed = link->serverSplitter.totalBytesFed() - link->serverSplitter.bufferedBytes();
        const qsizetype length = qsizetype(consumed - link->serverConsumed);
        link->serverConsumed = consumed;
        const QByteArray raw = link->serverRaw.left(length);
        link->serverRaw.remove(0, length);
        if (!forwardItem(link, item, raw))
            return;
    }
}

bool FaultProxy::triggered(const Link *link) const
{
    return (link->plan.afterReplies >= 0 && link->replies >= link->plan.afterReplies)
            || (link->plan.afterMedia >= 0 && link->media >= link->plan.afterMedia);
}

bool FaultProxy::forwardItem(Link *link, const mms::StreamSplitter::Item &item, QByteArray raw)
{
    using Id = mms::MessageId;
    const Fault fault = link->plan.fault;
    bool isMedia = false;
    if (item.isCommand()) {
        const auto &packet = std::get<mms::CommandPacket>(item.packet);
        if (packet.id == Id::ReportOpenFile)
            link->packetSize = mms::decodeMessage<mms::ReportOpenFile>(packet.message).value.filePacketSize;
        if (packet.id == Id::ReportOpenFile
            && (fault == Fault::HugeHeaderSize || fault == Fault::EndlessHeaderUnknownSize)) {
            mms::ReportOpenFile m = mms::decodeMessage<mms::ReportOpenFile>(packet.message).value;
            m.fileHeaderSize = fault == Fault::HugeHeaderSize ? 0x80000000u : 0u;
            raw = mms::encodePacket(m, packet.header.seq, packet.header.timeSent);
            ++m_faults;
        }
        if (packet.id == Id::ReportStartedPlaying && fault == Fault::DataBeforeStarted && !link->fired) {
            link->fired = true;
            ++m_faults;
            mms::DataPacket early;
            early.playIncarnation = link->playIncarnation;
            early.payload = QByteArray(64, '\0');
            link->client->write(early.encode());
        }
    } else {
        const auto &data = std::get<mms::DataPacket>(item.packet);
        const bool header = link->headerIncarnation != 0 && data.playIncarnation == link->headerIncarnation;
        isMedia = link->playIncarnation != 0 && data.playIncarnation == link->playIncarnation;
        if (header && (data.afFlags & mms::HeaderFragmentLastBit)) {
            if (fault == Fault::HeaderNeverEnds) {
                ++m_faults;
                link->stalled = true;
                return false;
            }
            if (fault == Fault::EndlessHeader || fault == Fault::EndlessHeaderUnknownSize) {
                ++m_faults;
                link->stalled = true;
                // Full-size fragments of zeros: the most header per fragment the client allows.
                link->fragment = QByteArray(qsizetype(qBound<quint32>(1, link->packetSize, 0xFFF0)), '\0');
                link->nextFragment = data.locationId;
                link->endlessTimer.start();
                return false;
            }
        }
    }
    if (fault == Fault::CutAfter && triggered(link)) {
        ++m_faults;
        link->client->write(raw.left(raw.size() / 2));
        closeLink(link);
        return false;
    }
    link->client->write(raw);
    if (item.isCommand())
        ++link->replies;
    else if (isMedia)
        ++link->media;
    if (!link->fired && triggered(link)
        && (fault == Fault::DropAfter || fault == Fault::StallAfter || fault == Fault::PingFlood)) {
        inject(link);
        return !link->closed && !link->stalled;
    }
    return true;
}

void FaultProxy::inject(Link *link)
{
    link->fired = true;
    ++m_faults;
    switch (link->plan.fault) {
    case Fault::DropAfter:
        closeLink(link);
        break;
    case Fault::StallAfter:
        link->stalled = true;
        break;
    case Fault::PingFlood: {
        QByteArray pings;
        for (int i = 0; i < link->plan.count; ++i)
            pings += mms::encodePacket(mms::Ping(), link->seq++);
        link->client->write(pings);
        break;
    }
    default:
        break;
    }
}

void FaultProxy::closeLink(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    link->trickleTimer.stop();
    link->endlessTimer.stop();
    link->upstream->abort();
    // disconnectFromHost() sends what was written first, so the client gets every byte before the
    // close, exactly up to the fault.
    link->client->disconnectFromHost();
}

void FaultProxy::pumpTrickle(Link *link)
{
    if (link->closed || link->trickle.isEmpty())
        return;
    link->client->write(link->trickle.left(1));
    link->trickle.remove(0, 1);
}

void FaultProxy::pumpEndlessHeader(Link *link)
{
    // As fast as the client takes them, but never more than 256 KiB queued here; 64 MiB in all is
    // far past any limit the client may have.
    if (link->closed || m_fragments * link->fragment.size() > 64 * 1024 * 1024) {
        link->endlessTimer.stop();
        return;
    }
    while (link->client->bytesToWrite() < 256 * 1024) {
        mms::DataPacket more;
        more.locationId = link->nextFragment++;
        more.playIncarnation = link->headerIncarnation;
        more.afFlags = mms::HeaderFragmentMore;
        more.payload = link->fragment;
        link->client->write(more.encode());
        ++m_fragments;
    }
}
