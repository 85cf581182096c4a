"""Year-on-year comparison of targets: the change table and the attainment table.

Change table: the targets of two reports paired by indicator (canonical name, else the wording
without action verbs) and unit dimension (a rate in % is never paired with an amount). When a
report states the same indicator twice (in the headline paragraph and again in a task section),
the headline statement counts. Ranges count at their midpoint.

Attainment: each numeric target of the older report whose indicator is in the indicator table,
against the achieved figure the newer report gives for it (same indicator, comparable unit, not a
five-year figure). When it is met:

- 以内 / 以下 / 不超过 / 控制在: figure ≤ target (upper end of a range);
- 超过 / 突破: figure > target;
- 左右: within ``tolerance`` (default 5 %) of the target value, or better: for 5.5%左右 a growth of
  5.225% or more is met; where lower is better (unemployment rates, CPI, a PM2.5
  concentration) 2%左右 is met up to 2.1%. Reductions stated as rates (单位国内生产总值能耗降低
  3%左右, PM2.5浓度下降5%) are met by a reduction at least that large;
- a figure that went the other way than the target (固定资产投资下降3.3% against 增长5%左右) counts
  negative: -3.3%;
- anything else (以上, 不低于, 达到, 力争, 确保, 完成, none): figure ≥ target (lower end of a
  range); for lower-is-better indicators, figure ≤ target.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from toolkit.model import Report
from toolkit.targets.extract import extract_targets
from toolkit.targets.indicators import IndicatorTable, registered_table
from toolkit.targets.model import (
    Attainment,
    AttainmentStatus,
    ChangeStatus,
    Target,
    TargetChange,
    TargetComparison,
    went_against,
)
from toolkit.targets.units import convert, dimension, is_rate

#: indicators where a lower figure is the better one, with the units in which that holds
#: (None: any unit); a PM2.5 target in % is a reduction rate, where more is better
LOWER_IS_BETTER: dict[str, frozenset[str] | None] = {
    "城镇调查失业率": None,
    "城镇登记失业率": None,
    "居民消费价格涨幅": None,
    "PM2.5平均浓度": frozenset({"微克/立方米"}),
}
UPPER_BOUNDS = frozenset({"以内", "以下", "不超过", "控制在"})
STRICT_LOWER_BOUNDS = frozenset({"超过", "突破"})
_VERBS = re.compile(
    r"^(?:新增建设和改造提升|新（改）建|新\(改\)建|新增|新建|建成|建设|完成|实施|打造|培育|改造|"
    r"推广种植|推广|开展|提质改造|实现)"
)


def compare_targets(
    old: Report,
    new: Report,
    indicators: IndicatorTable | None = None,
    *,
    tolerance: float = 0.05,
    headline_only: bool = False,
    all_figures: bool = False,
    found: tuple[Sequence[Target], Sequence[Target]] | None = None,
) -> TargetComparison:
    """Compare the targets of ``old`` with those of ``new`` and check ``old``'s targets against
    the figures ``new`` reports. ``tolerance`` is the relative margin that 左右 allows;
    ``headline_only`` leaves out the commitments outside the headline-targets paragraphs;
    ``all_figures`` compares every figure, not only those of named indicators; ``found`` are
    the two reports' targets when the caller has extracted them already (with the same
    ``all_figures``), else they are extracted here. Last year's commitments are looked for
    among all of the newer report's figures."""
    table = indicators or registered_table()
    if found is None:
        found = (
            extract_targets(old, table, all_figures=all_figures),
            extract_targets(new, table, all_figures=all_figures),
        )
    old_found, new_found = found
    old_all: Sequence[Target] = old_found
    new_targets: Sequence[Target] | None = None
    if not all_figures:  # results and commitments of any indicator
        old_all = extract_targets(old, table, all_figures=True)
        new_targets = new_found  # the change table compares like with like
        new_found = extract_targets(new, table, all_figures=True)
    return compare_found(
        old_found,
        new_found,
        commitments=old_all,
        new_targets=new_targets,
        old_source=old.source,
        new_source=new.source,
        old_year=old.year,
        new_year=new.year,
        headline=(old.targets_paragraph, new.targets_paragraph),
        tolerance=tolerance,
        headline_only=headline_only,
    )


