// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshrequests.h"
#include "core/session/mmstransport.h"

#include <QList>

// MMS over HTTP ([MS-WMSP]): the session's wire operations as HTTP requests (Describe, Play,
// Stop, KeepAlive, Log) and the $H/$D/$E/$C framing of the responses. The request and response
// code itself is still in mmssessionhttp*.cpp; this class is the one place the state machine
// reaches it through.
class MmshTransport final : public MmsTransport {
public:
    using MmsTransport::MmsTransport;

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

    void selectStreams(); // SelectStream for the session's current choice

private:
    QList<mms::MmshStreamSwitchEntry> streamEntries() const;
};
