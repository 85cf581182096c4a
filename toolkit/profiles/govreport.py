"""The 政府工作报告 profile: front matter, parts, sections, annexes, glossary, targets paragraph.

Labels: parts 一、二、… (or unnumbered part titles such as "2024年工作回顾"), sections （一）
or (一) (standalone or run-in), items 1. （1） ①. "附件N" opens an annex, "名词解释"/"注释"
the glossary. See DESIGN.md §1 for the anatomy this follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from toolkit.lazy import lazy_pattern
from toolkit.model import Block, Report, Role, SourceDocument
from toolkit.numerals import YEAR, year_value
from toolkit.plans import PLAN_NAME
from toolkit.plugins.base import Profile
from toolkit.profiles import roles
from toolkit.profiles.front import Front, meta_line, read_front, split_chrome, take_page_title
from toolkit.profiles.glossary import glossary_title, parse_glossary
from toolkit.profiles.headings import (
    LABEL_LEVEL,
    find_lead,
    is_title_line,
    join_split_heading,
    labelled_heading,
    make_heading,
)
from toolkit.profiles.numbering import Label, read_label
from toolkit.profiles.tree import Heading, Up, build_sections, front_paragraphs

#: an annex label; tried only on a text that starts with "附件" (compiled for the first)
_annex = lazy_pattern(r"^附件\s*(\d{1,2}|[一二三四五六七八九十])?\s*[：:、.]?\s*")
#: an unnumbered part title is at most this long ("关于“十五五”时期经济社会发展的主要目标任务和
#: 2026年重点工作" is 33)
MAX_PART_TITLE = 40
_period = lazy_pattern(rf"\d{{4}}\s*年|{PLAN_NAME}")
_ADDRESS = re.compile(r"^各位(代表|委员)")
#: a paragraph that turns from the year's review to the five-year one ("五年来，…", "2025年各项
#: 目标任务的圆满完成，标志着“十四五”胜利收官。"): it speaks for the review part, not for the
#: （N） section of the year before it, as "各位代表！…" does
_TERM_REVIEW = re.compile(
    rf"^(?:五年来|过去五年|这五年|“?{PLAN_NAME}”?(?:时期|以来|期间|的五年))"
    rf"|^[^。！]*标志着[^。！]{{0,6}}“?{PLAN_NAME}”?(?:规划)?(?:胜利|圆满|顺利)收官"
)
#: a paragraph that speaks of the year as a whole ("一年来，外事、侨务…等工作取得新进展",
#: "过去一年，我们持续加强政府自身建设"): inside a review section, of the year or of the five
#: years, it ends the section and is the part's (every one in the corpus's provincial reports
#: stands after the last section)
_WHOLE_YEAR = re.compile(r"^(?:一年来|过去一年)[，,]")
#: the same of the five years, inside a （N） section of the five years ("五年来，老龄、妇女儿童…
#: 等事业取得新进步", "过去五年，我们迎来一系列…大事盛事"): the section ends, the paragraph is
#: the part's (the corpus's only two such paragraphs, jiangsu 2026 （六）'s second and third)
_WHOLE_TERM = re.compile(r"^(?:五年来|过去五年|这五年)[，,]")
#: what a （N） section reviewing the five years says (its heading or text): the five-year
#: paragraphs after it may be its own
#: ("连续五年…获评A级", "增幅均为近五年最高" say nothing of the five years' review)
_TERM_WORDS = re.compile(rf"(?<!连续)(?<!近)五年|{PLAN_NAME}|比20\d\d年|20\d\d年以来")
_YEAR = re.compile(rf"({YEAR})\s*年")
#: "2013年是全面贯彻落实党的十八大精神的开局之年": a plan part opening on the year it plans
_year_is = lazy_pattern(rf"^({YEAR})\s*年是")
#: words of a headline-targets paragraph (plain words: see ``roles._REVIEW``)
_TARGET_CUE = ("主要预期目标", "主要目标", "预期目标", "发展目标", "主要指标")
#: words of a work report's body
_REPORT_WORDS = ("工作回顾", "工作安排", "政府自身建设", "主要预期目标")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
_qualified = lazy_pattern(r"\d+(?:\.\d+)?\s*[%％]?\s*(?:左右|以上|以内|以下)")


def role_of(title: str, year: int | None = None) -> Role:
    """The role a part's title names: glossary, annex, else what :mod:`roles` reads in it."""
    if glossary_title(title):
        return Role.GLOSSARY
    if title.startswith("附件"):
        return Role.ANNEX
    return roles.role_of(title, year)


