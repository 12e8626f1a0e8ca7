#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every user-visible string of the sources has a finished German and Chinese translation.

Runs lupdate over the sources into copies of translations/*.ts (as `update_translations` would,
without touching the repository) and lists every message that is new or unfinished.

    translations_complete.py --lupdate BIN --source-dir DIR TS_FILE...
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    source = pathlib.Path(args.source_dir)
    sources = [str(p) for folder in ("app", "core", "ui") for p in (source / folder).rglob("*.cpp")]
    problems = 0
    with tempfile.TemporaryDirectory() as temp:
        listing = pathlib.Path(temp) / "sources.lst"
        listing.write_text("\n".join(sources) + "\n")
        for ts in args.ts:
            copy = pathlib.Path(temp) / pathlib.Path(ts).name
            shutil.copyfile(ts, copy)
            run = subprocess.run([args.lupdate, "-no-obsolete", "-locations", "none",
                                  "@" + str(listing), "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr)
                return 1
            unfinished = []
            for context in ET.parse(copy).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is not None and translation.get("type") == "unfinished":
                        unfinished.append(f"{name}: {message.findtext('source')!r}")
            print(f"{pathlib.Path(ts).name}: {len(unfinished)} unfinished")
            for line in unfinished[:50]:
                print("   ", line[:200])
            problems += len(unfinished)
    if problems:
        print("Translate them: cmake --build build --target update_translations, then edit the "
              ".ts files (or Qt Linguist).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
