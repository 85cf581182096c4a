"""Sentence-level extraction: the quantities of one paragraph, each with its indicator and
qualifier. No knowledge of report structure here; :mod:`toolkit.targets.extract` decides which
paragraphs are plan or review and which findings to keep.

A sentence ends at 。！？；; a clause at ，,：:; list items are separated by 、. The indicator of
a quantity is the noun phrase before it in its clause or list item (leading cues such as 力争 and
action verbs such as 建成 removed, trailing predicates such as 增长 / 达到 removed). When that
phrase is only a predicate ("…，增长5.5%") the indicator carries over from the previous quantity of
the sentence; when nothing names it before the number ("完成30万平方米“暖房子”任务") the text
after the unit names it. "A、B、C产量分别达X、Y、Z" pairs names and values in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.numbers import Quantity, find_quantities
from toolkit.targets.phrases import is_predicate_only, list_names, name_after, name_before
from toolkit.targets.qualifiers import (
    GOVERNING_CUES,
    bound_prefix,
    strip_bounds,
    suffix,
)

SENTENCE_END = "。！？；;!?"
CLAUSE_SEP = "，,：:"

_BASELINE = re.compile(r"从(?:\d{4}年(?:底|末)?的?)?$")
_GROWTH_END = re.compile(r"(?:增长|下降|提高|提升|降低|减少|增加)(?:到|至)?$")


@dataclass(frozen=True, slots=True)
class Finding:
    """A quantity of a sentence with what the sentence says about it.

    ``source`` tells where the indicator came from: "before" (named before the number),
    "carried" (from an earlier quantity of the sentence), "list" (a 分别 list), "after" (named
    after the number: a count of things rather than a measure). ``governed`` is true when the
    clause carries a commitment cue or a qualifier; ``growth`` when the value is a rate of change
    (增长5%); ``baseline`` when it is the starting point of "从X提高到Y"; ``reference`` when it
    quotes a task ("超额完成国家下达的110万人年度任务") rather than stating a figure;
    ``comparison`` when it compares with another entity (高于全国0.7个百分点); ``from_cue``
    when the qualifier is a governing cue (力争, 确保, 完成) rather than a bound.
    """

    quantity: Quantity
    indicator: str
    canonical: str | None
    qualifier: str
    source: str
    governed: bool
    growth: bool
    baseline: bool
    reference: bool
    comparison: bool
    sentence: str
    clause: str
    from_cue: bool = False


def sentences(text: str) -> Iterator[str]:
    """The sentences of a paragraph, each with its closing punctuation."""
    start = 0
    for i, char in enumerate(text):
        if char in SENTENCE_END:
            yield text[start : i + 1]
            start = i + 1
    if text[start:].strip():
        yield text[start:]


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (split at ，,：:, separators dropped)."""
    parts = re.split(rf"[{CLAUSE_SEP}]", sentence)
    return [p for p in parts if p.strip()]


def analyse_sentence(sentence: str, table: IndicatorTable) -> list[Finding]:
    """Every quantity of one sentence with its indicator, qualifier and flags."""
    findings: list[Finding] = []
    subject: tuple[str, str | None] | None = None
    names: list[tuple[str, str | None]] = []
    for clause in clauses(sentence.rstrip(SENTENCE_END)):
        found, subject, names = _analyse_clause(clause, sentence, table, subject, names)
        findings.extend(found)
    return findings


