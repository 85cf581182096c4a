"""One parser and one writer of Chinese numerals and years for every module (toolkit.numerals),
and the diff and the draft agreeing on years written in Chinese digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.draft.years import roll_years
from toolkit.numerals import chinese_int, chinese_numeral, chinese_value, write_year, year_value
from toolkit.textdiff.engine import diff_tokens
from toolkit.textdiff.tokens import tokenize


@given(st.integers(0, 999))
def test_written_numerals_read_back(n):
    assert chinese_int(chinese_numeral(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十四", 14),
        ("二十三", 23),
        ("一百零二", 102),
        ("一千二百", 1200),
        ("三万", 30000),
        ("五点五", 5.5),
        ("14", 14),
    ],
)
def test_numerals_as_reports_write_them(text, value):
    assert chinese_value(text) == value if not text.isascii() else chinese_int(text) == value


@pytest.mark.parametrize("text", ["二五", "一带", "", "二〇二五"])
def test_what_is_not_a_numeral(text):
    assert chinese_value(text) is None


@given(st.integers(1900, 2098), st.booleans())
def test_years_read_and_written_in_either_script(year, chinese):
    written = write_year(year, "二〇二五" if chinese else "2025")
    assert written.isascii() != chinese
    assert year_value(written) == year
    assert year_value(written.replace("〇", "零")) == year


def test_a_year_in_chinese_digits_rolls_in_the_diff_as_in_the_draft():
    old = "——二〇二五年一月十五日在省十四届人大三次会议上"
    new = roll_years(old, 2025)
    assert new == "——二〇二六年一月十五日在省十四届人大三次会议上"
    ops = diff_tokens(tokenize(old), tokenize(new), year_gap=1)
    assert [(op.op, op.old, op.text, op.reason) for op in ops if op.op != "="] == [
        ("~", "二〇二五年", "二〇二六年", "year")
    ]
