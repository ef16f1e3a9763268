#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck disable=SC2034,SC2153,SC2154 # PID_*, PORT_* are set by name (printf -v) in serve()
# Figure 9: a live broadcast fanned out. One origin mms-serve (--push live) fed in real time by
# mms-push (mms-push-pace | mms-push -), EDGES edge mms-serve processes relaying it
# (--relay live=SCHEME://127.0.0.1:ORIGIN/live), CLIENTS mms-load sessions spread over the edges,
# and ORIGIN_CLIENTS sessions straight on the origin (hop 1's reference), all for HOLD_S seconds.
#   fanout.sh [CLIENTS=2000] [HOLD_S=60]
# Environment: EDGES (4), EDGE_SCHEMES (upstream scheme of each edge, cycled; "mmsh mms": edges
# 1, 3 pull over MMS over HTTP, 2, 4 over MMS over TCP), ORIGIN_CLIENTS (10), CLIENT_TRANSPORT
# (tcp or http, the clients' wire), RAMP (new sessions a second per edge, 200), CLIP (a ~500
# kbit/s ASF clip longer than the run; made with ffmpeg in $MEDIA if missing).
# Per process it prints: latency from the push (mms-load --push-log: median, p95, p99, max over
# every steady-state packet of every session), packets missing, sessions failed, packets over 100
# ms late by the stream's own clock, and CPU (user+sys from /proc/PID/stat over the steady part)
# as % of one core, per client, and µs per packet delivered. Raw output: $OUT/fanout-*/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
CLIENTS=${1:-2000}; HOLD=${2:-60}
EDGES=${EDGES:-4}
read -r -a SCHEMES <<<"${EDGE_SCHEMES:-mmsh mms}"
ORIGIN_CLIENTS=${ORIGIN_CLIENTS:-10}
CLIENT_TRANSPORT=${CLIENT_TRANSPORT:-tcp}
RAMP=${RAMP:-200}
PUSH=${PUSH:-$BUILD/server/mms-push}
PACE=${PACE:-$BUILD/benchmarks/mms-push-pace}
CLIP=${CLIP:-$MEDIA/live500k.asf}
PER_EDGE=$((CLIENTS / EDGES))
RUN=$OUT/fanout-$(date -u +%Y%m%dT%H%M%S)-$CLIENTS
mkdir -p "$RUN" "$MEDIA"
ulimit -n "$(ulimit -Hn)"
export QT_MESSAGE_PATTERN="%{time h:mm:ss.zzz} %{category}: %{message}"

if [ ! -f "$CLIP" ]; then # 300 s, 640x360 WMV2 430k + WMA2 64k, as clip500k.asf but longer
    ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=640x360:rate=25" \
        -f lavfi -i sine=frequency=440:sample_rate=44100 -t 300 -c:v wmv2 -b:v 430k -minrate 430k \
        -maxrate 430k -bufsize 430k -c:a wmav2 -b:a 64k -ac 2 -f asf "$CLIP"
fi

