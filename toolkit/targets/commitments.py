"""Last year's quantitative commitments tracked to this year's results (issue 13 item 4, core).

Every numeric annual commitment of the older report's plan part (not the headline targets, which
the attainment table checks) is paired with the figure of the newer report's review that reports
it, when there is one:

- pairing: the same canonical indicator, or names that share their wording once action words
  (新增, 建成, 完成, 加装 …) and the territory (全省 …) are set aside (one contains the other,
  a misprint of one character allowed in a long name, or
  their character pairs overlap (Dice) by 0.6 or more, 0.5 when unit and kind of measure agree:
  a level and a stock are one kind);
  the figure must not be a five-year figure, nor a count or amount under a fifth of the
  commitment (:data:`_SHORTFALL`), and one figure answers one commitment (the closest names
  first);
- status: "not comparable" when the units have different dimensions or an increment (新增1000家)
  meets a stock (累计6000家) or a five-year review's level at the term's end; else "met",
  "exceeded" (10 % or more beyond the target, where more is better) or "missed", by the bounds
  of :mod:`toolkit.targets.compare` (以内 and lower-is-better indicators: lower is met, and
  never "exceeded"); "not reported" when no figure pairs;
- ``remark`` flags a figure far from its target (less than half or more than twice it), even when
  met: "CPI 0.2% against 3%左右" is met, and far below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from toolkit import segment
from toolkit.targets.areas import OUR_AREA, WHOLE_AREA
from toolkit.targets.clauses import FUNDING_VERBS
from toolkit.targets.compare import LOWER_IS_BETTER, UPPER_BOUNDS, toward
from toolkit.targets.model import Commitment, CommitmentStatus, Target
from toolkit.targets.units import convert, dimension

#: the action a name may open with, dropped before names are compared; the 新 of 新能源 is the
#: subject's ("新能源装备制造" is not "能源装备制造")
_ACTION = re.compile(
    r"^(?:(?:全年|年内|年度)?计划|新增|新建|新开工|新培育|新改扩建|改扩建|新(?!能源)|建成|建设|完成|实施|加装|改造|累计|推动|"
    r"培育|打造|开工|开通|引进|落地|实现|修建|新改建|改建)+"
)
_LOWER_WORDS = re.compile(r"失业率|能耗|排放|浓度|赤字|PM2\.5|降低|下降|压减")
#: how much beyond its target a figure must go to count as "exceeded"
EXCEED = 0.1
#: the least similarity of two names that pair
_SIMILAR = 0.6
#: a figure this many times larger or smaller than a commitment outside the table answers
#: something else ("新增百亿企业10家" is not answered by "企业14万家")
_MAGNITUDE = 20.0
#: a count or amount (not a rate) under this share of a commitment outside the table answers
#: something else: a review reports what was done, and on the 18 corpus pairs every figure
#: paired under a fifth of its commitment was of another thing (文旅重大项目200个 ← 投资超10亿元
#: 重大项目14个, 统筹推进重大项目2200个 ← 重大项目开工390个, 农业产业融合发展载体19个 ← …项目3个),
#: while the smallest real shortfall read was 0.43 of it (改造城中村和城市危旧房6万户 ← 2.6万户);
#: a rate can fall far short (增长10% ← 增长1.5%)
_SHORTFALL = 0.2


def track_commitments(
    old_found: Iterable[Target], new_found: Iterable[Target]
) -> tuple[Commitment, ...]:
    """Each commitment of the older report's plan part with the newer report's result."""
    return track_targets(plan_commitments(old_found), new_found)


def track_targets(targets: Sequence[Target], new_found: Iterable[Target]) -> tuple[Commitment, ...]:
    """Each of ``targets`` (numeric, of the older report) with the result the newer report's
    ``new_found`` gives for it, paired and judged as the commitments are (module docstring):
    the timeline's rows outside the indicator table."""
    commitments = tuple(targets)
    # the year's figures, and the levels a five-year review gives for the term's end
    figures = [
        t
        for t in new_found
        if t.scope == "achieved" and t.value is not None and (not t.five_year or t.year)
    ]
    pairs = _pairs(commitments, figures)
    return tuple(_status(c, pairs.get(i)) for i, c in enumerate(commitments))


