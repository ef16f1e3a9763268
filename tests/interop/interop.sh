#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop test: starts mms-serve on a free port and lets an independent MMS client fetch a file.
#   interop.sh MMS_SERVE MEDIA_DIR CLIENT FILE PACE
# CLIENT: ffmpeg (mmst:// with `-c copy`), vlc (cvlc raw dump), ffmpeg-mmsh and vlc-mmsh (the
# same over mmsh://, MMS over HTTP on the same port), ffmpeg-nginx (ffmpeg's mmsh:// through
# Debian's nginx as a reverse proxy in front of mms-serve), tshark (ffmpeg client while
# tshark captures; the msmms dissector must report no malformed packet and no warning), missing
# (ffmpeg asks for a file that does not exist and must fail with 0xc00d001a).
# ffmpeg and vlc pass when what they wrote has, stream by stream, as many packets (frames) as
# the source file, counted by ffprobe.
set -u
serve=$1 media=$2 client=$3 file=$4 pace=$5

work=$(mktemp -d /tmp/mms-interop.XXXXXX)
chmod 0777 "$work" # VLC runs as nobody and writes its dump here
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 30 "$log"; }; done
    exit 1
}
# Polls (up to $1 tenths of a second) until the command in "${@:2}" succeeds.
wait_until() {
    local tries=$1; shift
    for ((i = 0; i < tries; ++i)); do "$@" && return 0; sleep 0.1; done
    return 1
}

"$serve" --root "$media" --port 0 --pace "$pace" >"$work/serve.out" 2>"$work/serve.log" &
pids+=($!)
# Generous: a loaded machine may take seconds to start a Qt process. Stop early if it died.
serve_up() {
    grep -q '^listening on ' "$work/serve.out" && return 0
    kill -0 "${pids[0]}" 2>/dev/null || fail "mms-serve exited before it listened"
    return 1
}
wait_until 600 serve_up || fail "mms-serve did not start"
[ "$(wc -l <"$work/serve.out")" -eq 1 ] || fail "mms-serve printed more than one line"
port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/serve.out")
[ -n "$port" ] || fail "bad listening line: $(cat "$work/serve.out")"
url="127.0.0.1:$port/$file"

# Stream by stream: "index,type,packets".
count() {
    ffprobe -v error -count_packets -show_entries stream=index,codec_type,nb_read_packets \
        -of csv=p=0 "$1"
}

fetch_ffmpeg() {
    # FFmpeg 5.1 does not always exit at the end of an MMS stream (platform notes): bounded.
    timeout 90 ffmpeg -nostdin -hide_banner -loglevel error -y -i "${1:-mmst}://$url" -map 0 -c copy \
        -f asf "$work/out.asf" >"$work/ffmpeg.log" 2>&1
    echo "ffmpeg exit status $?" >>"$work/ffmpeg.log"
}

fetch_vlc() {
    # VLC refuses to run as root; its raw dump keeps the bytes as received (--mms-all: every
    # stream, not just the best audio and video).
    timeout 90 runuser -u nobody -- env HOME=/tmp cvlc -I dummy --play-and-exit --vout=dummy \
        --aout=dummy --mms-all "$1://$url" --demux=dump --demuxdump-file="$work/out.asf" \
        >"$work/vlc.log" 2>&1
    echo "vlc exit status $?" >>"$work/vlc.log"
}

