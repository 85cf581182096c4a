"""Speed of `report-toolkit diff` on two real provincial reports, end to end from the shell,
side by side with Python's difflib and plain character-level diff-match-patch on the same pair.

    python benchmarks/speed.py [OLD NEW] [--no-timeout]

Prints wall-clock times (best of 3): the CLI as a user runs it (process start, imports, the
segmenter's dictionary, reading, parsing, alignment, diff, rendering), then the in-process
stages, then the two baselines on the raw texts. The baselines only diff; they do not align or
segment.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import INSTALLED_ENV, fastest_of  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    old = Path(args[0]) if len(args) > 1 else ROOT / "samples/guangdong-2025.txt"
    new = Path(args[1]) if len(args) > 1 else ROOT / "samples/guangdong-2026.txt"
    old_text = old.read_text(encoding="utf-8")
    new_text = new.read_text(encoding="utf-8")
    print(f"{old.name} ({len(old_text)} chars) → {new.name} ({len(new_text)} chars), best of 3")

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

    rows.append(("CLI end to end, --format json", fastest_of(cli("--format", "json"))))
    rows.append(("CLI end to end, terminal view", fastest_of(cli())))
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
    segment.cut("预热")
    rows.append(("  segmenter dictionary load (first cut)", time.perf_counter() - start))
    rows.append(
        ("  read + parse both reports", fastest_of(lambda: (load_report(old), load_report(new))))
    )
    a, b = load_report(old), load_report(new)
    from toolkit.textdiff import tokens
    from toolkit.textdiff.similarity import line_words

    def fresh_compare() -> None:
        tokens.clear_cache()
        line_words.cache_clear()
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
