"""The per-report work of the store: one file in, its :class:`ReportFacts` out.

:func:`facts_of` depends on the file's bytes (and the forced encoding) only, never on other
files or on what ran before, so it can be cached by content hash and mapped over any number of
processes or machines.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from toolkit.corpus.facts import ReportFacts, SectionFact
from toolkit.government import government_of
from toolkit.model import Report
from toolkit.terms.model import Term

_NAME_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def digest_of(path: str | Path, encoding: str | None = None) -> str:
    """The cache key of a file: the SHA-256 of its bytes (read in chunks), with a forced
    encoding appended. ``OSError`` when it cannot be read."""
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return f"{digest}-{encoding}" if encoding else digest


def facts_of(path: str | Path, digest: str = "", encoding: str | None = None) -> ReportFacts:
    """Read, parse and analyse one report file. ``digest`` is its :func:`digest_of` (computed
    when empty); ``encoding`` forces the text encoding (None: detected). Raises the reader's
    :class:`toolkit.errors.ToolkitError` when the file cannot be read as a report."""
    from toolkit.api import load_report

    p = Path(path)
    if not digest:
        digest = digest_of(p, encoding)
    return facts_of_report(load_report(p, encoding=encoding), digest, p.name)


def facts_of_report(report: Report, digest: str, file_name: str = "") -> ReportFacts:
    """The facts of a parsed report (``file_name`` gives a year when the text does not)."""
    from toolkit.targets.commitments import plan_commitments
    from toolkit.targets.extract import extract_targets

    year, year_source = report.year, "report" if report.year is not None else None
    years = set(_NAME_YEAR.findall(file_name))
    if year is None and len(years) == 1:
        year, year_source = int(years.pop()), "file name"
        report = dataclasses.replace(report, year=year)  # the targets' years follow it
    found = extract_targets(report, all_figures=True)
    government, level = government_of(report)
    headline = report.targets_paragraph
    return ReportFacts(
        source=report.source,
        digest=digest,
        format=report.format,
        profile=report.profile,
        title=report.title,
        year=year,
        year_source=year_source,
        government=government,
        level=level,
        date=report.meta.get("date"),
        meeting=report.meta.get("meeting"),
        speaker=report.meta.get("speaker"),
        chars=report.char_count,
        targets_line=report.paragraph(headline).line if headline else None,
        warnings=report.warnings,
        sections=tuple(
            SectionFact(s.id, s.level, s.label, s.title, str(s.role), s.line, s.char_count)
            for s in report.walk()
        ),
        targets=tuple(t for t in found if t.scope == "target"),
        achieved=tuple(t for t in found if t.scope == "achieved"),
        commitments=plan_commitments(found),
        terms=_marked_terms(report),
    )


def _marked_terms(report: Report) -> tuple[Term, ...]:
    """The terms the author marked (no segmentation: the cheap per-report part of `terms`)."""
    from toolkit.terms.corpus import ReportText
    from toolkit.terms.extract import build_terms, marked_candidates
    from toolkit.terms.lexicon import default_lexicon

    text = ReportText.of(report)
    return build_terms(marked_candidates(report, text), text, default_lexicon())
