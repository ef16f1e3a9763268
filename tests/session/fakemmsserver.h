// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

// A scripted MMS server for the session tests: records every message the client sends (decoded
// with the codec) and answers through `script`, which defaults to a well-behaved server
// (respond()) serving an ASF file from MMS_MEDIA_DIR. Tests replace `script` to misbehave.
class FakeMmsServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeMmsServer(const QString &mediaPath, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    bool fileOk() const { return m_file != nullptr; }
    const asf::AsfFile &file() const { return *m_file; }

    // Every client message, in order, across connections.
    QList<mms::CommandPacket> received;
    int connections = 0;
    quint16 lastPeerPort = 0;
    quint32 openFileId = 7; // deliberately not 1: the client must echo what we send
    int headerFragments = 2; // the header goes out in this many Data packets
    int mediaPackets = 3; // packets sent after ReportStartedPlaying (then ReportEndOfStream)

    std::function<void(const mms::CommandPacket &)> script;

    // The default behaviour for one client message.
    void respond(const mms::CommandPacket &packet);
    void sendBytes(const QByteArray &bytes);
    template<typename M>
    void sendMessage(const M &m)
    {
        sendBytes(mms::encodePacket(m, m_seq++));
    }
    void sendData(quint32 locationId, quint8 incarnation, quint8 afFlags, const QByteArray &payload);
    void sendHeader(quint8 incarnation);
    void closeClient();

    QList<mms::MessageId> receivedIds() const;
    template<typename M>
    M decoded(int index) const
    {
        return mms::decodeMessage<M>(received.at(index).message).value;
    }

signals:
    void messageArrived(mms::MessageId id);

private:
    void acceptClient();
    void readClient();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    mms::StreamSplitter m_splitter;
    std::unique_ptr<asf::AsfFile> m_file;
    quint16 m_seq = 0;
};
