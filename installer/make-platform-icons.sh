#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the SVG application icon into the two bitmap containers the other platforms need:
# installer/windows/mmsplayer.ico (NSIS installer and the .exe) and installer/macos/mmsplayer.icns
# (the .app bundle). Both are committed, since Windows and macOS builders have no SVG renderer;
# re-run this after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg=$here/../resources/icons/io.github.mmsplayer.MmsPlayer.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done

python3 - "$tmp" "$here" <<'PY'
import pathlib, struct, sys

tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
png = lambda size: (tmp / f"{size}.png").read_bytes()

# ICO: a directory of PNG-compressed images (supported since Windows Vista and by NSIS 3).
# A width or height of 0 in the directory entry means 256.
sizes = [16, 24, 32, 48, 64, 128, 256]
data = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for s, d in zip(sizes, data):
    ico += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
(out / "windows" / "mmsplayer.ico").write_bytes(ico + b"".join(data))

# ICNS: "icns" + total length, then (type, length including this 8-byte header, PNG data).
# ic10 is the 512 pt @2x (1024 px) slot; icp4..ic09 hold 16..512 px.
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
(out / "macos" / "mmsplayer.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "wrote $here/windows/mmsplayer.ico and $here/macos/mmsplayer.icns"
