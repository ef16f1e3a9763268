// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Words for an HRESULT a server sent (protocol notes §9.10, nserror.h values), e.g. "file not
// found", in the installed translator's language (context "HresultText"; English without one).
// Unknown failure codes give "unknown server error"; the caller adds the hex value. The CLI
// prints these; the window makes its own, longer sentences from the code (ui/errortext.cpp).
QString describeHresult(quint32 hr);
