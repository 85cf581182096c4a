"""Prompts of the draft's review part in last year's pattern: the overview with its figures left
blank, one line per quantitative commitment of last year's plan with a blank for its result, and
the review's standing parts (other work such as 国防动员 and 民族宗教, troops, thanks, problems)
when last year's review had them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from toolkit.draft.facts import Commitment
from toolkit.draft.model import Blank, DraftParagraph, Kind, Lead
from toolkit.draft.patterns import blank_figures, clauses, pattern, result_of, sentences
from toolkit.model import Paragraph, Report, Role

#: what the blank of a five-year clause asks for in a one-year review
THIS_YEAR = "本年表述"
_THANKS = re.compile(r"衷心感谢|诚挚感谢|由衷感谢|衷心的感谢|崇高敬意|表示感谢")
_PROBLEMS = re.compile(
    r"清醒(?:地)?(?:看到|认识)|问题和不足|不足和问题|困难和问题|差距和不足|短板和不足"
)
#: departments a review's "other work" paragraph lists (民族、宗教、外事、国防动员 …)
_DEPARTMENTS = re.compile(
    r"民族|宗教|外事|侨务|港澳|对台|国防|双拥|退役军人|人防|档案|史志|地方志|气象|地震|妇女|"
    r"儿童|残疾人|红十字|工会|共青团|老龄|慈善|参事|文史|统计|审计"
)
#: at least this many departments named, two of them core ones, make a paragraph the "other
#: work" one
OTHER_WORK = 4
_CORE = re.compile(r"民族|宗教|国防|双拥|退役军人|外事|侨务")
#: a sentence of figures over the five-year term, left out of a one-year overview
_TERM_FIGURES = re.compile(r"五年来|过去五年|这五年|年均")
_TROOPS = re.compile(r"驻\S{1,4}部队|部队官兵|人民子弟兵|军政军民")
_REMEDY = re.compile(r"^(?:对此|对这些问题|对于这些问题|我们将|我们一定|我们要|我们必须)")
#: how much of a paragraph opening a problems prompt keeps before its blank
OPENING_LIMIT = 80


def overview_prompt(report: Report, paragraph_id: str | None) -> DraftParagraph:
    """The review's overview in last year's words with every figure a blank and its five-year
    sentences left out; a single blank when last year's review had no overview paragraph."""
    text = _text(report, paragraph_id)
    kept = "".join(s for s in sentences(text) if not _TERM_FIGURES.search(s))
    if not kept:
        return DraftParagraph(
            Kind.PROMPT, ("总体情况：", Blank("主要经济指标完成情况与全年工作总体评价"))
        )
    return DraftParagraph(
        Kind.PROMPT,
        (Lead("总体情况："), *pattern(kept, report.year, five_year=THIS_YEAR, review=True)),
        hints=("按上年报告总体情况的写法拟写，数字已留空，请填入本年数据并核对表述",),
    )


def commitment_prompts(commitments: Iterable[Commitment]) -> Iterator[DraftParagraph]:
    """One prompt a clause: last year's commitment as worded (its year kept: it is the year
    under review) and its result with the figures left blank ("上年承诺：新增城镇公园120座。
    完成情况：新增城镇公园【待填】座"); what became of the same commitment a year earlier rides
    along as a hint."""
    by_clause: dict[str, list[Commitment]] = {}
    for commitment in commitments:
        by_clause.setdefault(commitment.clause or commitment.text, []).append(commitment)
    for clause, group in by_clause.items():
        hints = tuple(dict.fromkeys(c.carried for c in group if c.carried))
        yield DraftParagraph(
            Kind.PROMPT,
            ("上年承诺：" + clause + "。完成情况：", *blank_figures(result_of(clause))),
            hints=hints,
        )


def standing_prompts(report: Report, skip: str | None = None) -> Iterator[DraftParagraph]:
    """Prompts for the standing parts of last year's review, in its order: other work
    (民族宗教、国防动员 …), troops, thanks, problems; each present only when the review had it.
    ``skip`` is the overview paragraph, never a standing part."""
    year = report.year
    for paragraph in _review_paragraphs(report):
        if paragraph.id == skip:
            continue
        text = paragraph.text
        opening = sentences(text)[0] if text else ""
        if text.startswith("——"):
            continue  # a point of the five-year or the year's summary, not a standing part
        if _PROBLEMS.search(text[:40]):
            yield _problems(text, year)
        elif _THANKS.search(text):
            yield DraftParagraph(
                Kind.PROMPT,
                (Lead("感谢："), *pattern(text, year, figures=False, five_year=THIS_YEAR)),
                hints=(f"上年开头：{opening}",),
            )
        elif _TROOPS.search(text[:40]):
            yield DraftParagraph(
                Kind.PROMPT,
                (Lead("国防和双拥："), *pattern(text, year, five_year=THIS_YEAR, review=True)),
            )
        elif listed := _other_work(text):
            yield DraftParagraph(
                Kind.PROMPT,
                (Lead("其他工作："), *pattern(listed, year, five_year=THIS_YEAR, review=True)),
            )


def _other_work(text: str) -> str:
    """The sentences of a paragraph that list other work, departments named one after another
    ("民族、宗教、侨务、国防动员…等工作取得新成绩。"): the paragraph has a clause naming at
    least :data:`OTHER_WORK` of them, two core ones (民族, 宗教, 国防 …); its sentences with a
    clause naming three or more are kept. "" when the paragraph lists none."""

    def named(clause: str) -> int:
        return len(set(_DEPARTMENTS.findall(clause)))

    if not any(named(c) >= OTHER_WORK and len(set(_CORE.findall(c))) >= 2 for c in clauses(text)):
        return ""
    return "".join(s for s in sentences(text) if any(named(c) >= 3 for c in clauses(s)))


def _problems(text: str, year: int | None) -> DraftParagraph:
    """ "我们也清醒认识到，…：" + a blank + the remedy sentence ("对此，我们将…") if any."""
    first = sentences(text)[0]
    colon = min((at for at in (text.find("："), text.find(":")) if at >= 0), default=-1)
    cut = colon + 1 if 0 <= colon < len(first) else len(first)
    opening = text[: min(cut, OPENING_LIMIT)]
    last = sentences(text)[-1]
    remedy = last if _REMEDY.search(last) and last != first else ""
    parts: list[str | Blank | Lead] = [Lead("问题和不足："), *pattern(opening, year, figures=False)]
    parts.append(Blank("问题和不足"))
    if remedy:
        parts.extend(pattern(remedy, year, figures=False))
    return DraftParagraph(Kind.PROMPT, tuple(parts))


def _review_paragraphs(report: Report) -> Iterator[Paragraph]:
    for top in report.sections:
        if top.role is Role.REVIEW:
            yield from top.all_paragraphs()


def _text(report: Report, paragraph_id: str | None) -> str:
    if paragraph_id is None:
        return ""
    try:
        return report.paragraph(paragraph_id).text
    except KeyError:
        return ""
