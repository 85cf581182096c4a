"""Results of the targets analysis: frozen dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from toolkit.targets import units

Kind = Literal["numeric", "qualitative"]
Scope = Literal["target", "achieved"]
#: what a target is: a target of the coming year, a goal of the five-year plan, a fiscal or
#: monetary parameter, or a context figure (a forecast or a fact, not a commitment)
Category = Literal["annual", "plan", "fiscal", "context"]
#: which way a rate of change goes ("能耗降低3%" is a decrease); "" for a level
Direction = Literal["increase", "decrease", ""]
#: what the number measures: a change over the year (增长5%), an increment (新增1000家,
#: 年内完成), a stock (累计6000家, 总数, 达到), or a level (失业率5.5%)
Measure = Literal["change", "increment", "stock", "level"]
ChangeStatus = Literal["raised", "lowered", "unchanged", "new", "dropped", "qualitative"]
AttainmentStatus = Literal["met", "missed", "no figure reported"]
CommitmentStatus = Literal["met", "exceeded", "missed", "not reported", "not comparable"]


#: units of rates: a change between two of them is counted in 个百分点
@dataclass(frozen=True, slots=True)
class Target:
    """One target (scope "target": a planned value for the coming year) or one achieved figure
    (scope "achieved": a result of the year under review, or of the whole term when
    ``five_year``).

    ``indicator`` is the name as the sentence words it; ``canonical`` the name from the indicator
    table, None when the indicator is not in the table. ``value``/``value_max`` are the number and
    the upper end of a range (``value_max`` None when not a range); both None for a qualitative
    target, whose wording is in ``goal`` ("与经济增长同步"). ``qualifier`` is one of 左右 以上 以内
    以下 不低于 不超过 超过 突破 达到 控制在 力争 确保 完成, 持平 (no change: value 0 %), or ""
    when none; a bound written after
    the number (以上) wins over a cue written before it (力争). ``text`` is the sentence,
    ``section`` the id of the innermost section (None for front matter), ``paragraph`` the
    paragraph id and ``line`` its source line. ``headline`` is true for the annual targets of
    the headline-targets paragraph (主要预期目标), the ones researchers code.

    ``category`` keeps kinds of targets apart: "annual" (the coming year's targets), "plan" (a
    goal of the five-year plan, with its ``period`` such as "十五五" or "2026—2030"), "fiscal"
    (赤字率, 特别国债, 专项债券, M2 …) and "context" (a forecast or fact the plan part states,
    "高校毕业生预计1222万人"); achieved figures are "annual". ``direction`` is "increase" or
    "decrease" for a rate of change (增长5%, 降低3%), else "". ``measure`` tells a change over
    the year, an increment, a stock and a level apart; an increment and a stock are never
    compared. ``year`` is the year the value is for: the planned year of an annual target, the
    year under review of an achieved figure; None for a plan goal or a five-year figure (whose
    ``period`` names the plan, "十四五") and when the report's year is unknown, except that a
    five-year review's level reached at the term's end ("生产总值6.66万亿元", not 累计, 年均,
    新增 or a change) has the term's last year: it is that year's figure too.
    """

    indicator: str
    canonical: str | None
    text: str
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str
    kind: Kind
    scope: Scope
    section: str | None
    paragraph: str
    line: int
    five_year: bool = False
    goal: str = ""
    headline: bool = False
    category: Category = "annual"
    direction: Direction = ""
    measure: Measure = "level"
    period: str = ""
    year: int | None = None

    @property
    def name(self) -> str:
        """The indicator's name to show and look up: the canonical name, else as worded (the
        pairing across reports is :func:`toolkit.targets.compare.pairing_key`)."""
        return self.canonical or self.indicator

    @property
    def compared_unit(self) -> str:
        """The unit the value is compared in (:func:`toolkit.targets.units.compared_unit`): the
        stated one, but 万人 for 万 of a name holding people."""
        return units.compared_unit(self.unit, self.indicator)

    @property
    def value_text(self) -> str:
        """The value as a reader writes it: "5.5%左右", "4.5–5%", "730亿斤以上"; the goal for a
        qualitative target."""
        if self.kind == "qualitative" or self.value is None:
            return self.goal
        return qualified(format_range(self.value, self.value_max) + self.unit, self.qualifier)


#: qualifiers written before the number
PREFIX_QUALIFIERS = frozenset(
    {"不低于", "不超过", "超过", "突破", "达到", "控制在", "力争", "确保", "完成"}
)


def format_range(low: float, high: float | None) -> str:
    """A value, or a range of two: "5.5", "4.5–5"."""
    number = format_number(low)
    return number if high is None else f"{number}–{format_number(high)}"


def qualified(value: str, qualifier: str) -> str:
    """A value with its qualifier where a reader writes it: before it (确保1520, 达到3.35) or
    after it (5.5左右, 730亿斤以上)."""
    if qualifier in PREFIX_QUALIFIERS:
        return qualifier + value
    return value + qualifier


def format_number(value: float) -> str:
    """7.0 → "7", 5.5 → "5.5", 0.3333… → "0.3333"."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True)
