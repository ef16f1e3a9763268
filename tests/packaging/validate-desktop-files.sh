#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates every configured .desktop and AppStream metainfo file in DIR (the build's linux/).
# Usage: validate-desktop-files.sh DIR. Exit 77 (skipped) when the validators are not installed
# (Debian: desktop-file-utils, appstream).
set -euo pipefail

dir=${1:?usage: validate-desktop-files.sh DIR}
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed" >&2
        exit 77
    fi
done

shopt -s nullglob
desktop=("$dir"/*.desktop)
metainfo=("$dir"/*.metainfo.xml)
if ((${#desktop[@]} == 0 || ${#metainfo[@]} == 0)); then
    echo "FAIL: no .desktop or .metainfo.xml in $dir (was installer/packaging.cmake included?)" >&2
    exit 1
fi

status=0
for f in "${desktop[@]}"; do
    # desktop-file-validate prints hints and errors but exits 0 on hints only; any output but a
    # hint is a problem worth failing on.
    out=$(desktop-file-validate "$f" 2>&1) || status=1
    if grep -v ': hint: ' <<<"$out" | grep -q .; then
        status=1
    fi
    echo "desktop-file-validate $f: ${out:-ok}"
done
for f in "${metainfo[@]}"; do
    # --no-net: CI has no network, so the screenshot and homepage URLs are not fetched.
    appstreamcli validate --no-net --pedantic "$f" || status=1
done
exit "$status"
