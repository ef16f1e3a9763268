// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/mmstransport.h"

// MMS over TCP (MS-MMSP): the session's wire operations as MS-MMSP messages on one connection.
// The handlers of the server's messages (mmssessionhandlers.cpp) still live in the session.
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
    void headerParsed(const asf::Header &) override { }
    void streamsChanged() override;
    void startPlay() override;
    void stop() override;
    void sendLog() override;
    void entryStarted() override;
    void keepAlive() override;
    void closeFile() override;
    bool canStride() const override { return true; }
};