def _analyse_clause(
    clause: str,
    sentence: str,
    table: IndicatorTable,
    subject: tuple[str, str | None] | None,
    last_names: list[tuple[str, str | None]],
) -> tuple[list[Finding], tuple[str, str | None] | None, list[tuple[str, str | None]]]:
    """The findings of one clause, the subject for the next clause, and the names of a 分别
    list for the next clause ("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%")."""
    quantities = [q for q in find_quantities(clause) if not _work_areas(clause, q)]
    if not quantities:
        return [], subject, last_names
    listed = list_names(clause, quantities, table)
    if listed is None and len(last_names) == len(quantities) > 1:
        head = clause[: quantities[0].start]
        between = [clause[a.end : b.start] for a, b in pairwise(quantities)]
        if is_predicate_only(head) and all(re.fullmatch(r"[、和及]", t) for t in between):
            listed = dict(enumerate(last_names))
    cue_positions = [
        (m.start(), GOVERNING_CUES[m.group()])
        for m in re.finditer("|".join(GOVERNING_CUES), clause)
    ]
    suffixes: list[tuple[str, int]] = [suffix(clause, q.end) for q in quantities]
    results: list[tuple[Quantity, str, str | None, str, str, bool, bool, bool, bool]] = []
    previous_end = 0
    bound_carry = ""
    for index, quantity in enumerate(quantities):
        item_start = max(previous_end, clause.rfind("、", 0, quantity.start) + 1)
        phrase = clause[item_start : quantity.start]
        bound_after, after_end = suffixes[index]
        prefix = bound_prefix(phrase)
        if not prefix and bound_carry and re.fullmatch(r"\s*[和与及、]?\s*", phrase):
            prefix = bound_carry  # "不低于740元/月和485元/月"
        bound_carry = prefix
        cue = next((c for pos, c in reversed(cue_positions) if pos < quantity.start), "")
        qualifier = bound_after or prefix or cue
        baseline = bool(_BASELINE.search(phrase))
        comparison = _is_comparison(phrase, quantity)
        reference = bool(re.match(r"(?:的)?(?:年度)?(?:任务|目标)", clause[after_end:]))
        growth = bool(_GROWTH_END.search(strip_bounds(phrase))) and quantity.unit in (
            "%",
            "个百分点",
        )
        if listed is not None and index in listed:
            name, canonical = listed[index]
            source = "list"
        else:
            previous = results[-1] if results else None
            name, canonical, source = name_before(
                phrase, table, previous[1] if previous else (subject[0] if subject else None)
            )
            if source == "empty":
                if previous is not None and previous[4] != "after" and not phrase.strip():
                    name, canonical = previous[1], previous[2]  # "突破8万亿元、9万亿元"
                    source = "carried"
                elif is_predicate_only(phrase) and (subject is not None or previous is not None):
                    if previous is not None and previous[4] != "after":
                        name, canonical = previous[1], previous[2]
                    elif subject is not None:
                        name, canonical = subject
                    source = "carried"
                else:
                    stop = (
                        quantities[index + 1].start if index + 1 < len(quantities) else len(clause)
                    )
                    name = name_after(clause[after_end:stop])
                    canonical = None
                    source = "after"
        if source in ("before", "list") and not comparison:
            subject = (name, canonical)
        results.append(
            (quantity, name, canonical, qualifier, source, growth, baseline, reference, comparison)
        )
        previous_end = after_end
    if listed is not None:  # 分别达X、Y、Z以上: a cue before the first value holds for all
        first_prefix = bound_prefix(clause[: quantities[0].start])
        results = [
            (q, n, c, qual or first_prefix, s, g, b, r, cmp)
            for (q, n, c, qual, s, g, b, r, cmp) in results
        ]
    governed = bool(cue_positions) or any(r[3] for r in results)
    findings = [
        Finding(q, n, c, qual, s, governed, g, b, r, cmp, sentence, clause, qual in GOVERNING_CUES)
        for (q, n, c, qual, s, g, b, r, cmp) in results
    ]
    names = [listed[i] for i in sorted(listed)] if listed is not None else []
    return findings, subject, names


def _work_areas(clause: str, quantity: Quantity) -> bool:
    """ "重点抓好以下14个方面的工作": a count of work areas, not a target."""
    return bool(re.match(r"(?:个)?方面|大(?:方面|任务)", clause[quantity.end :]))


def _is_comparison(phrase: str, quantity: Quantity) -> bool:
    """ "高于全国0.7个百分点", "快于经济增速1个百分点", "约占全国1/10"."""
    if re.search(r"占(?:全国|全省|全市|全区|全球|世界)", phrase):
        return True
    if quantity.unit == "个百分点" or quantity.unit == "":
        return bool(
            re.search(
                r"(?:高于|低于|快于|慢于|好于|超过|比)(?:全国|全省|全市|平均|经济|同期)", phrase
            )
        )
    return False
