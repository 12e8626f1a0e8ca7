#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# HTML -> markdown throughput, single thread: Trawl (tokenizer + HtmlTree + MarkdownWriter) beside
# turndown (npm, installed here only) on the same pages of a generated site. Prints MB/s of both.
#   tests/bench/markdown/run.sh [BUILD_DIR] [PAGES] [ROUNDS]   (default build-bench 2000 3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build-bench}
pages=${2:-2000}
rounds=${3:-3}
shared=${TRAWL_SHARED_DIR:-$root/../shared}
site=${WORK:-/tmp/trawl-markdown-bench}/site-$pages

if [ ! -x "$build/tests/bench/bench_markdown" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build" --target bench_markdown
fi
[ -d "$site" ] || python3 "$shared/testsite/gen_site.py" --pages "$pages" --out "$site" \
    --base-url http://127.0.0.1:8080 >/dev/null
[ -d "$here/node_modules/turndown" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)

trawl=$("$build/tests/bench/bench_markdown" "$site" "$rounds")
turndown=$(node "$here/turndown_bench.js" "$site" 1)
echo "$trawl"
echo "$turndown"
ours=$(echo "$trawl" | sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p')
theirs=$(echo "$turndown" | sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p')
python3 -c "print(f'trawl / turndown: {float(\"$ours\") / float(\"$theirs\"):.1f}x')"
