"""A synthetic corpus made from the real samples: sections shuffled, numbers and years changed.

Each variant keeps the genre's shape (front matter, numbered parts, run-in headings, glossary)
so that the parser does real work, but no two variants have the same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from benchmarks.measure import SAMPLES
from toolkit.model import Section

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=年)")
_FIGURE = re.compile(r"(?<![\d.])(\d+)(?:\.(\d+))?(?=\s*(?:%|亿|万|个|项|家|所|公里|千瓦|倍))")


def _section_lines(section: Section, rng: random.Random) -> Iterator[str]:
    """A top-level section's lines with its direct subsections in shuffled order."""

    items = list(section.items())
    children = [item for item in items if isinstance(item, Section)]
    shuffled = iter(rng.sample(children, len(children)))
    first_body = section.paragraphs[0] if section.run_in and section.paragraphs else None
    if first_body is None:
        yield section.heading
    for item in items:
        if isinstance(item, Section):
            yield from next(shuffled).lines()
        elif first_body is not None and item is first_body:
            yield section.heading + item.text
        else:
            yield item.text


def _shift_year(shift: int, match: re.Match[str]) -> str:
    return str(int(match.group(1)) + shift)


def _vary_figures(text: str, rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        whole, decimals = match.group(1), match.group(2)
        value = float(match.group(0)) * rng.uniform(0.8, 1.25)
        if decimals:
            return f"{value:.{len(decimals)}f}"
        return str(max(1, round(value))) if len(whole) < 7 else whole

    return _FIGURE.sub(replace, text)


def variants(count: int, seed: int = 8) -> Iterator[tuple[str, str]]:
    """``count`` (file name, text) pairs made from the UTF-8 text samples."""
    from toolkit.api import load_report

    sources = sorted(p for p in SAMPLES.glob("*.txt") if "gb18030" not in p.name)
    reports = [(p.stem, load_report(p)) for p in sources]
    rng = random.Random(seed)
    for index in range(count):
        stem, report = reports[index % len(reports)]
        shift = rng.randint(-12, 12)
        lines = [p.text for p in report.front]
        for top in report.sections:
            lines.extend(_section_lines(top, rng))
        text = "\n".join(lines) + "\n"
        text = _YEAR.sub(partial(_shift_year, shift), text)
        yield f"{index:04d}-{stem}.txt", _vary_figures(text, rng)


def write_corpus(folder: Path, count: int) -> list[Path]:
    paths = []
    for name, text in variants(count):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