def plan_commitments(found: Iterable[Target]) -> tuple[Target, ...]:
    """The quantitative annual commitments of a report's plan part among its ``found`` targets:
    numeric targets of the coming year that are not headline targets."""
    return tuple(
        t
        for t in found
        if t.scope == "target"
        and t.category == "annual"
        and t.kind == "numeric"
        and not t.headline
        and t.value is not None
    )


def _pairs(commitments: Sequence[Target], figures: Sequence[Target]) -> dict[int, Target]:
    """Greedy one-to-one pairing, the most similar names first. Only the pairs that can score
    are scored (:func:`_candidates`): scoring every commitment against every figure grew with
    the square of the reports (20 s of 21 at 1 MB a side)."""
    scored = sorted(
        (s for s in scored_pairs(commitments, figures) if s[0] >= _SIMILAR),
        key=lambda s: (-s[0], s[1], s[2]),
    )
    chosen: dict[int, Target] = {}
    used: set[int] = set()
    for _, i, j in scored:
        if i in chosen or j in used:
            continue
        chosen[i] = figures[j]
        used.add(j)
    return chosen


def scored_pairs(
    commitments: Sequence[Target], figures: Sequence[Target]
) -> Iterator[tuple[float, int, int]]:
    """``(similarity, i, j)`` of ``commitments[i]`` and ``figures[j]`` for every pair that can
    score above 0, ``i`` ascending (callers keep the first of equals by it); every other pair
    scores 0."""
    for i, j in _candidates(commitments, figures):
        yield similarity(commitments[i], figures[j]), i, j


def _candidates(
    commitments: Sequence[Target], figures: Sequence[Target]
) -> Iterator[tuple[int, int]]:
    """The (commitment, figure) pairs :func:`similarity` can score above 0: the same canonical
    indicator, or, both without one, names that share a pair of characters (a name contained
    in the other, a misprint of one inner character of five or more, and Dice all need one)."""
    by_canonical: dict[str, list[int]] = {}
    by_pair: dict[str, list[int]] = {}
    for j, figure in enumerate(figures):
        if figure.canonical:
            by_canonical.setdefault(figure.canonical, []).append(j)
        else:
            for pair in _char_pairs(_plain(figure.indicator)):
                by_pair.setdefault(pair, []).append(j)
    for i, commitment in enumerate(commitments):
        if commitment.canonical:
            found: Iterable[int] = by_canonical.get(commitment.canonical, ())
        else:
            pairs = _char_pairs(_plain(commitment.indicator))
            found = {j for pair in pairs for j in by_pair.get(pair, ())}  # _pairs sorts
        for j in found:
            yield i, j


# The functions of names and units below are remembered: a tracker scores the same names
# again and again (one name against every candidate), and each is pure.


@lru_cache(maxsize=8192)
def _char_pairs(name: str) -> frozenset[str]:
    return frozenset(name[k : k + 2] for k in range(len(name) - 1))


