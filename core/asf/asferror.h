// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace asf {

// Why ASF bytes were rejected. NeedMoreData is normal while a header is still arriving.
enum class AsfStatus {
    Ok,
    NeedMoreData, // the bytes end before the object they describe
    NotAsf, // the first object is not the Header Object
    BadObjectSize, // an object smaller than its own 24-byte header, or larger than what contains it
    BadCount, // an object or record count that cannot fit in the bytes given (e.g. 0xFFFFFFFF)
    MissingObject, // no File Properties, no Stream Properties, or no Data Object preamble
    BadPacketSize, // packet size 0, min != max, or over our limit
    BadStream, // stream number 0 or > 127, duplicated, or more than 127 streams
    BadPacket, // an ASF data packet whose fields do not fit its size
    TooLarge, // over one of our documented limits (header size, ...)
    IoError, // a file could not be read
};

struct AsfError
{
    AsfStatus status = AsfStatus::Ok;
    qint64 offset = 0; // byte offset in the input where the problem is
    QString what; // names the object and field, e.g. "Stream Properties: stream number 0"

    bool ok() const { return status == AsfStatus::Ok; }
};

const char *asfStatusName(AsfStatus status);

} // namespace asf