class GovReportProfile(Profile):
    name = "govreport"
    description = "政府工作报告 of any level: parts, sections, items, annexes, glossary, targets"

    def score(self, document: SourceDocument) -> float:
        head = "\n".join(b.text for b in document.blocks[:30])
        text = "\n".join(b.text for b in document.blocks[:400])
        score = 0.0
        if "工作报告" in head:
            score += 0.4
        if "各位代表" in text:
            score += 0.3
        if any(word in text for word in _REPORT_WORDS):
            score += 0.3
        return score

    def parse(self, document: SourceDocument) -> Report:
        blocks = document.blocks
        front = split_chrome(blocks)
        body_start = read_front(blocks, front.chrome_head, front.chrome_tail, front)
        take_page_title(front, document.meta)
        year = _front_year(front)
        body = blocks[body_start : front.chrome_tail]
        items = _with_part_roles(self._classify(body, "salutation" in front.meta), year)
        # an Up marker ("各位代表：" closes a subsection) before any heading is body text: front
        first = next((i for i, (_, h) in enumerate(items) if isinstance(h, Heading)), len(items))
        front_blocks = []
        chrome_blocks = [*blocks[: front.chrome_head], *blocks[front.chrome_tail :]]
        for block in [*blocks[front.chrome_head : body_start], *(b for b, _ in items[:first])]:
            furniture = meta_line(block.text)  # "来源：南方日报" under the title
            if furniture:
                front.meta.setdefault(*furniture)
                chrome_blocks.append(block)
            else:
                front_blocks.append(block)
        sections = build_sections(items[first:], find_lead)
        glossary = tuple(
            entry
            for section in sections
            if section.role is Role.GLOSSARY
            for entry in parse_glossary(section.all_paragraphs())
        )
        report = Report(
            source=document.path,
            format=document.format,
            profile=self.name,
            title=front.title,
            year=None,
            meta={**document.meta, **front.meta},
            front=front_paragraphs(front_blocks, "f"),
            sections=sections,
            glossary=glossary,
            chrome=front_paragraphs(sorted(chrome_blocks, key=lambda b: b.line), "c"),
            encoding=document.encoding,
            warnings=document.warnings,
        )
        return _finish(report, front)

    def _classify(
        self, blocks: Sequence[Block], addressed: bool
    ) -> list[tuple[Block, Heading | Up | None]]:
        """Headings and body blocks. ``addressed``: the front matter ended with the salutation
        (else an unnumbered part title counts only after a "各位代表" line)."""
        numbered_parts = _has_numbered_parts(blocks)
        items: list[tuple[Block, Heading | Up | None]] = []
        expected_part = 1
        context = Role.OTHER  # role of the open top-level part
        annex_title_pending = False
        closed = False  # "各位代表，…" closed the sections: items after it are a list
        open_section = False  # a （N） section of the year's review is open
        term_section = False  # a （N） section of the five years' review is open
        skip = False  # the block is the second line of a split heading already taken
        for index, block in enumerate(blocks):
            if skip:
                skip = False
                continue
            text = block.text
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            heading: Heading | None = None
            if annex_title_pending and is_title_line(text, 40) and items:
                # "附件1" on one line, "2025年省十件民生实事" on the next: the annex's title
                annex_block, annex = items[-1]
                assert isinstance(annex, Heading)
                role = Role.GLOSSARY if glossary_title(text) else Role.ANNEX
                items[-1] = (annex_block, Heading(1, annex.label, text, annex.heading, role))
                context = role
                annex_title_pending = False
                items.append((block, None))
                continue
            annex_title_pending = False
            if found := glossary_title(text):
                heading = Heading(
                    1, (found.group(1) or "").strip(), found.group(2), text, Role.GLOSSARY
                )
                context = Role.GLOSSARY
            elif (
                text.startswith("附件")
                and (annex_match := _annex().match(text))
                and len(text) <= 40
            ):
                heading = Heading(
                    1,
                    annex_match.group(0).strip(),
                    text[annex_match.end() :].strip(),
                    text,
                    Role.ANNEX,
                )
                annex_title_pending = not heading.title
                context = Role.ANNEX
            elif context is Role.GLOSSARY:
                heading = None
            elif (found_label := _labelled(block, following)) is not None:
                label, heading = found_label
                if closed and LABEL_LEVEL[label.kind] > 2:
                    heading = None  # "1.医疗卫生方面。…" after the address: the part's list
                if heading and label.kind in ("cn", "chapter"):
                    if context is Role.ANNEX:
                        heading = replace(heading, level=2)
                    elif label.ordinal < expected_part:  # numbering restarted: a list item
                        heading = None
                    else:
                        expected_part = label.ordinal + 1
                        heading = _part(heading)
                        context = heading.role or Role.OTHER
            elif block.heading_level and block.heading_level > 0 and is_title_line(text, 50):
                heading = make_heading(block, None, block.heading_level)
                if heading.level == 1:
                    heading = _part(heading)
                    context = heading.role or Role.OTHER
            elif _unnumbered_part(text, numbered_parts, expected_part > 1, addressed, context):
                heading = _part(make_heading(block, None, 1))
                context = heading.role or Role.OTHER
            if heading is None and _ADDRESS.match(text) and context is not Role.GLOSSARY:
                addressed = True
                items.append((block, Up(1)))  # "各位代表！" speaks for the part, not a section
                closed = True
                open_section = False
                continue
            if heading is None and (open_section or term_section) and _WHOLE_YEAR.match(text):
                items.append((block, Up(1)))  # the year as a whole: the section ends
                closed = True
                open_section = term_section = False
                continue
            if heading is None and open_section and _TERM_REVIEW.search(text):
                items.append((block, Up(1)))  # the five-year review after the year's sections
                closed = True
                open_section = False
                continue
            if heading is None and term_section and _WHOLE_TERM.match(text):
                items.append((block, Up(1)))  # the five years as a whole: the section ends
                closed = True
                term_section = False
                continue
            if heading is not None and heading.level <= 2:
                closed = False
                open_section = heading.level == 2 and context is Role.REVIEW
                term_section = False
            if open_section and _TERM_WORDS.search(text):
                # a section of the five years: its five-year paragraphs are its own, but one of
                # the five years as a whole (_WHOLE_TERM) ends it
                open_section = False
                term_section = True
            skip = heading is not None and bool(heading.continued)  # the next line is in it
            items.append((block, heading))
        return items


