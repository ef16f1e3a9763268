// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logging.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/session/headerassembler.h"
#include "core/session/messagetrace.h"
#include "core/transport/mmstransport.h"

#include <QElapsedTimer>
#include <QSet>
#include <optional>

// MMS over TCP (MS-MMSP): the session's wire operations as MS-MMSP messages on one connection,
// and the server's messages read back: the codec's splitter, one handler per message, the Data
// packets sorted by incarnation into header fragments and media. All MS-MMSP state lives here
// (sequence numbers, incarnations, the reply the setup phase waits for, what the last
// StreamSwitch told the server); the session keeps what both wires share and hears from this
// class through its "reports from the TCP wire". Split over mmsttransport.cpp (operations,
// receiving, Data packets), mmsttransportsetup.cpp (Connect .. ReadBlock, redirects),
// mmsttransportplay.cpp (StreamSwitch, StartPlaying, StartStriding and their reports) and
// mmsttransportauth.cpp (SecurityChallenge).
class MmstTransport final : public MmsTransport {
public:
    using MmsTransport::MmsTransport;

    quint16 port() const override;
    void prepareConnection() override;
    void connected() override;
    void receive(const QByteArray &bytes) override;
    void process() override;
    bool closedBetweenPlays() override { return false; }
    bool closeEndsReply() override { return false; }
    void headerParsed(const asf::Header &header) override;
    void streamsChanged() override;
    void startPlay() override;
    void stop() override;
    void sendLog() override;
    void entryStarted() override;
    void keepAlive() override;
    void closeFile() override;
    bool canStride() const override { return true; }

    // The session's per-connection reset and its own abort of the connection.
    void resetForConnection();
    void dropBuffered();
    // Bytes of a message begun but not complete, and of the header assembled so far.
    qint64 bufferedBytes() const override { return m_splitter.bufferedBytes(); }
    qint64 headerBytesBuffered() const { return m_assembler.bytes().size(); }
    // The user answered credentialsRequired(): the SecurityChallenge that asked gets its answer.
    void answerPendingChallenge();

private:
    static constexpr quint64 FastStartFactor = 10; // burst rate / content rate (sendStartPlaying)

    template<typename M>
    void send(const M &message)
    {
        qCDebug(lcMmsProtocol).noquote()
            << "send" << mms::messageName(M::Id) << mms::traceFields(message);
        if (!m_sinceFirstSend.isValid())
            m_sinceFirstSend.start();
        // MS-MMSP 2.2.3: seq counts this side's packets from 0; timeSent is ms since the first.
        write(mms::encodePacket(message, m_seq++, quint64(m_sinceFirstSend.elapsed())));
    }
    void write(const QByteArray &bytes);
    QString subscriberName() const;
    quint8 nextPlayIncarnation();
    quint8 nextHeaderIncarnation();

    // mmsttransport.cpp: Data packets (MS-MMSP 2.2.2).
    void handleData(const mms::DataPacket &packet);
    void handleHeaderFragment(const mms::DataPacket &packet);

    // mmsttransportsetup.cpp: one handler per server message, the setup phase's.
    void handleCommand(const mms::CommandPacket &packet);
    bool unexpected(mms::MessageId id);
    bool checkHr(mms::MessageId id, quint32 hr);
    template<typename M>
    bool decode(const mms::CommandPacket &packet, M &out);
    void onConnectedEx(const mms::ReportConnectedEX &m);
    void onFunnelInfo(const mms::ReportFunnelInfo &m);
    void onConnectedFunnel(const mms::ReportConnectedFunnel &m);
    void onDisconnectedFunnel(const mms::ReportDisconnectedFunnel &m);
    void onOpenFile(const mms::ReportOpenFile &m);
    void onRedirect(const mms::ReportRedirect &m);
    void onReadBlock(const mms::ReportReadBlock &m);
    void onPing(const mms::Ping &m);

    // mmsttransportplay.cpp: playing.
    void sendStreamSwitch(bool fullList);
    void sendStartPlaying();
    void sendStartStriding();
    void onStreamSwitch(const mms::ReportStreamSwitch &m);
    void onStartedPlaying(const mms::ReportStartedPlaying &m);
    void onStartStriding(const mms::ReportStartStriding &m);
    void onEndOfStream(const mms::ReportEndOfStream &m);
    void onStreamChange(const mms::ReportStreamChange &m);

    // mmsttransportauth.cpp: SecurityChallenge answered with SecurityResponse.
    void onSecurityChallenge(const mms::SecurityChallenge &m);
    void answerChallenge(const mms::SecurityChallenge &m);
    void sendSecurityResponse(const mms::SecurityChallenge &m, const QByteArray &token);

    // Connection.
    mms::StreamSplitter m_splitter;
    QElapsedTimer m_sinceFirstSend;
    quint16 m_seq = 0;
    // The reply the setup phase waits for (ReportConnectedEX .. ReportOpenFile); 0 = none.
    quint32 m_expected = 0;
    QString m_authenPackage; // ReportConnectedEX: the scheme servers before 9 announce
    std::optional<mms::SecurityChallenge> m_authChallenge; // the one waiting for an answer

    // The header's Data packets (incarnation 1..8, or 0xFF after a ReportStreamChange).
    HeaderAssembler m_assembler;
    bool m_readBlockReported = false;

    // Streams.
    QSet<int> m_serverOn; // what the last StreamSwitch told the server
    bool m_needFullSwitch = true; // MS-MMSP 3.1.4.2: the first switch lists every stream
    bool m_switchPending = false; // StreamSwitch sent, ReportStreamSwitch not yet received

    // Striding.
    bool m_strideSent = false; // StartStriding sent, ReportStartStriding not yet received
    double m_strideSentRate = 0.0;

    // Incarnations (MS-MMSP 3.1.1): HeaderIncarnation cycles 1..8 for ReadBlock; PlayIncarnation
    // 9..0xFE for OpenFile and StartPlaying. The counters run on across connections.
    quint8 m_nextHeaderIncarnation = 1;
    quint8 m_nextPlayIncarnation = 9;
    quint8 m_openIncarnation = 0;
    quint8 m_playIncarnation = 0; // of the last StartPlaying; 0 = none (0 is reserved, 2.2.2)
    // The incarnation of the last play our StopPlaying ended. If the server had just ended that
    // play itself, its reply to the StopPlaying is a second ReportEndOfStream: dropped.
    std::optional<quint8> m_strayEndOfStream;
};
