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


def _targets(report: Report) -> list[Any]:
    from toolkit.targets import extract_targets

    found = []
    for target in extract_targets(report):
        if getattr(target, "scope", "target") != "target" or getattr(target, "five_year", False):
            continue
        if getattr(target, "value", None) is None:
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
    mine = _targets(draft)
    headline: dict[str, Any] = {}
    for target in mine:
        if target.headline:
            headline.setdefault(_key(target), target)
    old_headline: dict[str, Any] = {}
    if previous is not None:
        for target in _targets(previous):
            if target.headline:
                old_headline.setdefault(_key(target), target)
    yield from _conflicts(mine, headline, old_headline, by_line)
    if previous is not None and headline:
        yield from _dropped(headline, old_headline, by_line)


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
    headline: dict[str, Any], old: dict[str, Any], by_line: dict[int, Line]
) -> Iterator[Finding]:
    first = min(target.line for target in headline.values())
    line = by_line.get(first)
    if line is None:
        return
    for key, target in old.items():
        if key in headline or not getattr(target, "canonical", None):
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
