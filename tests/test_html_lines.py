"""Diff ops cut into display lines and folded: rolled years, line breaks inside ops, folds."""

from __future__ import annotations

from toolkit.html.lines import FOLD_LINES_MIN_CHARS, plan_blocks, split_lines
from toolkit.textdiff.ops import TextOp, shift


def test_rolled_year_stays_one_unchanged_fragment():
    ops = [TextOp("=", "一、"), shift("2024", "2025", "year"), TextOp("=", "年工作回顾")]
    (line,) = split_lines(ops)
    assert line.fragments[1] == shift("2024", "2025", "year")
    assert not line.changed
    assert "".join(f.old_side for f in line.fragments) == "一、2024年工作回顾"
    assert "".join(f.new_side for f in line.fragments) == "一、2025年工作回顾"


def test_breaks_inside_any_op_start_new_lines():
    ops = [TextOp("=", "标题\n第一段"), TextOp("-", "旧句。\n删去的段"), TextOp("+", "新句。")]
    lines = split_lines(ops)
    assert [[(f.op, f.text) for f in line.fragments] for line in lines] == [
        [("=", "标题")],
        [("=", "第一段"), ("-", "旧句。")],
        [("-", "删去的段"), ("+", "新句。")],
    ]


def test_long_unchanged_runs_fold_but_the_heading_stays():
    long = "甲" * FOLD_LINES_MIN_CHARS
    text = "\n".join(["一、标题", long, long, "改前"])
    ops = [TextOp("=", text[: -len("改前")]), TextOp("-", "改前"), TextOp("+", "改后")]
    blocks = plan_blocks(split_lines(ops))
    assert [(b.folded, len(b.lines)) for b in blocks] == [(False, 1), (True, 2), (False, 1)]
    assert blocks[1].chars == 2 * FOLD_LINES_MIN_CHARS


def test_short_unchanged_runs_and_unchanged_sections_are_not_folded():
    ops = [TextOp("=", "一、标题\n短句。\n"), TextOp("+", "新增一句。")]
    assert [b.folded for b in plan_blocks(split_lines(ops))] == [False]
    unchanged = [TextOp("=", "一、标题\n" + "乙" * 500)]
    assert [b.folded for b in plan_blocks(split_lines(unchanged))] == [False]


def test_long_unchanged_stretch_in_a_changed_line_folds_inline_keeping_its_text():
    from lxml import html as lxml_html

    from toolkit.html.lines import FOLD_INLINE_MIN_CHARS, INLINE_CONTEXT
    from toolkit.html.sections import inline_diff

    long = "".join(chr(0x4E00 + i) for i in range(FOLD_INLINE_MIN_CHARS + 50))
    ops = [TextOp("=", long), TextOp("-", "增长5%"), TextOp("+", "增长5.5%"), TextOp("=", "。")]
    view = lxml_html.fromstring(inline_diff(plan_blocks(split_lines(ops))))
    (fold,) = view.xpath(".//label[@class='ifold']")
    hidden = len(long) - 2 * INLINE_CONTEXT
    assert fold.xpath("string(span[@class='ifold-more'])") == f"…（{hidden}字未改动）…"
    assert fold.xpath("input[@type='checkbox']")
    for element in view.xpath(".//ins | .//*[@class='ifold-more']"):
        element.drop_tree()
    assert view.text_content() == long + "增长5%。"


def test_a_mostly_rewritten_paragraph_shows_old_then_new():
    old, new = "甲乙丙丁戊己庚辛壬癸" * 5, "子丑寅卯辰巳午未申酉" * 5
    ops = [TextOp("=", "一、"), TextOp("-", old), TextOp("+", new), TextOp("=", "。")]
    (line,) = split_lines(ops)
    assert line.rewritten
    assert line.fragments == (TextOp("-", f"一、{old}。"), TextOp("+", f"一、{new}。"))
    edited = [TextOp("=", old), TextOp("-", "5%"), TextOp("+", "6%"), TextOp("=", new)]
    (kept,) = split_lines(edited)
    assert not kept.rewritten and len(kept.fragments) == 4
