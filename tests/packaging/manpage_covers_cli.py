#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the man page names every command of `trawl --help` and every option of
`trawl --help` and of each `trawl COMMAND --help`, so the manual cannot drift from the program.
Prints what is missing and exits 1; exits 0 when everything is there."""
import argparse
import re
import subprocess
import sys


def run_help(trawl, *arguments):
    result = subprocess.run([trawl, *arguments, "--help"], capture_output=True, text=True,
                            timeout=60)
    if result.returncode != 0:
        sys.exit(f"{trawl} {' '.join(arguments)} --help exited with {result.returncode}:\n"
                 f"{result.stderr}")
    return result.stdout


def options_of(help_text):
    """Every option the help lists: lines that start (after indentation) with a dash."""
    options = set()
    for line in help_text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("-"):
            continue
        # "-h, --help   text" or "--limit <N>   text": the option names come before the text.
        names = re.split(r"\s{2,}", stripped)[0]
        options.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", names))
    return options


def commands_of(help_text):
    commands = []
    in_commands = False
    for line in help_text.splitlines():
        if line.strip() == "Commands:":
            in_commands = True
            continue
        if in_commands:
            if not line.startswith("  "):
                break
            commands.append(line.split()[0])
    return commands


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trawl", required=True)
    parser.add_argument("--man", required=True)
    arguments = parser.parse_args()

    with open(arguments.man, encoding="utf-8") as file:
        roff = file.read()
    # The text as a reader sees it: roff's escaped hyphen is a hyphen, font escapes are nothing.
    text = roff.replace("\\-", "-")
    text = re.sub(r"\\f[BIRP]", "", text)
    commands_section = re.search(r"^\.SH COMMANDS$(.*?)^\.SH ", text, re.M | re.S)
    if not commands_section:
        sys.exit(f"{arguments.man} has no COMMANDS section")

    top_help = run_help(arguments.trawl)
    commands = commands_of(top_help)
    if len(commands) < 5:
        sys.exit(f"could not read the commands from trawl --help:\n{top_help}")

    missing = []
    for command in commands:
        if not re.search(rf"^\.(B|BI|BR|TP)?\s*\"?{re.escape(command)}\b", commands_section.group(1),
                         re.M):
            missing.append(f"command {command} (not an entry of the COMMANDS section)")
    wanted = {"trawl": options_of(top_help)}
    for command in commands:
        wanted[f"trawl {command}"] = options_of(run_help(arguments.trawl, command))
    checked = 0
    for where, options in sorted(wanted.items()):
        for option in sorted(options):
            checked += 1
            if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text):
                missing.append(f"option {option} of {where}")
    if missing:
        print(f"{arguments.man} does not document:", *missing, sep="\n  ")
        return 1
    print(f"{arguments.man} documents all {len(commands)} commands and {checked} options.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
