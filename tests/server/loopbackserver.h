// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/mmsserver.h"

#include <QDebug>
#include <QHostAddress>
#include <memory>

// An MmsServer of `config` listening on 127.0.0.1 at `port` (0: the kernel chooses). A server
// that cannot listen is still returned, with its port 0 for the test to check, and says why.
inline std::unique_ptr<MmsServer> startLoopbackServer(MmsServerConfig config, quint16 port = 0)
{
    config.address = QHostAddress::LocalHost;
    config.port = port;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        qWarning() << server->errorString();
    return server;
}
