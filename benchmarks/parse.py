"""Parse time of every sample: reading (decode, unzip, HTML clean-up) and structure parsing."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from benchmarks.measure import ROOT, SAMPLES, Row, best_of


def sample_files() -> list[Path]:
    """Every sample report: samples/ (.txt, .docx, GB18030) and the HTML and genre test data."""
    found = sorted(
        p
        for p in SAMPLES.iterdir()
        if p.suffix in (".txt", ".docx", ".md", ".html") and p.name != "README.md"
    )
    data = ROOT / "tests" / "data"
    for folder in ("html", "genre"):
        if (data / folder).is_dir():
            found.extend(sorted(p for p in (data / folder).iterdir() if p.is_file()))
    return found


def run() -> list[Row]:
    from toolkit.api import parse_document, read_document

    rows = []
    for path in sample_files():
        read_seconds, document = best_of(partial(read_document, path))
        parse_seconds, report = best_of(partial(parse_document, document))
        sections = sum(1 for _ in report.walk())
        rows.append(
            Row(
                "parse",
                path.name,
                read_seconds + parse_seconds,
                f"read {read_seconds * 1000:.0f} ms + parse {parse_seconds * 1000:.0f} ms; "
                f"{len(document.blocks)} blocks, {sections} sections, {report.char_count:,} 字",
            )
        )
    return rows
