"""Benchmarks 4 and 5: posting overhead against curl, on a sandbox gateway in its own process.

4. `status-composer post` of one text status vs curl sending the same bytes to the same
   endpoint (whole-process wall time); then one status to 20 accounts (the app posts them
   concurrently) vs the same 20 curl processes run one after another.
5. A 10 MB video as a Z-API data URI: wall time and peak RSS of the app vs
   `base64 file | curl --data-binary @-` (the JSON around the base64 added with printf).

Every comparison alternates the two programs run by run. The exact bytes curl sends are taken
from what the sandbox recorded of the app's request.

Usage: posting_bench.py --composer PATH [--runs N] [--video-runs N] [--json OUT]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from caption import CAPTION  # noqa: E402
from sandbox_fixture import SandboxFixture  # noqa: E402
from stats import alternating, median, ratio, table  # noqa: E402

VIDEO_BYTES = 10_000_000


def vm_hwm_kb(pid):
    """The process's peak resident set so far (VmHWM), or 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listed:
            return [int(child) for child in listed.read().split()]
    except OSError:
        return []


def timed(argv, env, sample_memory=False):
    """Runs a command; returns (seconds, peak RSS in kB of its largest process, or 0 unless
    `sample_memory`: sampling costs the measured process a little CPU).

    The peak is read from /proc (VmHWM) while the command runs, for it and its children (the
    processes of a pipeline), not from rusage: Linux's ru_maxrss also counts the memory of the
    process before it exec'd, which here is a copy of this driver."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {}
    while True:
        done, status = os.waitpid(process.pid, 0 if not sample_memory else os.WNOHANG)
        if done:
            break
        for pid in [process.pid] + children(process.pid):
            peaks[pid] = max(peaks.get(pid, 0), vm_hwm_kb(pid))
        time.sleep(0.002)  # sampling interval; VmHWM is a high-water mark, so samples miss no peak
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if code != 0:
        raise RuntimeError(f"{argv[0]} exited {code}: {error[-400:]}")
    return elapsed, max(peaks.values(), default=0)


def compare(label_a, run_a, label_b, run_b, runs):
    results = {label_a: [], label_b: []}
    for _, (label, run) in alternating([(label_a, run_a), (label_b, run_b)], runs):
        results[label].append(run())
    return results


def text_row(results, a, b, what):
    wall_a = median([r[0] for r in results[a]]) * 1000
    wall_b = median([r[0] for r in results[b]]) * 1000
    return [what, f"{wall_a:.1f}", f"{wall_b:.1f}", ratio(wall_a, wall_b), f"{wall_a - wall_b:+.1f}"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--video-runs", type=int, default=5)
    parser.add_argument("--json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-post-") as workdir, SandboxFixture(args.composer, workdir) as sandbox:
        env = sandbox.environment
        post = [args.composer, "post", "--config", sandbox.config]

        # The request the app sends, as the sandbox received it, is what curl sends.
        sandbox.forget_requests()
        timed(post + ["--account", sandbox.names[0], "--type", "text", "--text", CAPTION], env)
        recorded = sandbox.recorded_requests()[-1]
        body_file = os.path.join(workdir, "text.json")
        with open(body_file, "w") as out:
            out.write(recorded["body"])
        curl_config = sandbox.curl_config(recorded, os.path.join(workdir, "curl-text.cfg"))
        one_curl = ["curl", "-K", curl_config, "--data-binary", f"@{body_file}"]

        # The same request for each of 20 accounts (each account's own path and token).
        sandbox.forget_requests()
        every_account = [arg for name in sandbox.names for arg in ("--account", name)]
        timed(post + every_account + ["--type", "text", "--text", CAPTION], env)
        script = os.path.join(workdir, "curl-20.sh")
        with open(script, "w") as out:
            out.write("set -e\n")
            for index, request in enumerate(sandbox.recorded_requests()):
                config = sandbox.curl_config(request, os.path.join(workdir, f"curl-{index}.cfg"))
                out.write(f"curl -K {config} --data-binary @{body_file}\n")
        text_requests = len(sandbox.recorded_requests())
        if text_requests != len(sandbox.names):
            raise RuntimeError(f"expected {len(sandbox.names)} requests, the sandbox saw {text_requests}")

        one = compare(
            "app", lambda: timed(post + ["--account", sandbox.names[0], "--type", "text", "--text", CAPTION], env),
            "curl", lambda: timed(one_curl, env), args.runs)
        twenty = compare(
            "app", lambda: timed(post + every_account + ["--type", "text", "--text", CAPTION], env),
            "curl", lambda: timed(["sh", script], env), args.runs)
        # The memory of a text post, the baseline for the video's.
        baseline = [timed(post + ["--account", sandbox.names[0], "--type", "text", "--text", CAPTION], env, sample_memory=True)
                    for _ in range(args.video_runs)]
        sandbox.forget_requests()

        # Benchmark 5: a 10 MB video as a data URI.
        video = os.path.join(workdir, "clip.mp4")
        with open(video, "wb") as out:
            out.write(os.urandom(VIDEO_BYTES))
        timed(post + ["--account", sandbox.names[0], "--type", "video", "--media", video], env)
        recorded = sandbox.recorded_requests()[-1]
        prefix = recorded["body"][: recorded["body"].index("base64,") + len("base64,")]
        suffix = recorded["body"][recorded["body"].rindex('"'):]
        video_config = sandbox.curl_config(recorded, os.path.join(workdir, "curl-video.cfg"))
        pipeline = (f"{{ printf '%s' '{prefix}'; base64 -w0 {video}; printf '%s' '{suffix}'; }}"
                    f" | curl -K {video_config} --data-binary @-")
        sandbox.forget_requests()
        media = compare(
            "app", lambda: timed(post + ["--account", sandbox.names[0], "--type", "video", "--media", video], env, sample_memory=True),
            "curl", lambda: timed(["sh", "-c", pipeline], env, sample_memory=True), args.video_runs)
        sandbox.forget_requests()

    print(f"### Posting overhead (median of {args.runs} alternating runs each)\n")
    print(table(["what", "status-composer (ms)", "curl (ms)", "ratio", "difference (ms)"], [
        text_row(one, "app", "curl", "one text status"),
        text_row(twenty, "app", "curl", "one status to 20 accounts (app: concurrent; curl: 20 in a row)"),
    ]))
    wall_app = median([r[0] for r in media["app"]]) * 1000
    wall_curl = median([r[0] for r in media["curl"]]) * 1000
    rss_app = median([r[1] for r in media["app"]]) / 1024
    rss_curl = median([r[1] for r in media["curl"]]) / 1024
    rss_base = median([r[1] for r in baseline]) / 1024
    print(f"\n### A {VIDEO_BYTES / 1e6:.0f} MB video as a Z-API data URI (median of {args.video_runs} alternating runs)\n")
    print(table(["what", "wall (ms)", "peak RSS (MB)", "peak RSS above a text post (MB)"], [
        ["status-composer post", f"{wall_app:.0f}", f"{rss_app:.1f}", f"{rss_app - rss_base:.1f}"],
        ["base64 file \\| curl --data-binary @-", f"{wall_curl:.0f}", f"{rss_curl:.1f}", "—"],
        ["ratio", ratio(wall_app, wall_curl), ratio(rss_app, rss_curl), ""],
    ]))
    print(f"\nThe app's peak RSS is {rss_app * 1024 * 1024 / VIDEO_BYTES:.2f}× the file size "
          f"({rss_base:.1f} MB for a text post).")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"one": one, "twenty": twenty, "video": media, "text_baseline": baseline}, out, indent=1)


if __name__ == "__main__":
    main()
