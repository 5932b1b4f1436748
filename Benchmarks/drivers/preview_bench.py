"""Benchmark 6: the image preview. A 4000×3000 JPEG is pasted into the composer's media field
(100×30 pseudo-terminal, true colour); measured: the time from the paste to the frame with the
image drawn, the bytes written for it, the peak RSS it adds (against the same flow with a
16×16 JPEG), and the time each keystroke typed into the caption while it decodes takes to be
echoed (against the same keys with the small image). Compared with `chafa` (the command-line
tool on the same library) drawing the same file at the same size.

Usage: preview_bench.py --composer PATH --config PATH [--rounds N]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyrun import PtyProgram  # noqa: E402
from stats import median, table  # noqa: E402

COLUMNS, ROWS = 100, 30
# The frame the pane asks for at 100×30 (ComposerLayout.imageFrame).
FRAME = "19x17"
PASTE_START, PASTE_END, BACK_TAB, TAB = b"\x1b[200~", b"\x1b[201~", b"\x1b[Z", b"\t"
# Glyphs chafa draws with (half blocks, quadrants, full block): the image is on screen when
# its cells are.
IMAGE_GLYPHS = [g.encode() for g in "▀▄▌▐▖▗▘▙▚▛▜▝▞▟█"]
KEYS = "Oferta de verão já"


def photo(folder, width, height, name):
    """A JPEG of `width`×`height` with detail everywhere (gradients and stripes), made with
    cjpeg from a PPM written here."""
    ppm = os.path.join(folder, name + ".ppm")
    with open(ppm, "wb") as out:
        out.write(b"P6 %d %d 255\n" % (width, height))
        # Red follows x, green y, blue a 40-pixel checkerboard: two row templates, green set per row.
        templates = []
        for parity in (0, 1):
            row = bytearray()
            for x in range(width):
                row += bytes(((x * 255) // width, 0, ((x // 40 + parity) % 2) * 200))
            templates.append(row)
        for y in range(height):
            row = bytearray(templates[(y // 40) % 2])
            row[1::3] = bytes([(y * 255) // height]) * width
            out.write(row)
    jpeg = os.path.join(folder, name + ".jpg")
    with open(jpeg, "wb") as out:
        subprocess.run(["cjpeg", "-quality", "85", ppm], stdout=out, check=True)
    os.remove(ppm)
    return jpeg


def environment(state_dir):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": state_dir, "TERM": "xterm-256color",
        "COLORTERM": "truecolor", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": state_dir,
        "XDG_CONFIG_HOME": state_dir, "XDG_CACHE_HOME": state_dir,
    }


def has_image(output):
    return any(glyph in output for glyph in IMAGE_GLYPHS)


def measure(composer, config, image, typing):
    """Without `typing`: the paste alone, timed to the image drawn, its bytes and peak RSS.
    With: the keys typed into the caption right after the paste, each timed to its echo."""
    state_dir = tempfile.mkdtemp(prefix="bench-preview-")
    argv = [composer, "compose", "--config", config, "--type", "image", "--text", "Oferta"]
    program = PtyProgram(argv, COLUMNS, ROWS, environment(state_dir))
    try:
        if not program.settle(quiet=0.3, first_deadline=10, total_deadline=15):
            raise RuntimeError("the composer drew nothing")
        program.write(BACK_TAB)  # Caption → Media (Media comes first for an image)
        program.settle(quiet=0.1, first_deadline=1, total_deadline=3)
        before = len(program.output)
        pasted = time.monotonic()
        program.write(PASTE_START + image.encode() + PASTE_END + (TAB if typing else b""))
        echoes = []
        for char in KEYS if typing else "":
            sent = time.monotonic()
            program.write(char.encode())
            got = 0
            while not got and time.monotonic() - sent < 2:
                got = program.read_available(2 - (time.monotonic() - sent))
            echoes.append((time.monotonic() - sent) * 1000)
            time.sleep(0.004)  # a fast typist: a key every few milliseconds, not a paste
        drawn_at = None
        while time.monotonic() < pasted + 10:
            if has_image(bytes(program.output[before:])):
                drawn_at = program.last_output_at
                break
            program.read_available(0.05)
        if drawn_at is None:
            raise RuntimeError("no image cells were written")
        program.settle(quiet=0.2, first_deadline=0.3, total_deadline=3)
        return {
            "drawn_ms": (drawn_at - pasted) * 1000, "bytes": len(program.output) - before,
            "hwm_kb": program.status_kb("VmHWM"), "echo_ms": echoes,
        }
    finally:
        program.stop()


def chafa(image):
    """chafa alone: its time, bytes and its own peak RSS, from wait4 on it (RUSAGE_CHILDREN
    would give the largest of every child reaped so far, the composers included)."""
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        child = subprocess.Popen(["chafa", "-f", "symbols", "--symbols", "block+space-wide", "--size", FRAME,
                                  "--colors", "full", image], stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = (time.monotonic() - start) * 1000
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        if child.returncode != 0:
            raise RuntimeError(f"chafa exited with {child.returncode}")
        written = os.fstat(out.fileno()).st_size
    return {"drawn_ms": elapsed, "bytes": written, "peak_kb": usage.ru_maxrss}


def p99(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--composer", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-photos-")
    big = photo(folder, 4000, 3000, "big")
    small = photo(folder, 16, 16, "small")
    size_mb = os.path.getsize(big) / 1048576
    results = {"big": [], "small": [], "big typing": [], "small typing": [], "chafa": []}
    for round_index in range(args.rounds):
        order = [("big", big), ("small", small)] if round_index % 2 == 0 else [("small", small), ("big", big)]
        for name, image in order:
            results[name].append(measure(args.composer, args.config, image, typing=False))
            results[name + " typing"].append(measure(args.composer, args.config, image, typing=True))
        results["chafa"].append(chafa(big))
        print(f"round {round_index + 1}: big {results['big'][-1]['drawn_ms']:.0f} ms, "
              f"chafa {results['chafa'][-1]['drawn_ms']:.0f} ms", file=sys.stderr)

    def med(name, key, scale=1):
        return median([r[key] for r in results[name]]) / scale

    echo_big = [ms for r in results["big typing"] for ms in r["echo_ms"]]
    echo_small = [ms for r in results["small typing"] for ms in r["echo_ms"]]
    added = med("big", "hwm_kb", 1024) - med("small", "hwm_kb", 1024)
    rows = [
        ["composer: paste → image drawn (4000×3000)", f"{med('big', 'drawn_ms'):.0f}", f"{med('big', 'bytes'):.0f} (the paste's echo, the facts line, the frame)",
         f"+{added:.1f} over a 16×16 image (peak {med('big', 'hwm_kb', 1024):.1f})"],
        ["composer: same with a 16×16 JPEG", f"{med('small', 'drawn_ms'):.0f}", f"{med('small', 'bytes'):.0f}",
         f"peak {med('small', 'hwm_kb', 1024):.1f}"],
        [f"chafa {FRAME} --colors full (whole process)", f"{med('chafa', 'drawn_ms'):.0f}", f"{med('chafa', 'bytes'):.0f}",
         f"peak {med('chafa', 'peak_kb', 1024):.1f}"],
    ]
    print(f"### Preview of a 4000×3000 JPEG ({size_mb:.1f} MB), 100×30, true colour, median of {args.rounds} runs\n")
    print(table(["what", "time (ms)", "bytes written", "memory (MB)"], rows))
    print(f"\nKeystroke echo while decoding: p50 {median(echo_big):.1f} ms, p99 {p99(echo_big):.1f} ms "
          f"({len(echo_big)} keys); with the 16×16 image: p50 {median(echo_small):.1f} ms, p99 {p99(echo_small):.1f} ms.")


if __name__ == "__main__":
    main()
