#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Window responsiveness benchmark: a generated site of PAGES pages (../shared/testsite, served by
# nginx) crawled while the main window shows the job: its pages sorted by URL descending with a
# page selected and open in the inspector (or none selected), then with the Charts tab open;
# prints the GUI thread's event-loop latency (p50/p99/max) and the process RSS over the crawl.
# Passes: the crawl in the window's process (as when started from the dialog) with the pages
# (a page selected, then none), the same with the charts, and `trawl crawl` in another process
# (the window's memory alone).
#   tests/bench/ui_responsiveness.sh [BUILD_DIR] [PAGES]     (default: build, 20000)
#   MODES="pages unselected charts external" (the default) chooses the passes; PORT the port.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
pages=${2:-20000}
port=${PORT:-18531}
shared=${TRAWL_SHARED_DIR:-$root/../shared}
work=${WORK_DIR:-/tmp/trawl-ui-bench}
site="$work/site-$pages-$port" # its links name the port

cmake --build "$build" --target bench_ui_responsiveness trawl
bench=$(find "$build" -name bench_ui_responsiveness -type f | head -n 1)
trawl="$build/bin/trawl"
mkdir -p "$work"
if [ ! -f "$site/MANIFEST.json" ]; then
    python3 "$shared/testsite/gen_site.py" --pages "$pages" --out "$site" \
        --base-url "http://127.0.0.1:$port" >/dev/null
fi
# Another server on the port (another run, another program) would be crawled instead of the site.
if ! python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))" \
    "$port" 2>/dev/null; then
    echo "port $port is taken: set PORT to a free one" >&2
    exit 1
fi
STATE_ROOT=$work bash "$shared/testsite/serve.sh" "$site" "$port" >/dev/null
trap 'STATE_ROOT=$work bash "$shared/testsite/serve.sh" stop "$port" >/dev/null' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"
for mode in ${MODES:-pages unselected charts external}; do
    rm -f "$work/bench.sqlite" "$work/bench.sqlite-wal" "$work/bench.sqlite-shm"
    echo "== $pages pages, $mode (load $(cut -d' ' -f1 /proc/loadavg))"
    case $mode in
    pages)
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" \
            --limit $((pages * 2)) --tab pages --baseline 15 ;;
    unselected)
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" \
            --limit $((pages * 2)) --tab pages --no-selection ;;
    charts)
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" \
            --limit $((pages * 2)) --tab charts ;;
    external)
        "$bench" --url "http://127.0.0.1:$port/" --db "$work/bench.sqlite" \
            --limit $((pages * 2)) --tab pages --external "$trawl" ;;
    esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