class TargetChange:
    """One row of the change table: an indicator's target in the older and the newer report.

    ``old``/``new`` are None when the indicator has no target in that report (status "new" or
    "dropped"). ``delta`` is new minus old value (lower ends of ranges) in ``delta_unit``
    ("个百分点" for rates, else the unit); None when either side is qualitative or the units
    differ. ``qualifier_change`` reads "以上 → 左右" when the qualifier changed, else "".
    """

    indicator: str
    old: Target | None
    new: Target | None
    delta: float | None
    delta_unit: str
    qualifier_change: str
    status: ChangeStatus


@dataclass(frozen=True, slots=True)
class Attainment:
    """A target of the older report against the figure the newer report gives for that year.

    ``figure`` is None when the newer report gives no figure for the indicator in the same unit
    (status "no figure reported"). ``margin`` is figure minus target value (lower end), in
    ``margin_unit`` (个百分点 for rates); None without a figure.
    """

    indicator: str
    target: Target
    figure: Target | None
    status: AttainmentStatus
    margin: float | None
    margin_unit: str

    @property
    def figure_text(self) -> str:
        """The figure as a reader writes it, with its direction when it went the other way than
        the target ("下降3.3%" against 增长5%左右, whose margin counts it as -3.3); "—" without
        a figure."""
        if self.figure is None:
            return "—"
        text = self.figure.value_text or "—"
        if self._against():
            return ("下降" if self.figure.direction == "decrease" else "增长") + text
        return text

    @property
    def signed_figure(self) -> Target | None:
        """The figure with its value negative when it went the other way than the target (as
        ``margin`` counts it), for drawing; None without a figure."""
        figure = self.figure
        if figure is None or figure.value is None or not self._against():
            return figure
        return replace(figure, value=-figure.value)

    def _against(self) -> bool:
        return self.figure is not None and went_against(self.target, self.figure)


def went_against(target: Target, figure: Target) -> bool:
    """Whether ``figure`` went the other way than ``target`` (固定资产投资下降3.3% against
    增长5%左右): both state a direction, and they differ."""
    return bool(target.direction and figure.direction and target.direction != figure.direction)


@dataclass(frozen=True, slots=True)
class Commitment:
    """A quantitative commitment of the older report's plan part (``old``) with the figure of
    the newer report's review that reports it (``result``, None when none does: status "not
    reported"). ``remark`` flags what the status alone does not say ("far below the target",
    "an increment against a stock"); "" otherwise. See :mod:`toolkit.targets.commitments`."""

    old: Target
    result: Target | None
    status: CommitmentStatus
    remark: str = ""


@dataclass(frozen=True, slots=True)
class TargetComparison:
    """Targets of two reports compared: the change table, the attainment table and the
    commitments of the older report's plan part tracked to the newer report's review."""

    old_source: str
    new_source: str
    old_year: int | None
    new_year: int | None
    changes: tuple[TargetChange, ...]
    attainment: tuple[Attainment, ...]
    commitments: tuple[Commitment, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportTargets:
    """One report's source, year and title with its extracted targets (as written out)."""

    source: str
    year: int | None
    title: str | None
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class TargetsResult:
    """What the ``targets`` writers serialise: one or two reports with their targets, and the
    comparison when there are two (None for one)."""

    reports: tuple[ReportTargets, ...]
    comparison: TargetComparison | None = None
