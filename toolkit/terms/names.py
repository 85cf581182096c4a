"""Names of things and common words that reports put in quotes: marked, not taken as terms.

Reports quote the names of ships and spacecraft (“奋斗者”号, 嫦娥六号), typhoons (台风“摩羯”),
events and brands, and they quote ordinary words used as metaphors (“帽子”, “满月”, “压舱石”).
None is a policy term. A term (quoted, discovered, stance or concept; glossary entries, titles
and formulas are left alone) becomes

- ``name`` when it ends in a name ending of the lexicon's ``names`` list (号, 运动会, 联赛 …), is
  followed by 号/舰/轮 or preceded by 台风 where it first occurs, is tagged a place, person or
  organisation name by the segmenter's dictionary, or is a Latin word with lower-case letters
  (a brand: DeepSeek);
- ``name`` also for a 《title》 that does not end in a kind of document of the lexicon's
  ``documents`` list (法, 条例, 规划, 意见 …): the title of a film, a drama, a book;
- ``generic`` when it is (quoted, discovered or a concept and) one common dictionary word (frequency at least
  :data:`GENERIC_FREQ`) or a dictionary idiom: a metaphor, not a coined term.
"""

from __future__ import annotations

import re

from toolkit.terms.lexicon import Lexicon
from toolkit.terms.model import TermKind
from toolkit.terms.text import skeleton

#: a quoted word this frequent in the segmenter's dictionary is a common word (帽子 1032, 满月 143)
GENERIC_FREQ = 20
_CLOSING = "”」』’\"'"
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
_IDIOM_TAGS = frozenset({"i", "l"})
_BRAND = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
_NUMERAL = re.compile(r"[\d一二两三四五六七八九十百千万+×]")
_RECLASSIFIED = frozenset({TermKind.QUOTED, TermKind.DISCOVERED, TermKind.STANCE, TermKind.CONCEPT})


def _named_by_context(term: str, line: str) -> bool:
    escaped = re.escape(term)
    return bool(
        re.search(rf"{escaped}[{_CLOSING}]?(?:号|舰|轮)", line)
        or re.search(rf"台风[“「\"]?{escaped}", line)
    )


def classify(term: str, kind: TermKind, line: str, lexicon: Lexicon) -> TermKind:
    """``kind``, or NAME or GENERIC for a name or common word (see the module docstring);
    ``line`` is the text of the term's first occurrence."""
    core = skeleton(term)
    if kind is TermKind.DOCUMENT:
        return kind if core.endswith(lexicon.documents) else TermKind.NAME
    if kind not in _RECLASSIFIED:
        return kind
    from toolkit import segment

    if (
        core.endswith(lexicon.names)
        or _named_by_context(term, line)
        or segment.tag(core) in _NAME_TAGS
        or _BRAND.fullmatch(core)
    ):
        return TermKind.NAME
    common = segment.frequency(core) >= GENERIC_FREQ or segment.tag(core) in _IDIOM_TAGS
    if kind is not TermKind.STANCE and common and not _NUMERAL.search(core):
        return TermKind.GENERIC
    return kind
