#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs COMMAND... in a D-Bus session of its own with a real Secret Service: gnome-keyring-daemon,
# its login keyring created and unlocked with a throwaway password, in a temporary HOME so that
# neither the user's keyring nor their session is touched.
#   with_secret_service.sh COMMAND [ARG...]
set -eu
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
    echo "needs gnome-keyring and dbus (packaging/setup-debian.sh installs them)" >&2
    exit 1
fi
home=$(mktemp -d /tmp/trawl-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c '
    printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
