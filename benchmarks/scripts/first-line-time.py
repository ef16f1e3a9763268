#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""first-line-time.py REGEX TIMEOUT_S CMD...: runs CMD (stdout and stderr merged), prints the ms
from its launch to the first output line matching REGEX (or -1 after TIMEOUT_S), then ends CMD
(SIGTERM, then SIGKILL after 2 s). The same clock for every player: from exec to the line."""
import os, re, signal, subprocess, sys, time, selectors

def main():
    pattern = re.compile(sys.argv[1])
    timeout = float(sys.argv[2])
    cmd = sys.argv[3:]
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    sel = selectors.DefaultSelector()
    sel.register(p.stdout, selectors.EVENT_READ)
    buf = b""
    result = -1.0
    matched = ""
    while result < 0:
        left = timeout - (time.monotonic() - t0)
        if left <= 0 or not sel.select(left):
            break
        chunk = os.read(p.stdout.fileno(), 65536)
        now = time.monotonic()
        if not chunk:
            break
        buf += chunk
        *lines, buf = buf.split(b"\n")
        for line in lines:
            text = line.decode("utf-8", "replace")
            if pattern.search(text):
                result = (now - t0) * 1000.0
                matched = text.strip()
                break
    try:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(2)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    except ProcessLookupError:
        pass
    print(f"{result:.1f}\t{matched[:120]}")

main()