def similarity(commitment: Target, figure: Target) -> float:
    """How well a figure's name answers a commitment's: 1.0 for the same canonical indicator or a
    name contained in the other (a narrower name ending with the other: "通车里程" in
    "高速公路通车里程"), else the overlap of their character pairs (Dice), 0 when the names are
    of different canonical indicators. A figure in the same unit dimension and of the same kind
    of measure ranks slightly higher, one of the same action (实施 … 实施) higher still; a figure
    in another dimension answers only a name it contains (then "not comparable")."""
    if commitment.canonical or figure.canonical:  # "海洋生产总值占地区生产总值比重" ≠ GDP
        score = 1.0 if commitment.canonical == figure.canonical else 0.0
    else:
        a, b = _plain(commitment.indicator), _plain(figure.indicator)
        if not a or not b:
            return 0.0
        if _GENERIC_MONEY.fullmatch(a) and not _same_purpose(commitment, figure):
            return 0.0
        if _GENERIC_MONEY.fullmatch(b) and not _same_purpose(figure, commitment):
            return 0.0
        if _modified(b, a):
            return 0.0  # "公路通车总里程" is not answered by "高速公路通车里程"
        if _in_a_zone(a, b):
            return 0.0  # "工业投资" is not answered by "沿边临港产业园区工业投资"
        contained = _contains(a, b)
        score = 1.0 if contained else _dice(a, b)
        if not contained and (_other_kind(a, b) or _narrower(a, b)):
            return 0.0
    firms = _firms_counted(commitment, figure)
    same_unit = firms or same_dimension(commitment.compared_unit, figure.compared_unit)
    if not same_unit and commitment.canonical is None:
        # "重大项目1000个" is not answered by "保障重大项目用能1302万吨", "规上工业企业2500家"
        # not by "规上工业企业营收5万亿元"; "城中村改造项目5000套" is by "城中村改造2.6万户"
        measured = _MEASURE_TAIL.search(_plain(figure.indicator))
        return 0.7 if score == 1.0 and not measured else 0.0
    if score and same_unit and not commitment.canonical and commitment.value and figure.value:
        value = _in_unit(figure, commitment.compared_unit, firms)
        ratio = abs(value / commitment.value) if value else 0.0
        shortfall = commitment.unit not in ("%", "个百分点") and {
            commitment.measure,
            figure.measure,
        } != {"increment", "stock"}  # an increment against a stock is "not comparable" anyway
        least = _SHORTFALL if shortfall else 1 / _MAGNITUDE
        if not least <= ratio <= _MAGNITUDE:
            return 0.0
    if not score:
        return 0.0
    # a reworded name in the same unit and of the same kind of measure pairs more readily
    # ("新增通车里程400公里" ← "新增里程590公里")
    bonus = 0.1 if same_unit and _same_kind(commitment.measure, figure.measure) else 0.0
    if _action(commitment) and _action(commitment) == _action(figure):
        bonus += 0.05  # "实施亿元以上技改项目" ← "实施亿元以上重点技改项目", not "新开工…项目"
    return score + bonus - (0.05 if figure.five_year else 0.0)  # the year's own figure first


#: measures that say what stands (装机突破8000万千瓦, 总装机达到8041.6万千瓦), whatever the verb
_STANDING = frozenset({"level", "stock"})


def _same_kind(a: str, b: str) -> bool:
    """Whether two measures are of one kind: the same, or both what stands (a level and a
    stock): an increment or a change is what a year added."""
    return a == b or {a, b} <= _STANDING


#: the head of a name that measures something of its subject rather than counting it
_MEASURE_TAIL = re.compile(
    r"(?:营收|营业收入|收入|产值|产量|投资|投资额|增加值|规模|总额|利润|占比|比重)$"
)


#: a name that says only that money is spent (投资, 资金, or a verb of funding with 资金, as
#: naming gives it: 筹措资金): what it is spent on says which figure answers it
_GENERIC_MONEY = re.compile(
    "(?:每年|全年|今年)?(?:投资|资金|投入|"
    + "|".join(sorted(verb + "资金" for verb in FUNDING_VERBS))
    + ")"
)


def _same_purpose(money: Target, other: Target) -> bool:
    """Whether the sentence of ``other`` names what ``money`` (a commitment or a figure named
    only as money spent) is for, three characters of it in a row: the words after its amount
    ("投资250亿元建设现代煤化工、硅基…等4个绿电园区"), else the words before its name in the
    sentence ("省级重点项目建立…包联机制、完成投资5000亿元以上"). "完成投资2400多亿元" of all
    key projects does not answer the first, "20个央陕合作项目落地、总投资1370多亿元" not the
    second."""
    text = money.text
    number = re.search(r"\d+(?:\.\d+)?", money.value_text)
    amount = (
        re.search(
            re.escape(number.group()) + r"[多余]?" + re.escape(money.unit) + r"(?:以上|左右)?",
            text,
        )
        if number
        else None
    )
    if amount is None:
        return True
    at = amount.start()
    after = re.split(r"[，,；;。]", text[amount.end() :])[0]
    context = re.sub(r"^[^\u4e00-\u9fff“]*(?:用于|建设|实施|支持|推进|打造|办好)?", "", after)
    if len(context) < 3:
        named = text.rfind(money.indicator, 0, at)
        before = text[: named if named >= 0 else at]
        context = re.split(r"[，,；;。]", before)[-1]
    if len(context) < 3:
        return True
    return any(context[i : i + 3] in other.text for i in range(len(context) - 2))


