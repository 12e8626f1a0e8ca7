#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Job-view responsiveness benchmark: a generated site of PAGES pages (../shared/testsite, served
# by nginx) crawled while the job view is open and sorted by URL descending; prints the GUI
# thread's event-loop latency (p50/p99/max) and the process RSS over the crawl, first with the
# crawl in the same process (as in the window), then with `trawl crawl` in another process (the
# window's memory alone).
#   tests/bench/ui_responsiveness.sh [BUILD_DIR] [PAGES]     (default: build, 20000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
pages=${2:-20000}
port=${PORT:-18431}
shared=${TRAWL_SHARED_DIR:-$root/../shared}
work=${WORK_DIR:-/tmp/trawl-ui-bench}
site="$work/site-$pages"

cmake --build "$build" --target bench_ui_responsiveness trawl
bench=$(find "$build" -name bench_ui_responsiveness -type f | head -n 1)
trawl="$build/bin/trawl"
mkdir -p "$work"
if [ ! -f "$site/MANIFEST.json" ]; then
    python3 "$shared/testsite/gen_site.py" --pages "$pages" --out "$site" \
        --base-url "http://127.0.0.1:$port" >/dev/null
fi
STATE_ROOT=$work bash "$shared/testsite/serve.sh" "$site" "$port" >/dev/null
trap 'STATE_ROOT=$work bash "$shared/testsite/serve.sh" stop "$port" >/dev/null' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for mode in in-process external; do
    rm -f "$work/bench.sqlite" "$work/bench.sqlite-wal" "$work/bench.sqlite-shm"
    echo "== $pages pages, $mode"
    if [ "$mode" = external ]; then
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" \
            --limit $((pages * 2)) --external "$trawl"
    else
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" --limit $((pages * 2)) \
            --baseline 15
    fi
done
