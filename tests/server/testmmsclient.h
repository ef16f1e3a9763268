// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

// A minimal MMS client for the server tests, made from the codec: sends messages, answers Ping
// with Pong (unless told not to) and records everything that arrives, in order.
class TestMmsClient : public QObject
{
    Q_OBJECT
public:
    struct Event
    {
        bool isData = false;
        mms::MessageId id = mms::MessageId(0); // commands
        QByteArray message; // commands: the message area from chunkLen
        mms::DataPacket data; // Data packets
    };

    explicit TestMmsClient(QObject *parent = nullptr);

    bool connectTo(quint16 port, int timeoutMs = 30000);
    void setAutoPong(bool on) { m_autoPong = on; }
    void setReading(bool on);

    template<typename M>
    void send(const M &message)
    {
        m_socket.write(mms::encodePacket(message, m_seq++));
    }
    void sendRaw(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }

    const QList<Event> &events() const { return m_events; }
    QList<mms::MessageId> commandIds() const;
    int commandCount(mms::MessageId id) const;
    // Index in events() of the n-th command `id`, or -1.
    int indexOfCommand(mms::MessageId id, int n = 0) const;
    bool waitForCommand(mms::MessageId id, int count = 1, int timeoutMs = 30000);
    bool waitForDisconnected(int timeoutMs = 30000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QString splitterError() const { return m_splitterError; }

    template<typename M>
    M command(int n = 0) const
    {
        const int index = indexOfCommand(M::Id, n);
        if (index < 0)
            return M {};
        return mms::decodeMessage<M>(m_events.at(index).message).value;
    }

    // Data packets with this playIncarnation byte, in arrival order.
    QList<mms::DataPacket> dataPackets(quint8 incarnation) const;

    // Connect .. ReportConnectedFunnel, the way FFmpeg does it (with FunnelInfo). False on a timeout.
    bool handshake();
    // handshake() then OpenFile .. ReportOpenFile. False on a timeout.
    bool openFile(const QString &name);
    // ReadBlock (incarnation 2) and wait for the last header fragment. The header bytes.
    QByteArray readHeader();

private:
    void handleReadyRead();

    QTcpSocket m_socket;
    mms::StreamSplitter m_splitter;
    QList<Event> m_events;
    quint16 m_seq = 0;
    bool m_autoPong = true;
    bool m_reading = true;
    QString m_splitterError;
};