def _narrower(a: str, b: str) -> bool:
    """One name is the other with a modifier of two or more characters inserted before its
    measure: "工业设备投资" is a part of "工业投资", not the same indicator ("主要流域国控断面
    优良水质比例" is "主要流域优良水质比例" measured at the national sections)."""
    short, long = sorted((a, b), key=len)
    head = 0
    while head < len(short) and short[head] == long[head]:
        head += 1
    return (
        0 < head < len(short)
        and long.endswith(short[head:])
        and len(long) - len(short) >= 2
        and bool(_MEASURE_TAIL.fullmatch(short[head:]))
    )


#: the end of a name of a part of the government's area: a zone, a park, a port
_ZONE = re.compile(
    r"(?:园区|产业园|开发区|高新区|新区|试验区|实验区|合作区|示范区|先行区|片区|自贸区|保税区|港区|城区|"
    r"口岸|基地)$"
)


def _in_a_zone(a: str, b: str) -> bool:
    """Whether one name is the other said of a zone only: "沿边临港产业园区工业投资" is the
    industrial investment of the border and port parks, a part of the "工业投资" of the whole
    area, and neither answers the other. A name for the whole area (全区, 全省) is not a
    zone."""
    short, long = sorted((a, b), key=len)
    if not long.endswith(short):
        return False
    zone = long[: len(long) - len(short)]
    return len(zone) >= 2 and not zone.startswith("全") and bool(_ZONE.search(zone))


def _modified(figure: str, commitment: str) -> bool:
    """Whether the figure's name is the commitment's with a modifier put before it that makes
    one word with the commitment's first ("高速公路通车里程" for "公路通车里程": a narrower
    kind of road); a subject put before a bare measure is not one ("高速公路通车里程" for
    "通车里程")."""
    if len(figure) <= len(commitment) or not figure.endswith(commitment):
        return False
    at = len(figure) - len(commitment)
    first = next(
        (n for n in range(min(4, len(commitment)), 1, -1) if segment.frequency(commitment[:n])), 0
    )
    return bool(first) and any(
        segment.frequency(figure[start : at + first]) for start in range(max(0, at - 3), at)
    )


