// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/asxdocument.h"

#include "core/playlist/playlisttext.h"

namespace {

// Elements that only carry attributes: files often leave them unclosed, HTML-style.
bool isVoidElement(QStringView name)
{
    static const QStringView names[] = {u"REF", u"ENTRYREF", u"BASE", u"PARAM", u"MOREINFO",
                                        u"LOGURL", u"DURATION", u"STARTTIME", u"PREVIEWDURATION",
                                        u"STARTMARKER", u"ENDMARKER"};
    for (QStringView n : names) {
        if (n == name)
            return true;
    }
    return false;
}

bool isTextElement(QStringView name)
{
    return name == u"TITLE" || name == u"AUTHOR" || name == u"COPYRIGHT" || name == u"ABSTRACT";
}

// A REPEAT COUNT: digits only (spaces around allowed), saturating at `cap` so "99999999999"
// cannot overflow. -1 when it is not a number.
int parseCount(const QString &value, int cap)
{
    const QString digits = value.trimmed();
    if (digits.isEmpty())
        return -1;
    qint64 count = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return -1;
        count = qMin<qint64>(count * 10 + (c.unicode() - u'0'), cap);
    }
    return int(count);
}

} // namespace

AsxDocument::AsxDocument(QStringView text, const QUrl &sourceUrl, const AsxParseLimits &limits)
    : m_tokenizer(text)
    , m_sourceUrl(sourceUrl)
    , m_limits(limits)
    , m_warnings(limits.maxWarnings)
{
}

AsxParseResult AsxDocument::parse()
{
    m_result.playlist.format = PlaylistFormat::Asx;
    m_result.playlist.sourceUrl = m_sourceUrl;
    while (!m_rootClosed) {
        const AsxToken token = m_tokenizer.next();
        switch (token.type) {
        case AsxToken::Error:
            fail(token.offset, token.text);
            return m_result;
        case AsxToken::EndOfInput:
            if (m_stack.isEmpty())
                fail(token.offset, PlaylistText::tr("no <ASX> element"));
            else
                fail(token.offset,
                    PlaylistText::tr("input ends inside <%1> opened at %2")
                        .arg(m_stack.last().name, where(m_stack.last().offset)));
            return m_result;
        case AsxToken::StartTag:
            if (!startElement(token))
                return m_result;
            break;
        case AsxToken::EndTag:
            if (!endElement(token.name, token.offset))
                return m_result;
            break;
        case AsxToken::Text:
            if (m_stack.isEmpty() && !token.text.trimmed().isEmpty()) {
                fail(token.offset, PlaylistText::tr("text before <ASX>"));
                return m_result;
            }
            if (!m_stack.isEmpty() && isTextElement(m_stack.last().name))
                m_text += token.text;
            break;
        }
    }
    readTrailingContent();
    resolveItems();
    m_result.ok = true;
    m_result.playlist.warnings = m_warnings.take();
    return m_result;
}

bool AsxDocument::startElement(const AsxToken &tag)
{
    const QString parent = parentName();
    if (m_stack.isEmpty() && tag.name != u"ASX")
        return fail(
            tag.offset, PlaylistText::tr("the root element is <%1>, not <ASX>").arg(tag.name));
    if (!m_stack.isEmpty() && tag.name == u"ASX")
        return fail(tag.offset, PlaylistText::tr("<ASX> inside <%1>").arg(parent));
    if (m_stack.size() >= m_limits.maxElementDepth)
        return fail(tag.offset,
            PlaylistText::tr("elements nested more than %1 deep").arg(m_limits.maxElementDepth));

    if (tag.name == u"ENTRY" || tag.name == u"ENTRYREF") {
        if (!startItem(tag, parent))
            return false;
    } else if (tag.name == u"REF") {
        if (parent != u"ENTRY")
            warn(tag.offset, PlaylistText::tr("<REF> outside <ENTRY> ignored"));
        else if (tag.attribute(u"HREF").isNull())
            warn(tag.offset, PlaylistText::tr("<REF> without HREF ignored"));
        else if (m_entry.hrefs.size() >= m_limits.maxEntries)
            return fail(tag.offset,
                PlaylistText::tr("more than %1 REFs in one ENTRY").arg(m_limits.maxEntries));
        else
            m_entry.hrefs.append(tag.attribute(u"HREF"));
    } else if (tag.name == u"PARAM") {
        addParam(tag, parent);
    } else if (tag.name == u"BASE") {
        const QString href = tag.attribute(u"HREF");
        if (href.isNull())
            warn(tag.offset, PlaylistText::tr("<BASE> without HREF ignored"));
        else if (parent == u"ASX")
            m_base = href;
        else if (parent == u"ENTRY")
            m_entry.base = href;
        else
            warn(tag.offset, PlaylistText::tr("<BASE> inside <%1> ignored").arg(parent));
    } else if (tag.name == u"REPEAT") {
        if (parent != u"ASX")
            return fail(tag.offset, PlaylistText::tr("<REPEAT> inside <%1>").arg(parent));
        startRepeat(tag);
    } else if (isTextElement(tag.name)) {
        m_text.clear();
    }

    if (isVoidElement(tag.name))
        return true;
    m_stack.append({tag.name, tag.offset});
    return tag.selfClosing ? endElement(tag.name, tag.offset) : true;
}

