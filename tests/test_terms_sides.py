"""The two reports' candidates, section pairs and renamed terms found in two processes are
those found in one: a real corpus pair compared both ways (the thresholds lowered so that a
provincial pair forks)."""

from __future__ import annotations

from conftest import CORPUS, needs_corpus

from toolkit import parallel
from toolkit.api import load_report
from toolkit.terms import compare, compare_terms, plain, renamed
from toolkit.terms.model import SectionTermShifts, Term, TermKind, TermShift

pytestmark = needs_corpus


def test_a_forked_side_finds_what_this_process_finds(monkeypatch):
    folder = CORPUS / "reports" / "guizhou"
    old, new = load_report(folder / "2025.txt"), load_report(folder / "2026.txt")
    monkeypatch.setenv("REPORT_TOOLKIT_JOBS", "1")
    alone = compare_terms(old, new)
    monkeypatch.delenv("REPORT_TOOLKIT_JOBS")
    monkeypatch.setattr(compare, "SIDES_MIN_CHARS", 0)
    monkeypatch.setattr(renamed, "FORK_MIN_WEIGHT", 0)
    forks: list[int] = []
    fork = parallel._fork
    monkeypatch.setattr(parallel, "_fork", lambda *a: forks.append(1) or fork(*a))
    both = compare_terms(old, new)
    # children started where forking is usable: the sections, the newer side, the shifts and
    # renamed links
    assert len(forks) == 4 or not parallel.usable()
    assert both == alone
    assert len(alone.new) > 100 and len(alone.dropped) > 100 and alone.sections
    assert any(t.renamed_from for t in alone.new)


def test_a_term_sent_as_plain_data_is_the_same_term():
    """The newer side's terms come back from its child as plain data: every field kept."""
    term = Term("耐心资本", TermKind.CONCEPT, 3, "s2.1", "扩大内需", 40, "…耐心资本…", 0.5)
    renamed_term = Term("耐心资本", TermKind.QUOTED, 1, None, "", 2, "", 0.25, "长期资本")
    for one in (term, renamed_term):
        data = plain.plain_term(one)
        assert len(data) == len(Term.__slots__)
        assert plain.term_of(data) == one


def test_shifts_sent_as_plain_data_are_the_same_shifts():
    """The shifts come back from their child as plain data: every field kept."""
    word = TermShift("改革", None, 30, 42, 3.25)
    term = TermShift("耐心资本", TermKind.CONCEPT, 1, 4, -0.125)
    pair = SectionTermShifts(
        "s1", "s1+s2", "一、回顾", "一、总结", "heading", (word, term), (word,)
    )
    assert len(plain.plain_shift(term)) == len(TermShift.__slots__)
    assert len(plain.plain_section(pair)) == len(SectionTermShifts.__slots__)
    assert plain.shift_of(plain.plain_shift(word)) == word
    assert plain.shift_of(plain.plain_shift(term)) == term
    assert plain.section_of(plain.plain_section(pair)) == pair
