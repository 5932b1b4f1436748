"""Benchmarks 2 and 3: bytes written to the terminal per typed character, startup to the first
frame, and idle memory, for the composer and for `dialog --inputbox` and `whiptail --inputbox`.

Every program runs in its own pseudo-terminal of the same size, with the same environment and
the same caption, typed one character at a time; after each character the output is read until
it has been quiet for a moment (bounded deadlines). Runs alternate between programs.

Usage: terminal_bench.py --composer PATH --config PATH [--floor PATH] [--rounds N] [--json OUT]

--floor is a Swift program with Foundation that only prompts and reads a line
(`Benchmarks/floor/FoundationFloor.swift`): what any program in the language costs.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from caption import CAPTION  # noqa: E402
from ptyrun import PtyProgram  # noqa: E402
from stats import alternating, median, ratio, table  # noqa: E402

COLUMNS, ROWS = 100, 30
# Quiet time that ends one keystroke's output; startup waits longer for the first frame.
KEY_QUIET, FIRST_FRAME_QUIET, IDLE_SECONDS = 0.04, 0.3, 2.0


def programs(composer, config, floor=None):
    dialog_box = ["8", "70"]
    listed = {
        "composer": [composer, "compose", "--config", config],
        "composer --quiet-screen": [composer, "compose", "--config", config, "--quiet-screen"],
        "dialog --inputbox": ["dialog", "--inputbox", "Caption", *dialog_box],
        "whiptail --inputbox": ["whiptail", "--inputbox", "Caption", *dialog_box],
    }
    if floor:
        listed["Swift + Foundation, a prompt (floor)"] = [floor]
    return listed


def environment(state_dir):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": state_dir,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_STATE_HOME": state_dir,
        "XDG_CONFIG_HOME": state_dir,
    }


def existing_history(composer, folder):
    """A state folder with the history store already created (and no saved draft), as a user
    has it after the first run: copied for each run so that no run pays for creating it."""
    subprocess.run([composer, "history"], env=environment(folder),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return folder


def measure(argv, state_dir):
    program = PtyProgram(argv, COLUMNS, ROWS, environment(state_dir))
    try:
        first = program.settle(quiet=FIRST_FRAME_QUIET, first_deadline=10, total_deadline=15)
        if not first:
            raise RuntimeError(f"{argv[0]} drew nothing")
        startup = program.last_output_at - program.started
        rss_start = program.status_kb("VmRSS")
        typed = 0
        per_key = []
        for character in CAPTION:
            program.write(character.encode())
            per_key.append(program.settle(quiet=KEY_QUIET, first_deadline=1.0, total_deadline=3.0))
            typed += 1
        idle = 0
        deadline = time.monotonic() + IDLE_SECONDS
        while time.monotonic() < deadline:
            idle += program.read_available(deadline - time.monotonic())
        return {
            "startup_ms": startup * 1000,
            "first_frame_bytes": first,
            "bytes_per_char": sum(per_key) / typed,
            "max_key_bytes": max(per_key),
            "silent_keys": sum(1 for count in per_key if count == 0),
            "idle_bytes": idle,
            "rss_start_kb": rss_start,
            "rss_idle_kb": program.status_kb("VmRSS"),
            "hwm_kb": program.status_kb("VmHWM"),
        }
    finally:
        program.stop()


def report(results, names):
    reference = "dialog --inputbox"
    measured = [name for name in names if results[name]]

    def med(name, key, scale=1):
        return median([r[key] for r in results[name]]) / scale

    bytes_rows = [[
        name, f"{med(name, 'bytes_per_char'):.1f}", ratio(med(name, "bytes_per_char"), med(reference, "bytes_per_char")),
        f"{med(name, 'max_key_bytes'):.0f}", f"{med(name, 'first_frame_bytes'):.0f}",
        f"{max(r['idle_bytes'] for r in results[name])}",
    ] for name in measured]
    start_rows = [[
        name, f"{med(name, 'startup_ms'):.1f}", ratio(med(name, "startup_ms"), med(reference, "startup_ms")),
        f"{med(name, 'rss_idle_kb', 1024):.1f}", ratio(med(name, "rss_idle_kb"), med(reference, "rss_idle_kb")),
        f"{med(name, 'hwm_kb', 1024):.1f}",
    ] for name in measured]
    runs = len(results[reference])
    return "\n".join([
        "### Bytes to the terminal per typed character (100×30, %d characters, median of %d runs)\n" % (len(CAPTION), runs),
        table(["program", "bytes/char", "vs dialog", "largest keystroke", "first frame bytes", "idle bytes (2 s)"], bytes_rows),
        "\n### Startup to first frame and idle memory (median of %d runs)\n" % runs,
        table(["program", "first frame (ms)", "vs dialog", "idle RSS (MB)", "vs dialog", "peak RSS (MB)"], start_rows),
    ])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--floor", help="a Swift + Foundation program that prompts and reads a line")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", action="append", help="measure only these programs")
    parser.add_argument("--json")
    args = parser.parse_args()
    table_of_programs = programs(args.composer, args.config, args.floor)
    names = args.only or list(table_of_programs)
    if "dialog --inputbox" not in names:
        names.append("dialog --inputbox")
    results = {name: [] for name in names}
    template = existing_history(args.composer, tempfile.mkdtemp(prefix="bench-state-"))
    for round_index, name in alternating(names, args.rounds):
        with tempfile.TemporaryDirectory(prefix="bench-term-") as state_dir:
            shutil.copytree(template, state_dir, dirs_exist_ok=True)
            result = measure(table_of_programs[name], state_dir)
        results[name].append(result)
        print(f"round {round_index + 1}: {name}: {result['bytes_per_char']:.1f} bytes/char, "
              f"first frame {result['startup_ms']:.0f} ms, RSS {result['rss_idle_kb']} kB", file=sys.stderr)
    shutil.rmtree(template, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=1)
    print(report(results, names))


if __name__ == "__main__":
    main()
