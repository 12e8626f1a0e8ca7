#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`trawl crawl http://127.0.0.1:PORT/js-rendered --render js` against ../shared/testsite/faults.py:
the stored page holds what only the page's script writes, and the links the script makes were
crawled. The same crawl with --render static stores none of it (so the check means something)."""
import argparse
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

SCRIPT_TEXT = "This text only exists after script runs."


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit("faults.py did not start")


def crawl(trawl, url, db, mode):
    args = [trawl, "crawl", url, "--render", mode, "--db", db, "--quiet", "--ignore-sitemap",
            "--formats", "markdown,links,screenshot" if mode != "static" else "markdown,links"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit("%s exited %d: %s" % (" ".join(args), done.returncode, done.stderr))
    job = done.stdout.split()[0]
    con = sqlite3.connect(db)
    rows = con.execute("SELECT url, state, render_mode, markdown, title, screenshot FROM pages "
                       "WHERE job_id = ?", (job,)).fetchall()
    con.close()
    return {row[0]: row for row in rows}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trawl", required=True)
    ap.add_argument("--testsite", required=True)
    args = ap.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, os.path.join(args.testsite, "faults.py"), str(port),
                               "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        wait_for(port)
        base = "http://127.0.0.1:%d" % port
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "trawl.sqlite")
            rendered = crawl(args.trawl, base + "/js-rendered", db, "js")
            page = rendered.get(base + "/js-rendered")
            if not page:
                failures.append("js: /js-rendered not stored")
            else:
                url, state, mode, markdown, title, screenshot = page
                if state != "completed" or mode != "js":
                    failures.append("js: state %s, render_mode %s" % (state, mode))
                if SCRIPT_TEXT not in (markdown or ""):
                    failures.append("js: the script's text is missing: %r" % markdown)
                if title != "JS rendered page":
                    failures.append("js: title %r" % title)
                if not screenshot or not bytes(screenshot).startswith(b"\x89PNG\r\n\x1a\n"):
                    failures.append("js: no PNG screenshot")
            for i in (1, 2, 3):
                target = rendered.get("%s/js-rendered/target-%d" % (base, i))
                if not target or target[1] != "completed":
                    failures.append("js: the script's link target-%d was not crawled" % i)
            plain = crawl(args.trawl, base + "/js-rendered", db, "static")
            page = plain.get(base + "/js-rendered")
            if not page or SCRIPT_TEXT in (page[3] or "") or page[2] != "static":
                failures.append("static: expected the unrendered page, got %r" % (page,))
            if len(plain) != 1:
                failures.append("static: %d pages stored, expected 1" % len(plain))
            print("js: %d pages, static: %d pages" % (len(rendered), len(plain)))
    finally:
        server.terminate()
        server.wait()
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
