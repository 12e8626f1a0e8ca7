#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Crawl benchmark, trawl against GNU Wget2 on the same generated site (../shared/testsite) served
# by nginx. For each size the site is generated and served once, then crawled ROUNDS times by
#   (a) trawl crawl URL --concurrency 8 --formats rawHtml,links   (Release build, stores every page)
#   (b) wget2 -r -l inf --no-parent --max-threads 8 -q -P DIR URL  (writes every file to DIR)
# in alternating order (trawl first in odd rounds, wget2 first in even ones: neither always meets
# a cold server), each into a new database or folder, under /usr/bin/time -v (wall time, peak
# RSS), nginx's access log cleared before each run. From the log it counts the HTML page requests
# (paths of the site's MANIFEST pages, any query), which give pages/s, and reports every request
# too: wget2 also downloads the CSS and images, and both fetch robots.txt (both obey it). Prints,
# per size and run, pages fetched, seconds, pages/s and peak RSS of both, then the median pages/s
# of each and trawl's median divided by wget2's.
#   tests/bench/crawl_vs_wget2.sh [BUILD_DIR] [SIZES...]   (default: build-release, 2000 20000)
# Env: CONCURRENCY (default 8), ROUNDS (default 3), WORK (keep the sites, databases, downloads and
# logs there; default: a temporary folder, removed), TRAWL_SHARED_DIR (default ../shared). Needs
# wget2, nginx, GNU time. (Files deleted just before a run slow ext4's inode allocation for a
# while: nothing is deleted between runs.)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-release}
[ $# -gt 0 ] && shift
sizes=${*:-2000 20000}
shared=${TRAWL_SHARED_DIR:-$root/../shared}
testsite=$shared/testsite
concurrency=${CONCURRENCY:-8}
rounds=${ROUNDS:-3}

for tool in wget2 nginx /usr/bin/time; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool not found (apt-get install -y wget2 nginx time)" >&2
        exit 1
    fi
done
if [ -n "${WORK:-}" ]; then
    work=$WORK
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/trawl-vs-wget2.XXXXXX)
fi
serving=
cleanup() {
    if [ -n "$serving" ]; then bash "$testsite/serve.sh" stop "$port" >/dev/null 2>&1 || true; fi
    if [ -z "${WORK:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ ! -x "$build/bin/trawl" ]; then   # else it is measured as it is: rebuild it when stale
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRAWL_BUILD_TESTS=OFF
    cmake --build "$build" -j2
fi
trawl=$build/bin/trawl
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
export STATE_ROOT="$work"   # serve.sh keeps its nginx.conf, PID and access log there

# measure NAME SIZE COMMAND...: runs COMMAND under /usr/bin/time -v with an empty access log, then
# keeps the log as $work/NAME-SIZE.log and the time report as $work/NAME-SIZE.time.
measure() {
    name=$1 size=$2
    shift 2
    bash "$testsite/serve.sh" clear "$port"
    # The previous run's files (a database, a tree of downloads) are written out now, not by the
    # kernel during this run.
    sync
    cut -d' ' -f1 /proc/loadavg >"$work/$name-$size.load"   # a busy machine skews the figures
    status=0
    /usr/bin/time -v -o "$work/$name-$size.time" "$@" >"$work/$name-$size.out" 2>&1 || status=$?
    echo "$status" >"$work/$name-$size.status"
    bash "$testsite/serve.sh" flush "$port"
    cp "$(bash "$testsite/serve.sh" log "$port")" "$work/$name-$size.log"
}

for pages in $sizes; do
    site=$work/site-$pages
    url=http://127.0.0.1:$port/
    echo "== $pages pages: generating the site"
    python3 "$testsite/gen_site.py" --pages "$pages" --out "$site" \
        --base-url "http://127.0.0.1:$port" >/dev/null
    bash "$testsite/serve.sh" "$site" "$port" >/dev/null 2>&1
    serving=1

    round=1
    while [ "$round" -le "$rounds" ]; do
        if [ $((round % 2)) -eq 1 ]; then order="trawl wget2"; else order="wget2 trawl"; fi
        for tool in $order; do
            echo "== $pages pages, round $round: $tool"
            # Left by an earlier invocation with the same WORK only.
            rm -rf "$work/trawl-$pages-$round.sqlite"* "$work/wget2-$pages-$round"
            if [ "$tool" = trawl ]; then
                # --limit: the default (10,000 pages) would stop the 20,000-page crawl half-way.
                measure trawl "$pages-$round" "$trawl" crawl "$url" \
                    --db "$work/trawl-$pages-$round.sqlite" --concurrency "$concurrency" \
                    --formats rawHtml,links --limit $((pages * 2)) --quiet
            else
                measure wget2 "$pages-$round" wget2 -r -l inf --no-parent \
                    --max-threads "$concurrency" -q -P "$work/wget2-$pages-$round" "$url"
            fi
        done
        round=$((round + 1))
    done

    bash "$testsite/serve.sh" stop "$port" >/dev/null
    serving=

    python3 - "$work" "$pages" "$site/MANIFEST.json" "$concurrency" "$rounds" <<'EOF'
import json
import os
import statistics
import sys
from urllib.parse import urlsplit

work, size, manifest_path, concurrency, rounds = sys.argv[1:6]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)
pages, private = set(manifest["pages"]), set(manifest["private"])
assets, aux = set(manifest["assets"]), set(manifest["aux"])


def time_report(path):
    """Wall seconds and peak RSS (MiB) from `/usr/bin/time -v`."""
    seconds = rss = 0.0
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            if key.startswith("Elapsed (wall clock) time"):
                for part in value.split(":"):
                    seconds = seconds * 60 + float(part)
            elif key == "Maximum resident set size (kbytes)":
                rss = int(value) / 1024
    return seconds, rss


def requests(path):
    """(path with query, status, Accept-Encoding) of each GET in serve.sh's access log."""
    found = []
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            parts = line.split('"')
            try:
                method, target, _ = parts[1].split(" ")
                status = int(parts[2].split()[0])
            except (IndexError, ValueError):
                continue
            if method == "GET":
                found.append((target, status, parts[5] if len(parts) > 5 else ""))
    return found


def row(name):
    seconds, rss = time_report(os.path.join(work, f"{name}.time"))
    with open(os.path.join(work, f"{name}.status")) as f:
        status = int(f.read())
    with open(os.path.join(work, f"{name}.load")) as f:
        load = float(f.read())
    sent = requests(os.path.join(work, f"{name}.log"))
    html = [t for t, _, _ in sent if urlsplit(t).path in pages]
    return {
        "exit": status, "load": load, "seconds": seconds, "rss": rss, "requests": len(sent),
        "html": len(html),
        "distinct": len({urlsplit(t).path for t in html}),
        "assets": sum(1 for t, _, _ in sent if urlsplit(t).path in assets),
        "aux": sum(1 for t, _, _ in sent if urlsplit(t).path in aux),
        "private": sum(1 for t, _, _ in sent if urlsplit(t).path in private),
        "other": sum(1 for t, _, _ in sent
                     if urlsplit(t).path not in pages | assets | aux | private),
        "not200": sum(1 for _, s, _ in sent if s != 200),
        "gzip": sum(1 for _, _, e in sent if "gzip" in e),
        "rate": len(html) / seconds if seconds else 0.0,
    }


print(f"\n{size} pages ({manifest['counts']['html_bytes'] / 1e6:.0f} MB of HTML), "
      f"concurrency {concurrency}; HTML pages = requests for MANIFEST pages")
print(f"{'':9} {'HTML pages':>10} {'distinct':>9} {'seconds':>8} {'pages/s':>8} {'peak RSS':>9}"
      f" {'requests':>9} {'assets':>7} {'aux':>4} {'private':>7} {'other':>6} {'non-200':>7}"
      f" {'gzip':>6} {'exit':>4} {'load':>5}")
rates = {"trawl": [], "wget2": []}
peaks = {"trawl": [], "wget2": []}
for round_ in range(1, int(rounds) + 1):
    for name in ("trawl", "wget2"):
        r = row(f"{name}-{size}-{round_}")
        rates[name].append(r["rate"])
        peaks[name].append(r["rss"])
        print(f"{name + ' ' + str(round_):9} {r['html']:>10} {r['distinct']:>9}"
              f" {r['seconds']:>8.2f} {r['rate']:>8.0f} {r['rss']:>5.0f} MiB {r['requests']:>9}"
              f" {r['assets']:>7} {r['aux']:>4} {r['private']:>7} {r['other']:>6}"
              f" {r['not200']:>7} {r['gzip']:>6} {r['exit']:>4} {r['load']:>5.2f}")
median = {name: statistics.median(values) for name, values in rates.items()}
ratio = median["trawl"] / median["wget2"] if median["wget2"] else float("nan")
each = ", ".join(f"{t / w:.2f}" for t, w in zip(rates["trawl"], rates["wget2"]))
print(f"median pages/s: trawl {median['trawl']:.0f} (peak RSS up to {max(peaks['trawl']):.0f} MiB),"
      f" wget2 {median['wget2']:.0f} (up to {max(peaks['wget2']):.0f} MiB)")
print(f"pages/s trawl/wget2: {ratio:.2f} (medians; by round: {each})   (MANIFEST: {len(pages)}"
      f" pages, {len(private)} private; load = 1-min load average before the run)")
EOF
    if [ -z "${WORK:-}" ]; then   # 0.5 GB each at 20,000 pages
        rm -rf "$site" "$work/wget2-$pages-"* "$work/trawl-$pages-"*.sqlite*
    fi
done
