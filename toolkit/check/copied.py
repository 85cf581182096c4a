"""Text copied from last year: draft paragraphs equal or nearly equal to one of the previous
report's (years rolled forward before comparing), and the copied share of each part."""

from __future__ import annotations

import re

from toolkit.check import placeholders
from toolkit.check.lines import Line
from toolkit.check.model import Finding, SectionCopy
from toolkit.draft.years import roll_years

KIND = "copied"
#: paragraphs shorter than this (headings, slogans, 各位代表) are not counted as copies
MIN_CHARS = 40
#: share of a paragraph's character 4-grams found in one previous paragraph to call it a copy
NEAR = 0.9
_N = 4
_NOISE = re.compile(r"\s+")


def _grams(text: str) -> set[str]:
    text = _NOISE.sub("", text)
    return {text[i : i + _N] for i in range(len(text) - _N + 1)}


def find(
    lines: list[Line],
    previous: list[Line],
    year: int,
    previous_year: int | None,
    prompts: frozenset[int] = frozenset(),
) -> tuple[list[Finding], list[SectionCopy]]:
    """Copy findings (P1) and the copied share of each top-level section of the draft.

    ``prompts`` are the lines of a draft skeleton's prompts (paragraphs in the RT Prompt style):
    one that still quotes last year is a prompt left unreplaced, a blank (P0 placeholder), not
    text copied on purpose."""
    by = 0 if previous_year is None else year - previous_year
    old = [roll_years(line.body, previous_year, by) for line in previous if line.body]
    exact = {_NOISE.sub("", text) for text in old}
    grams = [(text, _grams(text)) for text in old if len(text) >= MIN_CHARS]
    index: dict[str, list[int]] = {}
    for number, (_, found) in enumerate(grams):
        for gram in found:
            index.setdefault(gram, []).append(number)
    findings: list[Finding] = []
    totals: dict[int, list[int]] = {}
    for line in lines:
        if line.top is None:
            continue
        total = totals.setdefault(line.top.line, [0, 0])
        total[0] += len(line.text)
        if len(line.body) < MIN_CHARS:
            continue
        share = 1.0 if _NOISE.sub("", line.body) in exact else _best(line.body, grams, index)
        if share < NEAR:
            continue
        total[1] += len(line.text)
        how = "verbatim" if share == 1.0 else f"nearly verbatim ({share:.0%} the same)"
        if line.line in prompts:
            findings.append(
                Finding(
                    placeholders.KIND,
                    "P0",
                    line.line,
                    line.text,
                    f"a drafting prompt (RT Prompt style) still quotes last year's report {how}",
                    "write this year's text in its place",
                    line.section,
                )
            )
            continue
        findings.append(
            Finding(
                KIND,
                "P1",
                line.line,
                line.text,
                f"paragraph copied from last year's report {how}",
                "update it for this year, or confirm it is meant to stay",
                line.section,
            )
        )
    sections = {line.top.line: line.top.heading for line in lines if line.top is not None}
    copied = [SectionCopy(sections[key], key, chars, done) for key, (chars, done) in totals.items()]
    return findings, copied


def _best(text: str, grams: list[tuple[str, set[str]]], index: dict[str, list[int]]) -> float:
    """The largest share of 4-grams ``text`` has in common with one previous paragraph, when it
    reaches :data:`NEAR`; below that, some share under :data:`NEAR`.

    A previous paragraph holding NEAR of the text's grams holds at least one of any
    ``len - floor(NEAR·len) + 1`` of them, so only the paragraphs holding one of that many of
    its rarest grams are compared: common grams (高质量发展) are in thousands of paragraphs of a
    long report, and going through all of them made the search grow with the square of it."""
    mine = _grams(text)
    if not mine:
        return 0.0
    rarest = sorted(mine, key=lambda gram: (len(index.get(gram, ())), gram))
    probe = rarest[: len(mine) - int(NEAR * len(mine)) + 1]
    candidates = {number for gram in probe for number in index.get(gram, ())}
    best = 0.0
    for number in candidates:
        other = grams[number][1]
        best = max(best, len(mine & other) / max(len(mine), len(other)))
    return best
