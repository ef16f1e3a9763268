// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession: fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26).
#include "core/session/mmssession_p.h"

bool MmsSession::canStride() const
{
    return d->m_fileOpen && (d->m_info.attributes & mms::FileAttribute::CanStride)
        && !d->m_info.broadcast;
}

double MmsSession::strideRate() const
{
    return d->m_strideRate;
}

void MmsSession::startStriding(double rate, double positionSeconds)
{
    // Not implemented yet: never sends StartStriding.
    Q_UNUSED(rate);
    Q_UNUSED(positionSeconds);
}
