"""How each command's cost grows with the size of its input, on real reports joined.

    python -m benchmarks.growth [--sizes 1 2 5 10 20] [--cap 120] [--commands diff terms …]
    python -m benchmarks --growth          # the same, as a group of the benchmark table

For every size N (MB of UTF-8 text per input file) two inputs are made from the development
corpus (``../shared/corpus``): OLD joins the provinces' 2025 reports, NEW their 2026 reports, in
the same province order, until the file holds N MB. Different provinces are joined, not one
text repeated; once the corpus is used up (about 1.7 MB a side) the next round takes the
provinces in another order with every year moved and every figure scaled, so that no line
repeats and no cache (token cache, section similarity) can hide a cost.

Each command runs in a fresh process (``report-toolkit CMD …`` writing a file) with a cap on
its CPU time (RLIMIT_CPU; wall time is ten times that, the machine may be shared);
the table gives its CPU time (user + system of the child), wall time and peak memory (VmHWM),
and the exponent k of CPU ≈ c·N^k fitted by least squares on log-log (1.0 is linear). A command
over the cap is shown as "> cap" and not run on the larger sizes.
"""

from __future__ import annotations

import argparse
import math
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from benchmarks.corpus import _YEAR, _shift_year, _vary_figures
from benchmarks.measure import Row, run_measured

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SIZES = (1, 2, 5, 10, 20)
CAP = 120.0

#: command → arguments, given OLD, NEW and an output folder
COMMANDS: dict[str, list[str]] = {
    "outline": ["outline", "{new}", "-f", "json", "-o", "{out}/outline.json"],
    "diff": ["diff", "{old}", "{new}", "-f", "json", "-o", "{out}/diff.json"],
    "targets": ["targets", "{old}", "{new}", "-f", "json", "-o", "{out}/targets.json"],
    "terms": ["terms", "{old}", "{new}", "-f", "json", "-o", "{out}/terms.json"],
    "report": ["report", "{old}", "{new}", "-o", "{out}/review.html"],
    "check": ["check", "{new}", "--previous", "{old}", "-f", "json", "-o", "{out}/check.json"],
    "draft": ["draft", "{new}", "--previous", "{old}", "-o", "{out}/draft.docx"],
}


def _rounds(texts: list[str], seed: int) -> Iterator[list[str]]:
    """The texts as they are, then the same in another order, years moved and figures scaled,
    round after round."""
    yield texts
    rng = random.Random(seed)
    shift = 0
    while True:
        shift += 1
        order = rng.sample(range(len(texts)), len(texts))
        yield [
            _vary_figures(_YEAR.sub(partial(_shift_year, -shift), texts[i]), random.Random(i))
            for i in order
        ]


def joined(year: str, megabytes: float, corpus: Path = CORPUS) -> str:
    """The corpus provinces' reports of ``year`` joined until ``megabytes`` MB of UTF-8."""
    folders = sorted(p for p in (corpus / "reports").iterdir() if (p / f"{year}.txt").is_file())
    texts = [(p / f"{year}.txt").read_text(encoding="utf-8").strip("\n") + "\n" for p in folders]
    limit = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    # the same seed for both years: round r joins the provinces in the same order on each side
    for texts_of_round in _rounds(texts, seed=15):
        for text in texts_of_round:
            parts.append(text)
            size += len(text.encode("utf-8"))
            if size >= limit:
                return _cut(parts, limit)
    raise AssertionError("unreachable")


def _cut(parts: list[str], limit: int) -> str:
    """The joined parts cut after the first paragraph that reaches ``limit`` bytes."""
    text = "".join(parts)
    data = text.encode("utf-8")
    end = data.find(b"\n", limit)
    return data[: end + 1 if end >= 0 else len(data)].decode("utf-8")


@dataclass(frozen=True)
class Measure:
    command: str
    megabytes: float
    cpu: float | None  #: None: over the cap, or not run
    wall: float | None
    peak_mb: float | None
    note: str = ""


