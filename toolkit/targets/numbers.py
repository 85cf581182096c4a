"""Quantities in Chinese report text: a number (or range) followed by a unit.

Arabic digits (half- or full-width), decimals, thousands separators, fractions ("1/3"), ranges
("6%-6.5%", "6%－6.5%", "7.5%~7.8%", "4.5%—5%") and Chinese numerals ("百分之五", "三百天",
"一千二百万人") are read. Chinese numerals are converted only inside a span that is followed by
a unit, so fixed expressions ("一带一路", "十四五", "两会") are never touched; a bare "一" or "两"
("一人", "两个") and magnitudes without a leading digit ("千亿元", "百亿企业") are not numbers.

Years, dates, ordinals ("第3位"), counts of years ("五年来", "近5年"), section numbers, "PM2.5",
hotline numbers and numbers inside names are not quantities: :func:`find_quantities` only returns
a number when a unit from :data:`UNITS` follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.numerals import chinese_value

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％～－／", "0123456789.%~-/")

#: base units of measure (longest first when matched); "%" and "个百分点" are rates
BASE_UNITS: tuple[str, ...] = (
    "个百分点",
    "亿亿次/秒",  # computing power: "算力总规模达到10.36百亿亿次/秒" (EFLOPS)
    "EFLOPS",
    "PFLOPS",
    "微克每立方米",
    "微克/立方米",
    "微克",
    "平方公里",
    "平方米",
    "立方米",
    "亿方",  # cubic metres, as reports write them: "天然气产能达到22亿方"
    "万方",
    "千瓦时",
    "千瓦",
    "公里",
    "千米",
    "公顷",
    "公斤",
    "美元",
    "元/月",
    "元/年",
    "分/千瓦时",  # prices: "工商业平均电价下降5分/千瓦时"
    "分/立方米",
    "元",
    "人次",  # counts of times: "200万户次" is visits, not 200万 households
    "户次",
    "班次",
    "场次",
    "批次",
    "架次",
    "艘次",
    "车次",
    "台次",
    "航次",
    "列次",
    "件次",
    "标准箱",
    "标箱",
    "%",
    "人",
    "个",
    "所",
    "家",
    "农户",
    "户",
    "项",
    "件",
    "处",
    "套",
    "部",
    "条",
    "座",
    "台",
    "张",
    "场",
    "列",
    "头",
    "只",
    "吨标准煤",  # energy: "用能1302万吨标准煤"
    "吨",
    "斤",
    "亩",
    "天",
    "名",
    "辆",
    "艘",
    "架",
    "间",
    "片",
    "批",
    "种",  # "落地执行集采药品1220种"
    "对",  # "国际友城达到67对" (not "1对1帮扶")
    "米",
    "次",
    "P",
    "℃",  # heating: "城市居民起居室供热标准由18℃提高到20℃"
)
#: everything :func:`find_quantities` accepts as a unit: base units with an optional magnitude
#: (万, 亿, 万亿, 千, 百), and the bare magnitudes 万亿 / 亿 / 万 ("1.5亿左右", "5万亿台阶")
MAGNITUDES = ("万亿", "亿", "万", "千", "百")

#: the characters a Chinese numeral's value starts with (零 … 九, 两)
_CN_DIGITS = "零〇一二两三四五六七八九"

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?"
_CN_NUM = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_RANGE_SEP = r"(?:-|~|—|–|至|到)"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text. ``start``/``end`` delimit the number and its unit (and range) in
    the text as given; ``value_max`` is the upper end of a range, else None; ``unit`` is
    normalised ("％" → "%", "微克每立方米" → "微克/立方米") and "" for a bare fraction."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    raw: str


def normalise_digits(text: str) -> str:
    """Full-width digits and signs to ASCII; same length as the input, so offsets still hold."""
    return text.translate(_FULL_WIDTH)


#: a unit character that starts a longer word is not a unit there ("5万亿台阶", "两次会议")
_NOT_UNIT_AFTER = {
    "台": "阶",
    "次": "会全",
    "部": "署门",
    "场": "景",
    "家": "庭",
    "项": "目",
    "种": "植子业养类",
    "对": "0-9一",
    "P": "A-Za-z",
}


def _unit_pattern() -> str:
    base = "|".join(
        re.escape(u) + (f"(?![{_NOT_UNIT_AFTER[u]}])" if u in _NOT_UNIT_AFTER else "")
        for u in BASE_UNITS
    )
    mags = "|".join(MAGNITUDES)
    # "6700多公里", "550多万公里", "2000余万元": 多/余 before or after the magnitude
    some = "(?:余|多)?"
    return rf"(?:{some}(?:{mags}){some}(?:{base})|{some}(?:{base})|{some}(?:万亿|亿|万))"


_UNIT = _unit_pattern()
_NUMBER = rf"(?:{_ARABIC}|{_CN_NUM})"
_QUANTITY = re.compile(
    rf"(?P<pct>百分之(?P<pctnum>{_NUMBER}))"
    rf"|(?P<num>{_NUMBER})(?P<unit1>{_UNIT})?"
    rf"(?:(?P<sep>{_RANGE_SEP})(?P<num2>{_NUMBER})(?P<unit2>{_UNIT})?)?"
)
# names, codes and counts that contain digits but are not quantities
_MASKS = re.compile(
    r"“[^“”，,。；;、]{0,8}[0-9][^“”，,。；;、]{0,8}”|PM[_\s]?2\.5|PM10|[0-9]+G|\d{4}年|\d{1,2}月\d{1,2}日|\d+号|\d+\+\d+|第[0-9一二三四五六七八九十百]+"
    r"|[0-9０-９]+(?:周年|届|次会议|号线|热线|年代|岁)"
)


#: a rate named right after a number ("20℃达标率"): the number is part of the rate's name
_RATE_OF = re.compile(r"[\u4e00-\u9fff]{0,4}(?:率|比例)")

#: the denominator of a compound unit ("万元/人", "吨/亩", "元/千瓦时")
_PER = re.compile(
    r"/(?:平方米|平方公里|立方米|千瓦时|公里|人次|万人|人|户|亩|吨|年|月|日|天|小时|标准箱|标箱|辆)"
)


def _to_float(token: str) -> float | None:
    token = token.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?(?:/\d+)?", token):
        if "/" in token:
            num, den = token.split("/")
            return float(num) / float(den) if float(den) else None
        return float(token)
    return chinese_value(token)


def _is_chinese(token: str) -> bool:
    return not re.match(r"\d", token)


def _normal_unit(unit: str) -> str:
    unit = unit.replace("微克每立方米", "微克/立方米").replace("余", "").replace("多", "")
    return unit


#: a number written with 多 or 余 after it, before or after its magnitude ("2800多个",
#: "4500余万人次", "5万多人"): :data:`_UNIT` reads them as part of the unit
_SOME_MORE = re.compile(rf"(?:{_NUMBER})(?:{'|'.join(MAGNITUDES)})?[多余]")


def more_than(quantity: Quantity) -> bool:
    """Whether ``quantity`` was written as more than its value: "2800多个", "600余项"."""
    return _SOME_MORE.match(normalise_digits(quantity.raw)) is not None


def _masked(text: str) -> str:
    """The text with non-quantity digit runs blanked out (same length)."""
    return _MASKS.sub(lambda m: "□" * len(m.group()), text)


#: a magnitude without a digit after a word of passing a mark: "突破万亿元" is 1 万亿元,
#: "跨过千亿元大关" 1000 亿元; a class ("千亿级", "超千亿元镇", "百亿企业") is no quantity
_MARK_PASSED = re.compile(
    rf"(?:突破|超过|跨过|迈过|跨上|迈上|跃上|站上|首超|超)(?P<mag>万亿|千亿|百亿|亿|千万|百万|万)"
    rf"(?P<base>(?:{'|'.join(re.escape(u) for u in BASE_UNITS if u not in ('%', '个百分点'))}))"
    r"(?=$|[，,、。；;）)！]|大关|台阶)"
)
_IMPLICIT = {
    "万亿": (1.0, "万亿"),
    "千亿": (1000.0, "亿"),
    "百亿": (100.0, "亿"),
    "亿": (1.0, "亿"),
    "千万": (1000.0, "万"),
    "百万": (100.0, "万"),
    "万": (1.0, "万"),
}


def _marks_passed(text: str, scan: str) -> list[Quantity]:
    """The magnitudes without a digit that a mark-passing word puts a value on."""
    found = []
    for match in _MARK_PASSED.finditer(scan):
        value, magnitude = _IMPLICIT[match["mag"]]
        start, end = match.start("mag"), match.end()
        unit = magnitude + match["base"]
        found.append(Quantity(start, end, value, None, unit, text[start:end]))
    return found


#: no change over last year: a change of 0 % ("居民消费价格与上年持平", "房地产开发投资同比
#: 持平"; a price index is a change by itself: "居民消费价格指数持平", "…价格涨幅基本持平")
_FLAT = re.compile(
    r"(?:(?<=与上年|和上年|同上年|与去年|较上年)|(?<=同比)|(?<=价格指数|价格涨幅|物价指数)"
    r"|(?<=价格总水平))(?:基本)?持平"
)


def _flat(text: str) -> list[Quantity]:
    return [Quantity(m.start(), m.end(), 0.0, None, "%", m.group()) for m in _FLAT.finditer(text)]


#: tenths, as reports write shares and changes: "绿电占比超三成" is over 30 %, "增长近四成"
#: close to 40 %; not inside a numeral ("三五成群") nor the idiom 一成不变, nor a word that goes
#: on (成本, 成为, 成效, 成果 …: "九成为…" is rare beside "建成为")
_TENTHS = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿0-9.])(?P<num>[一二三四五六七八九]|[1-9])成"
    r"(?![本为效果立员交功熟绩长都型群不])"
)


def _tenths(text: str, scan: str) -> list[Quantity]:
    found = []
    for match in _TENTHS.finditer(scan):
        num = match["num"]
        value = float(num) if num.isdigit() else chinese_value(num)
        if value is not None:
            start, end = match.span()
            found.append(Quantity(start, end, value * 10, None, "%", text[start:end]))
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order. Offsets refer to ``text`` itself. "与上年持平" is a
    change of 0 % (its ``raw`` is "持平"); "超三成" is over 30 % (its ``raw`` is "三成")."""
    scan = _masked(normalise_digits(text))
    found = _digit_quantities(text, scan)
    implicit = [
        q
        for q in (*_marks_passed(text, scan), *_flat(text), *_tenths(text, scan))
        if not any(f.start < q.end and q.start < f.end for f in found)
    ]
    return sorted(found + implicit, key=lambda q: q.start) if implicit else found


