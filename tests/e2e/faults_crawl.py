#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crawl the fault server (../shared/testsite/faults.py) with the built `trawl`; check each route.

Starts faults.py on a free 127.0.0.1 port (through a thin wrapper that logs every request it
receives, with its time and Host header; faults.py itself is not modified), runs

    trawl crawl http://127.0.0.1:PORT/ --timeout 3000 --retries 1 --max-depth 3 --limit 3000 ...

and, because the index does not link it, a second one-page crawl of /huge?chunked=1. Measures the
wall time and the peak RSS (os.wait4 ru_maxrss) of each. Then compares, route by route, the page
stored in the SQLite database (state, error code, retries, final URL, title, links) and the
requests the server saw with what ../shared/testsite/README.md expects of a well-behaved crawler,
and prints a table: route, expected, actual, ok/FAIL. Global checks: the crawl ends by itself with
exit code 0 in under 3 minutes, peak RSS under 300 MB, every page that is not completed has an
error code and a message. With --check, exits 1 on any FAIL.
Used by CTest (tests/e2e/faults.cmake).
"""
import argparse
import codecs
import html.parser
import http.client
import importlib.util
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import urlsplit

TIMEOUT_MS = 3000
RETRIES = 1
MAX_DEPTH = 3
LIMIT = 3000
RSS_LIMIT_MB = 300
WALL_LIMIT_S = 180
KILL_AFTER_S = 300  # a crawl that has not ended by then is killed (and the check fails)
RETRY_AFTER_CAP_S = 30  # trawl waits at most this long for a Retry-After (HostScheduler)


# ---- the fault server, wrapped to log its requests -------------------------------------------

def serve_faults(faults_py, port, log_path):
    """Runs faults.py's own main() (PORT --quiet) with a Handler that logs each request line."""
    sys.dont_write_bytecode = True  # no __pycache__ next to faults.py
    spec = importlib.util.spec_from_file_location("faults", faults_py)
    faults = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(faults)
    lock = threading.Lock()
    log = open(log_path, "a", encoding="utf-8", buffering=1)

    class LoggingHandler(faults.Handler):
        def parse_request(self):
            ok = super().parse_request()
            if ok:
                entry = {"t": time.time(), "method": self.command, "path": self.path,
                         "host": self.headers.get("Host", "")}
                with lock:
                    log.write(json.dumps(entry) + "\n")
            return ok

    faults.Handler = LoggingHandler
    sys.argv = [faults_py, str(port), "--quiet"]
    faults.main()


def start_faults(faults_py, log_path):
    """Starts the wrapped fault server on a free port; returns (process, port)."""
    for _ in range(5):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--serve-faults", faults_py, str(port),
             log_path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = process.stdout.readline()  # "faults server on http://..." once it listens
        process.stdout.close()
        if line.startswith("faults server on"):
            return process, port
        process.wait()
    raise RuntimeError("faults.py did not start")


