#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The AppStream metainfo's screenshots are the repository's own: every <image> names a file of
docs/screenshots (by its path after the branch in the URL) that exists, with the width and height
the metainfo declares, and there is one default screenshot.

    metainfo_screenshots.py METAINFO SOURCE_DIR
"""
import pathlib
import struct
import sys
import xml.etree.ElementTree as ET


def png_size(path: pathlib.Path):
    with path.open("rb") as png:
        header = png.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main() -> int:
    metainfo, source = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    root = ET.parse(metainfo).getroot()
    shots = root.findall("./screenshots/screenshot")
    problems = []
    if not shots:
        problems.append("no <screenshots>")
    if sum(1 for shot in shots if shot.get("type") == "default") != 1:
        problems.append("not exactly one default screenshot")
    for shot in shots:
        if not (shot.findtext("caption") or "").strip():
            problems.append("a screenshot without a caption")
        for image in shot.findall("image"):
            url = (image.text or "").strip()
            marker = "/main/"
            if not url.startswith("https://") or marker not in url:
                problems.append(f"{url}: not an https URL of the main branch")
                continue
            file = source / url.split(marker, 1)[1]
            if not file.is_file() or not str(file.relative_to(source)).startswith("docs/screenshots/"):
                problems.append(f"{url}: no such file in docs/screenshots")
                continue
            size = png_size(file)
            declared = (int(image.get("width", 0)), int(image.get("height", 0)))
            if size != declared:
                problems.append(f"{file.name}: {size} declared as {declared}")
    for problem in problems:
        print(problem)
    print(f"{len(shots)} screenshots, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
