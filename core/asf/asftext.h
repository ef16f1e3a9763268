// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of the ASF parser's messages (AsfError::what, AsfFile's errors): they
// reach the user inside a session's error detail and in the command line's output. Outside
// namespace asf so lupdate and the runtime agree on the context name "AsfText".
class AsfText {
    Q_DECLARE_TR_FUNCTIONS(AsfText)
};
