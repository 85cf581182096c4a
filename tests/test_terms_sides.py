"""The two reports' candidates, section pairs and renamed terms found in two processes are
those found in one: a real corpus pair compared both ways (the thresholds lowered so that a
provincial pair forks)."""

from __future__ import annotations

from conftest import CORPUS, needs_corpus

from toolkit import parallel
from toolkit.api import load_report
from toolkit.terms import compare, compare_terms, renamed
from toolkit.terms.model import Term

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
    # children started where forking is usable: the newer side, the sections, renamed links
    assert len(forks) == 3 or not parallel.usable()
    assert both == alone
    assert len(alone.new) > 100 and len(alone.dropped) > 100 and alone.sections
    assert any(t.renamed_from for t in alone.new)


def test_a_term_sent_as_plain_data_is_the_same_term():
    """The newer side's terms come back from its child as plain data: every field kept."""
    term = Term("耐心资本", compare.TermKind.CONCEPT, 3, "s2.1", "扩大内需", 40, "…耐心资本…", 0.5)
    renamed_term = Term("耐心资本", compare.TermKind.QUOTED, 1, None, "", 2, "", 0.25, "长期资本")
    for one in (term, renamed_term):
        plain = compare.plain_term(one)
        assert len(plain) == len(Term.__slots__)
        assert compare.term_of(plain) == one
