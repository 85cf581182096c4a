"""Last year's wording turned into a pattern to fill: figures become blanks, years move forward,
five-year wording that belongs to last year alone becomes a blank.

"全省地区生产总值达到9.5万亿元、增长5.5%" → "全省地区生产总值达到【待填】万亿元、增长【待填】%".
"""

from __future__ import annotations

import re

from toolkit.draft.model import Blank
from toolkit.draft.years import cycle_parts, roll_years
from toolkit.plans import PLAN_NAME

Piece = str | Blank

#: an Arabic figure, not part of a name ("PM2.5", "5G", "“1+10”") and not a year (those roll)
_FIGURE = re.compile(r"(?<![A-Za-z0-9.＋+])[0-9]+(?:[.．][0-9]+)?(?![0-9]*\s*年)(?![A-Za-z+＋])")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"")
#: wording that says the sentence is about a five-year term (last year's alone)
FIVE_YEAR = re.compile(rf"五年|年均|{PLAN_NAME}")
_SENTENCES = re.compile(r"[^。！？]*[。！？]?")
_CLAUSES = re.compile(r"[^，,；;：:。！？]*[，,；;：:。！？]?")
#: cue and bound words of a commitment that a result does not repeat ("确保", "以上")
_COMMITMENT_WORDS = re.compile(
    r"^(?:全年|力争|确保|争取|努力|预计|计划|再)+|(?:力争|确保)(?=\S{0,12}[0-9])"
    r"|(?:以上|左右|以内|以下)(?=$|[、，,；;])|(?:不低于|不少于|不超过)(?=[0-9])"
)


def sentences(text: str) -> list[str]:
    """``text`` cut after each 。！？ (the end mark kept), empty pieces dropped."""
    return [s for s in _SENTENCES.findall(text) if s]


def clauses(text: str) -> list[str]:
    """``text`` cut after each ，；：。！？ (the mark kept), empty pieces dropped."""
    return [c for c in _CLAUSES.findall(text) if c]


def blank_figures(text: str) -> list[Piece]:
    """``text`` with every Arabic figure outside quotes and names made a blank; years are left
    for :func:`pattern` to roll."""
    protected = [m.span() for m in _QUOTED.finditer(text)]
    pieces: list[Piece] = []
    position = 0
    for match in _FIGURE.finditer(text):
        if any(a <= match.start() < b for a, b in protected):
            continue
        pieces.append(text[position : match.start()])
        pieces.append(Blank(""))
        position = match.end()
    pieces.append(text[position:])
    return _joined(pieces)


def pattern(
    text: str,
    year: int | None,
    *,
    figures: bool = True,
    five_year: str | None = None,
    review: bool = False,
) -> list[Piece]:
    """Last year's ``text`` (a report for ``year``) as a pattern for the next report: years
    rolled, plan-cycle wording made a blank where it no longer fits, figures made blanks
    (``figures``), and with ``five_year`` each clause that speaks of the five-year term made one
    blank of that name. ``review`` says the text speaks of the year under review (``year - 1``,
    rolled to ``year``), whose cycle wording must then fit ``year``."""
    rolled = full_width(roll_years(text, year))
    cycle_year = year - 1 if review and year is not None else year
    pieces: list[Piece] = []
    parts = clauses(rolled) if five_year is not None else [rolled]
    for part in parts:
        if five_year is not None and FIVE_YEAR.search(part):
            pieces.extend([Blank(five_year), part[-1] if part[-1] in "，,；;：:。！？" else ""])
            continue
        for blank, piece in cycle_parts(part, cycle_year):
            if blank:
                pieces.append(Blank(piece))
            elif figures:
                pieces.extend(blank_figures(piece))
            else:
                pieces.append(piece)
    return _joined(pieces)


_PAIRS = {"“": "”", "（": "）", "《": "》", "(": ")"}
_HAN = "\u3400-\u9fff"
_HALF_PARENS = re.compile(rf"\(([^()]*[{_HAN}][^()]*)\)")
_HALF_MARKS = re.compile(rf"(?<=[{_HAN}”）])[,:;](?!\d)|[,:;](?=[{_HAN}“（])")
_FULL = {",": "，", ":": "：", ";": "；"}


def full_width(text: str) -> str:
    """Half-width ( ) , : ; of Chinese text made full-width, as the genre prints them:
    "(一)加快改革,激发活力" → "（一）加快改革，激发活力"; "(2021—2025年)" too, but not
    "1,000" or "PM2.5(μg)"-like Latin text."""
    text = _HALF_PARENS.sub(r"（\1）", text)
    return _HALF_MARKS.sub(lambda m: _FULL[m.group(0)], text)


def cut(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters with "……", never inside quotes or brackets:
    an opened “ or （ is closed within the next 20 characters or the cut moves before it."""
    if len(text) <= limit:
        return text
    end = limit
    opened = [(i, c) for i, c in enumerate(text[:end]) if c in _PAIRS]
    for at, mark in reversed(opened):
        close = text.find(_PAIRS[mark], at + 1)
        if close < 0 or close >= end:
            end = close + 1 if 0 <= close < limit + 20 else at
            break
    return text[:end] + "……" if end < len(text) else text


def result_of(clause: str) -> str:
    """The wording of a commitment's result: its cue and bound words left out ("确保粮食播种面积
    1530万亩以上" → "粮食播种面积1530万亩")."""
    return _COMMITMENT_WORDS.sub("", clause.rstrip("，,；;：:。！？")) or clause


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Adjacent strings joined, empty strings and a blank straight after a blank dropped."""
    out: list[Piece] = []
    for piece in pieces:
        if piece == "":
            continue
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] += piece
        elif isinstance(piece, Blank) and out and out[-1] == piece:
            continue
        else:
            out.append(piece)
    return out