bool AsxDocument::startItem(const AsxToken &tag, const QString &parent)
{
    const bool entryRef = tag.name == u"ENTRYREF";
    if (parent != u"ASX" && parent != u"REPEAT") {
        if (!entryRef)
            return fail(tag.offset, PlaylistText::tr("<ENTRY> inside <%1>").arg(parent));
        warn(tag.offset, PlaylistText::tr("<ENTRYREF> inside <%1> ignored").arg(parent));
        return true;
    }
    if (m_items.size() >= m_limits.maxEntries)
        return fail(tag.offset, PlaylistText::tr("more than %1 entries").arg(m_limits.maxEntries));
    RawItem item;
    item.offset = tag.offset;
    item.inRepeat = m_inCountedRepeat;
    if (!entryRef) {
        m_entry = item;
        m_inEntry = true;
        return true;
    }
    item.entryRefHref = tag.attribute(u"HREF");
    if (item.entryRefHref.isNull())
        warn(tag.offset, PlaylistText::tr("<ENTRYREF> without HREF ignored"));
    else
        m_items.append(item);
    return true;
}

void AsxDocument::addParam(const AsxToken &tag, const QString &parent)
{
    PlaylistParam param{tag.attribute(u"NAME"), tag.attribute(u"VALUE")};
    if (param.name.isNull()) {
        warn(tag.offset, PlaylistText::tr("<PARAM> without NAME ignored"));
        return;
    }
    if (parent == u"ENTRY" && m_entry.entry.params.size() < m_limits.maxEntries)
        m_entry.entry.params.append(param);
    else if (parent == u"ASX" && m_result.playlist.params.size() < m_limits.maxEntries)
        m_result.playlist.params.append(param);
    else
        warn(tag.offset, PlaylistText::tr("<PARAM> inside <%1> ignored").arg(parent));
}

void AsxDocument::startRepeat(const AsxToken &tag)
{
    if (m_repeatSeen) {
        warn(tag.offset, PlaylistText::tr("only the first <REPEAT> counts; this one plays once"));
        return;
    }
    m_repeatSeen = true;
    const QString countText = tag.attribute(u"COUNT");
    int count = 1;
    if (countText.isNull()) {
        warn(tag.offset, PlaylistText::tr("<REPEAT> without COUNT (forever) plays once"));
    } else {
        count = parseCount(countText, m_limits.maxEntries + 1);
        if (count < 0)
            warn(tag.offset,
                PlaylistText::tr("<REPEAT> COUNT \"%1\" is not a number; plays once")
                    .arg(countText));
        count = qMax(count, 1); // COUNT=0 means "ignore REPEAT, play once"
    }
    m_repeatCount = count;
    m_inCountedRepeat = true;
}

bool AsxDocument::endElement(const QString &name, qsizetype offset)
{
    if (m_stack.isEmpty() || m_stack.last().name != name) {
        if (isVoidElement(name))
            return true; // </REF> after an unclosed <REF ...>
        if (m_stack.isEmpty())
            return fail(offset, PlaylistText::tr("</%1> without a start tag").arg(name));
        return fail(offset,
            PlaylistText::tr("</%1> does not close <%2> opened at %3")
                .arg(name, m_stack.last().name, where(m_stack.last().offset)));
    }
    m_stack.removeLast();
    const QString parent = parentName();
    if (isTextElement(name)) {
        finishText(name, parent);
    } else if (name == u"ENTRY") {
        m_items.append(m_entry);
        m_entry = RawItem();
        m_inEntry = false;
    } else if (name == u"REPEAT") {
        m_inCountedRepeat = false;
    } else if (name == u"ASX") {
        m_rootClosed = true;
    }
    return true;
}