def _digit_quantities(text: str, scan: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(scan):
        if match.group("pct"):
            value = _to_float(match.group("pctnum"))
            if value is None:
                continue
            found.append(
                Quantity(
                    match.start(), match.end(), value, None, "%", text[match.start() : match.end()]
                )
            )
            continue
        if _quoted_name(text, match.start(), match.end()):
            continue
        if scan.startswith("级", match.end()):
            continue  # "超五百亿级的特色链", "千万级景区": a class, not a quantity
        num, unit1 = match.group("num"), match.group("unit1")
        num2, unit2 = match.group("num2"), match.group("unit2")
        fraction = "/" in num and not _is_chinese(num)
        if not unit1 and not unit2 and not fraction:
            continue
        if _is_chinese(num) and not _good_chinese(num, text, match.start(), unit1 or unit2 or ""):
            continue
        value = _to_float(num)
        if value is None:
            continue
        end = match.end()
        value_max: float | None = None
        unit = unit1 or ""
        if (
            num2 is not None
            and (unit2 or unit1)
            and (unit2 is None or unit1 is None or unit1 == unit2)
        ):
            second = _to_float(num2)
            if second is not None and second > value:
                value_max = second
                unit = unit2 or unit1 or ""
            else:
                end = match.start("sep")
        elif num2 is not None:
            end = match.start("sep")
        if not unit and not fraction:
            continue
        if value_max is None and unit1 is None and not fraction:
            continue
        if unit == "℃" and _RATE_OF.match(scan, end):
            continue  # "室温20℃达标率提升到96%": the temperature names what the rate is of
        per = _PER.match(scan, end) if unit and "/" not in unit else None
        start = match.start()
        if per:  # "16.8万元/人", "1.2万元/亩": a compound unit stays whole
            unit, end = unit + per.group(), per.end()
        elif unit == "微克" and scan.endswith("每立方米", 0, start):
            unit, start = "微克/立方米", start - 4  # "每立方米20微克"
        found.append(Quantity(start, end, value, value_max, _normal_unit(unit), text[start:end]))
    return found


#: counting words after which a Chinese numeral names a set ("三个大台阶", "十件实事", "两项")
_CN_COUNTERS = (
    "个",
    "项",
    "件",
    "条",
    "次",
    "批",
    "家",
    "所",
    "名",
    "部",
    "张",
    "场",
    "处",
    "片",
    "种",
    "对",
)


def _good_chinese(num: str, text: str, start: int, unit: str) -> bool:
    """A Chinese numeral counts only when it starts with a digit or 十, is not a lone 一/两 and
    measures something ("三百天", "百分之五"), not a set of things ("三个大台阶") nor a word
    made with 元 ("二元结构")."""
    if num[0] not in _CN_DIGITS and num[0] != "十":
        return False
    if unit.lstrip("万亿千百") in _CN_COUNTERS:
        return False
    if num in ("一", "两"):
        return False
    if unit == "元" and len(num) == 1:
        return False  # "城乡二元结构", "一元化": reports write money in digits
    # "十四五" style names inside quotes, "一体"…: the unit check already excludes most
    return not (start > 0 and text[start - 1] in '“"《')


def _quoted_name(text: str, start: int, end: int) -> bool:
    """ "“21条”", "《3年行动》", "“3个95%”": a number that opens a short quoted name is part of
    the name."""
    if start == 0 or text[start - 1] not in '“"《「':
        return False
    close = re.match(r"[^“”\"《》「」，,。、；;]{0,6}[”\"》」]", text[end:])
    return close is not None