# Starts Debian's nginx as a plain HTTP reverse proxy in front of mms-serve (proxy buffering off,
# as docs/mms-serve.md shows) on a port of its own, and points $url at it. nginx cannot report
# a port the kernel chose, so a free one is taken from the kernel and handed over; if another
# process grabs it in between, nginx fails to bind and the next port is tried.
start_nginx() {
    command -v nginx >/dev/null || fail "nginx is not installed (scripts/setup.sh installs nginx-light)"
    mkdir -p "$work/nginx"
    local try proxy_port
    for try in 1 2 3 4 5; do
        proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
        cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx.log info;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$proxy_port;
        location / {
            proxy_pass http://127.0.0.1:$port;
            proxy_buffering off;
            proxy_read_timeout 60s;
        }
    }
}
EOF
        : >"$work/nginx.log"
        nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
        nginx_pid=$!
        pids+=($nginx_pid)
        # Ready when it accepts a connection; a failed bind ends the process.
        if wait_until 100 bash -c "kill -0 $nginx_pid 2>/dev/null && exec 3<>/dev/tcp/127.0.0.1/$proxy_port"; then
            url="127.0.0.1:$proxy_port/$file"
            echo "nginx proxies 127.0.0.1:$proxy_port to mms-serve on $port"
            return 0
        fi
        kill "$nginx_pid" 2>/dev/null
        wait "$nginx_pid" 2>/dev/null
    done
    fail "nginx did not start"
}

case "$client" in
ffmpeg)
    fetch_ffmpeg
    ;;
ffmpeg-nginx)
    start_nginx
    fetch_ffmpeg mmsh
    ;;
ffmpeg-mmsh)
    fetch_ffmpeg mmsh
    ;;
vlc-mmsh)
    fetch_vlc mmsh
    ;;
vlc)
    fetch_vlc mms
    ;;
tshark)
    tshark -i lo -f "tcp port $port" -w "$work/cap.pcap" >"$work/tshark.log" 2>&1 &
    pids+=($!)
    tshark_pid=$!
    wait_until 600 grep -q "Capturing on" "$work/tshark.log" || fail "tshark did not start"
    fetch_ffmpeg
    # Let the last segments (the server's FIN) reach the capture, then stop tshark so it
    # flushes the file. Reading a file still being written may not show them yet: bounded.
    server_fin() {
        [ -n "$(tshark -r "$work/cap.pcap" -Y "tcp.flags.fin == 1 && tcp.srcport == $port" 2>/dev/null)" ]
    }
    wait_until 100 server_fin
    kill -INT "$tshark_pid"
    wait "$tshark_pid" 2>/dev/null
    decoded=$(tshark -r "$work/cap.pcap" -d "tcp.port==$port,msmms" -Y msmms 2>/dev/null | wc -l)
    [ "$decoded" -gt 10 ] || fail "tshark decoded only $decoded MMS frames"
    # _ws.malformed: the dissector ran off a message. Expert items of warning level or above
    # are only ours to answer for when the msmms dissector raised them (TCP's own, e.g. an RST
    # at close or a full window in burst mode, are about the transport).
    bad=$(tshark -r "$work/cap.pcap" -d "tcp.port==$port,msmms" -Y '_ws.malformed' 2>/dev/null)
    [ -z "$bad" ] || fail "tshark reports malformed packets:
$bad"
    tshark -r "$work/cap.pcap" -d "tcp.port==$port,msmms" -q -z expert,warn >"$work/expert.log" 2>/dev/null
    if grep -iE '[[:space:]](msmms|malformed)[[:space:]]' "$work/expert.log"; then
        fail "msmms expert warnings"
    fi
    echo "tshark decoded $decoded MMS frames without problems"
    ;;
missing)
    timeout 30 ffmpeg -nostdin -hide_banner -loglevel error -y -i "mmst://$url" -c copy \
        -f asf "$work/out.asf" >"$work/ffmpeg.log" 2>&1
    status=$?
    [ $status -ne 0 ] && [ $status -ne 124 ] || fail "ffmpeg exit status $status for a missing file"
    grep -qi '0xc00d001a' "$work/ffmpeg.log" || fail "ffmpeg did not report 0xc00d001a"
    echo "ffmpeg refused the missing file with 0xc00d001a"
    exit 0
    ;;
*)
    fail "unknown client $client"
    ;;
esac

[ -s "$work/out.asf" ] || fail "$client wrote nothing"
expected=$(count "$media/$file")
actual=$(count "$work/out.asf")
echo "source:   " $expected
echo "received: " $actual
[ -n "$expected" ] && [ "$expected" = "$actual" ] || fail "frame counts differ"
echo "PASS: $client received $file ($pace) with the same frame counts"
