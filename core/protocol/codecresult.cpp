// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/codecresult.h"

namespace mms {

const char *codecStatusName(CodecStatus status)
{
    switch (status) {
    case CodecStatus::Ok: return "Ok";
    case CodecStatus::NeedMoreData: return "NeedMoreData";
    case CodecStatus::Malformed: return "Malformed";
    case CodecStatus::TooLarge: return "TooLarge";
    case CodecStatus::BadSeal: return "BadSeal";
    case CodecStatus::BadSessionId: return "BadSessionId";
    case CodecStatus::BadLength: return "BadLength";
    case CodecStatus::WrongMessage: return "WrongMessage";
    }
    return "Unknown";
}

} // namespace mms
