// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshrequests.h"

#include <QUuid>

// What a new MMSH client asks the server under test (127.0.0.1) for `path` with: a fresh client
// GUID, no client id yet.
inline mms::MmshClientContext mmshClientFor(const QByteArray &path)
{
    mms::MmshClientContext context;
    context.path = path;
    context.host = "127.0.0.1";
    context.clientGuid = QUuid::createUuid();
    return context;
}
