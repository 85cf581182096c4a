"""Property-based tests of the text diff and the report comparison: random Chinese and mixed
text with random edits; the ops rebuild both texts exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_properties import WORDS, report_texts

from toolkit import compare
from toolkit.textdiff import engine, tokens
from toolkit.textdiff.ops import new_text, old_text

EDITS = st.sampled_from(
    [*WORDS, "增长6%左右", "7.5%", "1200万", "百分之五", "2027年", "，", "。", "\n", "新"]
)


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a copy with random insertions, deletions, replacements and year moves."""
    old = draw(report_texts())
    new = old
    for _ in range(draw(st.integers(0, 6))):
        if not new:
            new = draw(EDITS)
            continue
        start = draw(st.integers(0, len(new)))
        end = draw(st.integers(start, min(len(new), start + 20)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            new = new[:start] + draw(EDITS) + new[start:]
        elif action == "delete":
            new = new[:start] + new[end:]
        else:
            new = new[:start] + draw(EDITS) + new[end:]
    if draw(st.booleans()):
        new = new.replace("2025年", "2026年").replace("2024年", "2025年")
    return old, new


@given(report_texts())
def test_tokens_rebuild_the_text(text: str) -> None:
    assert "".join(tokens.tokenize(text)) == text


@given(edited(), st.sampled_from([None, 1]))
def test_diff_is_lossless(pair: tuple[str, str], year_gap: int | None) -> None:
    old, new = pair
    ops = engine.diff_texts(old, new, year_gap=year_gap)
    assert old_text(ops) == old
    assert new_text(ops) == new
    if old == new:
        assert all(op.op == "=" for op in ops)


def test_reports_without_structure_still_diff(tmp_path) -> None:
    """Two texts no profile recognises fall back to the generic profile and still compare:
    every pair's ops rebuild both sides, and the edit is found."""
    from toolkit.api import load_report

    old_lines = ["这是一份没有编号的说明。", "我们听取了意见。", "下一步继续完善制度。"]
    new_lines = ["这是一份没有编号的说明。", "我们认真听取了各方面意见。", "下一步继续完善制度。"]
    (tmp_path / "old.txt").write_text("\n".join(old_lines), encoding="utf-8")
    (tmp_path / "new.txt").write_text("\n".join(new_lines), encoding="utf-8")
    old, new = load_report(tmp_path / "old.txt"), load_report(tmp_path / "new.txt")
    assert old.profile == new.profile == "generic"
    comparison = compare.compare_reports(old, new)
    assert comparison.pairs
    assert "\n".join(old_lines) in "\n".join(pair.old_text() for pair in comparison.pairs)
    assert "\n".join(new_lines) in "\n".join(pair.new_text() for pair in comparison.pairs)
    assert comparison.totals.changes >= 1