def exponent(points: list[tuple[float, float]]) -> float | None:
    """The least-squares slope of log(time) on log(size); None with fewer than two points."""
    if len(points) < 2:
        return None
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-3)) for _, seconds in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def measure(commands: list[str], sizes: list[float], cap: float, log: bool = True) -> list[Measure]:
    results: list[Measure] = []
    over: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="rt-growth-") as folder:
        root = Path(folder)
        for megabytes in sizes:
            old, new = root / f"old-{megabytes:g}mb.txt", root / f"new-{megabytes:g}mb.txt"
            old.write_text(joined("2025", megabytes), encoding="utf-8")
            new.write_text(joined("2026", megabytes), encoding="utf-8")
            for command in commands:
                if command in over:
                    results.append(Measure(command, megabytes, None, None, None, "not run"))
                    continue
                out = root / f"out-{command}-{megabytes:g}"
                out.mkdir()
                args = [a.format(old=old, new=new, out=out) for a in COMMANDS[command]]
                try:
                    run = run_measured(*args, timeout=cap * 10, cpu_limit=cap)
                except subprocess.TimeoutExpired:
                    over.add(command)
                    results.append(
                        Measure(command, megabytes, None, None, None, f"> {cap:g} s CPU")
                    )
                else:
                    note = "" if run.code == 0 else f"exit {run.code}: {run.stderr.strip()[-80:]}"
                    results.append(
                        Measure(command, megabytes, run.cpu, run.seconds, run.peak_mb, note)
                    )
                if log:
                    print(_line(results[-1]), file=sys.stderr, flush=True)
    return results


def _line(m: Measure) -> str:
    if m.cpu is None or m.wall is None:
        return f"{m.command} {m.megabytes:g} MB: {m.note}"
    return (
        f"{m.command} {m.megabytes:g} MB: CPU {m.cpu:.2f} s, wall {m.wall:.2f} s, "
        f"peak {m.peak_mb:.0f} MB {m.note}"
    )


def table(results: list[Measure]) -> str:
    """Command × size: CPU seconds (wall, peak MB), and the fitted exponent."""
    sizes = sorted({m.megabytes for m in results})
    commands = list(dict.fromkeys(m.command for m in results))
    head = ["command", *(f"{s:g} MB" for s in sizes), "exponent"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for command in commands:
        cells, points = [command], []
        for size in sizes:
            m = next(r for r in results if r.command == command and r.megabytes == size)
            if m.cpu is None or m.wall is None:
                cells.append(m.note)
            else:
                cells.append(f"{m.cpu:.1f} s ({m.wall:.1f} s, {m.peak_mb:.0f} MB)")
                if not m.note:
                    points.append((size, m.cpu))
        k = exponent(points)
        capped = any(r.cpu is None for r in results if r.command == command)
        cells.append("—" if k is None else f"{k:.2f}" + (" (then over the cap)" if capped else ""))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rows(results: list[Measure]) -> list[Row]:
    """The measures as rows of the ``python -m benchmarks`` table (time = CPU time)."""
    out = []
    for m in results:
        detail = m.note if m.wall is None else f"wall {m.wall:.2f} s, peak {m.peak_mb:.0f} MB"
        out.append(Row("growth", f"{m.command} {m.megabytes:g} MB a side", m.cpu, detail))
    for command in dict.fromkeys(m.command for m in results):
        points = [(m.megabytes, m.cpu) for m in results if m.command == command and m.cpu]
        k = exponent(points)
        largest = f"{points[-1][0]:g} MB" if points else "no size"
        out.append(
            Row(
                "growth",
                f"{command}: CPU at the largest size run ({largest})",
                points[-1][1] if points else None,
                "exponent k of CPU ≈ c·MB^k: " + ("—" if k is None else f"{k:.2f}"),
            )
        )
    return out


def run(sizes: list[float] | None = None, cap: float = CAP) -> list[Row]:
    return rows(measure(list(COMMANDS), list(sizes or SIZES), cap))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth", description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=list(SIZES))
    parser.add_argument("--cap", type=float, default=CAP, help="seconds a run may take")
    parser.add_argument("--commands", nargs="+", choices=list(COMMANDS), default=list(COMMANDS))
    args = parser.parse_args(argv)
    results = measure(args.commands, args.sizes, args.cap)
    print("CPU time (wall time, peak memory) per run; exponent k of CPU ≈ c·MB^k")
    print(table(results))


if __name__ == "__main__":
    main()
