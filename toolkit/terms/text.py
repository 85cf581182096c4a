"""Surface normalisation for term matching: one "skeleton" per string.

Two strings are the same term when their skeletons are equal: full-width and half-width forms
are unified (NFKC); quotation marks, brackets, dots, dashes and spaces are dropped (“双高”计划 ~
双高计划, 校（院、所） ~ 校（院所）: an enumeration comma inside brackets is dropped too);
clause punctuation (，。；：！？、)
becomes one ``|`` so that no term matches across a clause ("三、全面…" does not hold 三全); and
every four-digit year becomes ``#`` so that a phrase rolled over to the next year ("2026年目标"
→ "2025年目标") still matches. A term occurs in a text when its skeleton is a substring of the
text's skeleton; lines are kept apart so that no match spans two paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress

#: Characters kept in a skeleton although Unicode calls them punctuation or symbols: they carry
#: meaning inside formulas ("1+5+1", "4×4", "数据要素×").
_KEEP = frozenset("+×%#.")
#: Clause punctuation: kept as one separator.
_CLAUSE = frozenset("，。；：！？、,;:!?")
SEPARATOR = "|"
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[）)]")
#: A numbering label in brackets, "（三）", "(1)": a clause boundary, not part of a word.
_LABEL = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]")
#: Numerals that name things rather than count: 百千万 (百县千镇万村), 十五五 (the plan).
_UNITS_ONLY = re.compile(r"[十百千万亿]{3,}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[A-Za-z]")
_HAN_NUMERAL = "〇零一二两三四五六七八九十百千万亿"
#: "十五五", "九五": five-year plans are named by numerals alone but are terms.
_FIVE_YEAR_PLAN = re.compile(r"十?[一二三四五六七八九]五")
#: A string made of numbers, dates and units only: never a term.
_UNITS = (
    "公里|千米|平方米|平方公里|公顷|亩|吨|米|人|户|所|座|个百分点|倍|分钟|小时|岁|元|名|位|台|"
    "辆|套|间|张|场|例|千瓦时|千瓦|立方米|[年月日号时分秒天周季度个期届次点批项条件家亿元万]"
)
_PLAIN_NUMBER = re.compile(
    rf"^(?=.*[\d{_HAN_NUMERAL}#])[\d{_HAN_NUMERAL}.．·%％#余多几]*(?:{_UNITS})*[\d{_HAN_NUMERAL}.．·%％#]*$"
)


class _Characters(dict[int, str | None]):
    """What :func:`skeleton` makes of each character, for ``str.translate``: a clause mark
    becomes ``|``, other punctuation, symbols and spaces nothing, the rest itself; worked out
    for a character the first time it is met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch in _CLAUSE or ch == SEPARATOR:
            made: str | None = SEPARATOR
        elif ch in _KEEP or not (ch.isspace() or unicodedata.category(ch)[0] in "PSZC"):
            made = ch
        else:
            made = None
        self[code] = made
        return made


_CHARACTERS = _Characters()
_SEPARATORS = re.compile(rf"{re.escape(SEPARATOR)}{{2,}}")


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The matching form of ``text``: NFKC, clause punctuation as one ``|``, no other
    punctuation or spaces, years as ``#``."""
    text = _LABEL.sub(SEPARATOR, text)
    text = _BRACKETED.sub(lambda m: m.group(0).replace("、", ""), text)
    text = unicodedata.normalize("NFKC", text.replace("、", SEPARATOR))
    # one pass in C over the characters, then runs of separators made one, none at the ends
    kept = _SEPARATORS.sub(SEPARATOR, text.translate(_CHARACTERS)).strip(SEPARATOR)
    return _YEAR.sub("#", kept)


def has_word_characters(text: str) -> bool:
    """True when ``text`` holds a Chinese character or a Latin letter."""
    return bool(_CJK.search(text) or _LETTER.search(text))


def is_formula_code(text: str) -> bool:
    """True for digit formulas such as "1+5+1", "4×4", "15+N": digits joined by + or ×."""
    norm = unicodedata.normalize("NFKC", text).replace(" ", "")
    return bool(re.fullmatch(r"[\dA-Za-z]+(?:[+×][\dA-Za-z]+)+", norm)) and bool(
        re.search(r"\d", norm)
    )


@lru_cache(maxsize=65536)
def is_plain_number(text: str) -> bool:
    """True for years, dates, figures and counted units ("2025年", "1310", "6·16", "三个月").

    Such strings are never terms, even when a report quotes them. (Remembered per string: a
    report's candidates repeat, one per occurrence.)
    """
    norm = unicodedata.normalize("NFKC", text).strip()
    if not norm:
        return True
    if is_formula_code(norm):
        return False
    if _FIVE_YEAR_PLAN.fullmatch(norm) or _UNITS_ONLY.fullmatch(norm):
        return False
    if not has_word_characters(norm):
        return True
    return bool(_PLAIN_NUMBER.fullmatch(_YEAR.sub("#", norm.replace("百分之", "%"))))


def word_starts(tokens: Sequence[str]) -> dict[int, int]:
    """The offset of each token in the text the tokens spell, mapped to the token's index; the
    text's length maps to ``len(tokens)``: every word boundary is a key (a later token of no
    characters takes its offset's index, as an assignment token by token would)."""
    return dict(zip(accumulate(map(len, tokens), initial=0), range(len(tokens) + 1), strict=True))


def word_ends(tokens: Sequence[str]) -> dict[int, int]:
    """The offset where each token of characters ends, mapped to the token's index (tokens of
    no characters left out: each word's end is a key)."""
    sizes = list(map(len, tokens))
    ends = compress(accumulate(sizes), sizes)
    return dict(zip(ends, compress(range(len(sizes)), sizes), strict=True))
