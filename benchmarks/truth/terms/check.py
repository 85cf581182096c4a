"""Checks a by-reading terms truth file against the texts it was read from.

    python benchmarks/truth/terms/check.py benchmarks/truth/terms/*.terms.json

Every new term must occur in the new report at its stated first line and nowhere in the old
one; glossary entries, renamed pairs and not-terms must occur where they say. The corpus is
``../shared/corpus/reports`` beside the checkout, or ``$CORPUS``.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(os.environ.get("CORPUS", Path(__file__).resolve().parents[4] / "shared/corpus/reports"))
KINDS = ("quoted", "formula", "stance", "title", "concept")


def first_line(lines: list[str], text: str) -> int | None:
    return next((number for number, line in enumerate(lines, 1) if text in line), None)


def problems(path: Path) -> list[tuple[object, ...]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    old = (ROOT / data["old_file"]).read_text(encoding="utf-8")
    new = (ROOT / data["new_file"]).read_text(encoding="utf-8").split("\n")
    bad: list[tuple[object, ...]] = []
    seen: set[str] = set()
    for entry in data["new_terms"]:
        term = entry["term"]
        if term in seen:
            bad.append(("listed twice", term))
        seen.add(term)
        line = first_line(new, term)
        if line is None:
            bad.append(("not in the new report", term))
        elif line != entry["line"]:
            bad.append(("first line", term, entry["line"], line))
        if term in old:
            bad.append(("in the old report", term))
        if entry["kind"] not in KINDS:
            bad.append(("kind", term))
    for entry in data["new_glossary"]:
        term = entry["term"]
        if first_line(new, term) is None:
            bad.append(("glossary term not in the new report", term))
        elif term not in new[entry["line"] - 1]:
            bad.append(("glossary line", term, entry["line"]))
        if (term in old) != entry["in_old_text"]:
            bad.append(("in_old_text", term))
    for entry in data["renamed"]:
        if entry["old"] not in old:
            bad.append(("renamed: old name not in the old report", entry["old"]))
        if first_line(new, entry["new"]) is None:
            bad.append(("renamed: new name not in the new report", entry["new"]))
    for entry in data["not_terms"]:
        text = entry["text"]
        if first_line(new, text) is None:
            bad.append(("not-term not in the new report", text))
        if text in old:
            bad.append(("not-term in the old report", text))
        if text in seen:
            bad.append(("not-term also a term", text))
    kinds = Counter(entry["kind"] for entry in data["new_terms"])
    print(
        path.name,
        f"terms {len(data['new_terms'])} {dict(kinds)}",
        f"glossary {len(data['new_glossary'])}",
        f"renamed {len(data['renamed'])}",
        f"not_terms {len(data['not_terms'])}",
    )
    return bad


def main(paths: list[str]) -> int:
    failed = 0
    for name in paths:
        for problem in problems(Path(name)):
            print("  FAIL", *problem)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
