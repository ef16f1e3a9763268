#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The project is GPL-3.0-or-later: LICENSE holds the GPL version 3 text and every source and build
# file git tracks (C++, CMake, shell, Python) starts with an SPDX-License-Identifier line (after a
# #! line). Prints each file that lacks it. Usage: check-license-headers.sh SOURCE_DIR
set -euo pipefail
cd "${1:?usage: check-license-headers.sh SOURCE_DIR}"

status=0
grep -q 'GNU GENERAL PUBLIC LICENSE' LICENSE && grep -q 'Version 3, 29 June 2007' LICENSE || {
    echo "FAIL: LICENSE is missing or is not the GPL version 3" >&2
    status=1
}

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files)
else # a source tarball: every file
    files=$(find . -type f -not -path './build*' | sed 's|^\./||')
fi
count=0
while IFS= read -r f; do
    case "$f" in
        *.cpp | *.h | *.cmake | *.sh | *.py | */CMakeLists.txt | CMakeLists.txt | .ci/run) ;;
        *) continue ;;
    esac
    count=$((count + 1))
    # The identifier must be among the first lines, where REUSE and licence scanners look.
    if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "FAIL: $f has no 'SPDX-License-Identifier: GPL-3.0-or-later' line at its top" >&2
        status=1
    fi
done <<<"$files"
[ "$count" -gt 100 ] || { echo "FAIL: only $count source files found in $PWD" >&2; status=1; }
echo "checked $count source files"
exit $status
