// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of the protocol decoders' error texts (CodecError::what): a session
// puts them in its error detail ("bad bytes from the server: ..."), which the window and the
// command line show.
class ProtocolText {
    Q_DECLARE_TR_FUNCTIONS(ProtocolText)
};
