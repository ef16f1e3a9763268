// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playlist/asxparser.h"
#include "core/playlist/asxtokenizer.h"
#include "core/playlist/asxwarnings.h"

#include <QList>
#include <QStringView>

// Builds a Playlist from the tokens of an <ASX> metafile: tracks open elements, applies each
// element's meaning in its parent, then resolves hrefs and expands REPEAT once the whole file is
// read (an ASX-level BASE may come after the entries it applies to). Used by AsxParser.
class AsxDocument
{
public:
    AsxDocument(QStringView text, const QUrl &sourceUrl, const AsxParseLimits &limits);

    AsxParseResult parse();

private:
    struct OpenElement
    {
        QString name;
        qsizetype offset = 0;
    };
    // An ENTRY or ENTRYREF as written: hrefs are resolved only once every BASE is known.
    struct RawItem
    {
        PlaylistEntry entry;
        QStringList hrefs;
        QString entryRefHref;
        QString base;
        qsizetype offset = 0;
        bool inRepeat = false; // inside the first (counted) REPEAT
    };

    bool startElement(const AsxToken &tag);
    bool endElement(const QString &name, qsizetype offset);
    void finishText(const QString &element, const QString &parent);
    bool startItem(const AsxToken &tag, const QString &parent);
    void addParam(const AsxToken &tag, const QString &parent);
    void startRepeat(const AsxToken &tag);
    void readTrailingContent();
    void resolveItems();
    void expandRepeat(const QList<RawItem> &items);
    bool fail(qsizetype offset, const QString &message);
    void warn(qsizetype offset, const QString &message);
    QString where(qsizetype offset) const;
    QString parentName() const;

    AsxTokenizer m_tokenizer;
    QUrl m_sourceUrl;
    AsxParseLimits m_limits;
    AsxWarnings m_warnings;
    AsxParseResult m_result;
    QList<OpenElement> m_stack;
    QList<RawItem> m_items;
    RawItem m_entry; // the ENTRY being read, when m_inEntry
    bool m_inEntry = false;
    bool m_rootClosed = false;
    QString m_text; // text of the open TITLE / AUTHOR / COPYRIGHT / ABSTRACT
    QString m_base; // the ASX-level BASE href
    // Only the first REPEAT counts: its items (marked inRepeat) play m_repeatCount times.
    bool m_repeatSeen = false;
    bool m_inCountedRepeat = false;
    int m_repeatCount = 1;
};
