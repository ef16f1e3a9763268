// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per subsystem, so QT_LOGGING_RULES="mms.*=true" prints a full protocol trace.
Q_DECLARE_LOGGING_CATEGORY(lcMmsProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcMmsAsf)
Q_DECLARE_LOGGING_CATEGORY(lcMmsSession)
Q_DECLARE_LOGGING_CATEGORY(lcMmsBuffer)
Q_DECLARE_LOGGING_CATEGORY(lcMmsServer)