def _labelled(block: Block, following: Block | None) -> tuple[Label, Heading | None] | None:
    """The label opening ``block`` and the heading it makes (None: body text), which takes in
    the next block too when the heading was split over two lines (``continued``); None when
    the block has no label."""
    joined = join_split_heading(block.text, following.text) if following else None
    if joined and following:
        label = read_label(joined)
        heading = (
            labelled_heading(Block(joined, block.line, block.heading_level), label)
            if label
            else None
        )
        if label and heading and heading.heading == joined:
            return label, replace(heading, continued=((len(block.text), following.line),))
    label = read_label(block.text)
    return (label, labelled_heading(block, label)) if label else None


def _unnumbered_part(
    text: str, numbered_parts: bool, after_numbered: bool, addressed: bool, context: Role
) -> bool:
    """Whether a title line without a label is a part: in a report without numbered parts,
    any title line naming a role; in one with them, such a line after the salutation and
    before the first numbered part ("2025年和“十四五”时期工作回顾", "“十五五”时期主要目标和
    2026年重点工作" standing above 一、二、…; not page furniture), or, between and after them,
    one naming another role than the open part's and a year or a five-year plan
    ("“十五五”时期主要目标任务" after "一、2025年工作回顾"), or government building."""
    if not is_title_line(text, MAX_PART_TITLE):
        return False
    role = role_of(text)
    if role in (Role.OTHER, Role.GLOSSARY, Role.ANNEX):
        return False
    if not numbered_parts:
        return True
    if not after_numbered:
        return addressed
    if role is context:
        return False
    return role is Role.GOVERNMENT or bool(_period().search(text))


