#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Trawl needs to build, run and test on Debian 12 (bookworm). Idempotent:
# run it again at any time. Uses sudo when not run as root.
set -eu

if [ "$(id -u)" -eq 0 ]; then
    SUDO=
else
    SUDO=sudo
fi

PACKAGES="
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-webengine-dev qt6-webengine-dev-tools qtkeychain-qt6-dev
    libgl-dev zlib1g-dev libdeflate-dev libsqlite3-dev libgoogle-perftools-dev
    python3 python3-jsonschema nginx wget2 time
    clang libclang-rt-14-dev
    xvfb xauth imagemagick clang-format
    dpkg-dev appstream desktop-file-utils man-db mmdebstrap
    gnome-keyring dbus-daemon
"

missing=
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $package"
    fi
done

if [ -n "$missing" ]; then
    echo "Installing:$missing"
    $SUDO apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
else
    echo "Every dependency of Trawl is installed."
fi

# The end-to-end test with the Firecrawl JavaScript SDK runs on the machine's node; take Debian's
# nodejs and npm only when no node is installed (another node may be there on purpose).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Installing: nodejs npm"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends nodejs npm
fi
