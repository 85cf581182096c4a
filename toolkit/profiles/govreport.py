"""The 政府工作报告 profile: front matter, parts, sections, annexes, glossary, targets paragraph.

Labels: parts 一、二、… (or unnumbered part titles such as "2024年工作回顾"), sections （一）
or (一) (standalone or run-in), items 1. （1） ①. "附件N" opens an annex, "名词解释"/"注释"
the glossary. See DESIGN.md §1 for the anatomy this follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolkit.model import Block, Report, Role, SourceDocument
from toolkit.plugins.base import Profile
from toolkit.profiles.front import Front, meta_line, read_front, split_chrome, take_page_title
from toolkit.profiles.glossary import GLOSSARY_TITLE, parse_glossary
from toolkit.profiles.headings import (
    find_lead,
    is_title_line,
    labelled_heading,
    make_heading,
)
from toolkit.profiles.numbering import match_label
from toolkit.profiles.tree import Heading, Up, build_sections, front_paragraphs

ROLE_RULES: tuple[tuple[Role, re.Pattern[str]], ...] = (
    (Role.GLOSSARY, GLOSSARY_TITLE),
    (Role.ANNEX, re.compile(r"^附件")),
    (Role.GOVERNMENT, re.compile(r"自身建设|政府建设")),
    (Role.REVIEW, re.compile(r"回顾|总结|过去(一|五)年|一年来|五年来")),
    (Role.OUTLOOK, re.compile(r"十[一二三四五六七八九]五|今后五年|未来五年|主要考虑|中长期|远景")),
    (
        Role.PLAN,
        re.compile(r"安排|建议|部署|重点工作|主要任务|重点任务|总体要求|目标|\d{4}年.*工作"),
    ),
)
_ANNEX = re.compile(r"^附件\s*(\d{1,2}|[一二三四五六七八九十])?\s*[：:、.]?\s*")
_ADDRESS = re.compile(r"^各位(代表|委员)")
_YEAR = re.compile(r"(\d{4})\s*年")
_TARGET_CUE = re.compile(r"主要预期目标|主要目标|预期目标|发展目标|主要指标")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
_QUALIFIED = re.compile(r"\d+(?:\.\d+)?\s*[%％]?\s*(?:左右|以上|以内|以下)")


def role_of(title: str) -> Role:
    for role, pattern in ROLE_RULES:
        if pattern.search(title):
            return role
    return Role.OTHER


class GovReportProfile(Profile):
    name = "govreport"
    description = "政府工作报告 of any level: parts, sections, items, annexes, glossary, targets"

    def score(self, document: SourceDocument) -> float:
        head = "\n".join(b.text for b in document.blocks[:30])
        text = "\n".join(b.text for b in document.blocks[:400])
        score = 0.0
        if "工作报告" in head:
            score += 0.4
        if re.search(r"各位代表", text):
            score += 0.3
        if re.search(r"工作回顾|工作安排|政府自身建设|主要预期目标", text):
            score += 0.3
        return score

    def parse(self, document: SourceDocument) -> Report:
        blocks = document.blocks
        front = split_chrome(blocks)
        body_start = read_front(blocks, front.chrome_head, front.chrome_tail, front)
        take_page_title(front, document.meta)
        items = self._classify(blocks[body_start : front.chrome_tail])
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

    def _classify(self, blocks: Sequence[Block]) -> list[tuple[Block, Heading | Up | None]]:
        numbered_parts = _has_numbered_parts(blocks)
        items: list[tuple[Block, Heading | Up | None]] = []
        expected_part = 1
        context = Role.OTHER  # role of the open top-level part
        annex_title_pending = False
        for block in blocks:
            text = block.text
            heading: Heading | None = None
            if annex_title_pending and is_title_line(text, 40) and items:
                # "附件1" on one line, "2025年省十件民生实事" on the next: the annex's title
                annex_block, annex = items[-1]
                assert isinstance(annex, Heading)
                role = Role.GLOSSARY if GLOSSARY_TITLE.match(text) else Role.ANNEX
                items[-1] = (annex_block, Heading(1, annex.label, text, annex.heading, role))
                context = role
                annex_title_pending = False
                items.append((block, None))
                continue
            annex_title_pending = False
            if found := GLOSSARY_TITLE.match(text):
                heading = Heading(
                    1, (found.group(1) or "").strip(), found.group(2), text, Role.GLOSSARY
                )
                context = Role.GLOSSARY
            elif (annex_match := _ANNEX.match(text)) and len(text) <= 40:
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
            elif (label := match_label(text)) is not None:
                heading = labelled_heading(block, label)
                if heading and label.kind in ("cn", "chapter"):
                    if context is Role.ANNEX:
                        heading = Heading(2, *_rest(heading))
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
            elif not numbered_parts and is_title_line(text) and role_of(text) is not Role.OTHER:
                heading = _part(make_heading(block, None, 1))
                context = heading.role or Role.OTHER
            if heading is None and _ADDRESS.match(text) and context is not Role.GLOSSARY:
                items.append((block, Up(1)))  # "各位代表！" speaks for the part, not a section
                continue
            items.append((block, heading))
        return items


def _rest(heading: Heading) -> tuple[str, str, str, Role | None]:
    return heading.label, heading.title, heading.heading, heading.role


def _part(heading: Heading) -> Heading:
    return Heading(1, heading.label, heading.title, heading.heading, role_of(heading.title))


def _has_numbered_parts(blocks: Sequence[Block]) -> bool:
    """Whether the report numbers its parts 一、二、 (then unnumbered lines are not parts)."""
    seen = set()
    for block in blocks:
        label = match_label(block.text)
        if label and label.kind in ("cn", "chapter") and labelled_heading(block, label):
            seen.add(label.ordinal)
    return {1, 2} <= seen


def _finish(report: Report, front: Front) -> Report:
    """Fill in the year and the headline-targets paragraph, which need the whole tree."""
    from dataclasses import replace

    return replace(report, year=_year(report, front), targets_paragraph=_targets_paragraph(report))


def _year(report: Report, front: Front) -> int | None:
    """The year the report plans: from the title, else the plan part's heading, else the
    delivery date (a report delivered in October–December plans the next year)."""
    if report.title:
        from toolkit.profiles.front import parse_date

        found = _YEAR.search(report.title.replace("〇", "0"))
        if found and not parse_date(report.title):
            return int(found.group(1))
    for section in report.sections:
        if section.role is Role.PLAN and (found := _YEAR.search(section.title)):
            return int(found.group(1))
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
            if _TARGET_CUE.search(paragraph.text) and len(_PERCENT.findall(paragraph.text)) >= 2:
                return paragraph.id
    for role in (Role.PLAN, Role.OTHER):
        best = max(by_role[role], key=lambda p: len(_QUALIFIED.findall(p.text)), default=None)
        if best is not None and len(_QUALIFIED.findall(best.text)) >= 3:
            return best.id
    return None
