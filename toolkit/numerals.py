"""Chinese numerals and years as reports write them: one parser and one writer for every module.

- :func:`chinese_value` reads a numeral of amounts ("一千二百", "十五", "五点五", "三万"),
  :func:`chinese_int` a whole number in either script ("14", "十四", "一百零二");
- :func:`chinese_numeral` writes one (14 → "十四": parts 一、, sessions 第十四次);
- :func:`year_value` reads a year in either script ("2025", "二〇二五", "二零二五") and
  :func:`write_year` writes a year in the script of another ("二〇二五" + 1 → "二〇二六"), so
  that every module that rolls a year forward treats 二〇二五年 like 2025年.
"""

from __future__ import annotations

import re

#: the digits of years and digit strings, 〇 to 九 (零 is read as 〇)
DIGITS = "〇一二三四五六七八九"
_VALUES = {c: i for i, c in enumerate(DIGITS)} | {"零": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
#: a year in either script, as a regular expression (no group): 1900–2099, 一九〇〇–二〇九九
YEAR = r"(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_YEAR = re.compile(YEAR)


def chinese_value(numeral: str) -> float | None:
    """The value of a Chinese numeral ("三百", "一千二百", "十五", "一百零二", "五点五", "三万");
    None when the string is not a well-formed numeral (a digit string "二五" is not one)."""
    if not numeral:
        return None
    if "点" in numeral:
        whole, _, frac = numeral.partition("点")
        head = chinese_value(whole) if whole else 0.0
        if head is None or not frac or any(c not in _VALUES for c in frac):
            return None
        return head + float("0." + "".join(str(_VALUES[c]) for c in frac))
    total = section = 0
    digit: int | None = None
    for char in numeral:
        if char in ("零", "〇") and section:  # a place held empty: 一百零二
            continue
        if char in _VALUES:
            if digit is not None:  # "二五" digit strings are not numerals here
                return None
            digit = _VALUES[char]
        elif char in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        elif char in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def chinese_int(text: str) -> int | None:
    """A whole number written in Arabic digits or in Chinese numerals ("14", "十四", "一百零二");
    None when it is neither."""
    if text.isascii() and text.isdigit():
        return int(text)
    value = chinese_value(text)
    return int(value) if value is not None and value == int(value) else None


def chinese_numeral(n: int) -> str:
    """0 ≤ n < 1000 in Chinese numerals as counts are written: 1 → 一, 10 → 十, 12 → 十二,
    20 → 二十, 102 → 一百零二, 110 → 一百一十."""
    if not 0 <= n < 1000:
        raise ValueError(f"{n} is out of range for a Chinese ordinal")
    if n < 10:
        return DIGITS[n]
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    if not hundreds:
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    out = DIGITS[hundreds] + "百"
    if tens:
        out += DIGITS[tens] + "十"
    elif ones:
        out += "零"
    return out + (DIGITS[ones] if ones else "")


def year_value(text: str) -> int | None:
    """The year ``text`` is, in Arabic or Chinese digits ("2025", "二〇二五", "二零二五");
    None when it is not a year of 1900–2099."""
    if not _YEAR.fullmatch(text):
        return None
    if text.isascii():
        return int(text)
    return int("".join(str(_VALUES[c]) for c in text))


def write_year(value: int, like: str) -> str:
    """``value`` written in the script of the year ``like`` (Chinese digits when ``like`` is
    written so: "二〇二五" → "二〇二六")."""
    if like.isascii():
        return str(value)
    return "".join(DIGITS[int(c)] for c in str(value))
