#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the screenshot tour and runs it under Xvfb: docs/screenshots/*.png from a window on a
# temporary database filled by real crawls of local test servers (nothing leaves 127.0.0.1).
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build; configured if missing)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target screenshot_tour
mkdir -p docs/screenshots
# A fixed style and font size, so the pictures do not depend on the desktop they are made on.
QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
    "$build/tests/ui/screenshot_tour" docs/screenshots
ls -l docs/screenshots
