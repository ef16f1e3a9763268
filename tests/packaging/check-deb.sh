#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end check of the Debian package: build it with CPack, install it, run the installed
# mmsplayer against the installed mms-serve, then remove the package (always, via the trap).
# Usage: check-deb.sh BUILD_DIR VERSION CLIP
# Needs root and dpkg (CI: Debian 12 as root); exits 77 (skipped) otherwise.
set -euo pipefail

build_dir=${1:?usage: check-deb.sh BUILD_DIR VERSION CLIP}
version=${2:?missing VERSION}
clip=${3:?missing CLIP}
package=mmsplayer

if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null; then
    echo "SKIP: needs root and dpkg" >&2
    exit 77
fi
# Never touch a copy somebody installed on purpose: we would remove it at the end.
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    echo "SKIP: package $package is already installed on this machine" >&2
    exit 77
fi
[ -f "$clip" ] || { echo "FAIL: test clip $clip is missing" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
installed=no
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$installed" = yes ]; then
        dpkg -r "$package" >/dev/null || echo "WARNING: dpkg -r $package failed" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name "${package}_${version}_*.deb" | head -n 1)
[ -n "$deb" ] || { echo "FAIL: no ${package}_${version}_*.deb in $work/out" >&2; exit 1; }
dpkg-deb --field "$deb"
dpkg-deb --field "$deb" Maintainer | grep -qx 'MMS Player developers' || {
    echo "FAIL: the Maintainer field is not 'MMS Player developers'" >&2
    exit 1
}

echo "== install $deb"
installed=yes # from here on, the trap removes whatever part of it got installed
if ! dpkg -i "$deb"; then
    # Missing dependencies leave the package unconfigured; let apt fetch them.
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q
fi
dpkg-query -W -f='${Status}\n' "$package" | grep -q 'install ok installed' || {
    echo "FAIL: $package is not installed" >&2
    exit 1
}
for f in /usr/bin/mmsplayer /usr/bin/mms-serve \
         /usr/share/applications/io.github.mmsplayer.MmsPlayer.desktop \
         /usr/share/metainfo/io.github.mmsplayer.MmsPlayer.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.mmsplayer.MmsPlayer.svg \
         /usr/share/man/man1/mmsplayer.1 /usr/share/man/man1/mms-serve.1 \
         /usr/share/man/man1/mms-push.1 \
         /usr/share/doc/mmsplayer/copyright; do
    [ -e "$f" ] || { echo "FAIL: the package did not install $f" >&2; exit 1; }
done

grep -q '^License: GPL-3.0-or-later' /usr/share/doc/mmsplayer/copyright || {
    echo "FAIL: /usr/share/doc/mmsplayer/copyright does not give the GPL-3.0-or-later licence" >&2
    exit 1
}

echo "== /usr/bin/mmsplayer --version"
rc=0
out=$(/usr/bin/mmsplayer --version 2>&1) || rc=$?
echo "$out"
[ "$rc" -eq 0 ] || { echo "FAIL: mmsplayer --version exited $rc" >&2; exit 1; }
grep -qF "$version" <<<"$out" || { echo "FAIL: --version does not print $version" >&2; exit 1; }

echo "== /usr/bin/mms-serve on a free port"
mkdir "$work/root"
cp "$clip" "$work/root/clip.wmv"
/usr/bin/mms-serve --root "$work/root" --listen 127.0.0.1 --port 0 --pace burst \
    >"$work/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 600); do # up to a minute: a loaded machine may start a Qt process slowly
    line=$(grep -m 1 'listening on' "$work/serve.log" || true)
    if [ -n "$line" ]; then
        port=${line##*:}
        port=${port//[!0-9]/}
        break
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; echo "FAIL: mms-serve printed no 'listening on'" >&2; exit 1; }
echo "port $port"

echo "== /usr/bin/mmsplayer --record"
url="mmst://127.0.0.1:$port/clip.wmv"
rc=0
timeout 120 /usr/bin/mmsplayer --record "$work/out.asf" "$url" || rc=$?
[ "$rc" -eq 0 ] || { cat "$work/serve.log" >&2; echo "FAIL: mmsplayer --record exited $rc" >&2; exit 1; }
[ -s "$work/out.asf" ] || { echo "FAIL: the recording is empty" >&2; exit 1; }
# Every ASF file starts with the Header Object GUID 75B22630-668E-11CF-A6D9-00AA0062CE6C.
magic=$(od -A n -t x1 -N 16 "$work/out.asf" | tr -d ' \n')
[ "$magic" = 3026b2758e66cf11a6d900aa0062ce6c ] || {
    echo "FAIL: the recording does not start with the ASF header GUID (got $magic)" >&2
    exit 1
}
echo "recorded $(stat -c %s "$work/out.asf") bytes of ASF"
echo "PASS"
