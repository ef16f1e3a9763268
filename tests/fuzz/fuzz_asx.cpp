// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the playlist parser (ASX, [Reference], URL lists) on arbitrary bytes.
#include "core/playlist/asxparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl source(QStringLiteral("http://example.com/lists/main.asx"));
    const AsxParseResult result = AsxParser::parse(input, source);
    if (result.ok) {
        // What the parser accepted must honour its own limits and invariants.
        const AsxParseLimits limits;
        if (result.playlist.entries.size() > limits.maxEntries)
            __builtin_trap();
        for (const PlaylistEntry &entry : result.playlist.entries) {
            if (entry.isEntryRef() ? !entry.refs.isEmpty() : entry.refs.isEmpty())
                __builtin_trap();
            if (entry.refs.size() > limits.maxEntries)
                __builtin_trap();
        }
        if (result.playlist.warnings.size() > limits.maxWarnings + 2)
            __builtin_trap();
    } else if (result.error.message.isEmpty()) {
        __builtin_trap(); // every failure names what was wrong
    }
    // Without a base URL relative hrefs are dropped: a different path through the resolver.
    static_cast<void>(AsxParser::parse(input, QUrl()));
    return 0;
}
