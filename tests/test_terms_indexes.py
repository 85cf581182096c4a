"""The indexes that spare the terms analysis a pass over all of one report's terms for each
term of the other must give what the pass gave: checked on the terms of real corpus pairs (the
dropped and new terms of a development pair, as ``compare_terms`` finds them)."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, needs_corpus

from toolkit.api import load_report
from toolkit.terms import compare_terms
from toolkit.terms.corpus import ReportText
from toolkit.terms.model import TermComparison, TermShift
from toolkit.terms.renamed import _Heads
from toolkit.terms.shifts import _fragments_of_others
from toolkit.terms.text import skeleton

pytestmark = needs_corpus
PROVINCES = ("hainan", "henan")


@cache
def _pair(province: str) -> TermComparison:
    folder = CORPUS / "reports" / province
    return compare_terms(
        load_report(folder / "2025.txt"), load_report(folder / "2026.txt"), sections=False
    )


def _first_test(core: str, candidate: str) -> bool:
    """same_head's exact first test: one length, or the shorter's first two in the longer."""
    short, long = sorted((core, candidate), key=len)
    return len(short) == len(long) or short[:2] in long


@pytest.mark.parametrize("province", PROVINCES)
def test_a_head_group_is_narrowed_to_what_passes_the_first_test_in_its_order(province):
    pair = _pair(province)
    by_head: dict[str, list[str]] = {}
    for term in pair.dropped:
        core = skeleton(term.text)
        if len(core) >= 3:
            by_head.setdefault(core[-2:], []).append(core)
    heads = _Heads(by_head)
    # the dropped terms among themselves too: groups of one head with many lengths
    queries = {skeleton(t.text) for t in (*pair.new, *pair.dropped)}
    looked = 0
    for core in sorted(q for q in queries if len(q) >= 4):
        group = by_head.get(core[-2:], [])
        assert heads.near(core) == {core[-2:]: [c for c in group if _first_test(core, c)]}
        looked += len(group) > 1
    assert looked >= 20  # heads shared by several dropped terms were looked up


@pytest.mark.parametrize("province", PROVINCES)
def test_a_fragment_is_a_text_inside_another_of_the_same_counts(province):
    pair = _pair(province)
    # the new and dropped terms of a real pair as shifts: counts repeat (1, 1 and 2, 1 …)
    terms = {t.text: t for t in (*pair.new, *pair.dropped)}.values()
    shifts = [TermShift(t.text, t.kind, t.count, 1, 0.0) for t in terms]
    pairwise = {
        s.text
        for s in shifts
        if any(o is not s and s.text in o.text and o.old_count == s.old_count for o in shifts)
    }
    assert len(pairwise) >= 5
    assert _fragments_of_others(shifts) == pairwise


@pytest.mark.parametrize("province", PROVINCES)
def test_counting_all_at_once_counts_as_str_count_line_by_line(province):
    folder = CORPUS / "reports" / province
    text = ReportText.of(load_report(folder / "2025.txt"))
    pair = _pair(province)
    cores = {skeleton(t.text) for t in (*pair.new, *pair.dropped, *pair.shifted)}
    # skeletons that overlap themselves, as the text has them (一一, 双双 …): counted match by match
    bordered = {
        line.skeleton[i : i + n]
        for line in text.lines
        for n in (2, 3)
        for i in range(len(line.skeleton) - n + 1)
        if line.skeleton[i] == line.skeleton[i + n - 1]
    }
    cores |= bordered
    text.count_all(cores)
    for core in sorted(cores):
        per_line = [line.skeleton.count(core) for line in text.lines]
        assert text.count(core) == sum(per_line) == text.joined.count(core), core
        holding = [i for i, n in enumerate(per_line) if n]
        assert text.first(core) == (text.lines[holding[0]] if holding else None), core
    assert sum(text.count(c) > 0 for c in bordered) >= 20
