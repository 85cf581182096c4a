"""Units of quantities: which can be compared, and the factor between them."""

from __future__ import annotations

import re

_MAGNITUDES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2))
#: base unit → (common base, factor): 1 吨 = 2000 斤
_BASES = {"吨": ("斤", 2000.0), "公斤": ("斤", 2.0), "千米": ("公里", 1.0), "方": ("立方米", 1.0)}
_NOT_MAGNITUDE = {"千瓦", "千瓦时", "千米", "百分点"}


def dimension(unit: str) -> tuple[str, float]:
    """(base unit, factor): "万人" → ("人", 1e4), "万吨" → ("斤", 2e7), "%" → ("%", 1).

    Two quantities can be compared when their bases are equal; value × factor is the quantity in
    the base unit. A bare magnitude ("亿", "万亿") has base "".
    """
    factor = 1.0
    rest = unit
    if unit not in _NOT_MAGNITUDE:
        for prefix, size in _MAGNITUDES:
            if rest.startswith(prefix) and rest[len(prefix) :] not in _NOT_MAGNITUDE:
                factor, rest = size, rest[len(prefix) :]
                break
    base, extra = _BASES.get(rest, (rest, 1.0))
    return base, factor * extra


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to_unit``; None when the units are not comparable."""
    base_from, factor_from = dimension(unit)
    base_to, factor_to = dimension(to_unit)
    if base_from != base_to:
        return None
    return value * factor_from / factor_to


def is_rate(unit: str) -> bool:
    """Whether a change between two values of this unit is counted in 个百分点."""
    return unit == "%"


#: the magnitudes a number may stand with alone, as its unit ("1.5亿左右", "2300万省外劳动力")
BARE_MAGNITUDES = ("万亿", "亿", "万")
#: a name holding people ("减少农村贫困人口", "农村贫困人口脱贫任务", "旅居人数")
_PEOPLE = re.compile(r"人口|人员|人数|劳动力|人才|职工|学生|群众|毕业生|农民工")


def holds_people(name: str) -> bool:
    """Whether ``name`` holds a noun of people counted (人口, 劳动力, 毕业生 …)."""
    return _PEOPLE.search(name) is not None


def compared_unit(unit: str, indicator: str) -> str:
    """The unit a value is compared in: as stated, except that a bare magnitude (万, 亿 …) of a
    name holding people counts people ("再减少农村贫困人口1000万以上" is in 万人, as "减少农村
    贫困人口1000万人以上" the year before)."""
    if unit in BARE_MAGNITUDES and holds_people(indicator):
        return unit + "人"
    return unit
