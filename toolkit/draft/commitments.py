"""The latest report's quantitative commitments for the draft's review, as last year worded them,
with what the tracker says became of the same commitment the year before.

The list is the tracker's own (:func:`toolkit.targets.commitments.track_commitments`: numeric
annual targets of the plan part outside the headline targets), so the draft reviews exactly
what ``targets --previous`` will track a year later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolkit.draft.facts import Commitment
from toolkit.draft.patterns import clauses
from toolkit.targets.model import Commitment as Tracked
from toolkit.targets.model import Target, format_number

#: "七是…", "同时…" opening a clause: the enumeration's, not the commitment's
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+是|同时|其中|此外|另外)")
#: the least name similarity for a commitment to carry on one of the year before
CARRIED = 0.6
_STATUS = {
    "met": "完成",
    "exceeded": "超额完成",
    "missed": "未完成",
    "not comparable": "口径不同，请核对",
}


def planned(found: Sequence[Target], tracked: Sequence[Tracked] = ()) -> tuple[Commitment, ...]:
    """The commitments of the plan part among ``found`` (the latest report's extraction with
    all figures), each with its clause and, from ``tracked`` (the previous report's commitments
    tracked to the latest review), the result and status of the commitment it carries on when
    the latest review reports one (an unreported one gives no base to write from)."""
    from toolkit.targets.commitments import scored_pairs, track_commitments

    own = [row.old for row in track_commitments(found, ()) if row.old.section is not None]
    # per commitment the closest of the year before, the first of equals (the pairs come with
    # i ascending); only the pairs that can score are scored: every pair took 110 of 140 s at
    # half a megabyte a side
    best: dict[int, tuple[float, int]] = {}
    for score, i, j in scored_pairs([row.old for row in tracked], own):
        if j not in best or score > best[j][0]:
            best[j] = (score, i)
    result = []
    for j, target in enumerate(own):
        score, i = best.get(j, (0.0, -1))
        carried = ""
        if score >= CARRIED and tracked[i].result is not None:
            carried = _carried(tracked[i])
        assert target.section is not None
        result.append(
            Commitment(
                target.section,
                f"{target.indicator}{target.value_text}",
                target.name,
                worded(target),
                carried,
            )
        )
    return tuple(result)


def worded(target: Target) -> str:
    """The clause of the target's sentence that holds its figure ("服务贸易增长6%、数字贸易增长
    8%以上"), without its closing mark; the indicator and value when no clause shows the
    figure (a Chinese numeral)."""
    number = format_number(target.value) if target.value is not None else ""
    found = [c for c in clauses(target.text) if number and _has_number(c, number)]
    if not found:
        return f"{target.indicator}{target.value_text}"
    best = max(found, key=lambda c: sum(ch in c for ch in target.indicator))
    return _ENUMERATOR.sub("", best.rstrip("，,；;：:。！？"))


def _has_number(clause: str, number: str) -> bool:
    at = clause.find(number)
    while at >= 0:
        before = clause[at - 1 : at]
        after = clause[at + len(number) : at + len(number) + 1]
        if not (before.isdigit() or before == ".") and not (after.isdigit() or after == "."):
            return True
        at = clause.find(number, at + 1)
    return False


def _carried(row: Tracked) -> str:
    """ "前年报告承诺…，上年报告：…（完成）" for a commitment the latest review reports."""
    old, result = row.old, row.result
    assert result is not None
    return (
        f"前年报告承诺{old.indicator}{old.value_text}，上年报告："
        f"{result.indicator}{result.value_text}（{_STATUS[row.status]}）"
    )
