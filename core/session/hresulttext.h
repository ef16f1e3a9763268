// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// English words for an HRESULT a server sent (protocol notes §9.10, nserror.h values), e.g.
// "file not found". Unknown failure codes give "unknown server error"; the caller adds the hex
// value. The CLI prints these; the window makes its own translated strings from the code.
QString describeHresult(quint32 hr);