def compare_found(
    old_found: Iterable[Target],
    new_found: Iterable[Target],
    *,
    old_source: str = "",
    new_source: str = "",
    old_year: int | None = None,
    new_year: int | None = None,
    headline: tuple[str | None, str | None] = (None, None),
    tolerance: float = 0.05,
    headline_only: bool = False,
    commitments: Iterable[Target] | None = None,
    new_targets: Iterable[Target] | None = None,
) -> TargetComparison:
    """The comparison of two lists of extracted targets (see :func:`compare_targets`). The
    older report's commitments (``commitments``, default ``old_found``; extract it with
    ``all_figures=True`` for the commitments without a cue) are tracked to the achieved figures
    of ``new_found`` (extract it with ``all_figures=True`` for results outside the table).
    ``new_targets`` are the newer report's targets for the change table when they are not
    ``new_found``'s: extracted as ``old_found`` was, so that a commitment without a cue, read on
    one side only, is not "new" (288 of the 559 "new" rows of the 18 corpus pairs were)."""
    from toolkit.targets.commitments import track_commitments

    old_found, new_found = list(old_found), list(new_found)
    tracked = track_commitments(old_found if commitments is None else commitments, new_found)
    # five-year-plan goals and context figures are not the year's targets: never paired
    old_list = [t for t in old_found if t.category in _COMPARED]
    new_list = [t for t in new_found if t.category in _COMPARED]
    if headline_only:
        old_list = [t for t in old_list if t.scope == "achieved" or t.headline]
        new_list = [t for t in new_list if t.scope == "achieved" or t.headline]
    planned = new_list if new_targets is None else list(new_targets)
    planned = [t for t in planned if t.scope == "target" and t.category in _COMPARED]
    if headline_only:
        planned = [t for t in planned if t.headline]
    old_targets = _by_key([t for t in old_list if t.scope == "target"], headline[0])
    changes = _changes(old_targets, _by_key(planned, headline[1]))
    figures = [t for t in new_list if t.scope == "achieved" and not t.five_year]
    term_ends = [t for t in new_list if t.scope == "achieved" and t.five_year and t.year]
    attainment = tuple(
        _attain(target, figures, tolerance, term_ends)
        for target in old_targets.values()
        if target.kind == "numeric" and target.canonical is not None
    )
    return TargetComparison(
        old_source, new_source, old_year, new_year, tuple(changes), attainment, tracked
    )


#: categories whose targets are compared across years (fiscal parameters with fiscal ones)
_COMPARED = ("annual", "fiscal")


def pairing_key(target: Target) -> tuple[str, str]:
    """(indicator, unit dimension): what pairs targets across reports. An increment (新增1000家)
    has a dimension of its own, so it never pairs with a stock (累计6000家)."""
    name = target.canonical or _VERBS.sub("", re.sub(r"[“”\"（）()的\s]", "", target.indicator))
    if target.kind == "qualitative":
        return name, ""
    base, _ = dimension(target.compared_unit)
    dim = "rate" if is_rate(target.compared_unit) else base
    return name, f"{dim}+" if target.measure == "increment" else dim


def _by_key(targets: list[Target], headline: str | None) -> dict[tuple[str, str], Target]:
    chosen: dict[tuple[str, str], Target] = {}
    for target in targets:
        key = pairing_key(target)
        if key not in chosen or (
            _headline(target, headline) and not _headline(chosen[key], headline)
        ):
            chosen[key] = target
    return chosen


def _headline(target: Target, paragraph: str | None) -> bool:
    return target.headline or target.paragraph == paragraph


