"""Targets: one indicator with two target values in the draft (the headline paragraph says
4.5%左右, an explanation further down still last year's 5%以上), and last year's headline
indicators that this year's headline targets drop without a word.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Report
from toolkit.targets.model import Target

CONFLICT = "target-conflict"
MISSING = "target-dropped"


def _targets(report: Report, numeric: bool = True) -> list[Target]:
    """The coming year's targets (not five-year goals); with ``numeric`` only those with a
    value."""
    from toolkit.targets import extract_targets

    found = []
    for target in extract_targets(report):
        if target.scope != "target" or target.five_year:
            continue
        if target.category not in ("annual", "fiscal"):  # five-year-plan goals, context figures
            continue
        if numeric and target.value is None:
            continue
        found.append(target)
    return found


def find(lines: list[Line], draft: Report, previous: Report | None) -> Iterator[Finding]:
    by_line = {line.line: line for line in lines}
    every = _targets(draft, numeric=False)
    mine = [target for target in every if target.value is not None]
    headline: dict[str, Target] = {}
    for target in mine:
        if target.headline:
            headline.setdefault(target.name, target)
    # a headline indicator set without a number ("固定资产投资提质增效") is not dropped
    named = {target.name for target in every if target.headline}
    old_headline: dict[str, Target] = {}
    if previous is not None:
        for target in _targets(previous):
            if target.headline:
                old_headline.setdefault(target.name, target)
    yield from _conflicts(mine, headline, old_headline, by_line)
    if previous is not None and headline:
        yield from _dropped(headline, named, old_headline, by_line)


def _conflicts(
    mine: list[Target],
    headline: dict[str, Target],
    old: dict[str, Target],
    by_line: dict[int, Line],
) -> Iterator[Finding]:
    seen: set[tuple[str, int]] = set()
    for target in mine:
        key = target.name
        main = headline.get(key)
        if main is None or target.headline or target.line == main.line:
            continue
        if target.unit != main.unit:
            continue
        if target.value == main.value or (key, target.line) in seen:
            continue
        last = old.get(key)
        stale = last is not None and last.value == target.value
        line = by_line.get(target.line)
        if line is None:
            continue
        seen.add((key, target.line))
        # last year's value left in is a must-fix; another value may be a sub-target (a
        # sector's, a region's) and asks to look
        yield Finding(
            CONFLICT,
            "P0" if stale else "P1",
            target.line,
            line.text,
            f"{key}: {target.value_text} here, {main.value_text} in the targets paragraph (line "
            f"{main.line})" + (f"; {target.value_text} was last year's target" if stale else ""),
            main.value_text,
            line.section,
        )


def _dropped(
    headline: dict[str, Target], named: set[str], old: dict[str, Target], by_line: dict[int, Line]
) -> Iterator[Finding]:
    first = min(target.line for target in headline.values())
    line = by_line.get(first)
    if line is None:
        return
    # the targets paragraph(s): an indicator they still name, however worded, is not dropped
    text = "".join(by_line[t.line].text for t in headline.values() if t.line in by_line)
    for key, target in old.items():
        if key in named or not target.canonical:
            continue
        if _named_in(text, key) or _named_in(text, str(target.indicator)):
            continue
        yield Finding(
            MISSING,
            "P2",
            line.line,
            line.text,
            f"last year's headline targets had {key} ({target.value_text}); this year's have none",
            f"add a {key} target, or say why it is no longer set",
            line.section,
        )


def _named_in(text: str, name: str) -> bool:
    """Whether ``text`` names the indicator, worded as it may be this year: its first three
    characters ("居民消费价格指数涨幅" for 居民消费价格涨幅, "进出口回稳向好" for 进出口总额)."""
    return len(name) >= 3 and name[:3] in text
