"""``check_draft``: run every check over a draft and collect the findings in line order."""

from __future__ import annotations

from toolkit.check import (
    copied,
    cycle,
    figures,
    glossary,
    meeting,
    placeholders,
    punctuation,
    targets,
)
from toolkit.check import years as stale
from toolkit.check.lines import report_lines
from toolkit.check.model import SEVERITIES, CheckResult, Finding, SectionCopy
from toolkit.model import Report


def check_draft(draft: Report, previous: Report | None) -> CheckResult:
    """Check ``draft`` against last year's report ``previous`` (None: the checks that need it,
    meeting numbering, copied text, last year's figures and dropped targets, are skipped).

    The draft's year is its own, else the previous report's plus one; without either the
    year checks are skipped.
    """
    lines = report_lines(draft)
    year = draft_year(draft, previous)
    findings: list[Finding] = []
    if year is not None and draft.year is not None and draft.year != year and lines:
        findings.append(
            Finding(
                stale.KIND,
                "P1",
                lines[0].line,
                lines[0].text,
                f"the draft reads as a report for {draft.year} (its headings' years), but it "
                f"follows the report for {year - 1}, so it plans {year}: headings may still "
                "name last year",
            )
        )
    if year is not None:
        findings += stale.find(lines, year)
        findings += cycle.find(lines, year)
        findings += meeting.find(lines, draft, previous, year)
    findings += placeholders.find(lines)
    shares: list[SectionCopy] = []
    if previous is not None and year is not None:
        copies, shares = copied.find(
            lines, report_lines(previous), year, previous.year, prompt_lines(draft)
        )
        findings += copies
        skip = prompt_lines(draft) | {f.line for f in copies}  # a copied line is said once
        findings += figures.find(lines, draft, previous, skip)
    findings += targets.find(lines, draft, previous)
    findings += glossary.find(lines, draft, previous)
    findings += punctuation.find(lines)
    findings = _dedupe(findings)
    return CheckResult(
        draft.source,
        None if previous is None else previous.source,
        year,
        tuple(sorted(findings, key=lambda f: (f.line, SEVERITIES.index(f.severity)))),
        tuple(shares),
    )


def draft_year(draft: Report, previous: Report | None) -> int | None:
    """The year the draft plans. With last year's report it is that year plus one, unless the
    draft reads as another year: a draft whose headings still name last year reads as last
    year's report, so its own reading cannot be trusted. None when neither tells."""
    if previous is None or previous.year is None:
        return draft.year
    if draft.year is not None and draft.year not in (previous.year, previous.year + 1):
        return draft.year  # a later draft, or the two given the wrong way round
    return previous.year + 1


def prompt_lines(draft: Report) -> frozenset[int]:
    """The lines of a .docx draft in the RT Prompt style (a skeleton's prompts), as the reader
    lists them in the ``prompt_lines`` meta; empty for other drafts."""
    from toolkit.word.styles import PROMPT_LINES

    listed = draft.meta.get(PROMPT_LINES, "")
    return frozenset(int(n) for n in listed.split() if n.isdigit())


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, str]] = set()
    kept = []
    for finding in findings:
        key = (finding.kind, finding.line, finding.message)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
