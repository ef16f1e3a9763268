// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/asxreader.h"

#include <QXmlStreamReader>

namespace {

bool isElement(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name().compare(name, Qt::CaseInsensitive) == 0;
}

QString hrefOf(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name().compare(QLatin1String("href"), Qt::CaseInsensitive) == 0)
            return attribute.value().toString().trimmed();
    }
    return {};
}

AsxReader::Result failed(const QString &error)
{
    AsxReader::Result result;
    result.error = error;
    return result;
}

} // namespace

AsxReader::Result AsxReader::parse(const QByteArray &document)
{
    if (document.size() > MaxDocumentBytes)
        return failed(QStringLiteral("playlist larger than %1 bytes").arg(MaxDocumentBytes));
    Result result;
    QXmlStreamReader xml(document);
    int depth = 0;
    bool inEntry = false; // inside an ENTRY that is a direct child of ASX
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // No use for one in a playlist; refusing it rules out entity expansion games.
            return failed(QStringLiteral("DTD not allowed"));
        case QXmlStreamReader::StartElement:
            if (++depth > MaxDepth)
                return failed(QStringLiteral("elements nested deeper than %1").arg(MaxDepth));
            if (depth == 1 && !isElement(xml, QLatin1String("asx")))
                return failed(QStringLiteral("root element is not ASX"));
            if (depth == 2 && isElement(xml, QLatin1String("entry"))) {
                if (result.entries.size() >= MaxEntries)
                    return failed(QStringLiteral("more than %1 entries").arg(MaxEntries));
                result.entries.append(QStringList());
                inEntry = true;
            } else if (depth == 3 && inEntry && isElement(xml, QLatin1String("ref"))) {
                const QString href = hrefOf(xml);
                if (href.size() > MaxHrefChars)
                    return failed(QStringLiteral("HREF longer than %1 characters").arg(MaxHrefChars));
                if (result.entries.last().size() >= MaxRefsPerEntry)
                    return failed(QStringLiteral("more than %1 REFs in an entry").arg(MaxRefsPerEntry));
                if (!href.isEmpty())
                    result.entries.last().append(href);
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 2)
                inEntry = false;
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return failed(QStringLiteral("not well-formed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    return result;
}
