// SPDX-License-Identifier: GPL-3.0-or-later
#include "testmmsclient.h"

#include <QTest>

using namespace mms;

TestMmsClient::TestMmsClient(QObject *parent) : QObject(parent)
{
    StreamSplitter::Limits limits;
    limits.maxDataPacketBytes = 0x10000;
    m_splitter.setLimits(limits);
    connect(&m_socket, &QTcpSocket::readyRead, this, &TestMmsClient::handleReadyRead);
}

bool TestMmsClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

void TestMmsClient::setReading(bool on)
{
    m_reading = on;
    if (on)
        handleReadyRead();
}

void TestMmsClient::handleReadyRead()
{
    if (!m_reading)
        return;
    m_splitter.append(m_socket.readAll());
    for (;;) {
        StreamSplitter::Item item = m_splitter.next();
        if (item.error.status == CodecStatus::NeedMoreData)
            return;
        if (!item.ok()) {
            m_splitterError = item.error.what;
            return;
        }
        Event event;
        if (item.isData()) {
            event.isData = true;
            event.data = std::get<DataPacket>(item.packet);
        } else {
            const CommandPacket &command = std::get<CommandPacket>(item.packet);
            event.id = command.id;
            event.message = command.message;
            if (command.id == MessageId::Ping && m_autoPong)
                send(Pong {});
        }
        m_events.append(event);
    }
}

QList<MessageId> TestMmsClient::commandIds() const
{
    QList<MessageId> ids;
    for (const Event &event : m_events) {
        if (!event.isData)
            ids.append(event.id);
    }
    return ids;
}

int TestMmsClient::commandCount(MessageId id) const
{
    return int(commandIds().count(id));
}

int TestMmsClient::indexOfCommand(MessageId id, int n) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (!m_events.at(i).isData && m_events.at(i).id == id && n-- == 0)
            return i;
    }
    return -1;
}

bool TestMmsClient::waitForCommand(MessageId id, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return commandCount(id) >= count; }, timeoutMs);
}

bool TestMmsClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

QList<DataPacket> TestMmsClient::dataPackets(quint8 incarnation) const
{
    QList<DataPacket> packets;
    for (const Event &event : m_events) {
        if (event.isData && event.data.playIncarnation == incarnation)
            packets.append(event.data);
    }
    return packets;
}

bool TestMmsClient::handshake()
{
    Connect connect;
    connect.subscriberName = QStringLiteral("NSPlayer/7.0.0.1956; {7E667F5D-A661-495E-A512-F55686DDA178}; Host: 127.0.0.1");
    send(connect);
    if (!waitForCommand(MessageId::ReportConnectedEX))
        return false;
    send(FunnelInfo {});
    if (!waitForCommand(MessageId::ReportFunnelInfo))
        return false;
    ConnectFunnel funnel;
    funnel.funnelName = QStringLiteral("\\\\127.0.0.1\\TCP\\1037");
    send(funnel);
    return waitForCommand(MessageId::ReportConnectedFunnel);
}

bool TestMmsClient::openFile(const QString &name)
{
    if (!handshake())
        return false;
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = name;
    send(open);
    return waitForCommand(MessageId::ReportOpenFile);
}

QByteArray TestMmsClient::readHeader()
{
    ReadBlock read;
    read.playIncarnation = 2;
    send(read);
    const auto complete = [&] {
        for (const Event &event : m_events) {
            if (event.isData && event.data.playIncarnation == 2 && (event.data.afFlags & HeaderFragmentLastBit))
                return true;
        }
        return false;
    };
    if (!QTest::qWaitFor(complete, 10000))
        return {};
    QByteArray header;
    for (const DataPacket &packet : dataPackets(2))
        header += packet.payload;
    return header;
}
