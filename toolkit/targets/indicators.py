"""Indicator names: one canonical name per indicator, with the aliases reports use for it.

The built-in table covers the indicators that work reports of provinces, cities, counties and the
State Council set as headline targets and report as results. Plugins add names through the
``register_indicators`` hook (the built-in table is registered that way too); users can also pass
a file (:func:`read_indicator_file`). The table decides two things: which names count as the same
indicator across years and governments, and which figures of a review count as achieved figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import FormatError, InputError

#: canonical name → aliases (the canonical name itself always matches)
BUILTIN_INDICATORS: dict[str, tuple[str, ...]] = {
    "地区生产总值": ("国内生产总值", "生产总值", "GDP", "地区GDP", "经济增长", "经济增速"),
    "人均地区生产总值": ("人均生产总值", "人均国内生产总值", "人均GDP"),
    "一般公共预算收入": (
        "地方一般公共预算收入",
        "地方级一般公共预算收入",
        "公共财政预算收入",
        "地方公共财政预算收入",
        "地方财政一般预算收入",
        "一般预算收入",
    ),
    "固定资产投资": ("全社会固定资产投资", "固定资产投资额"),
    "社会消费品零售总额": ("社会消费品零售额", "社零总额"),
    "进出口总额": (
        "外贸进出口总额",
        "货物进出口总额",
        "货物贸易进出口总额",
        "外贸进出口总值",
        "进出口总值",
        "外贸进出口",
        "进出口",
    ),
    "第一产业增加值": ("一产增加值", "农业增加值"),
    "第二产业增加值": ("二产增加值",),
    "第三产业增加值": ("三产增加值", "服务业增加值"),
    "全员劳动生产率": (),
    "规模以上工业增加值": ("规模工业增加值", "规上工业增加值", "规模以上工业企业增加值"),
    "居民人均可支配收入": (
        "全体居民人均可支配收入",
        "城乡居民人均可支配收入",
        "人均可支配收入",
        "居民收入",
    ),
    "城镇居民人均可支配收入": ("城镇居民收入", "城镇常住居民人均可支配收入"),
    "农村居民人均可支配收入": (
        "农村居民收入",
        "农村常住居民人均可支配收入",
        "农民人均可支配收入",
        "农民人均纯收入",
    ),
    "居民消费价格涨幅": (
        "居民消费价格",
        "居民消费价格指数",
        "居民消费价格指数涨幅",
        "居民消费价格上涨幅度",
        "居民消费价格总水平上涨幅度",
        "居民消费价格总水平",
        "消费价格涨幅",
        "CPI涨幅",
        "CPI",
    ),
    "城镇新增就业": ("新增城镇就业", "城镇累计新增就业", "城镇新增就业人数"),
    "城镇调查失业率": (),
    "城镇登记失业率": (),
    "粮食产量": ("粮食总产量", "粮食总产", "粮食年产量"),
    "粮食播种面积": ("粮食种植面积",),
    "单位地区生产总值能耗": (
        "单位国内生产总值能耗",
        "单位生产总值能耗",
        "单位GDP能耗",
        "单位地区生产总值能源消耗",
        "能耗强度",
    ),
    "实际使用外资": ("实际使用外资金额", "实际利用外资", "实际使用外商直接投资"),
    "研发投入强度": (
        "研发经费投入强度",
        "全社会研发投入强度",
        "R&D经费投入强度",
        "R&D投入强度",
        "R&D强度",
        "研发强度",
        "研发经费强度",
        "研究与试验发展投入强度",
        "研究与试验发展经费投入强度",
        "R&D经费支出占GDP比重",
        "R&D经费支出占国内生产总值比重",
        "R&D经费支出占地区生产总值比重",
        "研发经费支出占GDP比重",
        "研发经费支出占地区生产总值比重",
        "研发经费投入占地区生产总值比重",
        "研究与试验发展经费支出占地区生产总值比重",
        "研究与试验发展经费投入占地区生产总值比重",
    ),
    "研发经费投入": ("研发经费支出", "全社会研发投入", "研发投入", "R&D经费支出"),
    "常住人口城镇化率": ("城镇化率",),
    "空气质量优良天数比率": (
        "空气优良天数比率",
        "空气优良天数率",
        "空气质量优良天数比例",
        "空气优良天数比例",
        "空气质量优良率",
        "优良天数比例",
        "优良天数比率",
    ),
    "空气质量优良天数": ("空气优良天数",),
    "PM2.5平均浓度": (
        "PM2.5年均浓度",
        "PM2.5年平均浓度",
        "PM2.5浓度",
        "PM_2.5平均浓度",
        "PM_2.5浓度",
        "细颗粒物平均浓度",
        "细颗粒物年均浓度",
        "细颗粒物年平均浓度",
        "细颗粒物浓度",
    ),
    "地表水水质优良率": (
        "地表水国考断面水质优良率",
        "国考断面水质优良率",
        "地表水达到或好于Ⅲ类水体比例",
        "地表水国控断面Ⅰ—Ⅲ类水质比例",
        "地表水国考断面达到或优于Ⅲ类水体比例",
        "地表水达到或优于Ⅲ类水体比例",
        "地表水国控断面水质优良率",
        "Ⅰ—Ⅲ类水质断面比例",
        "Ⅰ—Ⅲ类水质比例",
        "地表水国考断面优良水体比例",
        "国控断面水质优良比例",
        "国控断面优良水质比例",
        "优良水质比例",
        "国考断面优良水质占比",
        "优良水质占比",
        "水质优良比例",
        "优良水体比例",
        "水质优良率",
    ),
    "单位地区生产总值二氧化碳排放": (
        "单位国内生产总值二氧化碳排放",
        "单位生产总值二氧化碳排放",
        "单位GDP二氧化碳排放",
        "碳排放强度",
    ),
    "节能减排": ("节能减排降碳", "节能降碳"),
    "国际收支": (),
    # fiscal and monetary parameters (category "fiscal", see toolkit.targets.kinds)
    "赤字率": ("财政赤字率",),
    "赤字规模": ("财政赤字规模", "财政赤字"),
    "超长期特别国债": ("超长期特别国债规模",),
    "特别国债": ("特别国债规模",),
    "地方政府专项债券": (
        "新增地方政府专项债券",
        "地方政府专项债券规模",
        "新增专项债券",
        "专项债券",
        "专项债",
    ),
    "一般公共预算支出": ("全国一般公共预算支出",),
    "广义货币供应量": ("广义货币M2", "广义货币", "M2"),
    "社会融资规模": ("社会融资规模存量", "社会融资规模余额"),
    "一般性转移支付": ("一般性转移支付规模", "对地方一般性转移支付规模", "对地方一般性转移支付"),
}


@dataclass(frozen=True, slots=True)
class IndicatorMatch:
    """An indicator name found in text: ``start``/``end`` in that text, the ``name`` as written
    and its ``canonical`` name."""

    start: int
    end: int
    name: str
    canonical: str


@dataclass(frozen=True)
class IndicatorTable:
    """Canonical names and their aliases; matching prefers the longest name."""

    names: Mapping[str, tuple[str, ...]]
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for canonical, aliases in self.names.items():
            for name in (canonical, *aliases):
                lookup.setdefault(_fold(name), canonical)
        object.__setattr__(self, "_lookup", lookup)
        ordered = sorted(lookup, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(n) for n in ordered)) if ordered else None
        object.__setattr__(self, "_pattern", pattern)

    def canonical(self, name: str) -> str | None:
        """The canonical name for ``name`` (a canonical name or an alias), None when unknown."""
        return self._lookup.get(_fold(name))

    def find(self, text: str) -> list[IndicatorMatch]:
        """Every non-overlapping indicator name in ``text``, longest first at each position."""
        if self._pattern is None:
            return []
        folded = _fold(text)
        return [
            IndicatorMatch(m.start(), m.end(), text[m.start() : m.end()], self._lookup[m.group()])
            for m in self._pattern.finditer(folded)
        ]

    def merged(self, extra: Mapping[str, Iterable[str]]) -> IndicatorTable:
        """A new table with ``extra`` names added; aliases of a known name are appended."""
        names = {k: tuple(v) for k, v in self.names.items()}
        for canonical, aliases in extra.items():
            names[canonical] = tuple(dict.fromkeys((*names.get(canonical, ()), *aliases)))
        return IndicatorTable(names)


def _fold(text: str) -> str:
    """Case- and width-insensitive form of a name (same length as the input)."""
    return text.translate(_WIDTH).upper()


_WIDTH = str.maketrans(
    "０１２３４５６７８９．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ＆",
    "0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZ&",
)


def builtin_table() -> IndicatorTable:
    """The built-in table only (no plugins)."""
    return IndicatorTable(dict(BUILTIN_INDICATORS))


def registered_table() -> IndicatorTable:
    """The table of every loaded plugin (the built-in one included)."""
    from toolkit.plugins.manager import get_registry

    return IndicatorTable(dict(get_registry().indicators))


def read_indicator_file(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a user's indicator file: UTF-8 text, one indicator a line,
    ``canonical = alias, alias …`` (full-width "＝，、" also accepted); "#" starts a comment.

    Raises :class:`InputError` when the file cannot be read and :class:`FormatError` naming the
    line when a line has no "=" or an empty canonical name.
    """
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read indicator file: {exc}", p) from exc
    names: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        canonical, sep, rest = line.replace("＝", "=").partition("=")
        canonical = canonical.strip()
        if not sep or not canonical:
            raise FormatError(f"line {number}: expected 'canonical = alias, alias'", p)
        aliases = [a.strip() for a in re.split(r"[,，、]", rest) if a.strip()]
        names[canonical] = tuple(dict.fromkeys((*names.get(canonical, ()), *aliases)))
    return names
