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
from toolkit.targets.indicator_names import BUILTIN_INDICATORS


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
    """Case- and width-insensitive form of a name, a Latin I read as the numeral Ⅰ (same length
    as the input)."""
    return text.translate(_WIDTH).upper().translate(_ROMAN_ONE)


_WIDTH = str.maketrans(
    "０１２３４５６７８９．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ＆",
    "0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZ&",
)


#: a Latin I written for the Roman numeral ("地表水国控断面I—Ⅲ类水质比例"): one letter to one
#: numeral on both sides of a match, so names with a Latin I (AI) still match themselves
_ROMAN_ONE = str.maketrans("I", "Ⅰ")


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