def read_requests(log_path):
    with open(log_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---- trawl ---------------------------------------------------------------------------------

def run_trawl(command, work, name):
    """Runs trawl (SIGKILL after KILL_AFTER_S); returns (exit code, stdout, stderr, seconds, peak
    RSS in MiB)."""
    out_path, err_path = os.path.join(work, name + ".out"), os.path.join(work, name + ".err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        watchdog = threading.Timer(KILL_AFTER_S, process.kill)
        watchdog.start()
        _, status, usage = os.wait4(process.pid, 0)
        watchdog.cancel()
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4
    with open(out_path, encoding="utf-8", errors="replace") as out, \
            open(err_path, encoding="utf-8", errors="replace") as err:
        return process.returncode, out.read(), err.read(), seconds, usage.ru_maxrss / 1024.0


def load_job(db, job_id):
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    with connection:
        job = connection.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        pages = connection.execute("SELECT * FROM pages WHERE job_id = ? ORDER BY idx",
                                   (job_id,)).fetchall()
        log = [r["message"] for r in connection.execute(
            "SELECT message FROM job_log WHERE job_id = ? ORDER BY id", (job_id,))]
        admitted = [r["url"] for r in connection.execute(
            "SELECT url FROM frontier WHERE job_id = ? ORDER BY seq", (job_id,))]
    connection.close()
    return job, pages, log, admitted


# ---- what faults.py sends, decoded the way a browser does ------------------------------------

class TitleParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside, self.title = False, None

    def handle_starttag(self, tag, attrs):
        if tag == "title" and self.title is None:
            self.inside, self.title = True, ""

    def handle_endtag(self, tag):
        if tag == "title":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.title += data


def expected_title(port, path):
    """Fetches PATH from the fault server and decodes its title: BOM, then the Content-Type
    charset, then <meta charset>, then UTF-8; invalid bytes become U+FFFD (WHATWG Encoding)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body, content_type = response.read(), response.getheader("Content-Type", "")
    connection.close()
    label = None
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            body, label = body[len(bom):], name
            break
    if not label:
        match = re.search(r"charset=([\w-]+)", content_type, re.I)
        label = match.group(1) if match else None
    if not label:
        match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:1024], re.I)
        label = match.group(1).decode() if match else "utf-8"
    parser = TitleParser()
    parser.feed(body.decode(label, errors="replace"))
    return (parser.title or "").strip()


# ---- the checks ----------------------------------------------------------------------------

class Results:
    def __init__(self):
        self.rows = []

    def add(self, route, expected, actual, ok):
        self.rows.append((route, expected, actual, bool(ok)))

    @property
    def failures(self):
        return [r for r in self.rows if not r[3]]

    def print(self):
        """A Markdown table: route | expected | actual | ok/FAIL."""
        print("| route | expected | actual | |\n|---|---|---|---|")
        for route, expected, actual, ok in self.rows:
            cells = [c.replace("|", "\\|") for c in (route, expected, actual)]
            print(f"| `{cells[0]}` | {cells[1]} | {cells[2]} | {'ok' if ok else '**FAIL**'} |")


def describe(page):
    if page is None:
        return "not stored"
    text = page["state"]
    if page["error_code"]:
        text += " " + page["error_code"]
    if page["http_status"]:
        text += f" (HTTP {page['http_status']})"
    if page["retry_count"]:
        text += f", retried {page['retry_count']}x"
    return text


def check(base, main, chunked, requests, titles, max_rss_mb=RSS_LIMIT_MB):
    """main/chunked: (exit code, stdout, stderr, seconds, rss, job, pages, log, admitted URLs)."""
    results = Results()
    _, _, _, _, _, job, pages, log, admitted = main
    by_url = {p["url"]: p for p in pages}

    def page(route):
        return by_url.get(base + route)

    def times(path):
        return [r["t"] for r in requests if r["path"] == path]

    def requested(prefix):
        return [r["path"] for r in requests if r["path"].startswith(prefix)]

    def is_(route, state, code=None):
        p = page(route)
        return p is not None and p["state"] == state and (code is None or p["error_code"] == code)

    def quiet_after(t0, wait):
        """Requests that reached the server while trawl should have held back after an answer at
        t0 asking it to wait `wait` s. Anything dispatched before t0 has been sent or given up
        within the request timeout, so only the window after that counts."""
        start, end = t0 + TIMEOUT_MS / 1000 + 0.5, t0 + wait - 0.5
        return [r["path"] for r in requests if start < r["t"] < end]

    # Timeouts
    for route, what in (("/slow", "30 s TTFB"), ("/stall", "stalled body"),
                        ("/trickle", "1 byte/s body")):
        results.add(route, f"failed TIMEOUT ({what})", describe(page(route)),
                    is_(route, "failed", "TIMEOUT"))

    # Statuses
    for route, status in (("/status/404", 404), ("/status/410", 410)):
        n = len(times(route))
        results.add(route, "failed HTTP_4XX, requested once, not retried",
                    f"{describe(page(route))}; requested {n}x",
                    is_(route, "failed", "HTTP_4XX") and page(route)["http_status"] == status
                    and page(route)["retry_count"] == 0 and n == 1)

    t = times("/status/500")
    gap = t[1] - t[0] if len(t) > 1 else 0
    results.add("/status/500", f"failed HTTP_5XX, retried {RETRIES}x with backoff",
                f"{describe(page('/status/500'))}; requested {len(t)}x, {gap:.1f} s apart",
                is_("/status/500", "failed", "HTTP_5XX") and page("/status/500")["retry_count"]
                == RETRIES and len(t) == 1 + RETRIES and gap >= 0.5)

    for route, status, asked, code in (("/status/503", 503, 120, "HTTP_5XX"),
                                       ("/status/429", 429, 5, "HTTP_4XX")):
        wait = min(asked, RETRY_AFTER_CAP_S)
        t = times(route)
        gap = t[1] - t[0] if len(t) > 1 else 0
        noisy = quiet_after(t[0], wait) if t else []
        logged = [m for m in log if f"HTTP {status}" in m and "wait" in m
                  and (status != 503 or "Retry-After" in m)]
        actual = (f"{describe(page(route))}; requested {len(t)}x, {gap:.1f} s apart; "
                  f"{len(noisy)} other requests while waiting; job_log: "
                  + (repr(logged[0]) if logged else "no message about the wait"))
        results.add(route, f"failed {code}, retried {RETRIES}x after Retry-After {asked} s "
                           f"(capped {wait} s), host left alone meanwhile, job_log says "
                           + ("so (Retry-After)" if status == 503 else "it waits"),
                    actual, is_(route, "failed", code) and page(route)["retry_count"] == RETRIES
                    and len(t) == 1 + RETRIES and gap >= wait - 1 and not noisy and logged)

    # Redirects
    for route in ("/redirect/chain/5", "/redirect/relative"):
        p = page(route)
        final = p["final_url"] if p else ""
        results.add(route, "completed, final URL /redirect/chain/0",
                    f"{describe(p)}; final {final}",
                    is_(route, "completed") and final == base + "/redirect/chain/0")
    results.add("/redirect/chain/25", "failed TOO_MANY_REDIRECTS",
                describe(page("/redirect/chain/25")),
                is_("/redirect/chain/25", "failed", "TOO_MANY_REDIRECTS"))
    for route in ("/redirect/loop", "/redirect/self"):
        results.add(route, "failed REDIRECT_LOOP", describe(page(route)),
                    is_(route, "failed", "REDIRECT_LOOP"))
    external = [p["url"] for p in pages if urlsplit(p["url"]).hostname == "external.invalid"]
    dns = [p["url"] for p in pages if p["error_code"] == "DNS"]
    results.add("/redirect/external", "skipped OUT_OF_SCOPE, external.invalid never contacted",
                f"{describe(page('/redirect/external'))}; {len(external)} pages on "
                f"external.invalid, {len(dns)} DNS failures",
                is_("/redirect/external", "skipped", "OUT_OF_SCOPE") and not external and not dns)
    other_host = [r["path"] for r in requests if not r["host"].startswith("127.0.0.1")]
    results.add("/redirect/localhost", "skipped OUT_OF_SCOPE, nothing asked of Host: localhost",
                f"{describe(page('/redirect/localhost'))}; {len(other_host)} requests with "
                f"another Host header", is_("/redirect/localhost", "skipped", "OUT_OF_SCOPE")
                and not other_host)
    results.add("/redirect/meta-refresh", "completed (a meta refresh page is a page)",
                describe(page("/redirect/meta-refresh")),
                is_("/redirect/meta-refresh", "completed"))

    # Size caps
    results.add("/huge", "failed TOO_LARGE (50 MB, Content-Length)", describe(page("/huge")),
                is_("/huge", "failed", "TOO_LARGE"))
    chunked_pages = chunked[6]
    p = chunked_pages[0] if chunked_pages else None
    results.add("/huge?chunked=1", "failed TOO_LARGE (50 MB, chunked; own crawl)",
                f"{describe(p)}; exit {chunked[0]}, {chunked[3]:.1f} s, peak RSS "
                f"{chunked[4]:.0f} MiB", chunked[0] == 0 and p is not None
                and p["state"] == "failed" and p["error_code"] == "TOO_LARGE")
    p = page("/gzip-bomb")
    results.add("/gzip-bomb", "failed TOO_LARGE (1 GiB decoded)",
                f"{describe(p)}: {p['error_message'] if p else ''!r}; requested "
                f"{len(times('/gzip-bomb'))}x", is_("/gzip-bomb", "failed", "TOO_LARGE"))

    # Charsets: the stored title is what a browser shows
    for route, want in titles.items():
        p = page(route)
        got = p["title"] if p else None
        results.add(route, f"completed, title {want!r}", f"{describe(p)}, title {got!r}",
                    is_(route, "completed") and got == want)

    # Content oddities
    p = page("/binary.html")
    children = [q["url"] for q in pages if p and q["parent_url"] in (p["url"], p["final_url"])]
    links = json.loads(p["links_json"] or "[]") if p else []
    results.add("/binary.html", "completed or failed, no garbage links",
                f"{describe(p)}; {len(links)} links, {len(children)} followed",
                p is not None and p["state"] in ("completed", "failed") and not links
                and not children)
    results.add("/doc.pdf", "skipped NOT_HTML", describe(page("/doc.pdf")),
                is_("/doc.pdf", "skipped", "NOT_HTML"))
    for route in ("/malformed/unclosed", "/malformed/nested-tables", "/malformed/nested-divs"):
        p = page(route)
        links = json.loads(p["links_json"] or "[]") if p else []
        results.add(route, "completed", f"{describe(p)}; {len(links)} links",
                    is_(route, "completed"))
    js = requested("/js-rendered/")
    results.add("/js-rendered", "completed, no script-made link requested",
                f"{describe(page('/js-rendered'))}; {len(js)} /js-rendered/* requests",
                is_("/js-rendered", "completed") and not js)

    # Traps: the crawl must end. The depth cap bounds what is admitted (the frontier table);
    # what is fetched of it depends on the --limit, which /many-links exhausts.
    def trap(route, prefix, bound, what):
        matching = lambda url: urlsplit(url).path.startswith(prefix)
        stored = [q["url"] for q in pages if matching(q["url"])]
        queued = [u for u in admitted if matching(u)]
        sent = requested(prefix)
        with_ids = [u for u in queued + sent if "sid=" in u or "jsessionid" in u.lower()]
        results.add(route, f"finite: <= {bound} URLs admitted{what}",
                    f"{describe(page(route))}; {len(queued)} admitted, {len(stored)} stored, "
                    f"{len(sent)} requests" + (f", {len(with_ids)} with a session id"
                                               if what else ""),
                    is_(route, "completed") and 0 < len(queued) <= bound
                    and len(stored) <= bound and len(sent) <= bound and not with_ids)
        return queued

    trap("/calendar?month=0", "/calendar", 2 * MAX_DEPTH - 1, "")
    trap("/cal/2024/01/", "/cal/", MAX_DEPTH, "")
    queued = trap("/session?page=1", "/session", 5, " (?page=1..5), session ids stripped")
    results.add("/session;jsessionid=ABC123?page=1", "the same URL as /session?page=1",
                f"admitted: {sorted(urlsplit(u).path + '?' + urlsplit(u).query for u in queued)}",
                page("/session?page=1") is not None and queued.count(base + "/session?page=1")
                == 1 and not any("jsessionid" in u.lower() for u in queued))
    # /many-links has 10,000 targets: the --limit ends the crawl with URLs still queued.
    targets = [q for q in pages if q["url"].startswith(base + "/many-links/t/")]
    done = sum(1 for q in targets if q["state"] == "completed")
    twice = sum(1 for n in count(requested("/many-links/t/")).values() if n > 1)
    results.add("/many-links", f"completed; /many-links/t/N crawled until --limit {LIMIT} "
                               f"(exactly {LIMIT} pages stored)",
                f"{describe(page('/many-links'))}; {len(targets)} targets stored ({done} "
                f"completed) of {len(pages)} pages, {twice} requested twice",
                is_("/many-links", "completed") and len(pages) == LIMIT and targets
                and done == len(targets) and not twice)

    # Robots directives
    for route in ("/meta-noindex", "/header-noindex"):
        followed = requested(route + "/")
        results.add(route, "skipped NOINDEX, its link never requested",
                    f"{describe(page(route))}; {len(followed)} requests for its link",
                    is_(route, "skipped", "NOINDEX") and not followed)
    target = requested("/canonical/")
    results.add("/canonical", "completed; /canonical/target not fetched separately",
                f"{describe(page('/canonical'))}; /canonical/target requested {len(target)}x",
                is_("/canonical", "completed") and not target)
    p = page("/base-href")
    links = json.loads(p["links_json"] or "[]") if p else []
    want = {base + "/base-target/one", base + "/base-target/sub/two"}
    wrong = [r for r in requested("/") if r in ("/one", "/sub/two")]
    fetched = [q for q in pages if q["url"].startswith(base + "/base-target/")]
    results.add("/base-href", "completed; links resolve under /base-target/",
                f"{describe(p)}; links {sorted(urlsplit(u).path for u in links)}; "
                f"{len(fetched)} /base-target/ pages stored, {len(wrong)} requests for /one or "
                f"/sub/two", is_("/base-href", "completed") and set(links) == want and not wrong
                and all(q["state"] == "completed" for q in fetched))
    results.add("/empty", "completed", describe(page("/empty")), is_("/empty", "completed"))
    results.add("/wrong-length", "failed (body cut short)", describe(page("/wrong-length")),
                is_("/wrong-length", "failed"))
    p = page("/no-content-type")
    results.add("/no-content-type", "completed, parsed as HTML (title 'No content type')",
                f"{describe(p)}, title {p['title'] if p else None!r}",
                is_("/no-content-type", "completed") and p["title"] == "No content type")
    secret = requested("/disallowed/")
    results.add("/disallowed/secret", "skipped ROBOTS_BLOCKED, never requested",
                f"{describe(page('/disallowed/secret'))}; requested {len(secret)}x",
                is_("/disallowed/secret", "skipped", "ROBOTS_BLOCKED") and not secret)

    # Whole crawl
    code, _, err, seconds, rss = main[:5]
    results.add("(crawl)", f"ends by itself: exit 0, job completed, < {WALL_LIMIT_S} s",
                f"exit {code}, job {job['state'] if job else None}, {seconds:.1f} s"
                + (f"; stderr {err.strip()[:200]!r}" if err.strip() else ""),
                code == 0 and job is not None and job["state"] == "completed"
                and seconds < WALL_LIMIT_S)
    results.add("(crawl)", f"peak RSS < {max_rss_mb} MB",
                f"{rss:.0f} MiB (/huge?chunked=1 crawl: {chunked[4]:.0f} MiB)",
                max(rss, chunked[4]) * 1.048576 < max_rss_mb)
    bare = [q["url"] for q in pages + chunked_pages
            if q["state"] != "completed" and not (q["error_code"] and q["error_message"])]
    results.add("(crawl)", "every page not completed has an error code and a message",
                f"{sum(1 for q in pages if q['state'] != 'completed')} not completed, "
                f"{len(bare)} without" + (f": {bare[:3]}" if bare else ""), not bare)
    robots = len(times("/robots.txt"))
    results.add("(crawl)", "robots.txt requested once", f"{robots}x", robots == 1)
    return results


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--serve-faults":
        return serve_faults(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trawl", required=True, help="the trawl binary")
    parser.add_argument("--testsite", required=True, help="the shared/testsite folder")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--work", help="folder for the database and logs (default: temp, removed)")
    parser.add_argument("--check", action="store_true", help="exit 1 on any FAIL")
    parser.add_argument("--max-rss-mb", type=int, default=RSS_LIMIT_MB,
                        help="the peak RSS allowed (AddressSanitizer builds need more)")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="trawl-faults-")
    os.makedirs(work, exist_ok=True)
    try:
        return run(args, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def run(args, work):
    db = os.path.join(work, "faults.sqlite")
    request_log = os.path.join(work, "requests.jsonl")
    for path in (db, db + "-wal", db + "-shm", request_log):
        if os.path.exists(path):
            os.remove(path)
    server, port = start_faults(os.path.join(args.testsite, "faults.py"), request_log)
    base = f"http://127.0.0.1:{port}"
    try:
        common = ["--db", db, "--timeout", str(TIMEOUT_MS), "--retries", str(RETRIES),
                  "--concurrency", str(args.concurrency), "--ignore-sitemap", "--quiet"]
        # faults.py builds the gzip bomb on its first request (~3 s, longer than --timeout): build
        # it now (HEAD), so that the crawl sees how trawl handles the bomb, not a slow server.
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("HEAD", "/gzip-bomb")
        connection.getresponse().read()
        connection.close()
        # The main crawl, then /huge?chunked=1, which the index does not link, on its own.
        crawls, started = {}, {}
        for name, url, extra in (
                ("main", base + "/", ["--max-depth", str(MAX_DEPTH), "--limit", str(LIMIT),
                                      "--formats", "markdown,links"]),
                ("chunked", base + "/huge?chunked=1", ["--max-depth", "0", "--limit", "1"])):
            started[name] = time.time()
            code, out, err, seconds, rss = run_trawl([args.trawl, "crawl", url] + common + extra,
                                                     work, name)
            job_id = out.splitlines()[0].strip() if out.strip() else ""
            job, pages, log, admitted = load_job(db, job_id) if job_id else (None, [], [], [])
            crawls[name] = (code, out, err, seconds, rss, job, pages, log, admitted)
        time.sleep(0.2)
        requests = read_requests(request_log)
        main_requests = [r for r in requests if started["main"] <= r["t"] < started["chunked"]]
        titles = {route: expected_title(port, route) for route in (
            "/charset/latin1", "/charset/meta-only-latin1", "/charset/invalid-utf8",
            "/charset/utf16")}
    finally:
        server.terminate()
        server.wait()

    results = check(base, crawls["main"], crawls["chunked"], main_requests, titles,
                    args.max_rss_mb)
    results.print()
    code, _, _, seconds, rss, job, pages = crawls["main"][:7]
    states = ", ".join(f"{n} {state}" for state, n in sorted(count(p["state"] for p in pages)
                                                            .items()))
    print(f"\ntrawl crawl {base}/: exit {code}, {seconds:.1f} s, peak RSS {rss:.0f} MiB, "
          f"{len(pages)} pages stored ({states}); {len(main_requests)} requests to the fault "
          f"server")
    code, _, _, seconds, rss = crawls["chunked"][:5]
    print(f"trawl crawl {base}/huge?chunked=1: exit {code}, {seconds:.1f} s, "
          f"peak RSS {rss:.0f} MiB")
    failures = results.failures
    print(f"{len(results.rows) - len(failures)} ok, {len(failures)} FAIL")
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