PIDS=()
cleanup() { # newest first: the edges go before the origin (no "connection lost" in their logs)
    local i running
    running=" $(jobs -pr | tr '\n' ' ') " # only our children still running: no reused PID is hit
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        [[ $running == *" ${PIDS[i]} "* ]] || continue
        kill "${PIDS[i]}" 2>/dev/null || true
        wait "${PIDS[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM # through the EXIT trap

# serve NAME ARGS...: starts mms-serve on a kernel-chosen port; sets PID_<NAME>, PORT_<NAME>.
serve() {
    local name=$1 port=
    shift
    "$SERVE" --port 0 "$@" >"$RUN/$name.out" 2>"$RUN/$name.err" &
    PIDS+=($!)
    printf -v "PID_$name" %s $!
    for _ in $(seq 100); do
        port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$RUN/$name.out" 2>/dev/null || true)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "mms-serve $name did not start" >&2; exit 1; }
    printf -v "PORT_$name" %s "$port"
}
cpu_ticks() { awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
now_s() { date +%s.%N; }
# Sleeps in the background: `wait` returns at once on INT/TERM (a foreground sleep would hold
# the trap, and so the cleanup, back until it ends).
pause() { sleep "$1" & PIDS+=($!); wait $!; }
sleep_until() { local d; d=$(echo "$1 - $(now_s)" | bc); if [ "$(echo "$d > 0" | bc)" = 1 ]; then pause "$d"; fi; }

{
    machine_info
    echo "clients: $CLIENTS on $EDGES edges ($PER_EDGE each, $CLIENT_TRANSPORT), $ORIGIN_CLIENTS on the origin; hold ${HOLD} s"
    echo "edge upstream schemes: ${SCHEMES[*]} (cycled); clip: $CLIP"
} | tee "$RUN/summary.txt"

# The origin has few sessions (the edges, ORIGIN_CLIENTS): its info lines (connects, closes) are kept.
QT_LOGGING_RULES="mms.*.info=true" serve origin --push live --max-clients $((ORIGIN_CLIENTS + EDGES + 50))
mkfifo "$RUN/push.fifo"
"$PACE" "$CLIP" "$RUN/push.log" >"$RUN/push.fifo" &
PIDS+=($!)
"$PUSH" - "http://127.0.0.1:$PORT_origin/live" <"$RUN/push.fifo" 2>"$RUN/push.err" &
PIDS+=($!); PID_push=$!
ROLES=(origin)
for e in $(seq "$EDGES"); do
    scheme=${SCHEMES[$(((e - 1) % ${#SCHEMES[@]}))]}
    serve "edge$e" --relay "live=$scheme://127.0.0.1:$PORT_origin/live" --max-clients $((PER_EDGE + 100))
    ROLES+=("edge$e")
    echo "edge$e: --relay live=$scheme://127.0.0.1:$PORT_origin/live" >>"$RUN/summary.txt"
done
pause 5 # the edges' relays connect (they retry every 2 s until the origin has the header)

RAMP_S=$(((PER_EDGE + RAMP - 1) / RAMP))
T0=$(now_s)
"$LOAD" play --port "$PORT_origin" --path live --clients "$ORIGIN_CLIENTS" --hold $((HOLD + RAMP_S)) \
    --transport "$CLIENT_TRANSPORT" --push-log "$RUN/push.log" >"$RUN/load-origin.txt" &
LOADS=($!); PIDS+=($!)
for e in $(seq "$EDGES"); do
    port_var=PORT_edge$e
    "$LOAD" play --port "${!port_var}" --path live --clients "$PER_EDGE" --ramp-per-sec "$RAMP" --hold "$HOLD" \
        --transport "$CLIENT_TRANSPORT" --push-log "$RUN/push.log" >"$RUN/load-edge$e.txt" &
    LOADS+=($!); PIDS+=($!)
done
# Steady part: from 2 s after the last session started to 1 s before the loads stop.
sleep_until "$T0 + $RAMP_S + 2"
declare -A CPU0
for r in "${ROLES[@]}" push; do v=PID_$r; CPU0[$r]=$(cpu_ticks "${!v}"); done
LOADS_CPU0=0; for p in "${LOADS[@]}"; do LOADS_CPU0=$((LOADS_CPU0 + $(cpu_ticks "$p"))); done
W0=$(now_s); LOAD0=$(cut -d' ' -f1 /proc/loadavg)
sleep_until "$T0 + $RAMP_S + $HOLD - 1"
declare -A CPU1
for r in "${ROLES[@]}" push; do v=PID_$r; CPU1[$r]=$(cpu_ticks "${!v}"); done
LOADS_CPU1=0; for p in "${LOADS[@]}"; do LOADS_CPU1=$((LOADS_CPU1 + $(cpu_ticks "$p"))); done
W1=$(now_s); LOAD1=$(cut -d' ' -f1 /proc/loadavg)
for r in "${ROLES[@]}"; do v=PID_$r; grep -E '^VmHWM' "/proc/${!v}/status" | sed "s/^/$r /" >>"$RUN/rss.txt"; done
for p in "${LOADS[@]}"; do wait "$p" || true; done

TCK=$(getconf CLK_TCK)
WIN=$(echo "$W1 - $W0" | bc)
# Packets pushed a second, from the push log (send time 1, monotonic ms 2).
PPS=$(awk 'NR==1 {a=$2} {b=$2; n++} END {printf "%.2f", (n - 1) / ((b - a) / 1000)}' "$RUN/push.log")
field() { sed -n "s/^$1 .*\b$2=\([^ ]*\).*/\1/p" "$3"; }
{
    echo "steady window ${WIN} s; load average ${LOAD0} -> ${LOAD1}; pushed $PPS packets/s"
    printf '%-7s %7s %7s %9s %10s %9s %8s %8s %8s %8s %7s %6s %7s\n' role clients cpu% cpu%/cl us/pkt-cl \
        p50_ms p95_ms p99_ms max_ms missing failed late100 rss_mib
    for r in "${ROLES[@]}"; do
        f=$RUN/load-$r.txt
        served=$PER_EDGE; [ "$r" = origin ] && served=$((ORIGIN_CLIENTS + EDGES))
        cpu=$(echo "scale=6; (${CPU1[$r]} - ${CPU0[$r]}) / $TCK" | bc)
        rss=$(awk -v r="$r" '$1==r {printf "%.0f", $3/1024}' "$RUN/rss.txt")
        printf '%-7s %7s %7.1f %9.4f %10.1f %9s %8s %8s %8s %8s %7s %6s %7s\n' "$r" "$served" \
            "$(echo "100 * $cpu / $WIN" | bc -l)" "$(echo "100 * $cpu / $WIN / $served" | bc -l)" \
            "$(echo "1000000 * $cpu / ($served * $PPS * $WIN)" | bc -l)" \
            "$(field RESULT_PUSH p50_ms "$f")" "$(field RESULT_PUSH p95_ms "$f")" "$(field RESULT_PUSH p99_ms "$f")" \
            "$(field RESULT_PUSH max_ms "$f")" "$(field RESULT_PUSH missing "$f")" "$(field RESULT failed "$f")" \
            "$(field RESULT steady_over100 "$f")" "$rss"
    done
    echo "(origin: 'clients' = its direct sessions + the edges; latency is of its $ORIGIN_CLIENTS direct sessions)"
    echo "mms-push: $(echo "scale=1; 100 * (${CPU1[push]} - ${CPU0[push]}) / $TCK / $WIN" | bc) % of one core;" \
        "all mms-load processes: $(echo "scale=1; 100 * ($LOADS_CPU1 - $LOADS_CPU0) / $TCK / $WIN" | bc) %"
    echo "raw: $RUN"
} | tee -a "$RUN/summary.txt"
