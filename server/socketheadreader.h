// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/httpheadreader.h"

class QIODevice;

// Reads one HTTP head from a socket and takes no byte past its end: what follows (a body, the
// next request, the $-packets of a push) stays in the socket for whoever reads it next. The
// bytes are peeked, fed to an HttpHeadReader (whose limits bound what is kept) and skipped only
// as far as the head goes. Used by the server's HTTP sessions (MMSH, push) and mms-push.
class SocketHeadReader {
public:
    SocketHeadReader(mms::HttpHeadReader::Kind kind, const mms::HttpHeadReader::Limits &limits);

    // Feeds what `device` holds (up to the head limit); NeedMoreData until the head is whole.
    mms::HttpHeadReader::Result readFrom(QIODevice *device);
    const mms::HttpHead &head() const { return m_reader.head(); }
    qsizetype headBytes() const { return m_reader.headBytes(); }
    void reset() { m_reader.reset(); }

private:
    mms::HttpHeadReader m_reader;
    qsizetype m_peekBytes;
};
