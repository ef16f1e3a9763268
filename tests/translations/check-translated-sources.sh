#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file of the window, the command line and core/ that calls tr() must be listed in
# translations/translations.cmake: Qt 6.4's lupdate reads only that list, so a file left out
# ships its strings in English whatever the language (as happened to the sign-in dialog).
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
missing=0
for f in ui/*.cpp ui/*.h app/*.cpp app/*.h core/*/*.cpp core/*/*.h; do
    grep -qE '(^|[^A-Za-z_])tr\(' "$f" || continue
    if ! grep -qE "(^|[[:space:]])$f([[:space:]]|\$)" translations/translations.cmake; then
        echo "not in translations/translations.cmake (lupdate would miss its strings): $f"
        missing=1
    fi
done
exit $missing