def _with_part_roles(
    items: list[tuple[Block, Heading | Up | None]], year: int | None
) -> list[tuple[Block, Heading | Up | None]]:
    """Give every body part (not annex or glossary) the role its title and its text speak for
    (:func:`roles.part_role`); a part that speaks for none after the review or the plan is
    one of the task parts ("一、坚持创新驱动…" under "…2026年重点工作"). The sections inside
    inherit the part's role."""
    starts = [i for i, (_, h) in enumerate(items) if isinstance(h, Heading) and h.level == 1]
    result = list(items)
    previous = Role.OTHER
    for start, stop in zip(starts, [*starts[1:], len(items)][: len(starts)], strict=True):
        block, heading = items[start]
        assert isinstance(heading, Heading)
        if heading.role in (Role.ANNEX, Role.GLOSSARY):
            continue
        text = "\n".join(b.text for b, _ in items[start:stop])
        role = roles.part_role(heading.title, text, year)
        if role is Role.OTHER and previous in (Role.REVIEW, Role.OUTLOOK, Role.PLAN):
            role = Role.PLAN
        result[start] = (block, replace(heading, role=role))
        previous = role
    return result


def _part(heading: Heading) -> Heading:
    return replace(heading, level=1, role=role_of(heading.title))


def _has_numbered_parts(blocks: Sequence[Block]) -> bool:
    """Whether the report numbers its parts 一、二、 (then unnumbered lines are not parts)."""
    seen = set()
    for block in blocks:
        label = read_label(block.text)
        if label and label.kind in ("cn", "chapter") and labelled_heading(block, label):
            seen.add(label.ordinal)
    return {1, 2} <= seen


def _finish(report: Report, front: Front) -> Report:
    """Fill in the year and the headline-targets paragraph, which need the whole tree."""
    return replace(report, year=_year(report, front), targets_paragraph=_targets_paragraph(report))


def _year(report: Report, front: Front) -> int | None:
    """The year the report plans: from the title, else the plan part's heading, else the
    delivery date (a report delivered in October–December plans the next year), else a plan
    paragraph that opens on it ("2013年是…开局之年" under "二、今年经济社会发展的总体要求…")."""
    if report.title and (found := _title_year(report.title)):
        return found
    for section in report.sections:
        if section.role is Role.PLAN and (found_year := _YEAR.search(section.title)):
            return year_value(found_year.group(1))
    if (dated := _date_year(front)) is not None:
        return dated
    for top in report.sections:
        if top.role is Role.PLAN:
            for paragraph in top.all_paragraphs():
                if opening := _year_is().match(paragraph.text):
                    return year_value(opening.group(1))
    return None


def _front_year(front: Front) -> int | None:
    """The plan year the front matter tells (title, else delivery date), before any part is
    read: part roles read years against it."""
    return (_title_year(front.title) if front.title else None) or _date_year(front)


def _title_year(title: str) -> int | None:
    from toolkit.profiles.front import parse_date

    found = _YEAR.search(title)
    return year_value(found.group(1)) if found and not parse_date(title) else None


def _date_year(front: Front) -> int | None:
    if front.date:
        year, month, _ = front.date
        return year + 1 if month >= 10 else year
    return None


def _targets_paragraph(report: Report) -> str | None:
    """The id of the paragraph stating the main expected targets of the coming year."""
    by_role: dict[Role, list] = {Role.PLAN: [], Role.OUTLOOK: [], Role.OTHER: []}
    for section, paragraph in report.paragraphs():
        role = section.role if section else Role.OTHER
        if role in by_role:
            by_role[role].append(paragraph)
    for role in (Role.PLAN, Role.OTHER, Role.OUTLOOK):
        for paragraph in by_role[role]:
            if (
                any(cue in paragraph.text for cue in _TARGET_CUE)
                and len(_PERCENT.findall(paragraph.text)) >= 2
            ):
                return paragraph.id
    for role in (Role.PLAN, Role.OTHER):
        best = max(by_role[role], key=lambda p: len(_qualified().findall(p.text)), default=None)
        if best is not None and len(_qualified().findall(best.text)) >= 3:
            return best.id
    return None
