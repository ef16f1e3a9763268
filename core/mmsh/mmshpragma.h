// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace mms {

// One stream-switch-entry ([MS-WMSP] 2.2.1.4.27): source stream ("ffff": none), destination
// stream and thinning level (0 all, 1 key frames only, 2 nothing).
struct MmshStreamSwitchEntry {
    quint16 source = 0xFFFF;
    quint16 destination = 0;
    quint16 thinning = 0;
    bool operator==(const MmshStreamSwitchEntry &) const = default;
};

// The tokens of every Pragma header of one message ([MS-WMSP] 2.2.1.4), parsed. Tokens we do
// not interpret are kept in `tokens` (all are, in order, with their values unquoted).
struct MmshPragma {
    QList<QPair<QByteArray, QByteArray>> tokens;

    std::optional<quint32> clientId; // client-id
    QByteArray xClientGuid; // xClientGUID, as sent ("{...}")
    std::optional<quint32> streamTimeMs; // stream-time (milliseconds)
    std::optional<quint32> maxDuration; // max-duration (milliseconds; 0: no limit)
    QByteArray rate; // rate, as sent ("1.000000")
    std::optional<quint32> requestContext; // request-context
    std::optional<quint32> streamSwitchCount; // stream-switch-count
    QList<MmshStreamSwitchEntry> streamSwitchEntries; // stream-switch-entry
    QList<QByteArray> features; // features="broadcast,seekable,..."
    std::optional<quint32> timeoutMs; // timeout (server's idle timeout)
    std::optional<quint32> xPlayStrm;
    bool xStopStrm = false;
    bool xKeepAliveInPause = false;
    bool noCache = false;

    bool hasFeature(QByteArrayView feature) const;
    // The rate token as a number: an optional '-' (rewind), digits, an optional fraction;
    // nullopt when absent or of another form.
    std::optional<double> rateValue() const;
    QByteArray value(QByteArrayView token) const; // raw value of the first such token, or null
};

// Parses the values of the Pragma headers of one message. Malformed for a token whose value
// [MS-WMSP] gives a syntax (numbers, stream-switch-entry) that does not match it, or an
// unterminated quoted string; TooLarge for more than maxTokens tokens or maxStreamSwitchEntries
// stream-switch entries. Offsets count bytes across the values as given.
struct MmshPragmaLimits {
    qsizetype maxTokens = 64;
    qsizetype maxStreamSwitchEntries = 128;
};

Decoded<MmshPragma> parsePragmas(const QList<QByteArray> &values, MmshPragmaLimits limits = {});

// Writes one Pragma header value from tokens (features, and any value with a ',', quoted).
QByteArray formatPragma(const QList<QPair<QByteArray, QByteArray>> &tokens);
// The value of a rate token: six decimals, as Windows Media clients write it ("1.000000";
// "-5.000000" rewinds).
QByteArray formatRate(double rate);
// "ffff:1:0 ffff:2:0": the value of a stream-switch-entry token.
QByteArray formatStreamSwitchEntries(const QList<MmshStreamSwitchEntry> &entries);

} // namespace mms
