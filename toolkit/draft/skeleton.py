"""Build the skeleton of next year's report from the latest report (and the previous one).

The skeleton follows the genre's anatomy: title and subtitle (year moved forward, blanks for
date, meeting and speaker), salutation and opening, the review part (its sections are the latest
report's plan sections: what was promised is what must be reviewed, each with its quantitative
commitments and a blank for the result), the plan part with the latest structure and headings
(years moved forward) and each section's lead sentences as prompts, the targets table where the
latest report's headline-targets paragraph was, the closing, annexes, and the glossary with the
new terms listed for review. Drafting hints (targets that changed, commitments with no reported
result, new terms without a definition, sections split or merged) ride along as ``hints``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from toolkit.draft.facts import DraftFacts, TargetFact, gather_facts
from toolkit.draft.model import (
    Blank,
    Block,
    Draft,
    DraftParagraph,
    Kind,
    Lead,
    TargetRow,
    TargetTable,
)
from toolkit.draft.numbering import next_meeting
from toolkit.draft.patterns import cut, full_width
from toolkit.draft.review import commitment_prompts, overview_prompt, standing_prompts
from toolkit.draft.years import cycle_parts, roll_years
from toolkit.model import Paragraph, Report, Role, Section
from toolkit.numerals import chinese_numeral
from toolkit.plans import PLAN_NAME

CARRIED_ROLES = (Role.PLAN, Role.GOVERNMENT, Role.OTHER)
_FIVE_YEAR = re.compile(rf"五年|{PLAN_NAME}|“十")
_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_PART_LABEL = re.compile(r"[一二三四五六七八九十]+、")
PROMPT_LIMIT = 60  #: characters of a paragraph's opening shown as a prompt when it has no lead


def build_draft(
    latest: Report, previous: Report | None = None, facts: DraftFacts | None = None
) -> Draft:
    """The skeleton of the report that follows ``latest``.

    ``facts`` None means: ask the analyzers (:func:`toolkit.draft.facts.gather_facts`).
    """
    if facts is None:
        facts = gather_facts(latest, previous)
    return Draft(
        year=None if latest.year is None else latest.year + 1,
        source=latest.source,
        previous_source=None if previous is None else previous.source,
        blocks=tuple(_Skeleton(latest, facts).blocks()),
    )


class _Skeleton:
    def __init__(self, report: Report, facts: DraftFacts) -> None:
        self.report = report
        self.year = report.year
        self.facts = facts
        self.closing = _closing_paragraphs(report)
        self.changes = {c.section_id: c for c in facts.section_changes}
        self.table_done = False
        self.parts_numbered = 0

    def renumber(self, section: Section | None, heading: str) -> str:
        """Number level-1 parts 一、二、… in the draft's order (a dropped part leaves no gap)."""
        self.parts_numbered += 1
        label = "" if section is None else section.label
        if section is not None and not _PART_LABEL.fullmatch(label):
            return heading  # unnumbered parts stay unnumbered
        new_label = chinese_numeral(self.parts_numbered) + "、"
        return new_label + heading[len(label) :] if label else new_label + heading

    def roll(self, text: str) -> str:
        """A heading for the new year: years moved, punctuation full-width."""
        return full_width(roll_years(text, self.year))

    def kept(self, text: str) -> tuple[str | Blank, ...]:
        """Last year's text quoted as it was (its years are last year's), punctuation
        full-width, the name of a plan that has ended made a blank where carried out."""
        return tuple(
            Blank(piece) if blank else piece
            for blank, piece in cycle_parts(full_width(text), self.year)
            if blank or piece
        )

    def rolled(self, text: str) -> tuple[str | Blank, ...]:
        """Body text for the new year: years moved, punctuation full-width, plan-cycle wording
        that no longer fits made a blank (:func:`toolkit.draft.years.cycle_parts`)."""
        return tuple(
            Blank(piece) if blank else piece
            for blank, piece in cycle_parts(self.roll(text), self.year)
        )

    # -- the document, top to bottom ------------------------------------------------------

    def blocks(self) -> Iterator[Block]:
        yield from self.front()
        review_done = False
        outlook_titles = [s.title for s in self.report.sections if s.role is Role.OUTLOOK]
        for top in self.report.sections:
            if top.role is Role.REVIEW:
                if not review_done:
                    yield from self.review(top)
                    review_done = True
            elif top.role in CARRIED_ROLES:
                if not review_done:
                    yield from self.review(None)
                    review_done = True
                hints: tuple[str, ...] = ()
                if outlook_titles and top.role is Role.PLAN:
                    hints = (
                        "上年报告另有五年规划部分（"
                        + "；".join(outlook_titles)
                        + "），本年是否保留请斟酌",
                    )
                    outlook_titles = []
                yield from self.carry(top, 1, extra_hints=hints)
        if not review_done:
            yield from self.review(None)
        if not self.table_done and self.facts.targets:
            yield from self.targets_table()
        yield from self.closing_part()
        for top in self.report.sections:
            if top.role is Role.ANNEX:
                yield from self.carry(top, 1)
        yield from self.glossary()

    def front(self) -> Iterator[Block]:
        meta = self.report.meta
        title = self.roll(self.report.title or "政府工作报告")
        yield DraftParagraph(Kind.TITLE, (title,))
        subtitle_hints: list[str] = []
        last = meta.get("subtitle") or meta.get("meeting") or meta.get("date")
        if last:
            subtitle_hints.append(f"上年：{last}")
        meeting = next_meeting(meta.get("meeting", ""))
        if meeting:
            subtitle_hints.append(f"本年会议可能为“{meeting}”（换届之年除外），请核实")
        yield DraftParagraph(
            Kind.SUBTITLE,
            ("——", Blank("日期"), "在", Blank("会议名称"), "上"),
            hints=tuple(subtitle_hints),
        )
        speaker = meta.get("speaker", "")
        # "浙江省省长 刘捷", "省长\u3000王予波": the office, a space of either width, the name
        office, _, name = speaker.strip().replace("\u3000", " ").rpartition(" ")
        if office.strip() and name:
            parts: tuple[str | Blank, ...] = (office.strip() + " ", Blank("姓名"))
        else:
            parts = (Blank("职务 姓名"),)
        yield DraftParagraph(Kind.SUBTITLE, parts, hints=(f"上年：{speaker}",) if speaker else ())
        yield DraftParagraph(Kind.BODY, (meta.get("salutation") or "各位代表：",))
        known = {self.report.title, *(meta.get(k) for k in ("subtitle", "speaker", "salutation"))}
        opening = [p for p in self.report.front if p.text not in known]
        salutation = meta.get("salutation")
        if salutation:
            after = [i for i, p in enumerate(self.report.front) if p.text == salutation]
            if after:
                opening = [p for p in self.report.front[after[0] + 1 :]]
        for paragraph in opening:
            yield DraftParagraph(Kind.BODY, self.rolled(paragraph.text))

    # -- review: last year's plan is this year's review -------------------------------------

    def review(self, top: Section | None) -> Iterator[Block]:
        y = self.year
        standard = f"{y}年工作回顾" if y is not None else "上年工作回顾"
        hints: list[str] = []
        if top is None:
            heading = self.renumber(None, standard)
        elif _FIVE_YEAR.search(top.heading):
            heading = self.renumber(top, top.label + standard)
            hints.append(f"上年此部分为“{top.heading}”（含五年回顾），本年按年度回顾拟写")
        else:
            heading = self.renumber(top, self.roll(top.heading))
        if self.facts.unreported:
            hints.append(
                "上年报告未给出以下目标的完成情况，本年回顾时请补充或说明："
                + "；".join(self.facts.unreported)
            )
        yield DraftParagraph(Kind.HEADING, (heading,), level=1, hints=tuple(hints))
        yield overview_prompt(self.report, self.facts.overview)
        placed: set[str] = set()
        for section in self.plan_sections():
            # a plan part without sections is reviewed under its title, without its 二、 label
            heading = section.heading if section.level > 1 else section.title
            yield DraftParagraph(Kind.HEADING, (full_width(heading),), level=2)
            leads = [p.lead.rstrip("。；;，, ") for p in section.all_paragraphs() if p.lead]
            subs = [child.title for child in section.children]
            points = subs or leads
            if points:
                yield DraftParagraph(Kind.PROMPT, ("上年部署：" + "；".join(points),))
            ids = {s.id for s in section.walk()}
            placed |= ids
            yield from commitment_prompts(c for c in self.facts.commitments if c.section_id in ids)
            yield DraftParagraph(Kind.BODY, (Blank("工作成效"),))
        others = [c for c in self.facts.commitments if c.section_id not in placed]
        if others:  # made in the plan part's own paragraphs or in another part
            yield DraftParagraph(Kind.PROMPT, ("上年其他量化承诺：",))
            yield from commitment_prompts(others)
        yield from standing_prompts(self.report, skip=self.facts.overview)

    def plan_sections(self) -> list[Section]:
        """The latest report's plan sections: the children of its plan part(s), or the parts."""
        found: list[Section] = []
        for top in self.report.sections:
            if top.role is Role.PLAN:
                found.extend(top.children or (top,))
        return found

    # -- plan: the latest structure carried over --------------------------------------------

    def carry(
        self, section: Section, level: int, extra_hints: Iterable[str] = ()
    ) -> Iterator[Block]:
        hints = list(extra_hints)
        change = self.changes.get(section.id)
        if change is not None:
            olds = "“" + "”“".join(change.old_titles) + "”"
            news = "“" + "”“".join(change.new_titles) + "”"
            if change.kind == "merged":
                hints.append(f"上年报告将前年的{olds}合并为本节，本年结构请斟酌")
            else:
                hints.append(f"上年报告将前年的{olds}拆分为{news}，本年结构请斟酌")
        heading = self.roll(section.heading)
        if level == 1 and section.role is not Role.ANNEX:
            heading = self.renumber(section, heading)
        if level <= 2:
            yield DraftParagraph(Kind.HEADING, (heading,), level=level, hints=tuple(hints))
        else:
            yield DraftParagraph(Kind.PROMPT, (Lead(heading),), hints=tuple(hints))
        for item in section.items():
            if isinstance(item, Section):
                yield from self.carry(item, level + 1)
            elif item.id in self.closing:
                continue
            elif item.id == self.report.targets_paragraph:
                yield DraftParagraph(
                    Kind.PROMPT,
                    ("上年主要预期目标：", *self.kept(_targets_sentences(item.text))),
                )
                yield from self.targets_table()
            else:
                prompt = _prompt_of(item)
                if prompt:
                    yield DraftParagraph(Kind.PROMPT, self.rolled(prompt))

    def targets_table(self) -> Iterator[Block]:
        self.table_done = True
        rows = tuple(_row(fact) for fact in self.facts.targets)
        yield TargetTable(self.year, rows)

    # -- closing and glossary ---------------------------------------------------------------

    def closing_part(self) -> Iterator[Block]:
        for paragraph in self.closing.values():
            yield DraftParagraph(Kind.PROMPT, self.rolled(paragraph.text))
        if not self.closing:
            yield DraftParagraph(Kind.BODY, ("各位代表！", Blank("结束语")))

    def glossary(self) -> Iterator[Block]:
        entries = self.report.glossary
        new_terms = [t for t in self.facts.new_terms]
        if not entries:
            return  # a report without a glossary gets no glossary part and no glossary hints
        yield DraftParagraph(Kind.HEADING, ("名词解释",), level=1)
        for number, entry in enumerate(entries, 1):
            yield DraftParagraph(
                Kind.PROMPT, (Lead(f"{number}.{entry.term}："), *self.rolled(entry.definition))
            )
        if new_terms:
            yield DraftParagraph(
                Kind.PROMPT,
                ("上年报告新提法（供审定是否收入名词解释，或在正文中作出说明）：",),
            )
            for term in new_terms:
                hints = (
                    (f"“{term.term}”为上年新提法，尚无名词解释",) if term.needs_definition else ()
                )
                yield DraftParagraph(
                    Kind.PROMPT, (Lead(f"{term.term}："), Blank("释义")), hints=hints
                )


