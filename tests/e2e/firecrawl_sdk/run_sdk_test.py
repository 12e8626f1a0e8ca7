#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the official Firecrawl JavaScript SDK (npm, pinned in package-lock.json, installed
with `npm ci` into the build tree) crawls a generated local site through `trawl serve`.

    run_sdk_test.py --trawl BIN --sdk SOURCE_DIR --work BUILD_DIR [--pages N]
"""
import argparse
import functools
import http.server
import json
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading


def generate_site(root: pathlib.Path, pages: int) -> list:
    """A site of `pages` HTML pages linked as a tree (each page links to two children and home),
    each with about 300 KB of text, so that the crawl's documents pass the 10 MB of one status
    answer and the SDK must follow `next` to receive them all. Returns the paths of the pages."""
    filler = " ".join(f"word{n}" for n in range(40000))
    paths = ["/"] + [f"/p/{i}.html" for i in range(1, pages)]
    for index, path in enumerate(paths):
        children = [paths[c] for c in (2 * index + 1, 2 * index + 2) if c < len(paths)]
        links = "".join(f'<li><a href="{c}">page {c}</a></li>' for c in children)
        body = (f"<!doctype html><html lang=en><head><title>Page {index}</title></head><body>"
                f"<main><h1>Page {index}</h1><p>Text of page {index}. {filler}</p><ul>{links}</ul>"
                f'<a href="/">home</a></main></body></html>')
        target = root / ("index.html" if path == "/" else path.lstrip("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return paths


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trawl", required=True)
    parser.add_argument("--sdk", required=True, help="tests/e2e/firecrawl_sdk in the sources")
    parser.add_argument("--work", required=True, help="a folder of the build tree")
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()

    sdk = pathlib.Path(args.sdk)
    work = pathlib.Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json", "crawl.mjs"):
        shutil.copyfile(sdk / name, work / name)
    installed = work / "node_modules" / "@mendable" / "firecrawl-js" / "package.json"
    if not installed.exists() or json.loads(installed.read_text())["version"] != "1.29.3":
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)

    with tempfile.TemporaryDirectory() as temp:
        temp = pathlib.Path(temp)
        paths = generate_site(temp / "site", args.pages)
        handler = functools.partial(QuietHandler, directory=str(temp / "site"))
        site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=site.serve_forever, daemon=True).start()
        site_url = f"http://127.0.0.1:{site.server_address[1]}"
        expected = [site_url + p for p in paths]
        (temp / "expected.json").write_text(json.dumps(expected))

        token = "fc-e2e-" + os.urandom(8).hex()
        env = dict(os.environ, TRAWL_E2E_TOKEN=token, QT_QPA_PLATFORM="offscreen")
        server = subprocess.Popen(
            [args.trawl, "serve", "--port", "0", "--token-env", "TRAWL_E2E_TOKEN",
             "--db", str(temp / "jobs.sqlite")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            api_url = server.stdout.readline().strip()
            if not api_url.startswith("http://127.0.0.1:"):
                print(f"trawl serve did not print its URL: {api_url!r} "
                      f"{server.stderr.read() if server.poll() is not None else ''}")
                return 1
            node = subprocess.run(
                ["node", str(work / "crawl.mjs"), api_url, token, site_url + "/",
                 str(temp / "expected.json")], cwd=work, timeout=240)
            if node.returncode != 0:
                return 1

            # `trawl monitor` follows the job the SDK started, through the same server as a
            # hosted Firecrawl v1, into a database of its own: the same pages, each once, with
            # markdown.
            with sqlite3.connect(str(temp / "jobs.sqlite")) as db:
                job_ids = [row[0] for row in db.execute("SELECT id FROM jobs")]
            if len(job_ids) != 1:
                print(f"expected the SDK's one job in the server's database, found {job_ids}")
                return 1
            monitor = subprocess.run(
                [args.trawl, "monitor", "--provider", "firecrawl-v1", "--base-url", api_url,
                 "--api-key-env", "TRAWL_E2E_TOKEN", "--job", job_ids[0],
                 "--db", str(temp / "monitor.sqlite"), "--quiet"],
                capture_output=True, text=True, env=env, timeout=240)
            if monitor.returncode != 0:
                print(f"trawl monitor exited {monitor.returncode}: {monitor.stderr}")
                return 1
            with sqlite3.connect(str(temp / "monitor.sqlite")) as db:
                rows = list(db.execute(
                    "SELECT p.url, length(p.markdown) FROM pages p JOIN jobs j ON j.id = p.job_id"
                    " WHERE j.provider = 'firecrawl-v1' AND p.state = 'completed'"))
            urls = [url for url, _ in rows]
            if sorted(urls) != sorted(expected) or any(not length for _, length in rows):
                missing = sorted(set(expected) - set(urls))
                print(f"trawl monitor stored {len(urls)} pages ({len(set(urls))} distinct) of "
                      f"{len(expected)}; missing {missing[:5]}")
                return 1
            print(f"trawl monitor received {len(urls)} pages, each once, with markdown")
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            site.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
