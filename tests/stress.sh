#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/stress.sh N [PARALLEL]
#
# Runs the whole ctest suite N times, PARALLEL tests at once (default 4: above the core count of a
# small CI machine), while a compile loop loads every core. A test that waits for a fixed time, or
# races a timer, instead of waiting for the condition it checks fails here long before it fails at
# random in CI. Not part of ctest itself (it runs ctest).
#
# Builds nothing of the tree under test: it expects a built tree in $MMS_BUILD_DIR (default
# build/). The load is a rebuild of the libraries into a scratch build dir with ccache disabled,
# repeated until this script ends (it stops with it, also on Ctrl-C).
#
# Environment:
#   MMS_BUILD_DIR           the built tree to test (default: build/ at the repository root)
#   MMS_STRESS_LOG_DIR      where each run's log goes (default: $MMS_BUILD_DIR/stress/<time>)
#   MMS_STRESS_LOAD_JOBS    compile jobs of the load (default: the core count; 0 = no load)
#   MMS_STRESS_CTEST_ARGS   extra ctest arguments, e.g. "-L gui" or "-R tst_mmssession"
set -uo pipefail

usage() {
    echo "usage: $0 N [PARALLEL]   (runs the ctest suite N times under load)" >&2
    exit 2
}
[[ ${1:-} =~ ^[1-9][0-9]*$ ]] || usage
runs=$1
parallel=${2:-4}
[[ $parallel =~ ^[1-9][0-9]*$ ]] || usage

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
build=$(readlink -f "${MMS_BUILD_DIR:-$root/build}")
if [ ! -f "$build/CTestTestfile.cmake" ]; then
    echo "stress: no built tree in $build (run ./test.sh or cmake --build first, or set MMS_BUILD_DIR)" >&2
    exit 2
fi
logdir=${MMS_STRESS_LOG_DIR:-$build/stress/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$logdir"
loadJobs=${MMS_STRESS_LOAD_JOBS:-$(nproc)}
read -r -a ctestArgs <<<"${MMS_STRESS_CTEST_ARGS:-}"

scratch=""
loadPid=""
stopLoad() {
    if [ -n "$loadPid" ]; then
        # The loop runs in its own process group (setsid): end it and the compilers it started.
        kill -TERM -- "-$loadPid" 2>/dev/null
        wait "$loadPid" 2>/dev/null
        loadPid=""
    fi
    if [ -n "$scratch" ]; then
        rm -rf "$scratch"
        scratch=""
    fi
}
trap stopLoad EXIT
trap 'exit 130' INT TERM

if ((loadJobs > 0)); then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/mms-stress-load.XXXXXX")
    echo "stress: loading the machine with $loadJobs compile jobs (log: $logdir/load.log)"
    # Configure without a compiler launcher and with ccache disabled: every round really compiles.
    # The libraries only: they need no test media and no extra tools.
    setsid bash -c '
        src=$1 dir=$2 jobs=$3
        export CCACHE_DISABLE=1
        cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER= -DCMAKE_BUILD_TYPE=Debug \
            >/dev/null || exit 1
        while :; do
            cmake --build "$dir" --target mmscore mmsserver mmsui -j "$jobs" >/dev/null || exit 1
            cmake --build "$dir" --target clean >/dev/null
        done
    ' stress-load "$root" "$scratch" "$loadJobs" >"$logdir/load.log" 2>&1 &
    loadPid=$!
    sleep 5 # the first compilers start (a head start, not a condition the results rely on)
    if ! kill -0 "$loadPid" 2>/dev/null; then
        echo "stress: the load did not start, see $logdir/load.log" >&2
        exit 2
    fi
fi

passed=0
failed=0
for ((i = 1; i <= runs; ++i)); do
    log="$logdir/run-$i.log"
    start=$SECONDS
    if ctest --test-dir "$build" --parallel "$parallel" --output-on-failure "${ctestArgs[@]}" >"$log" 2>&1; then
        ((++passed))
        result=PASS
        detail=$(grep -m1 -E '^[0-9]+% tests passed' "$log")
    else
        ((++failed))
        result=FAIL
        # ctest lists the failures after "The following tests FAILED:", one per line.
        detail=$(sed -n '/The following tests FAILED:/,$p' "$log" | grep -E '^\s+[0-9]+ - ' |
            sed -E 's/^\s+[0-9]+ - //' | paste -sd ',' -)
        [ -n "$detail" ] || detail="ctest failed, see the log"
    fi
    if [ -n "$loadPid" ] && ! kill -0 "$loadPid" 2>/dev/null; then
        detail="$detail (the load had stopped: see $logdir/load.log)"
    fi
    printf 'run %d/%d: %s in %ds: %s (%s)\n' "$i" "$runs" "$result" $((SECONDS - start)) "$detail" "$log"
done

echo "$passed passed, $failed failed"
((failed == 0))
