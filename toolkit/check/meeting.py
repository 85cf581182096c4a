"""The subtitle's meeting and date against last year's: "在…第十四届人民代表大会第四次会议上"
must follow the previous report's session, and the date must be this year's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Report
from toolkit.numerals import chinese_int
from toolkit.numerals import chinese_numeral as numeral

KIND = "meeting"
_MEETING = re.compile(
    r"第([〇零一二三四五六七八九十百]+)届.*?第([〇零一二三四五六七八九十]+)次(?:全体)?会议"
)
#: reports given in the year before the one they plan are given from this month on
_LATE_MONTH = 10


def session(report: Report) -> tuple[int, int, str] | None:
    """(term, session, wording) of the congress meeting the report was delivered at."""
    for key in ("meeting", "subtitle"):
        match = _MEETING.search(report.meta.get(key, ""))
        if match:
            term, number = (chinese_int(match.group(k)) or 0 for k in (1, 2))
            return term, number, match.group(0)
    return None


def _subtitle_line(lines: list[Line], wording: str) -> Line | None:
    """The front line holding ``wording``; else (a subtitle split over lines) the first front
    line naming a meeting or a date."""
    front = [line for line in lines if line.top is None]
    for line in front:
        if wording in line.text:
            return line
    for line in front:
        if "会议" in line.text or re.search(r"\d{4}年\d{1,2}月", line.text):
            return line
    return None


def find(lines: list[Line], draft: Report, previous: Report | None, year: int) -> Iterator[Finding]:
    """Meeting and date findings."""
    now = session(draft)
    if now is not None:
        yield from _sessions(lines, now, None if previous is None else session(previous))
    yield from _date(lines, draft, year)


def _sessions(
    lines: list[Line], now: tuple[int, int, str], before: tuple[int, int, str] | None
) -> Iterator[Finding]:
    term, number, wording = now
    line = _subtitle_line(lines, wording)
    if before is None or line is None:
        return
    old_term, old_number, old_wording = before
    if (term, number) == (old_term, old_number):
        yield Finding(
            KIND,
            "P0",
            line.line,
            line.text,
            f"the same meeting as last year's report ({old_wording})",
            f"第{numeral(term)}届…第{numeral(number + 1)}次会议",
            line.section,
        )
    elif term == old_term and number != old_number + 1:
        yield Finding(
            KIND,
            "P1",
            line.line,
            line.text,
            f"last year's report was given at the {numeral(old_number)}次会议; this one at the "
            f"{numeral(number)}次 (skipped or gone back: check there was a session in between)",
            f"第{numeral(term)}届…第{numeral(old_number + 1)}次会议",
            line.section,
        )
    elif term != old_term and not (term == old_term + 1 and number == 1):
        yield Finding(
            KIND,
            "P1",
            line.line,
            line.text,
            f"the term changed from 第{numeral(old_term)}届 to 第{numeral(term)}届 without a "
            "new term's first session",
            f"第{numeral(old_term)}届…第{numeral(old_number + 1)}次会议",
            line.section,
        )


def _date(lines: list[Line], draft: Report, year: int) -> Iterator[Finding]:
    date = draft.meta.get("date", "")
    subtitle = draft.meta.get("subtitle", "")
    if not date[:4].isdigit() or not subtitle:
        return
    delivered = int(date[:4])
    month = int(date[5:7]) if date[5:7].isdigit() else 12
    # a report is given early in the year it plans, or at the end of the year before
    if delivered == year or (delivered == year - 1 and month >= _LATE_MONTH):
        return
    line = _subtitle_line(lines, subtitle[:12])
    if line is not None:
        yield Finding(
            KIND,
            "P0",
            line.line,
            line.text,
            f"the subtitle dates the report {date}; a report for {year} is given in {year} "
            f"(or at the end of {year - 1})",
            "",
            line.section,
        )
