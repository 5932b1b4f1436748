"""Benchmark 10: `campaign import` of a 500-row CSV plan (target: at most 1 s, release build).

Each run imports the same plan into a new, empty state directory (so every run creates the
history database and stores 500 items in one transaction), against a config of 20 Z-API
accounts on a closed loopback port: importing checks every row but sends nothing. The rows are
dated from tomorrow on, 500 texts with accents and emoji, 1 to 3 accounts each. Also timed: the
same import as --dry-run (reading and checking without storing).

Usage: campaign_bench.py --composer PATH [--runs N]
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import median, table  # noqa: E402

ROWS = 500
ACCOUNTS = 20


def write_config(folder):
    token = os.path.join(folder, "bench.token")
    with open(os.open(token, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
        out.write(os.urandom(16).hex())
    path = os.path.join(folder, "config.toml")
    with open(path, "w") as out:
        for index in range(ACCOUNTS):
            out.write(f'[[account]]\nname = "shop{index}"\nprovider = "zapi"\n'
                      f'base_url = "http://127.0.0.1:9"\ninstance = "i{index}"\ntoken_file = "{token}"\n\n')
    return path


def write_plan(folder):
    start = datetime.date.today() + datetime.timedelta(days=1)
    path = os.path.join(folder, "bench-plan.csv")
    with open(path, "w", newline="") as out:
        out.write("quando;contas;tipo;texto;cor\r\n")
        for row in range(ROWS):
            day = start + datetime.timedelta(days=row // 10)
            hour, minute = 8 + (row % 10), (row * 7) % 60
            accounts = " ".join(f"shop{(row + k) % ACCOUNTS}" for k in range(1 + row % 3))
            text = f'"Oferta {row}: pão, café e ""promoção"" ☕🎉\r\naté às 10h"'
            out.write(f"{day:%Y-%m-%d} {hour:02d}:{minute:02d};{accounts};text;{text};1E8449\r\n")
    return path


def timed_import(composer, config, plan, dry_run):
    state = tempfile.mkdtemp(prefix="campaign-bench-state-")
    env = dict(os.environ, XDG_STATE_HOME=state, TZ="America/Sao_Paulo", LANG="C.UTF-8")
    argv = [composer, "campaign", "import", plan, "--config", config] + (["--dry-run"] if dry_run else [])
    begin = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - begin
    subprocess.run(["rm", "-rf", state], check=True)
    if done.returncode != 0:
        raise RuntimeError(f"campaign import exited {done.returncode}: {done.stderr.decode(errors='replace')[-600:]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="campaign-bench-")
    config, plan = write_config(folder), write_plan(folder)
    stored = []
    checked = []
    for _ in range(args.runs):
        stored.append(timed_import(args.composer, config, plan, dry_run=False))
        checked.append(timed_import(args.composer, config, plan, dry_run=True))
    subprocess.run(["rm", "-rf", folder], check=True)
    rows = [
        ["import, 500 rows stored", f"{median(stored) * 1000:.0f} ms", f"{max(stored) * 1000:.0f} ms", "≤ 1,000 ms"],
        ["import --dry-run, 500 rows", f"{median(checked) * 1000:.0f} ms", f"{max(checked) * 1000:.0f} ms", ""],
    ]
    print(table(["command", "median", "slowest", "target"], rows))
    print()
    print(f"{args.runs} runs each, alternated; a new state directory per run.")


if __name__ == "__main__":
    main()
