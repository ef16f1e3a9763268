#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop test, the client side of MMS over HTTP: VLC (an MMSH server no one here wrote) streams
# FILE live, and our mmsplayer records DURATION seconds of it over mmsh://.
#   vlcserver.sh MMSPLAYER MEDIA_DIR FILE DURATION
# Passes when mmsplayer exits 0 and the recording has the source's streams (by type; VLC's muxer
# numbers them in its own order),
# each with a plausible number of frames for DURATION seconds (counted by ffprobe).
set -u
player=$1 media=$2 file=$3 duration=$4

work=$(mktemp -d /tmp/mms-vlcserver.XXXXXX)
chmod 0755 "$work"
vlc_pid=
cleanup() {
    [ -n "$vlc_pid" ] && kill "$vlc_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 30 "$log"; }; done
    exit 1
}

# VLC refuses to run as root; as nobody it must be able to read the file.
cp "$media/$file" "$work/$file" && chmod 0644 "$work/$file" || fail "cannot copy $file"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# --loop: a live stream that outlasts the recording (VLC ends the response when the file ends).
runuser -u nobody -- env HOME=/tmp cvlc -q -I dummy --loop "$work/$file" \
    --sout "#std{access=mmsh,mux=asfh,dst=127.0.0.1:$port}" >"$work/vlc.log" 2>&1 &
vlc_pid=$!
# Ready once a Describe gets the header: VLC listens before its muxer has one to give.
has_header() {
    python3 - "$port" <<'PY' 2>/dev/null
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
s.sendall(b"GET / HTTP/1.0\r\nUser-Agent: NSPlayer/9.0.0.4503\r\nPragma: no-cache\r\n\r\n")
data = b""
while True:
    piece = s.recv(65536)
    if not piece:
        break
    data += piece
sys.exit(0 if b"\r\n\r\n$H" in data else 1)
PY
}
for ((i = 0; i < 100; ++i)); do
    has_header && break
    sleep 0.1
done
[ "$i" -lt 100 ] || fail "VLC gave no header on port $port"

timeout 60 "$player" --record "$work/out.asf" --duration "$duration" --quiet \
    "mmsh://127.0.0.1:$port/" >"$work/mmsplayer.log" 2>&1
status=$?
[ "$status" -eq 0 ] || fail "mmsplayer exit status $status"

# "type,frames" per stream, sorted by type.
frames() {
    ffprobe -v error -count_frames -show_entries stream=codec_type,nb_read_frames -of csv=p=0 \
        "$1" 2>/dev/null | sort
}
source_counts=$(frames "$media/$file")
got=$(frames "$work/out.asf")
echo "source: $(echo $source_counts)  recorded ($duration s): $(echo $got)"
[ "$(echo "$got" | cut -d, -f1)" = "$(echo "$source_counts" | cut -d, -f1)" ] ||
    fail "streams differ: source $(echo $source_counts), recording $(echo $got)"
# Frames per stream: at least a third and at most twice of the source's rate over DURATION.
source_seconds=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$media/$file")
paste -d, <(echo "$source_counts") <(echo "$got") | while IFS=, read -r type want _ have; do
    awk -v want="$want" -v have="$have" -v d="$duration" -v s="$source_seconds" \
        'BEGIN { e = want * d / s; exit !(have >= e / 3 && have <= e * 2) }' ||
        { echo "FAIL: $type: $have frames, expected about $want x $duration / $source_seconds"; exit 1; }
done || fail "implausible frame counts"
echo "PASS"