def _changes(
    old: dict[tuple[str, str], Target], new: dict[tuple[str, str], Target]
) -> list[TargetChange]:
    rows: list[TargetChange] = []
    old_by_name = _names(old)
    used_old: set[tuple[str, str] | None] = set()
    for key, target in new.items():
        partner_key = key if key in old else _fallback(key, old_by_name)
        if partner_key in used_old:
            partner_key = None
        partner = old.get(partner_key) if partner_key else None
        if partner_key:
            used_old.add(partner_key)
        rows.append(change(partner, target))
    dropped = {k: t for k, t in old.items() if k not in used_old}
    # a new wording outside the table pairs with a dropped one, the closest pairs first (one
    # at a time, in order, took the first that qualified: fujian 2025's 项目50个 went to 2026's
    # 港口铁路通项目26个, and 2026's 项目50个以上 stayed new)
    candidates = []
    for i, row in enumerate(rows):
        if row.status != "new" or row.new is None or row.new.canonical is not None:
            continue
        new_key = pairing_key(row.new)
        for k, target in dropped.items():
            if _similar(k, new_key, target, row.new) or worded_twice(target, row.new):
                candidates.append((_closeness(target, row.new), i, k))
    paired: set[int] = set()
    for _, i, k in sorted(candidates, key=lambda c: (-c[0][0], -c[0][1], c[1])):
        new_target = rows[i].new
        if i in paired or k not in dropped or new_target is None:
            continue
        rows[i] = change(dropped.pop(k), new_target)
        paired.add(i)
    rows.extend(change(target, None) for target in dropped.values())
    return sorted(rows, key=_row_order)


def _closeness(old: Target, new: Target) -> tuple[float, float]:
    """How close two wordings that may pair are: the same name first, then the closer values."""
    return (1.0 if old.indicator == new.indicator else 0.0), -_value_distance(old, new)


def _value_distance(one: Target, other: Target) -> float:
    """The size of the log ratio of two targets' values in one unit (0: equal; ln 2: one twice
    the other); infinite when they cannot be compared (no value, another dimension, a sign)."""
    value = None
    if one.value and other.value:
        value = convert(one.value, one.compared_unit, other.compared_unit)
    if not value or not other.value or value * other.value <= 0:
        return math.inf
    return abs(math.log(other.value / value))


def worded_twice(one: Target, other: Target) -> bool:
    """One count worded as a level one year and as an increment the other, outside the
    indicator table: the same name and dimension, one of each measure (never a stock, 累计 or
    达到), values within a factor of 2 ("改建农村公路20万公里" / "新建改建农村公路20万公里";
    not "天然气产量370亿方" / "新增天然气产量10亿方")."""
    if one.canonical or other.canonical or {one.measure, other.measure} != {"level", "increment"}:
        return False
    a, b = pairing_key(one), pairing_key(other)
    if a[0] != b[0] or a[1].rstrip("+") != b[1].rstrip("+") or not a[1].rstrip("+"):
        return False
    return _value_distance(one, other) <= _LN2


def _similar(
    old: tuple[str, str], new: tuple[str, str], old_target: Target, new_target: Target
) -> bool:
    """Two wordings of one commitment outside the indicator table (their keys and targets):
    same unit dimension, and one name contains the other, or they share four or more leading
    or trailing characters and their values are within a factor of 2 (纺织服装产业增加值16% /
    纺织产业增加值15%; not 汽车制造业增加值60% / 健康医药产业增加值5%)."""
    if old[1] != new[1] or not old[0] or not new[0]:
        return False
    a, b = old[0], new[0]
    if a in b or b in a:
        return True
    return (a[:4] == b[:4] or a[-4:] == b[-4:]) and _value_distance(old_target, new_target) <= _LN2


_LN2 = math.log(2)


def _names(targets: dict[tuple[str, str], Target]) -> dict[str, list[tuple[str, str]]]:
    names: dict[str, list[tuple[str, str]]] = {}
    for key in targets:
        names.setdefault(key[0], []).append(key)
    return names


def _fallback(
    key: tuple[str, str], other: dict[str, list[tuple[str, str]]]
) -> tuple[str, str] | None:
    """A qualitative target pairs with the other year's target of the same indicator."""
    candidates = other.get(key[0], [])
    if key[1] == "" and len(candidates) == 1:
        return candidates[0]
    return next((c for c in candidates if c[1] == ""), None)


def _row_order(row: TargetChange) -> tuple[int, int]:
    ref = row.new or row.old
    assert ref is not None
    side = 0 if row.new is not None else 1
    return side, ref.line


