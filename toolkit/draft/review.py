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
_THANKS = re.compile(r"(?:表示|致以)[^。！，]{0,6}(?:感谢|敬意)|(?:衷心|诚挚|由衷)(?:地)?感谢")
#: the thanks are given on behalf of the government ("我代表省人民政府，向…表示衷心感谢")
_ON_BEHALF = re.compile(r"代表[^。！，]{0,8}(?:政府|国务院)")
#: a problems paragraph opens by saying what is seen ("我们也清醒认识到") and naming problems
_SEEN = re.compile(r"看到|认识到")
_PROBLEM_WORDS = re.compile(r"问题|不足|挑战|困难|短板|差距|矛盾")
#: how far into a paragraph its opening is read for those words
OPENING_SPAN = 60
#: departments a review's "other work" paragraph lists (民族、宗教、外事、国防动员 …)
_DEPARTMENTS = re.compile(
    r"民族|宗教|外事|侨务|港澳|对台|国防|双拥|退役军人|人防|档案|史志|地方志|气象|地震|妇女|"
    r"儿童|青少年|残疾人|红十字|工会|共青团|老龄|慈善|参事|文史|统计|审计"
)
#: at least this many departments named in one clause, and two core ones in the paragraph,
#: make a paragraph the "other work" one
OTHER_WORK = 4
_CORE = re.compile(r"民族|宗教|国防|双拥|退役军人|外事|侨务")
_FIGURE_IN = re.compile(r"[0-9](?![0-9]*年)")
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
    said = [s for s in sentences(text) if not _TERM_FIGURES.search(s)]
    # the opening sentence and those with figures make the pattern; the others tell one-off
    # events of last year ("永靖盐锅峡镇滑坡避险案例得到…通报表扬")
    kept = "".join(s for i, s in enumerate(said) if i == 0 or _FIGURE_IN.search(s))
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
    (民族宗教、国防动员 …), troops, thanks, problems; each present only when the review had it,
    from the last paragraph of its kind (an earlier thanks to a one-off event's volunteers is no
    standing part). ``skip`` is the overview paragraph, never a standing part."""
    year = report.year
    last: dict[str, tuple[int, DraftParagraph]] = {}
    for number, paragraph in enumerate(_review_paragraphs(report)):
        if paragraph.id != skip and not paragraph.text.startswith("——"):
            # a "——" paragraph is a point of the year's or the term's summary
            found = _standing(paragraph.text, year)
            if found is not None:
                last[found[0]] = (number, found[1])
    for _, prompt in sorted(last.values(), key=lambda item: item[0]):
        yield prompt


def _standing(text: str, year: int | None) -> tuple[str, DraftParagraph] | None:
    """(kind, prompt) when ``text`` is a standing part of a review, else None."""
    opening = sentences(text)[0] if text else ""
    opening_words = text[:OPENING_SPAN]
    if "清醒" in opening_words or (
        _SEEN.search(opening_words) and _PROBLEM_WORDS.search(opening_words)
    ):
        return "problems", _problems(text, year)
    if _THANKS.search(text) and _ON_BEHALF.search(text):
        parts = pattern(text, year, figures=False, five_year=THIS_YEAR)
        hints = (f"上年开头：{opening}",)
        return "thanks", DraftParagraph(Kind.PROMPT, (Lead("感谢："), *parts), hints=hints)
    if _TROOPS.search(text[:40]):
        parts = pattern(text, year, five_year=THIS_YEAR, review=True)
        return "troops", DraftParagraph(Kind.PROMPT, (Lead("国防和双拥："), *parts))
    listed = _other_work(text)
    if listed:
        parts = pattern(listed, year, five_year=THIS_YEAR, review=True)
        return "other", DraftParagraph(Kind.PROMPT, (Lead("其他工作："), *parts))
    return None


def _other_work(text: str) -> str:
    """The sentences of a paragraph that list other work, departments named one after another
    ("民族、宗教、侨务、国防动员…等工作取得新成绩。"): the paragraph has a clause naming at
    least :data:`OTHER_WORK` of them and names two core ones (民族, 宗教, 国防 …); its sentences
    with a clause naming three or more are kept. "" when the paragraph lists none."""

    def named(clause: str) -> int:
        return len(set(_DEPARTMENTS.findall(clause)))

    if len(set(_CORE.findall(text))) < 2 or not any(named(c) >= OTHER_WORK for c in clauses(text)):
        return ""
    return "".join(s for s in sentences(text) if any(named(c) >= 3 for c in clauses(s)))


def _problems(text: str, year: int | None) -> DraftParagraph:
    """ "我们也清醒认识到，…：" + a blank + the remedy sentence ("对此，我们将…") if any; the
    opening starts at the sentence that says what is seen."""
    cue = _SEEN.search(text) or re.search("清醒", text)
    if cue is not None:
        text = "".join(_from_sentence_at(text, cue.start()))
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


def _from_sentence_at(text: str, at: int) -> list[str]:
    """The sentences of ``text`` from the one holding offset ``at`` on."""
    kept: list[str] = []
    position = 0
    for sentence in sentences(text):
        position += len(sentence)
        if position > at:
            kept.append(sentence)
    return kept


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
