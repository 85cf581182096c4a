"""Score extracted targets against hand-checked expected data (precision and recall).

Expected data is JSON: ``{"source": "...", "entries": [{"line", "scope", "indicator", "value",
"value_max", "unit", "qualifier", "kind", "five_year"}]}``. An extracted finding matches an
expected entry when scope, kind and line agree, value, range end and unit are equal, the qualifier
is equal (ignored for qualitative targets), and the indicator agrees: the same canonical name, or,
for indicators outside the table, one name contains the other once "的", quotes, brackets and
spaces are removed (where a noun phrase starts is a matter of wording, not of reading).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.model import Target


@dataclass(frozen=True, slots=True)
class Score:
    """Matches, extracted and expected counts of one scope; precision/recall are 1.0 when there is
    nothing to find and nothing found."""

    matched: int
    extracted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


@dataclass(frozen=True, slots=True)
class ScoreReport:
    """Scores per scope with the unmatched items on each side (for debugging)."""

    scores: Mapping[str, Score]
    missed: tuple[Mapping[str, Any], ...]
    spurious: tuple[Target, ...]


def read_expected(path: str | Path) -> list[dict[str, Any]]:
    """The entries of an expected-data file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return list(data["entries"])


def plain_name(name: str) -> str:
    """A name as compared: no 的, quotes, brackets or white space."""
    return re.sub(r"[的“”\"（）()《》\s]", "", name)


def _same_indicator(found: Target, expected: str, table: IndicatorTable) -> bool:
    canonical = table.canonical(expected)
    if canonical is not None and found.canonical is not None:
        return canonical == found.canonical
    a, b = plain_name(found.indicator), plain_name(expected)
    return bool(a) and bool(b) and (a in b or b in a)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def matches(found: Target, entry: Mapping[str, Any], table: IndicatorTable) -> bool:
    """Whether an extracted target is the expected entry (see the module docstring)."""
    if found.scope != entry["scope"] or found.kind != entry["kind"] or found.line != entry["line"]:
        return False
    if not _same_indicator(found, entry["indicator"], table):
        return False
    if found.kind == "qualitative":
        return True
    return (
        _close(found.value, entry["value"])
        and _close(found.value_max, entry["value_max"])
        and found.unit == entry["unit"]
        and found.qualifier == entry["qualifier"]
    )


#: the categories the expected data covers: five-year-plan goals and context figures are not
#: the year's targets (see tests/data/targets/README.md)
SCORED_CATEGORIES = ("annual", "fiscal")


def score(
    found: Iterable[Target],
    expected: Sequence[Mapping[str, Any]],
    table: IndicatorTable,
    *,
    all_figures: bool = False,
) -> ScoreReport:
    """Greedy one-to-one matching of extracted findings of the scored categories
    (:data:`SCORED_CATEGORIES`) to expected entries, per scope. Expected data lists the
    achieved figures of table indicators only unless ``all_figures``: achieved figures of other
    indicators are then left out of the score."""
    remaining = list(expected)
    spurious: list[Target] = []
    hits: dict[str, int] = {"target": 0, "achieved": 0}
    extracted: dict[str, int] = {"target": 0, "achieved": 0}
    for target in found:
        if target.category not in SCORED_CATEGORIES:
            continue
        if target.scope == "achieved" and target.canonical is None and not all_figures:
            continue
        extracted[target.scope] += 1
        for i, entry in enumerate(remaining):
            if matches(target, entry, table):
                hits[target.scope] += 1
                del remaining[i]
                break
        else:
            spurious.append(target)
    scores = {
        scope: Score(hits[scope], extracted[scope], sum(e["scope"] == scope for e in expected))
        for scope in ("target", "achieved")
    }
    return ScoreReport(scores, tuple(remaining), tuple(spurious))
