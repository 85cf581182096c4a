"""Targets: one indicator with two target values in the draft (the headline paragraph says
4.5%左右, an explanation further down still last year's 5%以上), and last year's headline
indicators that this year's headline targets drop without a word.

Reads only :func:`toolkit.targets.extract_targets` and the fields ``indicator``, ``canonical``,
``value``, ``qualifier``, ``headline``, ``line`` (plus ``scope``, ``unit``, ``five_year`` when
present) of its targets, so that changes to the extractor do not break the check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Report

CONFLICT = "target-conflict"
MISSING = "target-dropped"


def _targets(report: Report, numeric: bool = True) -> list[Any]:
    """The coming year's targets (not five-year goals); with ``numeric`` only those with a
    value."""
    from toolkit.targets import extract_targets

    found = []
    for target in extract_targets(report):
        if getattr(target, "scope", "target") != "target" or getattr(target, "five_year", False):
            continue
        if target.category not in ("annual", "fiscal"):  # five-year-plan goals, context figures
            continue
        if numeric and getattr(target, "value", None) is None:
            continue
        found.append(target)
    return found


def _key(target: Any) -> str:
    return str(getattr(target, "canonical", None) or getattr(target, "indicator", ""))


def _shown(target: Any) -> str:
    text = getattr(target, "value_text", None)
    if isinstance(text, str) and text:
        return text
    return f"{target.value:g}{getattr(target, 'unit', '')}{getattr(target, 'qualifier', '')}"


def find(lines: list[Line], draft: Report, previous: Report | None) -> Iterator[Finding]:
    by_line = {line.line: line for line in lines}
    every = _targets(draft, numeric=False)
    mine = [target for target in every if getattr(target, "value", None) is not None]
    headline: dict[str, Any] = {}
    for target in mine:
        if target.headline:
            headline.setdefault(_key(target), target)
    # a headline indicator set without a number ("固定资产投资提质增效") is not dropped
    named = {_key(target) for target in every if target.headline}
    old_headline: dict[str, Any] = {}
    if previous is not None:
        for target in _targets(previous):
            if target.headline:
                old_headline.setdefault(_key(target), target)
    yield from _conflicts(mine, headline, old_headline, by_line)
    if previous is not None and headline:
        yield from _dropped(headline, named, old_headline, by_line)


def _conflicts(
    mine: list[Any], headline: dict[str, Any], old: dict[str, Any], by_line: dict[int, Line]
) -> Iterator[Finding]:
    seen: set[tuple[str, int]] = set()
    for target in mine:
        key = _key(target)
        main = headline.get(key)
        if main is None or target.headline or target.line == main.line:
            continue
        if getattr(target, "unit", "") != getattr(main, "unit", ""):
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
            f"{key}: {_shown(target)} here, {_shown(main)} in the targets paragraph (line "
            f"{main.line})" + (f"; {_shown(target)} was last year's target" if stale else ""),
            _shown(main),
            line.section,
        )


def _dropped(
    headline: dict[str, Any], named: set[str], old: dict[str, Any], by_line: dict[int, Line]
) -> Iterator[Finding]:
    first = min(target.line for target in headline.values())
    line = by_line.get(first)
    if line is None:
        return
    # the targets paragraph(s): an indicator they still name, however worded, is not dropped
    text = "".join(by_line[t.line].text for t in headline.values() if t.line in by_line)
    for key, target in old.items():
        if key in named or not getattr(target, "canonical", None):
            continue
        if _named_in(text, key) or _named_in(text, str(getattr(target, "indicator", ""))):
            continue
        yield Finding(
            MISSING,
            "P2",
            line.line,
            line.text,
            f"last year's headline targets had {key} ({_shown(target)}); this year's have none",
            f"add a {key} target, or say why it is no longer set",
            line.section,
        )


def _named_in(text: str, name: str) -> bool:
    """Whether ``text`` names the indicator, worded as it may be this year: its first three
    characters ("居民消费价格指数涨幅" for 居民消费价格涨幅, "进出口回稳向好" for 进出口总额)."""
    return len(name) >= 3 and name[:3] in text
