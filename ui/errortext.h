// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/mmssession.h"

#include <QCoreApplication>
#include <QString>

// The words the user reads for a session error or a server HRESULT. Core reports codes only; the
// translated text is made here (every string through tr()).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // e.g. "The server could not find this file." for ServerError with 0xC00D001A.
    static QString forSessionError(MmsSession::Error error, quint32 hr, const QString &detail);
    // Text for a failure HRESULT sent by the server; unknown codes name the hex value.
    static QString forHresult(quint32 hr);
};
