// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace mms {

// Outcome of decoding bytes from the wire. NeedMoreData is a normal result, not an error: the
// caller appends more bytes and tries again. Every other non-Ok value is final for that input.
enum class CodecStatus {
    Ok,
    NeedMoreData,
    Malformed, // a field has a value the spec does not allow, or the message is cut short
    TooLarge, // a length is over one of our documented limits
    BadSeal, // TcpMessageHeader seal is not "MMS " (MS-MMSP 2.2.3)
    BadSessionId, // TcpMessageHeader sessionId is not 0xB00BFACE (MS-MMSP 2.2.3)
    BadLength, // messageLength disagrees with chunkLen / chunkCount
    WrongMessage, // decoding as message X, but the MID says Y
};

const char *codecStatusName(CodecStatus status);

// What went wrong and where: `offset` counts bytes from the start of the input (for the stream
// splitter: from the first byte it was ever fed), `what` names the field.
struct CodecError
{
    CodecStatus status = CodecStatus::Ok;
    qint64 offset = 0;
    QString what;

    bool ok() const { return status == CodecStatus::Ok; }
};

// A decoded value, or why there is none.
template<typename T>
struct Decoded
{
    T value {};
    CodecError error;

    bool ok() const { return error.ok(); }
};

} // namespace mms
