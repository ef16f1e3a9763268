// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/viewertomac.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

// The body of the MMS-over-HTTP Log request ([MS-WMSP] 2.2.2.4, content type
// application/x-wms-LogStats): a legacy (combination) log in the XML form of [MS-WMLOG], one
// element per field in the documented order, preceded by <Summary> (the same values, space
// separated, as a W3C log line). Built from the same facts as the MS-MMSP Logging message, so
// both wires report a play alike.
namespace PlayLogXml {

// `when` is the end of the play (UTC): the date and time fields.
QByteArray build(const mms::Logging &log, const QDateTime &when);

// The fields of such a body, in order, as name/value pairs (the server's record). Tolerant:
// WMS element names such as "cs(User-Agent)" are not XML names, so this is a scan for
// <name>value</name>, not an XML parser. At most MaxFields pairs, names up to 64 bytes; values
// are entity-decoded. Anything that does not fit the shape ends the scan.
static constexpr int MaxFields = 128;
QList<QPair<QByteArray, QByteArray>> parse(QByteArrayView body);

} // namespace PlayLogXml
