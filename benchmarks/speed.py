"""Speed of `report-toolkit diff` on two real provincial reports, end to end from the shell,
side by side with Python's difflib and plain character-level diff-match-patch on the same pair.

    python benchmarks/speed.py [OLD NEW] [--no-timeout]
    python benchmarks/speed.py [OLD NEW] --against OTHER_CHECKOUT [--repeat 9]

Prints wall-clock times: the CLI as a user runs it (process start, imports, the segmenter's
dictionary, reading, parsing, alignment, diff, rendering; best of 7, with the CPU time, user +
system, beside), then the in-process stages (best of 3), then the two baselines on the raw
texts. The baselines only diff; they do not align or segment.

``--against`` compares this checkout's ``diff -f json`` with another's (a copy of an older
commit, say ``git archive COMMIT | tar -x -C /tmp/old``) on the same pair, run interleaved, A B
A B …, best of ``--repeat`` (wall and CPU), and says whether the two JSON files are the same
bytes: on a shared machine only such interleaved figures tell two versions apart.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import INSTALLED_ENV, fastest_of, fastest_runs  # noqa: E402


def compare_checkouts(old: Path, new: Path, other: Path, repeat: int) -> None:
    """This checkout's ``diff OLD NEW -f json`` against another's, interleaved (module doc)."""
    outputs = {}
    commands = {}
    folder = Path(tempfile.mkdtemp())
    for name, root in (("other", other.resolve()), ("this", ROOT)):
        outputs[name] = folder / f"{name}.json"
        commands[name] = [sys.executable, "-c", _RUN_FROM.format(root=str(root))]
        commands[name] += ["diff", str(old), str(new), "-f", "json", "-o", str(outputs[name])]
        commands[name] += ["--force"]
    best = fastest_runs(commands, repeat, env=INSTALLED_ENV)
    print(f"{old.name} → {new.name}, interleaved, best of {repeat}, load {os.getloadavg()[0]:.1f}")
    for name, (wall, cpu) in best.items():
        print(f"{name:<6} wall {wall * 1000:6.0f} ms   CPU {cpu * 1000:6.0f} ms")
    same = outputs["other"].read_bytes() == outputs["this"].read_bytes()
    shutil.rmtree(folder, ignore_errors=True)
    print("JSON output: " + ("the same bytes" if same else "DIFFERENT"))


#: runs the CLI of the checkout at ``root`` (its own modules first on the path)
_RUN_FROM = (
    "import sys; sys.path.insert(0, {root!r}); sys.argv[0] = 'report-toolkit';"
    " from toolkit.cli.app import main; sys.exit(main())"
)


def _option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else None


def main() -> None:
    values = {_option("--against"), _option("--repeat")}
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    old = Path(args[0]) if len(args) > 1 else ROOT / "samples/guangdong-2025.txt"
    new = Path(args[1]) if len(args) > 1 else ROOT / "samples/guangdong-2026.txt"
    against = _option("--against")
    if against is not None:
        compare_checkouts(old, new, Path(against), int(_option("--repeat") or 9))
        return
    old_text = old.read_text(encoding="utf-8")
    new_text = new.read_text(encoding="utf-8")
    sizes = f"{old.name} ({len(old_text)} chars) → {new.name} ({len(new_text)} chars)"
    print(f"{sizes}, CLI rows best of 7, stages best of 3")

    class Rows(list):  # print each row as soon as it is measured
        def append(self, row: tuple[str, float]) -> None:
            print(f"{row[0]:<50} {row[1] * 1000:>9.0f} ms", flush=True)

    rows = Rows()

    def cli(*extra: str) -> Callable[[], object]:
        return lambda: subprocess.run(
            [sys.executable, "-m", "toolkit", "diff", str(old), str(new), *extra],
            cwd=ROOT,
            env=INSTALLED_ENV,
            stdout=subprocess.DEVNULL,
            check=True,
        )

    command = [sys.executable, "-m", "toolkit", "diff", str(old), str(new)]
    best = fastest_runs(
        {"json": [*command, "--format", "json"], "terminal": command}, cwd=ROOT, env=INSTALLED_ENV
    )
    for name, label in (("json", "--format json"), ("terminal", "terminal view")):
        wall, cpu = best[name]
        rows.append((f"CLI end to end, {label} (CPU {cpu * 1000:.0f} ms)", wall))
    rows.append(
        (
            "python startup + import toolkit.cli.app",
            fastest_of(
                lambda: subprocess.run(
                    [sys.executable, "-c", "import toolkit.cli.app"], cwd=ROOT, check=True
                )
            ),
        )
    )

    from toolkit import segment
    from toolkit.api import load_report
    from toolkit.compare import compare_reports
    from toolkit.textdiff.engine import diff_chars

    start = time.perf_counter()
    segment.cut_many((old_text + "\n" + new_text).split("\n"))
    rows.append(("  segmenter start + the pair's words (first cut)", time.perf_counter() - start))
    rows.append(
        ("  read + parse both reports", fastest_of(lambda: (load_report(old), load_report(new))))
    )
    a, b = load_report(old), load_report(new)
    from toolkit.compare.flow import unit_words
    from toolkit.textdiff import tokens
    from toolkit.textdiff.similarity import line_keys, line_words

    def fresh_compare() -> None:
        # every cache of a line's tokens and words, so that each run tokenises and counts again
        tokens.clear_cache()
        for cached in (line_words, line_keys, unit_words):
            cached.cache_clear()
        compare_reports(a, b)

    rows.append(("  align + diff (tokenising included)", fastest_of(fresh_compare)))
    lines = (old_text + "\n" + new_text).split("\n")

    def one_core() -> None:
        tokens.clear_cache()
        for line in lines:
            tokens.line_tokens(line)

    rows.append(("  tokenising alone (rjieba + number groups)", fastest_of(one_core)))
    rows.append(
        (
            "difflib.SequenceMatcher, characters",
            fastest_of(
                lambda: difflib.SequenceMatcher(
                    None, old_text, new_text, autojunk=False
                ).get_opcodes(),
                1,
            ),
        )
    )
    rows.append(
        (
            "difflib.ndiff, lines",
            fastest_of(
                lambda: list(difflib.ndiff(old_text.splitlines(), new_text.splitlines())), 1
            ),
        )
    )
    rows.append(
        (
            "diff-match-patch, characters, default 1 s time-out",
            fastest_of(lambda: diff_chars(old_text, new_text, timeout=1.0), 1),
        )
    )
    if "--no-timeout" in sys.argv:  # O(N·D): 3-7 s in C++ on 20,000-30,000 characters
        rows.append(
            (
                "diff-match-patch, characters, no time-out",
                fastest_of(lambda: diff_chars(old_text, new_text), 1),
            )
        )


if __name__ == "__main__":
    main()