def change(old: Target | None, new: Target | None) -> TargetChange:
    """One row of the change table for a pair (either side may be None)."""
    ref = new or old
    assert ref is not None
    name = ref.canonical or ref.indicator
    if old is None or new is None:
        return TargetChange(name, old, new, None, "", "", "new" if old is None else "dropped")
    qualifier_change = (
        f"{old.qualifier or '—'} → {new.qualifier or '—'}" if old.qualifier != new.qualifier else ""
    )
    if (
        old.kind == "qualitative"
        or new.kind == "qualitative"
        or old.value is None
        or new.value is None
    ):
        qualifier_change = ""
        return TargetChange(name, old, new, None, "", qualifier_change, "qualitative")
    old_mid = convert(_mid(old), old.compared_unit, new.compared_unit)
    if old_mid is None:
        return TargetChange(name, old, new, None, "", qualifier_change, "qualitative")
    delta = round(_mid(new) - old_mid, 6)
    unit = "个百分点" if is_rate(new.unit) else new.unit
    status: ChangeStatus = "raised" if delta > 0 else "lowered" if delta < 0 else "unchanged"
    return TargetChange(name, old, new, delta, unit, qualifier_change, status)


def _mid(target: Target) -> float:
    assert target.value is not None
    if target.value_max is None:
        return target.value
    return (target.value + target.value_max) / 2


def _attain(
    target: Target, figures: list[Target], tolerance: float, term_ends: list[Target]
) -> Attainment:
    """The attainment of ``target`` by the year's ``figures``, else by the level a five-year
    review says the term ended on (``term_ends``; "全社会研发投入强度达3.38%左右", jiangsu 2026
    reviewing 十四五 and 2025 at once) when that level shows the target met: a term's summary
    is rounded or a floor ("粮食播种面积稳定在7100万亩以上" against 7140万亩以上), no proof of
    a miss."""
    name = target.canonical or target.indicator
    found = figure_for(target, figures)
    if found is None:
        found = figure_for(target, term_ends)
        if found is not None and attainment_status(target, found[1], tolerance) != "met":
            found = None
    if found is None:
        return Attainment(name, target, None, "no figure reported", None, "")
    figure, value = found
    status = attainment_status(target, value, tolerance)
    unit = "个百分点" if is_rate(target.unit) else target.unit
    assert target.value is not None
    return Attainment(name, target, figure, status, round(value - target.value, 6), unit)


def figure_for(target: Target, figures: Iterable[Target]) -> tuple[Target, float] | None:
    """The first of ``figures`` that reports ``target``'s indicator (same canonical name, a
    unit of the same dimension, a rate for a rate), with its value in the target's unit; None
    when none does."""
    base, _ = dimension(target.compared_unit)
    for figure in figures:
        if figure.canonical != target.canonical or figure.value is None:
            continue
        unit = figure.compared_unit
        if dimension(unit)[0] != base or is_rate(unit) != is_rate(target.unit):
            continue
        value = convert(figure.value, unit, target.compared_unit)
        if value is not None:
            return figure, toward(target, figure, value)
    return None


def toward(target: Target, figure: Target, value: float) -> float:
    """``value``, the figure's value in the target's unit, said in the target's direction: a
    fall (固定资产投资下降3.3%) against a target of growth (增长5%左右) is -3.3, a rise against a
    target of reduction (能耗降低3%) negative too; unchanged when either states no direction."""
    return -value if went_against(target, figure) else value


def attainment_status(target: Target, figure: float, tolerance: float = 0.05) -> AttainmentStatus:
    """Whether ``figure`` (in the target's unit) meets ``target``, by the rules of this module."""
    assert target.value is not None
    low = target.value
    high = target.value_max if target.value_max is not None else target.value
    units = LOWER_IS_BETTER.get(target.canonical or "", frozenset())
    lower_better = units is None or target.unit in units
    q = target.qualifier
    if q in UPPER_BOUNDS:
        met = figure <= high
    elif q in STRICT_LOWER_BOUNDS:
        met = figure > low
    elif q == "左右":
        margin = abs(low) * tolerance
        met = figure <= high + margin if lower_better else figure >= low - margin
    else:
        met = figure <= high if lower_better else figure >= low
    return "met" if met else "missed"