def _contains(a: str, b: str) -> bool:
    """One name in the other, long enough to say the same ("通车里程" in "高速公路通车里程";
    not "项目" in "“两通工程”项目")."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2:
        return False
    if short not in long:
        # a misprint of one character in a long name ("国家制追业“单项冠军”企业" for 制造业)
        at = _misprinted_at(short, long)
        if at is None:
            return False
        long = long[:at] + short + long[at + len(short) :]
    return len(short) >= 0.6 * len(long) or (len(short) >= 4 and long.endswith(short))


def _misprinted_at(short: str, long: str) -> int | None:
    """Where ``short`` (five characters or more) stands in ``long`` with one character
    written otherwise, neither its first nor its last; None when it does not."""
    if len(short) < 5:
        return None
    for at in range(len(long) - len(short) + 1):
        window = long[at : at + len(short)]
        differ = [i for i, (x, y) in enumerate(zip(short, window, strict=True)) if x != y]
        if len(differ) == 1 and 0 < differ[0] < len(short) - 1:
            return at
    return None


#: units that count the same things ("亿元以上技改项目1200项" ← "…1213个")
_COUNTS = frozenset({"个", "项", "件"})


def same_dimension(unit: str, other: str) -> bool:
    """Whether two units measure the same dimension (万个 and 项 do)."""
    return _base(unit) == _base(other)


@lru_cache(maxsize=1024)
def _base(unit: str) -> str:
    base = dimension(unit)[0]
    return "个" if base in _COUNTS else base


def _firms_counted(commitment: Target, figure: Target) -> bool:
    """Two counts of firms, one in 户 and one in 家 ("新增规模以上工业企业80户" ← "培育规上工业
    企业85家"): the same count; households (户) and other things (家) are not."""
    bases = {dimension(commitment.unit)[0], dimension(figure.unit)[0]}
    return bases == {"户", "家"} and all(_FIRMS.search(t.indicator) for t in (commitment, figure))


#: a name of firms, counted in 户 or 家 alike
_FIRMS = re.compile(r"(?:企业|经营主体|市场主体|工厂|商户)$")


def _in_unit(figure: Target, unit: str, firms: bool = False) -> float | None:
    """The figure's value in ``unit`` (counts of 个, 项 and 件 alike; with ``firms``, 户 and 家
    alike)."""
    assert figure.value is not None
    own = figure.compared_unit
    value = convert(figure.value, own, unit)
    if value is None and (firms or same_dimension(own, unit)):
        value = figure.value * dimension(own)[1] / dimension(unit)[1]
    return value


_ACTIONS = re.compile(
    r"(?:新开工|开工|新建|建成|建设|实施|改造|培育|引进|新增|完成|开通|打造|创建|认定|启动)$"
)


def _action(target: Target) -> str:
    """The action written right before the target's name in its sentence ("实施"), or ""."""
    at = target.text.find(target.indicator)
    found = _ACTIONS.search(target.text[max(0, at - 4) : at]) if at > 0 else None
    return found.group() if found else ""


def _other_kind(a: str, b: str) -> bool:
    """Two names that share only their head, with modifiers that have nothing in common:
    "文旅产业增加值" and "高新技术产业增加值". A name that is the other's head alone ("里程" for
    "通车里程") is not of another kind."""
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    head_a, head_b = a[: len(a) - tail], b[: len(b) - tail]
    return tail >= 2 and bool(head_a) and bool(head_b) and not set(head_a) & set(head_b)


@lru_cache(maxsize=8192)
def _plain(name: str) -> str:
    # 总 and 重点 say nothing of what is counted: "通车总里程" is "通车里程"
    name = re.sub(rf"[的“”\"（）()《》\s总]|重点|^(?:{WHOLE_AREA}|{OUR_AREA})", "", name)
    # a plan's 年度计划投资 is answered by the review's 完成投资
    name = re.sub(r"(?:(?:年度|全年|当年)(?:计划|完成)?|计划|完成)(?=投资)", "", name)
    name = name.replace("规模以上", "规上")  # the same firms, written short or long
    return _ACTION.sub("", name) or name


def _dice(a: str, b: str) -> float:
    pairs_a, pairs_b = _char_pairs(a), _char_pairs(b)
    if not pairs_a or not pairs_b:
        return 0.0
    return 2 * len(pairs_a & pairs_b) / (len(pairs_a) + len(pairs_b))


def _status(commitment: Target, figure: Target | None) -> Commitment:
    if figure is None:
        return Commitment(commitment, None, "not reported")
    if {commitment.measure, figure.measure} == {"increment", "stock"}:
        return Commitment(commitment, figure, "not comparable", "an increment against a stock")
    if commitment.measure == "increment" and figure.five_year:
        # "培育…“单项冠军”企业10家" ← the five-year review's "制造业单项冠军59家": the count
        # standing at the term's end, not what the year added
        return Commitment(
            commitment, figure, "not comparable", "an increment against the term's level"
        )
    assert commitment.value is not None and figure.value is not None
    value = _in_unit(figure, commitment.compared_unit, _firms_counted(commitment, figure))
    if value is None or (commitment.unit == "%") != (figure.unit == "%"):
        return Commitment(commitment, figure, "not comparable", "units differ")
    value = toward(commitment, figure, value)
    status = _compare(commitment, value)
    target = commitment.value
    remark = ""
    if target and (value / target < 0.5 or value / target > 2):
        remark = "far below the target" if value < target else "far above the target"
    return Commitment(commitment, figure, status, remark)


def _compare(commitment: Target, value: float) -> CommitmentStatus:
    assert commitment.value is not None
    low = commitment.value
    high = commitment.value_max if commitment.value_max is not None else low
    lower_better = commitment.qualifier in UPPER_BOUNDS or _lower_is_better(commitment)
    if lower_better:  # 控制在5.5%以内, CPI 3%左右: below is met, never "exceeded"
        margin = abs(high) * 0.05 if commitment.qualifier == "左右" else 0.0
        return "missed" if value > high + margin else "met"
    if value < low * (1 - 0.05 if commitment.qualifier == "左右" else 1):
        return "missed"
    return "exceeded" if value >= high * (1 + EXCEED) and value != high else "met"


def _lower_is_better(target: Target) -> bool:
    units = LOWER_IS_BETTER.get(target.canonical or "", frozenset())
    if units is None or target.unit in units:
        return True
    return (
        target.direction != "decrease"
        and bool(_LOWER_WORDS.search(target.indicator))
        and (target.unit != "%" or "率" in target.indicator)
    )
