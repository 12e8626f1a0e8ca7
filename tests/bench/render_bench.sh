#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rendering benchmark: `trawl crawl --render js` of a generated site (../shared/testsite, served
# by nginx) with renderer pools of 1, 2 and 4 pages. Prints rendered pages/s and the peak memory
# of all processes (trawl and its QtWebEngineProcess children): the sum of their RSS and of their
# PSS (shared pages counted once), sampled every 100 ms.
#   tests/bench/render_bench.sh [BUILD_DIR] [PAGES]     (default: build-release, 300)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-release}
pages=${2:-300}
shared=${TRAWL_SHARED_DIR:-$root/../shared}
pools=${POOLS:-1 2 4}

if [ ! -x "$build/bin/trawl" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRAWL_BUILD_TESTS=OFF
    cmake --build "$build"
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$shared/testsite/gen_site.py" --pages "$pages" --out "$work/site" \
    --base-url "http://127.0.0.1:$port" >/dev/null
STATE_ROOT=$work "$shared/testsite/serve.sh" "$work/site" "$port" >/dev/null
trap 'STATE_ROOT=$work "$shared/testsite/serve.sh" stop "$port" >/dev/null; rm -rf "$work"' EXIT

echo "pages=$pages  (concurrency 8, --render js, markdown)"
printf '%-6s %8s %10s %14s %14s\n' pool pages seconds "peak RSS MB" "peak PSS MB"
for pool in $pools; do
    python3 - "$build/bin/trawl" "$port" "$pages" "$pool" "$work/db-$pool.sqlite" <<'PY'
import os, subprocess, sys, time
trawl, port, pages, pool, db = sys.argv[1:]

def tree(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    result, todo = [], [pid]
    while todo:
        p = todo.pop()
        result.append(p)
        todo.extend(children.get(p, []))
    return result

def memory(pids):
    rss = pss = 0
    for p in pids:
        try:
            with open("/proc/%d/smaps_rollup" % p) as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss

start = time.time()
proc = subprocess.Popen([trawl, "crawl", "http://127.0.0.1:%s/" % port, "--render", "js",
                         "--renderers", pool, "--limit", pages, "--db", db, "--quiet",
                         "--ignore-sitemap"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
peak_rss = peak_pss = 0
while proc.poll() is None:
    rss, pss = memory(tree(proc.pid))
    peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
    time.sleep(0.1)
seconds = time.time() - start
import sqlite3
con = sqlite3.connect(db)
done, rendered = con.execute("SELECT COUNT(*), SUM(render_mode = 'js') FROM pages").fetchone()
print("%-6s %8d %10.1f %14.0f %14.0f   %.1f rendered pages/s" % (
    pool, rendered or 0, seconds, peak_rss / 1024, peak_pss / 1024, (rendered or 0) / seconds))
PY
done
