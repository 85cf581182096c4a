"""Last year's figures left in the draft's review: an amount the review states (城镇新增就业
47.3万人) that last year's review stated too, for the same indicator, the way a review copied
from last year's and not brought up to date reads.

Rates (增长5.5%, 城镇调查失业率5.3%) often repeat from one year to the next and are left alone;
so are small whole counts of things (20件民生实事, 新增国家级企业技术中心8家), rounded figures
(旅游收入超万亿元) and five-year figures. On the corpus's 18 pairs of real reports no amount
passes these rules in both years' reviews.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Paragraph, Report, Role
from toolkit.targets.model import Target
from toolkit.targets.numbers import normalise_digits

KIND = "stale-figure"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(report: Report) -> set[str]:
    """The numbers written in the report's review parts."""
    return {
        number
        for top in report.sections
        if top.role is Role.REVIEW
        for paragraph in top.all_paragraphs()
        for number in _NUMBER.findall(normalise_digits(paragraph.text))
    }


def find(
    lines: list[Line], draft: Report, previous: Report, skip: frozenset[int] = frozenset()
) -> Iterator[Finding]:
    """P1 for each line of the draft's review (not in ``skip``) stating an amount of last
    year's review: the same indicator, value and unit; at most one a line."""
    from toolkit.targets import extract_targets

    # only paragraphs holding a number the other year's review holds too can hold such a figure
    shared = _numbers(draft) & _numbers(previous)

    def keep(paragraph: Paragraph) -> bool:
        return not shared.isdisjoint(_NUMBER.findall(normalise_digits(paragraph.text)))

    last: dict[tuple[str, float, str], Target] = {}
    for figure in extract_targets(previous, all_figures=True, only="achieved", keep=keep):
        if _telling(figure):
            last.setdefault(_key(figure), figure)
    by_line = {line.line: line for line in lines}
    flagged: set[int] = set()
    for figure in extract_targets(draft, all_figures=True, only="achieved", keep=keep):
        line = by_line.get(figure.line)
        if line is None or figure.line in skip or figure.line in flagged or not _telling(figure):
            continue
        old = last.get(_key(figure))
        if old is None:
            continue
        flagged.add(figure.line)
        yield Finding(
            KIND,
            "P1",
            figure.line,
            line.text,
            f"“{figure.indicator}{figure.value_text}” is the figure last year's review gave "
            f"(its line {old.line}): still last year's?",
            "",
            line.section,
        )


def _key(figure: Target) -> tuple[str, float, str]:
    assert figure.value is not None
    return (figure.canonical or figure.indicator, figure.value, figure.unit)


def _telling(figure: Target) -> bool:
    """An achieved amount of the year precise enough that its repeating says it was copied."""
    if figure.scope != "achieved" or figure.five_year or figure.value is None:
        return False
    if figure.unit in ("%", "个百分点", "") or figure.qualifier or figure.value_max is not None:
        return False
    whole_and_small = figure.value == int(figure.value) and abs(figure.value) < 100
    return figure.canonical is not None or not whole_and_small
