// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshpragma.h"

#include <algorithm>

namespace mms {

namespace {

// A decimal 32-bit number, digits only.
std::optional<quint32> toU32(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    quint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + quint64(c - '0');
    }
    if (v > 0xFFFFFFFFull)
        return std::nullopt;
    return quint32(v);
}

std::optional<quint16> hex16(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    quint16 v = 0;
    for (char c : text) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return std::nullopt;
        v = quint16(v * 16 + d);
    }
    return v;
}

} // namespace

bool MmshPragma::hasFeature(QByteArrayView feature) const
{
    for (const QByteArray &f : features) {
        if (QByteArrayView(f).compare(feature, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<double> MmshPragma::rateValue() const
{
    QByteArrayView v(rate);
    if (v.startsWith('-'))
        v = v.sliced(1);
    const qsizetype dot = v.indexOf('.');
    const QByteArrayView whole = dot < 0 ? v : v.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : v.sliced(dot + 1);
    auto digits = [](QByteArrayView d, qsizetype max) {
        return !d.isEmpty() && d.size() <= max
            && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    // At most 10 whole digits (a 32-bit magnitude) and 9 decimals: a number, not a long string.
    if (!digits(whole, 10) || (dot >= 0 && !digits(fraction, 9)))
        return std::nullopt;
    bool ok = false;
    const double value = rate.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QByteArray formatRate(double rate)
{
    return QByteArray::number(rate, 'f', 6);
}

QByteArray MmshPragma::value(QByteArrayView token) const
{
    for (const auto &[name, v] : tokens) {
        if (QByteArrayView(name).compare(token, Qt::CaseInsensitive) == 0)
            return v.isNull() ? QByteArray("") : v;
    }
    return {};
}

Decoded<MmshPragma> parsePragmas(const QList<QByteArray> &values, MmshPragmaLimits limits)
{
    Decoded<MmshPragma> result;
    MmshPragma &pragma = result.value;
    qint64 base = 0;
    auto fail = [&](CodecStatus status, qint64 offset, const QString &what) {
        result.error = {status, base + offset, what};
        return result;
    };
    for (const QByteArray &line : values) {
        // pragma-directive *( "," pragma-directive ); a value may be a quoted string holding
        // commas (features="broadcast,playlist").
        qsizetype pos = 0;
        while (pos < line.size()) {
            while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == ','))
                ++pos;
            if (pos >= line.size())
                break;
            const qsizetype tokenStart = pos;
            while (pos < line.size() && line[pos] != '=' && line[pos] != ',')
                ++pos;
            const QByteArray name = line.sliced(tokenStart, pos - tokenStart).trimmed();
            QByteArray value;
            if (pos < line.size() && line[pos] == '=') {
                ++pos;
                if (pos < line.size() && line[pos] == '"') {
                    const qsizetype close = line.indexOf('"', pos + 1);
                    if (close < 0)
                        return fail(CodecStatus::Malformed, pos,
                            QStringLiteral("unterminated quoted string"));
                    value = line.sliced(pos + 1, close - pos - 1);
                    pos = close + 1;
                } else {
                    const qsizetype valueStart = pos;
                    // stream-switch-entry's value has spaces but never a comma (it stands alone).
                    while (pos < line.size() && line[pos] != ',')
                        ++pos;
                    value = line.sliced(valueStart, pos - valueStart).trimmed();
                }
            }
            if (name.isEmpty())
                return fail(
                    CodecStatus::Malformed, tokenStart, QStringLiteral("empty Pragma token"));
            if (pragma.tokens.size() >= limits.maxTokens)
                return fail(CodecStatus::TooLarge, tokenStart,
                    QStringLiteral("more than %1 Pragma tokens").arg(limits.maxTokens));
            pragma.tokens.append({name, value});

            const QByteArray key = name.toLower();
            auto number = [&](std::optional<quint32> &field) {
                field = toU32(value);
                return field.has_value();
            };
            bool ok = true;
            if (key == "client-id")
                ok = number(pragma.clientId);
            else if (key == "xclientguid")
                pragma.xClientGuid = value;
            else if (key == "stream-time")
                ok = number(pragma.streamTimeMs);
            else if (key == "max-duration")
                ok = number(pragma.maxDuration);
            else if (key == "rate")
                pragma.rate = value;
            else if (key == "request-context")
                ok = number(pragma.requestContext);
            else if (key == "stream-switch-count")
                ok = number(pragma.streamSwitchCount);
            else if (key == "timeout")
                ok = number(pragma.timeoutMs);
            else if (key == "xplaystrm")
                ok = number(pragma.xPlayStrm);
            else if (key == "xstopstrm")
                pragma.xStopStrm = true;
            else if (key == "xkeepaliveinpause")
                pragma.xKeepAliveInPause = true;
            else if (key == "no-cache")
                pragma.noCache = true;
            else if (key == "features") {
                for (const QByteArray &f : value.split(',')) {
                    if (!f.trimmed().isEmpty())
                        pragma.features.append(f.trimmed());
                }
            } else if (key == "stream-switch-entry") {
                for (const QByteArray &entry : value.split(' ')) {
                    if (entry.isEmpty())
                        continue;
                    const QList<QByteArray> parts = entry.split(':');
                    std::optional<quint16> src, dst, thin;
                    if (parts.size() == 3) {
                        src = hex16(parts[0]);
                        dst = hex16(parts[1]);
                        thin = hex16(parts[2]);
                    }
                    if (!src || !dst || !thin || *thin > 2)
                        return fail(CodecStatus::Malformed, tokenStart,
                            QStringLiteral("bad stream-switch-entry \"%1\"")
                                .arg(QString::fromLatin1(entry)));
                    if (pragma.streamSwitchEntries.size() >= limits.maxStreamSwitchEntries)
                        return fail(CodecStatus::TooLarge, tokenStart,
                            QStringLiteral("more than %1 stream-switch entries")
                                .arg(limits.maxStreamSwitchEntries));
                    pragma.streamSwitchEntries.append({*src, *dst, *thin});
                }
            }
            if (!ok)
                return fail(CodecStatus::Malformed, tokenStart,
                    QStringLiteral("Pragma %1 has a bad value \"%2\"")
                        .arg(QString::fromLatin1(name), QString::fromLatin1(value)));
        }
        base += line.size();
    }
    return result;
}

QByteArray formatPragma(const QList<QPair<QByteArray, QByteArray>> &tokens)
{
    QByteArray out;
    for (const auto &[name, value] : tokens) {
        if (!out.isEmpty())
            out += ',';
        out += name;
        if (value.isNull())
            continue;
        out += '=';
        if (value.contains(',') || name == "features")
            out += '"' + value + '"';
        else
            out += value;
    }
    return out;
}

QByteArray formatStreamSwitchEntries(const QList<MmshStreamSwitchEntry> &entries)
{
    QByteArray out;
    for (const MmshStreamSwitchEntry &e : entries) {
        if (!out.isEmpty())
            out += ' ';
        out += QByteArray::number(e.source, 16) + ':' + QByteArray::number(e.destination, 16) + ':'
            + QByteArray::number(e.thinning, 16);
    }
    return out;
}

} // namespace mms
