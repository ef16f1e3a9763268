# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the benchmark scripts. BIN: where mms-serve, mmsplayer and the benchmarks/ binaries
# are (default: build-bench of this checkout); MEDIA: where make-media.sh wrote the clips.
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$SRC/build-bench}
SERVE=${SERVE:-$BUILD/server/mms-serve}
PLAYER=${PLAYER:-$BUILD/app/mmsplayer}
LOAD=${LOAD:-$BUILD/benchmarks/mms-load}
TTFF=${TTFF:-$BUILD/benchmarks/mms-ttff}
MEDIA=${MEDIA:-/tmp/bench-media}
OUT=${OUT:-/tmp/bench-results}
mkdir -p "$OUT"

machine_info() {
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "ram: $(free -g | awk '/Mem:/ {print $2 " GiB"}'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# start_server ARGS...: starts mms-serve with --port 0, sets SERVER_PID and PORT.
start_server() {
    local log="$OUT/serve.$$.out"
    rm -f "$log" # a stale "listening on" line would give the previous server's port
    "$SERVE" --port 0 "$@" >"$log" 2>"$OUT/serve.$$.err" &
    SERVER_PID=$!
    for _ in $(seq 100); do
        PORT=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$log")
        [ -n "$PORT" ] && return 0
        sleep 0.1
    done
    echo "mms-serve did not start" >&2
    return 1
}

stop_server() {
    [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
