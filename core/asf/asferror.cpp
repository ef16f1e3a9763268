// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asferror.h"

namespace asf {

const char *asfStatusName(AsfStatus status)
{
    switch (status) {
    case AsfStatus::Ok:
        return "Ok";
    case AsfStatus::NeedMoreData:
        return "NeedMoreData";
    case AsfStatus::NotAsf:
        return "NotAsf";
    case AsfStatus::BadObjectSize:
        return "BadObjectSize";
    case AsfStatus::BadCount:
        return "BadCount";
    case AsfStatus::MissingObject:
        return "MissingObject";
    case AsfStatus::BadPacketSize:
        return "BadPacketSize";
    case AsfStatus::BadStream:
        return "BadStream";
    case AsfStatus::BadPacket:
        return "BadPacket";
    case AsfStatus::TooLarge:
        return "TooLarge";
    case AsfStatus::IoError:
        return "IoError";
    }
    return "Unknown";
}

} // namespace asf
