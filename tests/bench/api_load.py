#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Load on the local API: while `trawl serve` crawls a generated site (served slowly enough to
last the whole run), clients poll GET /v1/crawl/{id} at a fixed rate. Prints the poll latency
(p50, p99, max), the errors, and whether any page was lost (every page of the site in the final
answer, once, and nothing else; `completed` never going backwards while polling). Exits 1 on any
error, lost, duplicated or foreign page.

    tests/bench/api_load.py --trawl build/bin/trawl [--rate 200] [--seconds 60] [--pages 3000]
        [--limit 100] [--page-delay 0.05] [--clients 40] [--distinct]
"""
import argparse
import functools
import http.client
import http.server
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def generate_site(root, pages):
    paths = ["/"] + [f"/p/{i}.html" for i in range(1, pages)]
    for index, path in enumerate(paths):
        children = [paths[c] for c in (2 * index + 1, 2 * index + 2) if c < len(paths)]
        links = "".join(f'<a href="{c}">page {c}</a> ' for c in children)
        body = (f"<!doctype html><html><head><title>Page {index}</title></head><body><main>"
                f"<h1>Page {index}</h1><p>Text {index}.</p>{links}</main></body></html>")
        target = root / ("index.html" if path == "/" else path.lstrip("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body)
    return paths


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--trawl", required=True)
    parser.add_argument("--rate", type=int, default=200, help="polls per second")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--limit", type=int, default=100, help="documents per poll (?limit=)")
    parser.add_argument("--page-delay", type=float, default=0.05, help="site delay per page, s")
    parser.add_argument("--clients", type=int, default=40, help="concurrent connections")
    parser.add_argument("--distinct", action="store_true",
                        help="each connection asks another limit (N + its number), so no two "
                             "polls share the server's read of an answer")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        temp = pathlib.Path(temp)
        paths = generate_site(temp / "site", args.pages)

        class SlowHandler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self):
                time.sleep(args.page_delay)
                super().do_GET()

            def log_message(self, *a):
                pass

        site = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(SlowHandler, directory=str(temp / "site")))
        threading.Thread(target=site.serve_forever, daemon=True).start()
        site_url = f"http://127.0.0.1:{site.server_address[1]}"

        token = "fc-bench-" + os.urandom(6).hex()
        server = subprocess.Popen(
            [args.trawl, "serve", "--port", "0", "--token-env", "TOKEN", "--quiet",
             "--db", str(temp / "jobs.sqlite")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=dict(os.environ, TOKEN=token))
        api = server.stdout.readline().strip()
        host, port = api.replace("http://", "").split(":")
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

        def request(connection, method, path, body=None):
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.read()

        control = http.client.HTTPConnection(host, int(port), timeout=30)
        status, body = request(control, "POST", "/v1/crawl", json.dumps(
            {"url": site_url + "/", "limit": args.pages, "maxConcurrency": 4,
             "ignoreSitemap": True}))
        crawl_id = json.loads(body)["id"]
        def poll_path(number):
            limit = args.limit + (number if args.distinct else 0)
            return f"/v1/crawl/{crawl_id}?limit={limit}"

        latencies, errors, went_back = [], [], []
        lock = threading.Lock()
        stop_at = time.monotonic() + args.seconds
        interval = args.clients / args.rate  # each client's period

        def client(number):
            connection = http.client.HTTPConnection(host, int(port), timeout=30)
            next_at = time.monotonic() + interval * number / args.clients
            last_completed = 0
            while True:
                now = time.monotonic()
                if now >= stop_at:
                    break
                if next_at > now:
                    time.sleep(next_at - now)
                next_at += interval
                started = time.monotonic()
                try:
                    status, body = request(connection, "GET", poll_path(number))
                    elapsed = time.monotonic() - started
                    completed = json.loads(body).get("completed", -1) if status == 200 else -1
                    with lock:
                        latencies.append(elapsed)
                        if status != 200:
                            errors.append(f"HTTP {status}")
                        elif completed < last_completed:
                            went_back.append((last_completed, completed))
                    last_completed = max(last_completed, completed)
                except Exception as error:  # noqa: BLE001 - every failure is counted
                    with lock:
                        errors.append(repr(error))
                    connection = http.client.HTTPConnection(host, int(port), timeout=30)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        duration = time.monotonic() - began

        status, body = request(control, "GET", f"/v1/crawl/{crawl_id}")
        state = json.loads(body)
        during = state["completed"]
        request(control, "DELETE", f"/v1/crawl/{crawl_id}")
        # Pages stored while polling must all be there, once (the crawl is cancelled now).
        time.sleep(1)
        documents, next_url = [], f"/v1/crawl/{crawl_id}"
        while next_url:
            status, body = request(control, "GET", next_url)
            answer = json.loads(body)
            documents += answer["data"]
            next_url = answer.get("next", "").replace(api, "") or None
        urls = [d["metadata"]["sourceURL"] for d in documents]
        expected = {site_url + p for p in paths}
        lost = max(during - len(set(urls)), 0)
        duplicates = len(urls) - len(set(urls))
        foreign = len(set(urls) - expected)
        server.terminate()
        server.wait(timeout=30)
        site.shutdown()

    latencies.sort()
    polls = len(latencies)
    limits = f"{args.limit}..{args.limit + args.clients - 1}" if args.distinct else args.limit
    print(f"{polls} polls in {duration:.1f} s ({polls / duration:.0f}/s, {args.clients} "
          f"connections, ?limit={limits}) while the crawl stored {during} pages")
    if polls:
        print(f"latency p50 {statistics.median(latencies) * 1000:.1f} ms, "
              f"p99 {latencies[int(polls * 0.99) - 1] * 1000:.1f} ms, "
              f"max {latencies[-1] * 1000:.1f} ms")
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")
    print(f"completed went backwards: {len(went_back)}")
    print(f"pages lost: {lost}, duplicated: {duplicates}, not of the site: {foreign} "
          f"(final answer: {len(urls)} documents, {len(set(urls))} distinct)")
    ok = not errors and not went_back and lost == 0 and duplicates == 0 and foreign == 0
    return 0 if ok and polls > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
