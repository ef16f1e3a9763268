// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the entries of a server-side ASX playlist (Windows Media metafile: <ASX><ENTRY><REF
// HREF="..."/></ENTRY>...</ASX>). Only what mms-serve needs: the HREF of every REF of every ENTRY
// directly under ASX, in order; the REFs of one ENTRY are alternatives, tried in order. Element
// and attribute names are matched case-insensitively, as ASX readers do. Bounded: the document,
// the number of entries, the REFs per entry, the nesting depth and each HREF are limited, and a
// document with a DTD (entity tricks) is refused. No I/O: the caller reads the file.
class AsxReader
{
public:
    static constexpr qsizetype MaxDocumentBytes = 256 * 1024;
    static constexpr qsizetype MaxEntries = 100;
    static constexpr qsizetype MaxRefsPerEntry = 8;
    static constexpr int MaxDepth = 16;
    static constexpr qsizetype MaxHrefChars = 4096;

    struct Result
    {
        QList<QStringList> entries; // per ENTRY: its REF HREFs, as written (empty ones dropped)
        QString error; // empty when the document was read

        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray &document);
};
