#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crawl a generated test site (../shared/testsite) served by nginx with the built `trawl`.

Generates the site, serves it on a free 127.0.0.1 port, runs `trawl crawl`, then compares the
pages stored in the SQLite database with the site's MANIFEST and the requests nginx logged.
Prints pages/s and peak RSS. With --check, exits 1 unless the pages fetched (nginx's log) are
exactly the MANIFEST's pages, each stored and requested once, with nothing under /private/ and no
tracking-parameter variant. With --kill-at F, the crawl is killed with SIGKILL once a fraction F of
the pages is stored and finished with `trawl resume`; then at most `concurrency` pages may have
been requested twice (those in flight when it died).
Used by CTest (tests/e2e) and by the benchmarks (tests/bench).
"""
import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlsplit


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_trawl(command):
    """Runs trawl, returns (exit code, stdout, stderr, seconds, peak RSS in MiB)."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    out = process.stdout.read().decode()
    err = process.stderr.read().decode()
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, out, err, seconds, usage.ru_maxrss / 1024.0


def stored_pages(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


def crawl_and_kill(command, db, pages):
    """Starts trawl, SIGKILLs it once `pages` are stored; returns (job id, seconds)."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    job_id = process.stdout.readline().decode().strip()
    while process.poll() is None and stored_pages(db) < pages:
        time.sleep(0.02)
    if process.poll() is not None:
        raise RuntimeError(f"the crawl ended (exit {process.returncode}) before it was killed")
    process.send_signal(signal.SIGKILL)
    process.wait()
    return job_id, time.monotonic() - started


def logged_requests(access_log):
    """Path -> number of GET requests, from the access log of serve.sh."""
    counts = {}
    with open(access_log, encoding="utf-8", errors="replace") as log:
        for line in log:
            try:
                request = line.split('"')[1]
                method, target, _ = request.split(" ")
            except (IndexError, ValueError):
                continue
            if method == "GET":
                counts[target] = counts.get(target, 0) + 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trawl", required=True, help="the trawl binary")
    parser.add_argument("--testsite", required=True, help="the shared/testsite folder")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--work", help="folder for the site and the database (default: temp)")
    parser.add_argument("--check", action="store_true", help="fail unless every page is stored")
    parser.add_argument("--trawl-arg", dest="trawl_args", action="append", default=[],
                        metavar="ARG", help="an extra argument for trawl crawl (repeatable)")
    parser.add_argument("--kill-at", type=float, metavar="F",
                        help="SIGKILL the crawl at this fraction of the pages, then resume it")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="trawl-testsite-")
    os.makedirs(work, exist_ok=True)
    try:
        return crawl(args, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def crawl(args, work):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    site = os.path.join(work, f"site-{args.pages}")
    serve = os.path.join(args.testsite, "serve.sh")
    env = dict(os.environ, STATE_ROOT=work)

    subprocess.run([sys.executable, os.path.join(args.testsite, "gen_site.py"), "--pages",
                    str(args.pages), "--out", site, "--base-url", base],
                   check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(site, "MANIFEST.json"), encoding="utf-8") as f:
        manifest = json.load(f)

    subprocess.run(["bash", serve, site, str(port)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        db = os.path.join(work, f"trawl-{args.pages}.sqlite")
        if os.path.exists(db):
            os.remove(db)
        crawl = [args.trawl, "crawl", base + "/", "--db", db, "--concurrency",
                 str(args.concurrency), "--limit", str(2 * args.pages), "--quiet"]
        crawl += args.trawl_args
        killed_after = None
        if args.kill_at:
            job_id, killed_after = crawl_and_kill(crawl, db, int(args.pages * args.kill_at))
            killed_at = stored_pages(db)
            code, out, err, seconds, rss = run_trawl(
                [args.trawl, "resume", job_id, "--db", db, "--quiet"])
            seconds += killed_after
        else:
            code, out, err, seconds, rss = run_trawl(crawl)
        subprocess.run(["bash", serve, "flush", str(port)], check=True, env=env)
        log = subprocess.run(["bash", serve, "log", str(port)], check=True, env=env,
                             capture_output=True, text=True).stdout.strip()
        requests = logged_requests(log)
    finally:
        subprocess.run(["bash", serve, "stop", str(port)], env=env, stdout=subprocess.DEVNULL)

    if code != 0:
        print(f"trawl crawl exited {code}: {err.strip()}")
        return 1
    job_id = out.splitlines()[0].strip()
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT url, coalesce(final_url, url), state FROM pages WHERE job_id = ?",
            (job_id,)).fetchall()
    stored = {}
    for url, final_url, state in rows:
        for candidate in {urlsplit(url).path, urlsplit(final_url).path}:
            stored[candidate] = stored.get(candidate, 0) + 1
    expected = manifest["pages"]
    missing = [p for p in expected if p not in stored]
    completed = sum(1 for _, _, state in rows if state == "completed")
    twice = [p for p in expected if requests.get(p, 0) > 1]
    private = sorted(p for p in requests if p.split("?")[0] in set(manifest["private"]))
    tracking = sorted(p for p in requests if p in set(manifest["tracking_variants"]))

    print(f"site: {args.pages} pages, {manifest['counts']['html_bytes'] / 1e6:.1f} MB of HTML")
    print(f"trawl: {len(rows)} pages stored ({completed} completed) in {seconds:.2f} s = "
          f"{len(rows) / seconds:.0f} pages/s at concurrency {args.concurrency}; "
          f"peak RSS {rss:.0f} MiB")
    print(f"nginx: {sum(requests.values())} requests; MANIFEST pages missing from the store: "
          f"{len(missing)}; requested more than once: {len(twice)}; private requested: "
          f"{len(private)}; tracking variants requested: {len(tracking)}")
    extra = sorted(p for p in requests if p not in set(expected) and p.split("?")[0] not in
                   set(manifest["aux"]))
    if killed_after is not None:
        print(f"killed with SIGKILL after {killed_after:.2f} s with {killed_at} pages stored, "
              f"then resumed: {len(twice)} pages requested twice (concurrency "
              f"{args.concurrency})")
    failures = []
    if missing:
        failures.append(f"{len(missing)} MANIFEST pages not stored, first: {missing[:5]}")
    if extra:
        failures.append(f"{len(extra)} requests outside the MANIFEST, first: {extra[:5]}")
    allowed_twice = args.concurrency if killed_after is not None else 0
    if len(twice) > allowed_twice:
        failures.append(f"{len(twice)} pages requested more than once, first: {twice[:5]}")
    if args.check and failures:
        print("FAILED:", "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
