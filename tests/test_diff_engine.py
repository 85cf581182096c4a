"""The diff engine (fast-diff-match-patch, the C++ port) gives exactly the runs of the
pure-Python diff-match-patch it replaced, on real report text: every token diff a comparison
makes, whole sections, and a diff with more distinct tokens than the Basic Multilingual Plane's
private-use area holds (code points past U+FFFF)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from diff_match_patch import diff_match_patch

from tests.conftest import CORPUS, CORPUS_PAIRS, PAIRS, SAMPLES, needs_corpus
from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.build import aligned_sections
from toolkit.model import Report, Section
from toolkit.textdiff import engine
from toolkit.textdiff.tokens import tokenize

_REFERENCE_OPS = {0: "=", -1: "-", 1: "+"}


def reference(
    old: Sequence[str], new: Sequence[str], *, cleanup: bool, old_keys: Sequence[str] | None
) -> list[tuple[str, int]]:
    """What ``engine._raw_diff`` returned with the pure-Python diff-match-patch."""
    encoder = engine._Encoder()
    a = encoder.encode(old, old_keys)
    b = encoder.encode(new)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(a, b, False)
    if cleanup:
        dmp.diff_cleanupSemantic(diffs)
    return [(_REFERENCE_OPS[op], len(text)) for op, text in diffs if text]


def assert_same_runs(
    old: Sequence[str], new: Sequence[str], old_keys: Sequence[str] | None = None
) -> None:
    for cleanup in (True, False):
        got = engine._raw_diff(old, new, cleanup=cleanup, old_keys=old_keys)
        assert got == reference(old, new, cleanup=cleanup, old_keys=old_keys), (
            f"cleanup={cleanup}: {''.join(old)[:80]!r} → {''.join(new)[:80]!r}"
        )


Call = tuple[list[str], list[str], list[str] | None]


def diffs_of_comparison(old: Report, new: Report, monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Every token diff ``compare_reports`` asks the engine for (years rolled over included)."""
    calls: list[Call] = []
    real = engine._raw_diff

    def recording(
        a: Sequence[str], b: Sequence[str], *, cleanup: bool, old_keys: Sequence[str] | None = None
    ) -> list[tuple[str, int]]:
        calls.append((list(a), list(b), None if old_keys is None else list(old_keys)))
        return real(a, b, cleanup=cleanup, old_keys=old_keys)

    with monkeypatch.context() as patch:
        patch.setattr(engine, "_raw_diff", recording)
        compare_reports(old, new)
    return calls


def check_comparison(old: Report, new: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = diffs_of_comparison(old, new, monkeypatch)
    assert len(calls) > 50
    assert any(keys is not None for _, _, keys in calls), "no year rolled over"
    for a, b, keys in calls:
        assert_same_runs(a, b, keys)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_diff_of_a_sample_comparison(
    old: str, new: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_comparison(load_report(SAMPLES / old), load_report(SAMPLES / new), monkeypatch)


@needs_corpus
@pytest.mark.parametrize("province", CORPUS_PAIRS[::4])
def test_every_diff_of_a_corpus_comparison(province: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = CORPUS / "reports" / province
    check_comparison(
        load_report(folder / "2025.txt"), load_report(folder / "2026.txt"), monkeypatch
    )


def test_whole_sections() -> None:
    """Level-2 sections diffed whole (not paragraph by paragraph): longer inputs, more edits."""
    old = load_report(SAMPLES / "hunan-2025.txt")
    new = load_report(SAMPLES / "hunan-2026.txt")

    def by_id(report: Report) -> dict[str, Section]:
        return {s.id: s for top in report.sections for s in top.walk()}

    old_sections, new_sections = by_id(old), by_id(new)
    pairs = [
        (old_sections[p.old[0]], new_sections[p.new[0]])
        for p in aligned_sections(old, new)
        if p.level == 2 and len(p.old) == 1 and len(p.new) == 1
    ]
    assert len(pairs) >= 8
    for a, b in pairs:
        assert_same_runs(tokenize(a.text()), tokenize(b.text()))


@needs_corpus
def test_beyond_the_basic_plane() -> None:
    """Four provinces' 2025 reports joined, against the same with every 60th line replaced by
    the line of that number in the province's 2026 report: over 6,400 distinct tokens, so the
    later tokens are encoded past U+FFFF, and some changes are made of them."""
    old_lines: list[str] = []
    new_lines: list[str] = []
    for province in CORPUS_PAIRS[:4]:
        before = (CORPUS / "reports" / province / "2025.txt").read_text("utf-8").split("\n")
        after = (CORPUS / "reports" / province / "2026.txt").read_text("utf-8").split("\n")
        old_lines += before
        new_lines += [
            after[k] if k % 60 == 30 and k < len(after) else line for k, line in enumerate(before)
        ]
    old, new = tokenize("\n".join(old_lines)), tokenize("\n".join(new_lines))
    encoder = engine._Encoder()
    encoded_old, encoded_new = encoder.encode(old), encoder.encode(new)
    assert len(encoder.codes) > 6_400
    changed_wide = 0
    a = b = 0
    for op, count in engine._raw_diff(old, new, cleanup=False):
        if op != "+":
            changed_wide += op == "-" and max(encoded_old[a : a + count]) > "\uffff"
            a += count
        if op != "-":
            changed_wide += op == "+" and max(encoded_new[b : b + count]) > "\uffff"
            b += count
    assert changed_wide >= 10
    assert_same_runs(old, new)