void AsxDocument::finishText(const QString &element, const QString &parent)
{
    QString *target = nullptr;
    const bool inEntry = parent == u"ENTRY" && m_inEntry;
    if (!inEntry && parent != u"ASX")
        return; // e.g. ABSTRACT inside BANNER: not ours to show
    PlaylistEntry &e = m_entry.entry;
    Playlist &p = m_result.playlist;
    if (element == u"TITLE")
        target = inEntry ? &e.title : &p.title;
    else if (element == u"AUTHOR")
        target = inEntry ? &e.author : &p.author;
    else if (element == u"COPYRIGHT")
        target = inEntry ? &e.copyright : &p.copyright;
    else
        target = inEntry ? &e.abstract : &p.abstract;
    // Metafiles are indented by hand: line breaks and runs of spaces are layout, not content.
    *target = m_text.simplified();
    m_text.clear();
}

void AsxDocument::readTrailingContent()
{
    for (;;) {
        const AsxToken token = m_tokenizer.next();
        if (token.type == AsxToken::EndOfInput)
            return;
        if (token.type == AsxToken::Text && token.text.trimmed().isEmpty())
            continue;
        warn(token.offset, PlaylistText::tr("content after </ASX> ignored"));
        return;
    }
}

void AsxDocument::resolveItems()
{
    QString why;
    QUrl playlistBase = m_sourceUrl;
    if (!m_base.isNull()) {
        const QUrl base = AsxParser::resolveHref(m_base, m_sourceUrl, &why);
        if (base.isEmpty())
            m_warnings.add(PlaylistText::tr("<BASE> ignored: %1").arg(why));
        else
            playlistBase = base;
    }
    QList<RawItem> kept;
    for (RawItem &item : m_items) {
        QUrl base = playlistBase;
        if (!item.base.isNull()) {
            const QUrl entryBase = AsxParser::resolveHref(item.base, playlistBase, &why);
            if (entryBase.isEmpty())
                warn(item.offset, PlaylistText::tr("<BASE> of this ENTRY ignored: %1").arg(why));
            else
                base = entryBase;
        }
        if (!item.entryRefHref.isNull()) {
            item.entry.entryRef = AsxParser::resolveHref(item.entryRefHref, base, &why);
            if (item.entry.entryRef.isEmpty())
                warn(item.offset, PlaylistText::tr("<ENTRYREF> ignored: %1").arg(why));
            else
                kept.append(item);
            continue;
        }
        for (const QString &href : std::as_const(item.hrefs)) {
            const QUrl url = AsxParser::resolveHref(href, base, &why);
            if (url.isEmpty())
                warn(item.offset, PlaylistText::tr("<REF> ignored: %1").arg(why));
            else
                item.entry.refs.append(url);
        }
        if (item.entry.refs.isEmpty())
            warn(item.offset, PlaylistText::tr("<ENTRY> without a usable REF skipped"));
        else
            kept.append(item);
    }
    expandRepeat(kept);
}

void AsxDocument::expandRepeat(const QList<RawItem> &items)
{
    const qsizetype repeated = std::count_if(items.cbegin(), items.cend(),
                                             [](const RawItem &i) { return i.inRepeat; });
    int copies = m_repeatCount;
    if (repeated > 0) {
        // items.size() <= maxEntries, so at least one copy always fits.
        const qsizetype fits = (m_limits.maxEntries - (items.size() - repeated)) / repeated;
        if (copies > fits) {
            m_warnings.add(PlaylistText::tr("<REPEAT> COUNT cut to %1: a playlist holds at most %2 "
                                            "entries")
                               .arg(fits)
                               .arg(m_limits.maxEntries));
            copies = int(fits);
        }
    }
    QList<PlaylistEntry> &out = m_result.playlist.entries;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].inRepeat) {
            out.append(items[i].entry);
            continue;
        }
        const qsizetype end = i + repeated; // REPEAT items are contiguous: it cannot nest
        for (int c = 0; c < copies; ++c) {
            for (qsizetype j = i; j < end; ++j)
                out.append(items[j].entry);
        }
        i = end - 1;
    }
}

bool AsxDocument::fail(qsizetype offset, const QString &message)
{
    m_result.ok = false;
    m_tokenizer.lineColumn(offset, &m_result.error.line, &m_result.error.column);
    m_result.error.message = message;
    return false;
}

void AsxDocument::warn(qsizetype offset, const QString &message)
{
    if (!m_warnings.wantsMore()) {
        m_warnings.countDropped(); // spare the O(n) line count
        return;
    }
    int line = 0;
    int column = 0;
    m_tokenizer.lineColumn(offset, &line, &column);
    m_warnings.add(PlaylistText::tr("line %1: %2").arg(line).arg(message));
}

QString AsxDocument::where(qsizetype offset) const
{
    int line = 0;
    int column = 0;
    m_tokenizer.lineColumn(offset, &line, &column);
    return PlaylistText::tr("line %1, column %2").arg(line).arg(column);
}

QString AsxDocument::parentName() const
{
    return m_stack.isEmpty() ? QString() : m_stack.last().name;
}
