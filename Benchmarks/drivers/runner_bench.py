"""Benchmark 7: the schedule runner, against a sandbox gateway in its own process.

- Idle processor use: `status-composer run` with one item scheduled for tomorrow, its user and
  system time (/proc/PID/stat) over IDLE_SECONDS (60), as a share of one core.
- Memory after many posts: items for one Z-API account added with `schedule add --in 2s`; the
  runner's VmRSS once it has printed 10 outcomes, then once it has printed 1,000 (target:
  within 10%). Outcomes are read from `run --json`, one object per line.

Usage: runner_bench.py --composer PATH [--idle-seconds 60] [--posts 1000]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_fixture import SandboxFixture  # noqa: E402


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Runner:
    """`status-composer run --json`, its outcome lines counted as they arrive."""

    def __init__(self, composer, fixture):
        self.process = subprocess.Popen(
            [composer, "run", "--json", "--config", fixture.config],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=fixture.environment, text=True,
        )
        self.lines = 0
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for _ in self.process.stdout:
            with self.changed:
                self.lines += 1
                self.changed.notify_all()

    def wait_for(self, count, limit):
        with self.changed:
            if not self.changed.wait_for(lambda: self.lines >= count, timeout=limit):
                raise RuntimeError(f"the runner printed {self.lines} outcomes of {count} in {limit} s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=150)


def schedule(composer, fixture, count, when):
    for index in range(count):
        subprocess.run(
            [composer, "schedule", "add", "--config", fixture.config, "--account", fixture.names[0],
             "--type", "text", "--text", f"bench {index}"] + when,
            env=fixture.environment, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as work, SandboxFixture(args.composer, work, accounts=1) as fixture:
        schedule(args.composer, fixture, 1, ["--in", "1d"])
        runner = Runner(args.composer, fixture)
        time.sleep(2)  # let start-up settle before the idle window opens
        before, started = cpu_seconds(runner.process.pid), time.monotonic()
        time.sleep(args.idle_seconds)  # the measured idle window itself
        used, elapsed = cpu_seconds(runner.process.pid) - before, time.monotonic() - started
        rows.append(("idle processor use", f"{used * 1000:.0f} ms of CPU in {elapsed:.0f} s = {100 * used / elapsed:.3f}% of one core (target < 0.1%)"))

        schedule(args.composer, fixture, 10, ["--in", "2s"])
        runner.wait_for(10, 120)
        after_ten = rss_kb(runner.process.pid)
        batch = 50
        for start in range(10, args.posts, batch):
            count = min(batch, args.posts - start)
            schedule(args.composer, fixture, count, ["--in", "2s"])
            runner.wait_for(start + count, 300)
        after_all = rss_kb(runner.process.pid)
        runner.stop()
        growth = 100 * (after_all - after_ten) / after_ten
        rows.append(("RSS after 10 posts", f"{after_ten / 1024:.1f} MB"))
        rows.append((f"RSS after {args.posts} posts", f"{after_all / 1024:.1f} MB ({growth:+.1f}%; target within 10%)"))
    print("| runner | measured |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
