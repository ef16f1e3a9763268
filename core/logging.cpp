// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

// Off by default below warning level; enable with QT_LOGGING_RULES="mms.*=true".
Q_LOGGING_CATEGORY(lcMmsProtocol, "mms.protocol", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMmsAsf, "mms.asf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMmsSession, "mms.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMmsBuffer, "mms.buffer", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMmsServer, "mms.server", QtWarningMsg)
