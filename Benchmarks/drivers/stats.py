"""Medians, ratios and markdown tables for the benchmark drivers."""

import statistics


def median(values):
    return statistics.median(values) if values else float("nan")


def ratio(value, reference):
    if not reference or reference != reference:
        return "n/a"
    return f"{value / reference:.2f}×"


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    return "\n".join(lines)


def alternating(programs, rounds):
    """Yields (round, program) with the order rotated each round, so no program always runs
    first (or last) on a noisy machine."""
    for round_index in range(rounds):
        shift = round_index % len(programs)
        for program in programs[shift:] + programs[:shift]:
            yield round_index, program
