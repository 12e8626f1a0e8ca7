#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The .deb's Depends names the package of every library its binaries link, and the Qt packages
Trawl cannot run without (the SQLite driver is a plugin loaded at run time: no linker sees it).

The libraries come from the packaged binaries' NEEDED entries (objdump -p); each is found where
the dynamic linker finds it (ldconfig -p) and mapped to its package with dpkg -S, as
dpkg-shlibdeps does. So a Depends list written by hand, or one that lost a library, fails here
even on a machine where every library happens to be installed already. The binaries carry no
RPATH or RUNPATH: their libraries come from the system's folders only.

    deb_depends.py --deb trawl_VERSION_ARCH.deb
    deb_depends.py --build-dir BUILD      (makes the .deb with cpack in a temporary folder)
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

BINARIES = ["usr/bin/trawl", "usr/libexec/trawl/trawl-gui"]
REQUIRED = ["libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libqt6sql6",
            "libqt6sql6-sqlite", "libqt6webenginecore6", "libqt6keychain1"]


def run(*command, cwd=None):
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def depends_of(deb):
    """Package names in Depends (alternatives and versions dropped)."""
    field = run("dpkg-deb", "--field", deb, "Depends")
    names = set()
    for clause in field.split(","):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if name:
                names.add(name)
    return field.strip(), names


def library_paths():
    """soname -> path, for this machine's architecture, as ldconfig knows them."""
    wide = run("dpkg", "--print-architecture").strip() in ("amd64", "arm64", "ppc64el", "s390x",
                                                             "riscv64")
    paths = {}
    for line in run("ldconfig", "-p").splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if not match:
            continue
        # The 64-bit library, on a 64-bit architecture (not a 32-bit one beside it).
        if wide and not re.search(r"64", match.group(2)):
            continue
        paths.setdefault(match.group(1), match.group(3))
    return paths


def package_of(path):
    candidates = [path, os.path.realpath(path)]
    # Debian 12 is /usr-merged: dpkg knows /lib/... and /usr/lib/... as its files were shipped.
    for p in list(candidates):
        if p.startswith("/usr/lib/"):
            candidates.append(p[len("/usr"):])
        elif p.startswith("/lib/"):
            candidates.append("/usr" + p)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--deb")
    parser.add_argument("--build-dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        deb = args.deb
        if not deb:
            run("cpack", "-G", "DEB", "-B", temp, cwd=args.build_dir)
            deb = glob.glob(os.path.join(temp, "trawl_*.deb"))[0]
        field, depends = depends_of(deb)
        root = os.path.join(temp, "root")
        run("dpkg-deb", "-x", deb, root)
        problems = []
        needed = []
        # trawl (the command line) and trawl-gui (the window and rendering, which trawl runs).
        for binary in BINARIES:
            path = os.path.join(root, binary)
            if not os.path.isfile(path):
                problems.append(f"/{binary} is not in the package")
                continue
            headers = run("objdump", "-p", path)
            found = re.findall(r"^\s*NEEDED\s+(\S+)$", headers, re.M)
            # The loader takes system libraries from the system only.
            for kind, value in re.findall(r"^\s*(RPATH|RUNPATH)\s+(\S*)$", headers, re.M):
                problems.append(f"/{binary} has a {kind} ({value})")
            if not found:
                problems.append(f"/{binary} has no NEEDED entries")
            needed += [soname for soname in found if soname not in needed]
    print(f"Depends: {field}")
    paths = library_paths()
    for soname in needed:
        path = paths.get(soname)
        package = package_of(path) if path else None
        if not package:
            problems.append(f"{soname}: no package of this machine provides it")
            continue
        mark = "ok" if package in depends else "MISSING"
        print(f"  {soname:32} {package:28} {mark}")
        if package not in depends:
            problems.append(f"{soname} ({package}) is linked but not in Depends")
    for package in REQUIRED:
        if package not in depends:
            problems.append(f"{package} is required but not in Depends")
    for problem in problems:
        print(problem)
    print(f"{len(needed)} libraries linked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
