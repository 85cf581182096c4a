"""Targets and achieved figures of a parsed report.

Which paragraphs count (see ``tests/data/targets/README.md`` for the full definition):

- targets: every quantity of the headline-targets paragraph (``Report.targets_paragraph``), plus
  its qualitative targets (a registered indicator named without a number: "居民收入增长与经济增长
  同步"); and in the plan part (sections with role ``plan``), every quantity of a clause that
  commits to it: a qualifier (以上, 左右, 力争 …), a rate of change (增长8%), or a registered
  indicator.
- achieved figures: in the review part (role ``review``), the figures of registered indicators
  named before the number. Paragraphs from the first one that opens a five-year review
  ("五年来", "过去五年", "这是…的五年") to the end of the review, or to a paragraph that returns
  to the year ("各位代表，刚刚过去的2025年，…"), are marked ``five_year``.

When the profile found no headline-targets paragraph, or the one it found is about the
five-year plan ("“十五五”时期…年均增长5%左右"), the first plan paragraph announcing the year's
targets ("主要预期目标是：") is read as such.

Kinds are kept apart (:mod:`toolkit.targets.kinds`): the quantities of an outlook part (role
``outlook``) and of plan paragraphs or clauses about the plan period are five-year-plan goals
(category ``plan``, with their period), never annual or headline targets; fiscal and monetary
parameters are category ``fiscal``; forecasts are ``context``.

Government, annex and glossary sections are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from toolkit.model import Paragraph, Report, Role, Section
from toolkit.plans import PLAN_NAME, plan_number, plan_number_of, plan_of
from toolkit.targets import kinds
from toolkit.targets.areas import WHOLE_AREA
from toolkit.targets.clauses import SIZED_NAME, Finding, analyse_sentence, clauses, sentences
from toolkit.targets.counts import COUNT_UNITS, without_kinds_count
from toolkit.targets.indicators import IndicatorTable, registered_table
from toolkit.targets.model import Category, Scope, Target
from toolkit.targets.phrases import RATE_NAME, REACHED_NAME, done_after
from toolkit.targets.qualifiers import strip_bounds, suffix
from toolkit.targets.wordclass import (
    PEOPLE_NAME,
    bare_verb,
    counted_unit,
    ends_with_verb,
    people_unit,
)

#: how a headline-targets paragraph announces itself, when the profile did not find one
_HEADLINE = re.compile(r"(?:主要)?预期目标[是为][:：]|主要目标[是为][:：]")
#: a qualitative target that relates one indicator to another
_RELATION = re.compile(r"同步|一致|相适应|相匹配|高于|快于|低于")
#: a count of things is never the figure of a table indicator
_COUNTERS = frozenset({"个", "项", "件", "批", "次", "家", "条"})
_FIVE_YEAR = re.compile(
    r"五年来|过去五年|这五年|的五年|经过五年|五年间|“十[一二三四五六]五”(?:时期|期间|以来)"
    r"|十[一二三四五六]五(?:时期|期间|以来)"
)
_YEAR = re.compile(r"\d{4}年")
#: a plan clause that adds things: a quantitative commitment even without a cue
_NEW_THINGS = re.compile(
    r"(?:力争|确保|全年|今年|年内)?(?:新增|新建|新开发|新组建|新认定|新培育|新开工|新改扩建|新设立|新设|新引进)"
)
#: what may stand before a count of things named after it in a review: nothing, a place, an
#: action ("全省新增8个国家级临床重点专科", "600个新型公共文化空间投入使用")
_COUNT_OF_THINGS = re.compile(
    rf"(?:^|[、，,])(?:{WHOLE_AREA}|全国|累计|共)?"
    r"(?:新增|新建|建成|新开工|开工|新开通|开通|实施|启动|完成|新认定|新培育|培育|认定|获批|创建|"
    r"打造|引进|落地)?$"
)
#: a count of things joined to the one after it ("新增3家国家级和5家省级专精特新企业", "全省首个
#: 国家区域医疗中心和3所省级区域医疗中心投入运行"): what stands before the first stands before both
_PARALLEL_COUNT = re.compile(
    rf"(?:[0-9]+(?:\.[0-9]+)?(?:{'|'.join(sorted(COUNT_UNITS))})|首[个家座所批])"
    r"[\u4e00-\u9fff]{0,12}?(?:和|及|与|以及)$"
)
#: a name after a count that goes on into a statement about it ("45个重点开发区…占全省开发区的
#: 比重达", "17个重点传统制造业增加值增长"): the count is the subject's size, not a figure
_PREDICATE_INSIDE = re.compile(
    r"占|达|增长|下降|降低|减少|提高|降至|分别|预计|优化为|整合|超|近|以上|以下|安排|消除|稳定|实现|突破"
)
#: the size of a thing, before its amount ("总投资410亿元的…项目")
_SIZE_BEFORE = re.compile(r"(?:投资|总额|规模|面积|容量|装机|全长|总长)(?:约|共|合计)?$")
_ONE_YEAR = re.compile(
    r"^(?:各位代表[，,！!]\s*)?(?:刚刚过去的|过去的)(?:\d{4}年|一年)|^\d{4}年[，,]|一年来|过去一年"
)


def extract_targets(
    report: Report,
    indicators: IndicatorTable | None = None,
    *,
    all_figures: bool = False,
    only: Scope | None = None,
    keep: Callable[[Paragraph], bool] | None = None,
) -> tuple[Target, ...]:
    """The targets of the coming year and the achieved figures of the year (and term) under
    review, in source order. ``indicators`` defaults to the table of all loaded plugins.
    Achieved figures are those of table indicators, or with ``all_figures`` of any indicator
    the review names before its figure; ``all_figures`` also keeps the plan's commitments to add
    things that carry no cue ("新开发各类公益性岗位2.5万个"). ``only``: read only the paragraphs
    of that scope (the review's for "achieved"); ``keep``: only the paragraphs it keeps."""
    table = indicators or registered_table()
    headline_id = headline_paragraph(report)
    found: list[Target] = []
    titles = {s.id: s.title for top in report.sections for s in top.walk()}
    for section, paragraph, scope, five_year, outlook in _scoped_paragraphs(report, headline_id):
        if (only is not None and scope != only) or (keep is not None and not keep(paragraph)):
            continue
        section_id = section.id if section is not None else None
        context = [titles.get(section_id.split(".")[0], "")] if section_id else []
        if section is not None:
            context.insert(0, section.title)
        found.extend(
            extract_from_paragraph(
                paragraph,
                scope,
                table,
                section_id,
                headline=paragraph.id == headline_id,
                five_year=five_year,
                plan_part=outlook,
                year=report.year,
                titles=tuple(context),
                all_figures=all_figures,
            )
        )
    return tuple(found)


def headline_paragraph(report: Report) -> str | None:
    """The id of the headline-targets paragraph: the profile's, unless it is about the
    five-year plan; else the first paragraph of the plan part (or, without one, of any part
    but the review) that announces the year's targets; None when there is none."""
    by_id = {p.id: p for p in _all_paragraphs(report)}
    chosen = by_id.get(report.targets_paragraph or "")
    if chosen is not None and not kinds.plan_paragraph(chosen.text):
        return chosen.id
    fallback: str | None = None
    for top in report.sections:
        roles = _roles(top)
        owner = {p.id: section for section in top.walk() for p in section.paragraphs}
        for paragraph in top.all_paragraphs():
            if not _HEADLINE.search(paragraph.text) or kinds.plan_paragraph(paragraph.text):
                continue
            role = roles[owner[paragraph.id].id]
            if role == Role.PLAN:
                return paragraph.id
            if fallback is None and role not in _NOT_READ:
                fallback = paragraph.id
    return fallback


def _all_paragraphs(report: Report) -> Iterator[Paragraph]:
    yield from report.front
    for top in report.sections:
        yield from top.all_paragraphs()


def extract_from_paragraph(
    paragraph: Paragraph,
    scope: Scope,
    table: IndicatorTable,
    section: str | None = None,
    *,
    headline: bool = False,
    five_year: bool = False,
    plan_part: bool = False,
    year: int | None = None,
    titles: tuple[str, ...] = (),
    all_figures: bool = False,
) -> list[Target]:
    """The targets (``scope="target"``) or achieved figures (``"achieved"``) of one paragraph.
    ``headline`` marks the headline-targets paragraph: all its quantities count, and its
    qualitative targets are listed. ``plan_part`` marks a paragraph of the five-year plan's
    outline: its targets are goals of category "plan". ``year`` is the year the report plans
    ("到2026年" in its plan part is that year, not a plan-period goal); ``titles`` are the
    titles of the sections around the paragraph, innermost first, which name the plan period
    when the paragraph does not ("“十五五”时期主要目标任务"); ``all_figures`` keeps the achieved
    figures of indicators outside the table too."""
    results: list[Target] = []
    period = ""
    if scope == "target":
        period = next(filter(None, map(kinds.period_of, (paragraph.text, *titles))), "")
    elif five_year and year is not None:
        period = kinds.plan_name(year - 1)  # the plan the review closes: 2026 → 十四五
    paragraph_plan = plan_part or (
        scope == "target" and not headline and kinds.plan_paragraph(paragraph.text)
    )
    paragraph_period, paragraph_five_year = period, five_year
    for sentence in sentences(paragraph.text):
        five_year, period = paragraph_five_year, paragraph_period
        if five_year and year is not None and _opens_with_year(sentence, year - 1):
            five_year, period = False, ""  # "2012年，…国内生产总值增长7.8%": that year's figures
        findings = analyse_sentence(sentence, table)
        sentence_plan = (
            scope == "target" and not headline and kinds.plan_sentence(sentence, year)
        )  # "到2027年，…", "今后一个时期，…": the period's goals, in a paragraph of the year
        if sentence_plan and not paragraph_plan:
            period = kinds.period_of(sentence) or period
        for finding in findings:
            if not _keep(finding, scope, headline, all_figures):
                continue
            if scope == "achieved":
                category: Category = "annual"
            elif paragraph_plan or sentence_plan:
                category = "fiscal" if kinds.fiscal_name(finding.indicator) else "plan"
            else:
                category = kinds.category(
                    finding.canonical or finding.indicator, finding.clause, in_plan_part=True,
                    year=year, unit=finding.quantity.unit,
                    before=finding.clause[: finding.quantity.start],
                )  # fmt: skip
            target = _target(
                finding, scope, section, paragraph, five_year, headline, category, period
            )
            value_year = _year_of(target, year)
            if target.five_year and year is not None and _end_of_term(finding):
                value_year = year - 1  # "生产总值6.66万亿元": the level the term ended on
            results.append(replace(target, year=value_year))
        if headline and scope == "target":
            qualitative = _qualitative(sentence, table, section, paragraph)
            results.extend(replace(t, year=year) for t in qualitative)
    return results


def _opens_with_year(sentence: str, year: int) -> bool:
    """Whether a sentence of a five-year review opens on the year under review ("2012年，…",
    "去年，…"): its figures are that year's, not the term's."""
    return bool(re.match(rf"\s*(?:{year}年|去年|过去一年)(?:[，,]|以来)", sentence))


def _item(finding: Finding) -> str:
    """The text before the finding's number in its list item."""
    before = finding.clause[: finding.quantity.start]
    return before[before.rfind("、") + 1 :]


def _count_of_things(finding: Finding) -> bool:
    """Whether what stands before a count named after it in a review makes it a count of things:
    nothing, a place or an action ("全省新增8个国家级临床重点专科", "新设12个…试验区", "新发布
    3批18项制度集成创新案例")."""
    before = without_kinds_count(finding.clause[: finding.quantity.start])
    if _COUNT_OF_THINGS.search(_PARALLEL_COUNT.sub("", before)) is not None:
        return True
    if counted_unit(finding.quantity.unit) in COUNT_UNITS and done_after(
        finding.clause[finding.quantity.end :]
    ):
        return True  # "五大道公园、设计公园和85个口袋公园等建成开放": the things done
    # an action, and a noun after the count ("“百万英才汇南粤”行动吸纳超110万名高校毕业生";
    # "超1万家企业开展技术改造…" states a fact about the things, "共计15万人次参与" names none)
    item = strip_bounds(without_kinds_count(_item(finding)))
    named_after = finding.indicator.split("的")[-1] in finding.clause[finding.quantity.end :]
    return (
        named_after
        and (bare_verb(item) or ends_with_verb(item))
        and not ends_with_verb(finding.indicator)
    )


#: a list of projects the clause goes on to: "…等项目建设", "…等总投资500亿元以上的…项目"
_PROJECTS = re.compile(r"等[^，。；]{0,20}项目")


def _in_a_project_name(finding: Finding) -> bool:
    """Whether the number sizes a project of a list of projects, named by its owner before it and
    its product after it ("加快…、白银集团7万吨锌基合金等项目建设", "开工建设国能宁煤70万吨煤制烯烃
    和80万吨煤制油升级示范、…等…精细化工项目"): part of the name, not a commitment. A verb right
    before the number ("建成10万千瓦光伏等项目") makes it one."""
    q = finding.quantity
    rest = finding.clause[q.end :]
    if q.unit in ("%", "个百分点") or counted_unit(q.unit) in COUNT_UNITS:
        return False
    if not _PROJECTS.search(rest) or not re.match(r"[\u4e00-\u9fff]{2}", rest):
        return False
    owner = re.split(r"[和及与]", _item(finding).rstrip("和及与"))[-1]
    return len(owner) >= 2 and not bare_verb(owner) and not ends_with_verb(owner)


def _size_of_what_follows(finding: Finding) -> bool:
    """Whether a size (总投资, 规模 …) stands before 的 and the noun it sizes: "总投资超500亿元的
    晋北采煤沉陷区新能源基地加快建设" states the base's size, not a result ("完成315万平方米的
    “暖房子”工程" is one)."""
    if not _SIZE_BEFORE.search(strip_bounds(finding.clause[: finding.quantity.start])):
        return False
    return finding.clause[suffix(finding.clause, finding.quantity.end)[1] :].startswith("的")


def _end_of_term(finding: Finding) -> bool:
    """A five-year review's figure that is the level reached at the term's end (see
    :func:`kinds.end_of_term_level`); a figure carried from a change is not, unless the change
    ended on it ("年接待游客由1.58亿人次增加到3.23亿人次")."""
    before = finding.clause[: finding.quantity.start]
    carried = finding.source == "carried" and not kinds.risen_to(before)
    return not carried and kinds.end_of_term_level(before, finding.growth, finding.quantity.unit)


def _year_of(target: Target, year: int | None) -> int | None:
    """The year ``target``'s value is for (see :class:`Target`), from the report's year."""
    if year is None or target.category == "plan" or target.five_year:
        return None
    return year - 1 if target.scope == "achieved" else year


def _keep(finding: Finding, scope: Scope, headline: bool, all_figures: bool = False) -> bool:
    if finding.baseline or finding.threshold or finding.restated:
        return False
    if finding.reference and finding.source == "after":
        return False  # "5.5%左右的预期增长目标与…衔接": the number is the subject, a quotation
    if scope == "achieved":
        if finding.reference or finding.comparison:
            return False  # "超额完成…年度任务", "高于全国0.7个百分点"
        if PEOPLE_NAME.search(finding.indicator) and people_unit(finding.quantity.unit):
            return False  # "7100万江淮儿女倍感温暖": the people, not a result
        if finding.source == "after":  # "迈上4个万亿元台阶"; but "新增8个国家级…专科"
            return (
                all_figures
                and bool(finding.indicator)
                and (
                    REACHED_NAME.match(finding.indicator) is not None
                    or SIZED_NAME.match(finding.indicator) is not None
                    or not _PREDICATE_INSIDE.search(finding.indicator)
                )
                and _count_of_things(finding)
                and not _size_of_what_follows(finding)
            )
        if finding.canonical is not None:
            return finding.quantity.unit not in _COUNTERS
        # any indicator the review names before its figure ("农村贫困人口减少1386万"); a verb
        # alone names none ("组织出访447批")
        return (
            all_figures
            and bool(finding.indicator)
            and not (
                counted_unit(finding.quantity.unit) in COUNT_UNITS and bare_verb(finding.indicator)
            )
        )
    if headline:
        return True
    if _in_a_project_name(finding):
        return False  # "白银集团7万吨锌基合金等项目建设": the size is part of the project's name
    if all_figures and finding.quantity.unit not in ("%", "个百分点"):
        # "新开发各类公益性岗位2.5万个", "建设农村幸福院750个": a plan's count or amount is a
        # commitment even without a cue
        return bool(finding.indicator)
    if all_figures and finding.source == "before" and RATE_NAME.search(finding.indicator):
        return True  # "主要流域国控断面优良水质比例100%": a rate the plan sets
    return finding.governed or finding.growth or finding.canonical is not None


#: the action of adding that a carried name may open with
_ADDED = re.compile(r"^(?:新增|净增)")


def _target(
    finding: Finding,
    scope: Scope,
    section: str | None,
    paragraph: Paragraph,
    five_year: bool,
    headline: bool,
    category: Category,
    period: str,
) -> Target:
    q = finding.quantity
    item = _item(finding)
    before = finding.clause[: q.start]
    measure = kinds.measure(item, finding.clause, finding.growth, rate=q.unit in ("%", "个百分点"))
    indicator = finding.indicator
    if measure == "stock" and finding.source == "carried":
        # "新增百亿县区26个，累计达到46个": what stands is not what was added
        indicator = _ADDED.sub("", indicator) or indicator
    return Target(
        indicator=indicator,
        canonical=finding.canonical,
        text=finding.sentence.strip(),
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        qualifier="" if scope == "achieved" and finding.from_cue else finding.qualifier,
        kind="numeric",
        scope=scope,
        section=section,
        paragraph=paragraph.id,
        line=paragraph.line,
        five_year=five_year,
        headline=headline and scope == "target" and category == "annual",
        category=category,
        direction=kinds.direction(before)
        if measure in ("change", "level") and not q.raw.endswith("持平")
        else "",  # "居民消费价格涨幅基本持平": no change is no direction
        measure=measure,
        period=period if category == "plan" or five_year else "",
    )


def _qualitative(
    sentence: str, table: IndicatorTable, section: str | None, paragraph: Paragraph
) -> Iterator[Target]:
    """Registered indicators named in a clause without a number ("进出口保稳提质")."""
    from toolkit.targets.numbers import find_quantities

    for clause in clauses(sentence.rstrip("。；;")):
        if find_quantities(clause) or re.search(r"\d", clause):
            continue
        if kinds.plan_period(clause) and not re.search(r"今年|全年", clause):
            continue  # "“十五五”时期居民收入增长和经济增长同步": a plan goal
        relation = bool(_RELATION.search(clause))
        items = _shared_goals(clause.strip()) if not relation else {}
        for match in table.find(clause):
            goal = next((g for at, g in items.items() if at <= match.start), clause.strip())
            if clause[: match.start].endswith(("占", "与", "对")) or re.match(
                r"的?(?:比重|比率|之比)", clause[match.end :]
            ):
                continue  # "制造业增加值占地区生产总值比重保持基本稳定"
            if relation and re.search(r"(?:和|与|同|高于|快于|低于)$", clause[: match.start]):
                continue  # "居民收入增长和经济增长同步": 经济增长 is the yardstick, not a target
            yield Target(
                indicator=match.name,
                canonical=match.canonical,
                text=sentence.strip(),
                value=None,
                value_max=None,
                unit="",
                qualifier="",
                kind="qualitative",
                scope="target",
                section=section,
                paragraph=paragraph.id,
                line=paragraph.line,
                goal=goal,
                headline=True,
            )


#: where the predicate that several listed indicators share begins ("…完成国家下达目标任务")
_SHARED_PREDICATE = re.compile(r"(?:完成|实现|保持|达到|控制在|符合|稳定在|稳步|持续)")


def _shared_goals(clause: str) -> dict[int, str]:
    """The goal of each item of a list of indicators sharing one predicate, by the item's start,
    last item first: "粮食产量和粮食播种面积、单位地区生产总值能耗降低及生态环境质量指标完成国家
    下达目标任务" gives 粮食产量 "粮食产量完成国家下达目标任务", 单位地区生产总值能耗
    "单位地区生产总值能耗降低完成国家下达目标任务". Empty when the clause is no such list."""
    starts = [0] + [m.end() for m in re.finditer(r"[、和及]", clause)]
    if len(starts) < 2:
        return {}
    last = clause[starts[-1] :]
    shared = _SHARED_PREDICATE.search(last)
    if shared is None or shared.start() == 0:
        return {}
    predicate = last[shared.start() :]
    goals: dict[int, str] = {}
    for start, end in zip(starts, [*starts[1:], len(clause) + 1], strict=True):
        item = clause[start : end - 1] if end <= len(clause) else clause[start:]
        if _SHARED_PREDICATE.search(item) and start != starts[-1]:
            return {}  # each item has its own predicate: not one shared
        goals[start] = item if start == starts[-1] else item + predicate
    return dict(sorted(goals.items(), reverse=True))


#: roles whose sections are never read
_NOT_READ = (Role.GOVERNMENT, Role.ANNEX, Role.GLOSSARY)


def _scoped_paragraphs(
    report: Report, headline_id: str | None
) -> Iterator[tuple[Section | None, Paragraph, Scope, bool, bool]]:
    """(innermost section, paragraph, scope, five_year, outlook) for every paragraph that is
    read; ``outlook`` marks a paragraph of the five-year plan's outline."""
    for top in report.sections:
        roles = _roles(top)
        if top.role == Role.OUTLOOK and _reviews_year(top.title, report.year):
            roles = {sid: Role.REVIEW if r == Role.OUTLOOK else r for sid, r in roles.items()}
        owner = {p.id: section for section in top.walk() for p in section.paragraphs}
        five_year = False
        for paragraph in top.all_paragraphs():
            section = owner[paragraph.id]
            role = roles[section.id]
            if paragraph.id == headline_id or role == Role.PLAN:
                yield section, paragraph, "target", False, False
            elif role == Role.OUTLOOK:
                if kinds.past_review(paragraph.text, report.year):
                    yield section, paragraph, "achieved", True, False  # "过去五年，…"
                else:
                    yield section, paragraph, "target", False, True
            elif role == Role.REVIEW:
                looks_back = _reviews_term(paragraph.text[:60], report.year)
                if looks_back == "term" or (section is not top and _five_year_title(section.title)):
                    five_year = True
                elif _ONE_YEAR.search(paragraph.text[:30]):
                    five_year = False  # "各位代表，刚刚过去的2025年…" after a five-year review
                yield section, paragraph, "achieved", five_year or looks_back == "aside", False
    for paragraph in report.front:
        if paragraph.id == headline_id:
            yield None, paragraph, "target", False, False


def _reviews_year(title: str, year: int | None) -> bool:
    """A part titled for the year under review ("2025年主要工作和“十四五”发展成就") reviews,
    whatever role the profile gave it."""
    if year is None:
        return False
    return f"{year - 1}年" in title and bool(re.search(r"工作|回顾|成就|总结", title))


def _roles(top: Section) -> dict[str, Role]:
    """Each section's role, inherited from the nearest ancestor that has one."""
    roles: dict[str, Role] = {}

    def visit(section: Section, inherited: Role) -> None:
        role = section.role if section.role != Role.OTHER else inherited
        roles[section.id] = role
        for child in section.children:
            visit(child, role)

    visit(top, top.role)
    return roles


def _reviews_term(opening: str, year: int | None) -> str:
    """How a review paragraph opening with ``opening`` looks back: ``"term"`` on a whole term
    ("五年来", "“十四五”时期" in the report after the plan's last year), ``"aside"`` on the
    plan still running ("“十四五”以来，全省地区生产总值连跨4个千亿台阶": that paragraph only, the
    next ones are the year's again), ``""`` not at all; a later plan named there is planned
    for, not reviewed ("制定2024年、2025年、“十五五”期间…": 贵州 2025's review of 2024)."""
    found = _FIVE_YEAR.search(opening)
    if found is None:
        return ""
    named = re.search(PLAN_NAME, found.group())
    if named is None or year is None:
        return "term"
    number = plan_number_of(named.group())
    if number > plan_number(year - 1):
        return ""
    if number == plan_number(year - 1) and plan_of(year - 1)[1] != 5:
        return "aside"
    return "term"


def _five_year_title(title: str) -> bool:
    """A review section about the whole term: "过去五年工作回顾", not "2017年和过去五年…"."""
    return bool(_FIVE_YEAR.search(title)) and not _YEAR.search(title)
