#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Crawl benchmark: generated sites of 2,000 and 20,000 pages (../shared/testsite) served by nginx,
# crawled by a Release build of trawl. Prints pages/s and peak RSS for each size.
#   tests/bench/crawl_testsite.sh [BUILD_DIR] [SIZES...]     (default: build-release, 2000 20000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-release}
[ $# -gt 0 ] && shift
sizes=${*:-2000 20000}
shared=${TRAWL_SHARED_DIR:-$root/../shared}

if [ ! -x "$build/bin/trawl" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRAWL_BUILD_TESTS=OFF
    cmake --build "$build"
fi
for pages in $sizes; do
    for concurrency in ${CONCURRENCY:-8}; do
        echo "== $pages pages, concurrency $concurrency"
        python3 "$root/tests/e2e/testsite_crawl.py" --trawl "$build/bin/trawl" \
            --testsite "$shared/testsite" --pages "$pages" --concurrency "$concurrency"
    done
done