def _row(fact: TargetFact) -> TargetRow:
    hints = (f"上年目标有调整：{fact.change}",) if fact.change else ()
    return TargetRow(fact.indicator, fact.target, fact.achieved, hints)


def _targets_sentences(text: str) -> str:
    """The targets paragraph from the sentence that names the targets (预期目标) on: the
    总体要求 sentences before it ("今年是“十五五”开局之年…") are last year's alone."""
    at = text.find("预期目标")
    if at < 0:
        return text
    start = max(text.rfind(end, 0, at) for end in "。；！")
    return text[start + 1 :] if start >= 0 else text


def _prompt_of(paragraph: Paragraph) -> str:
    """A paragraph's lead sentence, or its first sentence cut to :data:`PROMPT_LIMIT`."""
    if paragraph.lead:
        return paragraph.lead
    sentences = [s for s in _SENTENCE_END.split(paragraph.text) if s]
    if len(sentences) > 1 and sentences[0].startswith("各位代表"):
        sentences = sentences[1:]
    return cut(sentences[0], PROMPT_LIMIT) if sentences else ""


def _closing_paragraphs(report: Report) -> dict[str, Paragraph]:
    """The closing exhortation: the trailing "各位代表！…" paragraphs of the last part before
    the annexes and glossary, else its last paragraph when it calls "让我们…"."""
    body = [s for s in report.sections if s.role not in (Role.ANNEX, Role.GLOSSARY)]
    if not body:
        return {}
    last = body[-1]
    while last.children and last.children[-1].line > max(
        (p.line for p in last.paragraphs), default=0
    ):
        last = last.children[-1]
    paragraphs = list(last.paragraphs)
    starts = [i for i, p in enumerate(paragraphs) if p.text.startswith("各位代表")]
    if not starts:
        calls = paragraphs[-1:] if paragraphs and "让我们" in paragraphs[-1].text else []
        return {p.id: p for p in calls}
    first = starts[-1]
    while first > 0 and paragraphs[first - 1].text.startswith("各位代表"):
        first -= 1
    return {p.id: p for p in paragraphs[first:]}
