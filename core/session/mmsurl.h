// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// What the session needs from an mms:// or mmst:// URL. Plain data + one function.
struct MmsUrl
{
    static constexpr quint16 DefaultPort = 1755; // MS-MMSP 2.1

    bool valid = false;
    QString error; // why not valid, in the installed language (MmsSession context)
    QString host;
    quint16 port = DefaultPort;
    // OpenFile fileName (MS-MMSP 2.2.4.21): the percent-decoded path without its leading '/'
    // (what every shipping client sends, notes §6.4), with "?query" kept.
    QString fileName;
    // "host" or "host:port" (port only when not 1755), for the Connect "; Host: " parameter.
    QString hostParam;
};

// Accepts mms:// and mmst:// (any case). mmsu:// is accepted too when `allowUdpScheme` (a
// ReportRedirect may name one, MS-MMSP 2.2.4.9); we still use TCP for it.
MmsUrl parseMmsUrl(const QUrl &url, bool allowUdpScheme = false);
