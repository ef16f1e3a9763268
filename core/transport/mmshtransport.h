// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshresponsereader.h"
#include "core/transport/mmstransport.h"

#include <QByteArrayList>
#include <QList>
#include <QTcpSocket>
#include <memory>
#include <optional>

// MMS over HTTP ([MS-WMSP]): the session's wire operations as HTTP requests (Describe, Play,
// SelectStream, Stop, KeepAlive, Log), the response reader and the $H/$D/$E/$C framing, the
// pipelined and non-pipelined modes, redirects and playlist answers, and the HTTP side of
// logging in (401, Authorization). What the responses mean for the session goes up as the
// reports of MmsSessionPrivate (its "reports from the HTTP wire" block) and its shared steps.
// Split over mmshtransport.cpp (the operations the state machine asks for),
// mmshtransportresponse.cpp (reading responses), mmshtransportpipeline.cpp (pipelining and side
// connections) and mmshtransportauth.cpp (401 and Authorization).
class MmshTransport final : public MmsTransport {
public:
    explicit MmshTransport(MmsSessionPrivate *session);
    ~MmshTransport() override;

    quint16 port() const override;
    void prepareConnection() override;
    void connected() override;
    void receive(const QByteArray &bytes) override;
    void process() override;
    bool closedBetweenPlays() override;
    bool closeEndsReply() override;
    void headerParsed(const asf::Header &header) override;
    void streamsChanged() override;
    void startPlay() override;
    void stop() override;
    void sendLog() override;
    void entryStarted() override;
    void keepAlive() override;
    void closeFile() override;
    // A Play with a Pragma rate strides when the server announced features="stridable" for
    // seekable (on-demand) content.
    bool canStride() const override;

    // The session's connection-wide steps, whichever wire is current (a rollover or redirect
    // may change it): a new connection starts, the session dropped its connection, and the
    // bytes read but not yet handed on (MmsSession::bufferedBytes).
    void resetForConnection();
    void connectionAborted();
    qint64 bufferedBytes() const override;
    // Credentials came for a 401 (MmsSession::provideCredentials): try the request again.
    void retryAuthentication();

private:
    // The response being read. Playlist: the Describe was answered with an ASX playlist, read
    // whole. Stop, KeepAlive and Log have responses of their own only on a pipelined connection.
    enum class Exchange { None, Describe, Playlist, Play, Stop, KeepAlive, Log };
    static constexpr qsizetype MaxPlaylistBytes = 1024 * 1024;
    static constexpr int MaxSideQueue = 8;

    // mmshtransport.cpp
    QList<mms::MmshStreamSwitchEntry> streamEntries() const;
    void selectStreams(); // SelectStream for the session's current choice

    // mmshtransportresponse.cpp
    mms::MmshClientContext context() const;
    void readResponses(bool &progress); // progress: something moved the session on
    void handleHead();
    void readPragmas(const mms::HttpHead &head);
    void redirect(const QByteArray &location);
    void followPlaylist();
    void handlePacket(const mms::MmshPacket &packet);
    void headerPiece(const QByteArray &piece);
    void endOfStream(quint32 reason);
    void fillInfo(const asf::Header &header);

    // mmshtransportpipeline.cpp
    void decidePipelining(const mms::HttpHead &head);
    bool pipelineLinkUp() const;
    void request(Exchange exchange, const QByteArray &bytes); // main or side connection
    bool pipelineHead(); // a Stop, KeepAlive or Log response: handled
    bool responseDone(); // BodyEnd: true when the next pipelined response is being read
    bool pipelineDropped(); // the connection closed between plays: not an error
    void sideRequest(const QByteArray &bytes); // queued: one side connection at a time
    void sideNext();

    void strideStarted(const mms::HttpHead &head); // the Play response to a stride

    // mmshtransportauth.cpp
    QByteArray authorized(const QByteArray &request); // adds Authorization to a GET
    void authChallenge(const mms::HttpHead &head); // a 401

    Exchange m_exchange = Exchange::None;
    QByteArray m_request; // written once the connection is up
    mms::MmshResponseReader m_reader;
    std::optional<quint32> m_clientId; // the server's client-id, from the Describe response
    bool m_broadcast = false; // features="broadcast"
    bool m_seekable = false;
    bool m_stridable = false; // features="stridable": a Play may ask for another rate
    bool m_strideSent = false; // the Play in flight asked for a rate (startStriding)
    double m_strideSentRate = 0.0;
    QByteArray m_header; // $H pieces so far
    quint32 m_requestContext = 0;
    quint64 m_stopGeneration = 0;
    // Pipelined mode ([MS-WMSP] 1.4, 2.2.1.4.15): the Describe response allowed it, so Play,
    // Stop, KeepAlive and Log go on the one connection and their responses come in order.
    bool m_pipelined = false;
    QList<Exchange> m_pending; // written, response not begun yet (oldest first)
    std::unique_ptr<QTcpSocket> m_side; // Stop, SelectStream, KeepAlive, Log: answers not read
    QByteArrayList m_sideQueue; // requests waiting for the side connection, in order
    QByteArray m_ntlmChallenge; // the NTLM CHALLENGE the next request answers
};
