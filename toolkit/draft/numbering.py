"""Chinese ordinal numerals as the genre writes them: parts 一、二、… and congress sessions
第五次会议."""

from __future__ import annotations

import re

from toolkit.numerals import chinese_int, chinese_numeral

_SESSION = re.compile(r"第([一二三四五六七八九十]+)次会议$")


def next_meeting(meeting: str) -> str | None:
    """The next session of the same congress: "…第五次会议" → "…第六次会议"; None when the
    meeting is not written that way."""
    match = _SESSION.search(meeting)
    if match is None:
        return None
    value = chinese_int(match.group(1))
    if value is None:
        return None
    return meeting[: match.start()] + f"第{chinese_numeral(value + 1)}次会议"
