"""Chinese ordinal numerals as the genre writes them: parts 一、二、… and congress sessions
第五次会议."""

from __future__ import annotations

import re

_DIGITS = "〇一二三四五六七八九"
_SESSION = re.compile(r"第([一二三四五六七八九十]+)次会议$")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, for 0 ≤ n < 100."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if ones == 0 else _DIGITS[ones])


def next_meeting(meeting: str) -> str | None:
    """The next session of the same congress: "…第五次会议" → "…第六次会议"; None when the
    meeting is not written that way."""
    match = _SESSION.search(meeting)
    if match is None:
        return None
    numeral = match.group(1)
    tens, _, ones = numeral.rpartition("十")
    if "十" in numeral:
        value = (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)
    else:
        value = _DIGITS.index(numeral)
    return meeting[: match.start()] + f"第{chinese_number(value + 1)}次会议"
