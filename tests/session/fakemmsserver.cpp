// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemmsserver.h"

#include <QHostAddress>

FakeMmsServer::FakeMmsServer(const QString &mediaPath, QObject *parent) : QObject(parent)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(mediaPath);
    if (opened.ok())
        m_file = std::move(opened.file);
    script = [this](const mms::CommandPacket &p) { respond(p); };
    connect(&m_server, &QTcpServer::newConnection, this, &FakeMmsServer::acceptClient);
}

bool FakeMmsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeMmsServer::acceptClient()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_client)
            m_client->deleteLater();
        m_client = socket;
        ++connections;
        lastPeerPort = socket->peerPort();
        m_splitter.reset();
        m_seq = 0;
        connect(socket, &QTcpSocket::readyRead, this, &FakeMmsServer::readClient);
    }
}

void FakeMmsServer::readClient()
{
    auto *socket = qobject_cast<QTcpSocket *>(sender());
    if (!socket || socket != m_client)
        return;
    m_splitter.append(socket->readAll());
    for (;;) {
        mms::StreamSplitter::Item item = m_splitter.next();
        if (!item.ok() || !item.isCommand())
            return;
        const mms::CommandPacket packet = std::get<mms::CommandPacket>(item.packet);
        received.append(packet);
        emit messageArrived(packet.id);
        if (script)
            script(packet);
        if (socket != m_client)
            return;
    }
}

void FakeMmsServer::sendBytes(const QByteArray &bytes)
{
    if (m_client)
        m_client->write(bytes);
}

void FakeMmsServer::sendData(quint32 locationId, quint8 incarnation, quint8 afFlags, const QByteArray &payload)
{
    mms::DataPacket d;
    d.locationId = locationId;
    d.playIncarnation = incarnation;
    d.afFlags = afFlags;
    d.payload = payload;
    sendBytes(d.encode());
}

void FakeMmsServer::sendHeader(quint8 incarnation)
{
    const QByteArray header = m_file->mmsHeaderBytes();
    const qsizetype step = (header.size() + headerFragments - 1) / headerFragments;
    for (int i = 0; i < headerFragments; ++i) {
        const bool last = i == headerFragments - 1;
        sendData(quint32(i), incarnation, last ? mms::HeaderFragmentLast : mms::HeaderFragmentMore,
                 header.mid(i * step, last ? -1 : step));
    }
}

void FakeMmsServer::closeClient()
{
    if (m_client)
        m_client->disconnectFromHost();
}

QList<mms::MessageId> FakeMmsServer::receivedIds() const
{
    QList<mms::MessageId> ids;
    for (const mms::CommandPacket &p : received)
        ids.append(p.id);
    return ids;
}

void FakeMmsServer::respond(const mms::CommandPacket &packet)
{
    using Id = mms::MessageId;
    switch (packet.id) {
    case Id::Connect: {
        mms::ReportConnectedEX m;
        m.serverVersionInfo = QStringLiteral("9.1");
        sendMessage(m);
        break;
    }
    case Id::FunnelInfo: {
        mms::ReportFunnelInfo m;
        m.nCubs = 0x12345678;
        sendMessage(m);
        break;
    }
    case Id::ConnectFunnel:
        sendMessage(mms::ReportConnectedFunnel());
        break;
    case Id::OpenFile: {
        const auto open = mms::decodeMessage<mms::OpenFile>(packet.message).value;
        mms::ReportOpenFile m;
        m.playIncarnation = open.playIncarnation;
        m.openFileId = openFileId;
        m.fileAttributes = mms::FileAttribute::CanSeek;
        m.fileDuration = m_file->header().durationSeconds();
        m.filePacketSize = m_file->packetSize();
        m.filePacketCount = m_file->packetCount();
        m.fileBitRate = m_file->header().file.maxBitrate;
        m.fileHeaderSize = quint32(m_file->mmsHeaderBytes().size());
        sendMessage(m);
        break;
    }
    case Id::ReadBlock: {
        const auto read = mms::decodeMessage<mms::ReadBlock>(packet.message).value;
        mms::ReportReadBlock m;
        m.playIncarnation = read.playIncarnation;
        sendMessage(m);
        sendHeader(quint8(read.playIncarnation));
        break;
    }
    case Id::StreamSwitch:
        sendMessage(mms::ReportStreamSwitch());
        break;
    case Id::StartPlaying: {
        const auto start = mms::decodeMessage<mms::StartPlaying>(packet.message).value;
        mms::ReportStartedPlaying m;
        m.playIncarnation = start.playIncarnation;
        m.tigerFileId = openFileId;
        sendMessage(m);
        for (int i = 0; i < mediaPackets; ++i)
            sendData(quint32(i), quint8(start.playIncarnation), quint8(i), m_file->packet(quint64(i)));
        mms::ReportEndOfStream end;
        end.playIncarnation = start.playIncarnation;
        sendMessage(end);
        break;
    }
    case Id::StopPlaying: {
        const auto stop = mms::decodeMessage<mms::StopPlaying>(packet.message).value;
        mms::ReportEndOfStream end;
        end.playIncarnation = stop.playIncarnation;
        sendMessage(end);
        break;
    }
    default:
        break; // Logging, Pong, CloseFile: no reply
    }
}
