"""The word-level diff: tokens keep numbers whole, ops are lossless, years roll over."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS, PAIRS, SAMPLES
from toolkit.textdiff import tokens as token_module
from toolkit.textdiff.engine import diff_texts
from toolkit.textdiff.ops import change_runs, new_text, old_text
from toolkit.textdiff.paragraphs import diff_lines
from toolkit.textdiff.tokens import tokenize


def changes(old: str, new: str, gap: int | None = 1) -> list[tuple[str, str]]:
    """Each counted change as (deleted text, inserted text)."""
    ops = diff_texts(old, new, year_gap=gap)
    assert old_text(ops) == old and new_text(ops) == new
    return [
        ("".join(o.text for o in run if o.op == "-"), "".join(o.text for o in run if o.op == "+"))
        for run in change_runs(ops)
    ]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("地区生产总值增长5.5%左右", "5.5%左右"),
        ("新增城镇就业1100万人以上", "1100万人以上"),
        ("居民消费价格涨幅3%左右", "3%左右"),
        ("增长6%-6.5%", "6%-6.5%"),
        ("增长7.5%~7.8%", "7.5%~7.8%"),
        ("增长百分之五左右", "百分之五左右"),
        ("投资一千二百万元", "一千二百万元"),
        ("城镇登记失业率控制在2.8%以内", "2.8%以内"),
        ("2024年工作回顾", "2024年"),
        ("经济总量达到1.2万亿元", "1.2万亿元"),
        ("下降0.5个百分点", "0.5个百分点"),
    ],
)
def test_numbers_are_single_tokens(text: str, whole: str) -> None:
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert whole in tokens


def test_number_groups_are_looked_for_only_where_one_can_start() -> None:
    # the number groups are matched only at the characters one can start with (a speed-up):
    # the same matches as a plain scan, on every line of the corpus and the samples (and
    # would miss some if an alternative starting with another character were added)
    files = [*SAMPLES.glob("*.txt"), *CORPUS.glob("reports/*/*.txt")]
    lines = [
        line for f in files if "gb18030" not in f.name for line in f.read_text("utf-8").split("\n")
    ]
    lines += ["a5%", " 5%", ".5%", "二〇二四年", "百分之五左右", "三千万元", "x1,200.5亿元以上y"]
    assert len(lines) > 500  # the samples alone hold 870 lines: the files were found
    for line in lines:
        scanned = [m.span() for m in token_module._GROUP.finditer(line)]
        assert [m.span() for m in token_module._groups(line)] == scanned, line


def test_words_with_numerals_are_left_to_the_segmenter() -> None:
    tokens = tokenize("一是推进“一带一路”建设，打好三大攻坚战，PM2.5浓度下降")
    assert "PM2.5" in tokens
    assert "一带一路" in "".join(tokens)
    assert not any(t.startswith("2.5") for t in tokens)


def test_target_change_is_one_change_never_a_digit() -> None:
    assert changes("地区生产总值增长5.5%左右。", "地区生产总值增长5%左右。") == [
        ("5.5%左右", "5%左右")
    ]
    assert changes("新增城镇就业1100万人。", "新增城镇就业1200万人。") == [("1100万人", "1200万人")]


def test_year_rollover_is_not_a_change_unless_strict() -> None:
    old, new = "一、2024年工作回顾\n到2027年基本建成。", "一、2025年工作回顾\n到2027年基本建成。"
    assert changes(old, new, gap=1) == []
    ops = diff_texts(old, new, year_gap=1)
    rolled = [(o.op, o.old, o.text, o.reason) for o in ops if o.op == "~"]
    assert rolled == [("~", "2024年", "2025年", "year")]
    assert changes(old, new, gap=None) == [("2024年", "2025年")]


def test_year_moved_by_other_than_the_gap_is_a_change() -> None:
    assert changes("到2025年基本建成。", "到2027年基本建成。", gap=1) == [("2025年", "2027年")]
    # a two-year gap rolls 2023 → 2025 but not 2024 → 2025
    assert changes("2023年工作回顾", "2025年工作回顾", gap=2) == []
    assert changes("2024年工作回顾", "2025年工作回顾", gap=2) == [("2024年", "2025年")]


def test_diff_is_deterministic() -> None:
    """Twice from scratch (the token cache emptied in between, so the second run segments
    again rather than reading the first run's tokens back)."""
    from toolkit.textdiff import tokens

    old = (SAMPLES / "sichuan-2025.txt").read_text(encoding="utf-8")[:1500]
    new = (SAMPLES / "sichuan-2026.txt").read_text(encoding="utf-8")[:1500]
    tokens.clear_cache()
    first = diff_texts(old, new, year_gap=1)
    tokens.clear_cache()
    assert diff_texts(old, new, year_gap=1) == first


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_lossless_on_whole_samples(old_name: str, new_name: str) -> None:
    old = (SAMPLES / old_name).read_text(encoding="utf-8")
    new = (SAMPLES / new_name).read_text(encoding="utf-8")
    ops = diff_lines(old.split("\n"), new.split("\n"), year_gap=1)
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert any(o.reason == "year" for o in ops)


_ALPHABET = st.sampled_from(
    list("的是在和发展经济增长建设推进全面年万亿元个百分点左右以上以内")
    + list("0123456789.%，。；：、“”（）\n -—~")
    + ["2024年", "2025年", "5.5%", "十四五", "PM2.5"]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(old=_TEXT, new=_TEXT, gap=st.sampled_from([None, 1, 2]))
def test_lossless_on_random_text(old: str, new: str, gap: int | None) -> None:
    ops = diff_texts(old, new, year_gap=gap)
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert all(op.text for op in ops)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), edits=st.integers(1, 8))
def test_lossless_on_random_edits_of_a_real_report(seed: int, edits: int) -> None:
    rng = random.Random(seed)
    lines = (SAMPLES / "hunan-2025.txt").read_text(encoding="utf-8").splitlines()
    start = rng.randrange(len(lines) - 5)
    old = "\n".join(lines[start : start + 5])
    chars = list(old)
    for _ in range(edits):
        at = rng.randrange(len(chars) + 1)
        kind = rng.choice("dir")
        if kind == "d" and at < len(chars):
            del chars[at : at + rng.randint(1, 12)]
        elif kind == "i":
            chars[at:at] = list(rng.choice(["5.5%左右", "2026年", "高质量发展", "\n", "，"]))
        elif at < len(chars):
            chars[at] = rng.choice("一二三四五六七八九十0123456789")
    new = "".join(chars)
    ops = diff_texts(old, new, year_gap=1)
    assert old_text(ops) == old
    assert new_text(ops) == new


@settings(max_examples=60, deadline=None)
@given(old=st.lists(_TEXT, min_size=1, max_size=6), new=st.lists(_TEXT, min_size=1, max_size=6))
def test_paragraph_diff_is_lossless(old: list[str], new: list[str]) -> None:
    old = [line.replace("\n", "") for line in old]
    new = [line.replace("\n", "") for line in new]
    ops = diff_lines(old, new, year_gap=1)
    assert old_text(ops) == "\n".join(old)
    assert new_text(ops) == "\n".join(new)
