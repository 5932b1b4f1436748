"""Benchmark 7: `schedule list` with 10,000 scheduled items (target: at most 100 ms).

One item is added with `schedule add` (which creates the store and its schema); the database is
then filled to ITEMS rows by copying it in SQL with the next times spread over the coming
weeks, half of them repeating, a tenth paused and a tenth finished. The driver times the whole
process of `schedule list` (people's lines) and `schedule list --json` (scripts' lines), run
alternately, and reports medians.

Usage: schedule_bench.py --composer PATH [--runs N] [--items N]
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import alternating, median, table  # noqa: E402


def environment(home):
    return {
        "PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": os.path.join(home, "config"), "XDG_STATE_HOME": os.path.join(home, "state"),
    }


def prepare(composer, home, items):
    os.makedirs(os.path.join(home, "config", "status-composer"))
    token = os.path.join(home, "bench.token")
    with open(os.open(token, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
        out.write(os.urandom(16).hex())
    with open(os.path.join(home, "config", "status-composer", "config.toml"), "w") as out:
        out.write(f'timezone = "America/Sao_Paulo"\n\n[[account]]\nname = "shop"\nprovider = "sandbox"\n'
                  f'base_url = "http://127.0.0.1:9"\ninstance = "shop"\ntoken_file = "{token}"\n')
    env = environment(home)
    subprocess.run([composer, "schedule", "add", "--account", "shop", "--type", "text",
                    "--text", "Café da manhã: pão de queijo e café por R$ 9,90 até as 10h", "--in", "1h"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    database = sqlite3.connect(os.path.join(home, "state", "status-composer", "history.sqlite"))
    columns = "createdAt, accounts, typed, mediaCopy, zone, hour, minute, repeat, until, jitter, next, state, campaign, updatedAt"
    database.execute(f"""
        WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < {items - 1})
        INSERT INTO schedule ({columns})
        SELECT createdAt, accounts, typed, mediaCopy, zone, hour, minute,
               CASE WHEN n % 2 = 0 THEN 'daily' ELSE NULL END, until, jitter,
               CASE WHEN n % 10 = 9 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f', next, '+' || (n * 7) || ' minutes') END,
               CASE WHEN n % 10 = 9 THEN 'posted' WHEN n % 10 = 8 THEN 'paused' ELSE 'scheduled' END,
               campaign, updatedAt
        FROM schedule, counter WHERE schedule.id = 1""")
    database.commit()
    count = database.execute("SELECT count(*) FROM schedule").fetchone()[0]
    database.close()
    return env, count


def timed(argv, env):
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return (time.perf_counter() - start) * 1000, result.stdout.count(b"\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env, count = prepare(args.composer, home, args.items)
        programs = {
            "schedule list": [args.composer, "schedule", "list"],
            "schedule list --json": [args.composer, "schedule", "list", "--json"],
            "schedule list --all --json": [args.composer, "schedule", "list", "--all", "--json"],
        }
        for argv in programs.values():
            timed(argv, env)  # once each to warm the page cache
        times = {name: [] for name in programs}
        lines = {}
        for _, name in alternating(list(programs), args.runs):
            elapsed, printed = timed(programs[name], env)
            times[name].append(elapsed)
            lines[name] = printed
        rows = [[f"`{name}`", lines[name], f"{median(times[name]):.1f}", f"{min(times[name]):.1f}"] for name in programs]
        print(f"{count} items in the store; {args.runs} alternated runs each; target at most 100 ms.\n")
        print(table(["command", "lines printed", "median (ms)", "fastest (ms)"], rows))


if __name__ == "__main__":
    main()
