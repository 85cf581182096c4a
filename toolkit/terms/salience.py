"""How term-like a term is: the ranking of new and dropped terms.

``salience = kind weight × (1 + ln count) × specificity``

- kind weight: glossary 1.0, document 0.9, formula 0.8, quoted 0.7, stance 0.6, concept 0.45,
  discovered 0.4 (how surely the author meant a term: a glossary entry is explained, a
  discovered word only inferred), name and generic 0.1 (names of things and common words in
  quotes, listed last);
- a quoted word of two Chinese characters, not numeral-led, weighs half (:data:`SHORT_QUOTED`):
  such quotes mostly mark a colloquial or figurative use of a word (“出圈”, “爆雷”, “满月”,
  “僵尸”), seldom a coined term (“治塑”); so does a quoted phrase with 的 inside (“会创造的人”:
  emphasis or a description, not a name);
- frequency: a term used often matters more, with diminishing returns (a concept's count
  counts up to :data:`CONCEPT_COUNT`);
- specificity: the share of the term's characters not covered by generic words (发展, 推进,
  建设 … listed in ``toolkit/data/terms-lexicon.txt``), at least 0.3 for terms the author marked
  (glossary, document, quoted, formula), so 加快建设 ranks far below 新质生产力.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from toolkit.terms.candidates import FORMULA_NUMERALS
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.model import TermKind

KIND_WEIGHT: dict[TermKind, float] = {
    TermKind.GLOSSARY: 1.0,
    TermKind.DOCUMENT: 0.9,
    TermKind.FORMULA: 0.8,
    TermKind.QUOTED: 0.7,
    TermKind.STANCE: 0.6,
    TermKind.CONCEPT: 0.45,
    TermKind.DISCOVERED: 0.4,
    TermKind.NAME: 0.1,
    TermKind.GENERIC: 0.1,
}
MARKED_FLOOR = 0.3
#: a concept's count counts up to this: found only from the old report's silence, a phrase
#: used often is more often plain wording (良性互动) than a term
CONCEPT_COUNT = 2


def specificity(text: str, lexicon: Lexicon) -> float:
    """Share (0…1) of ``text``'s characters not covered by a generic word."""
    return _specificity(text, lexicon.generic)


@lru_cache(maxsize=65536)
def _specificity(text: str, generic: frozenset[str]) -> float:
    """:func:`specificity` worked out once per string and list of generic words (a report asks
    for the same strings many times: each occurrence of a word, each rule testing it)."""
    if not text:
        return 0.0
    covered = 0  # a bit for each character covered
    for size in range(min(len(text), 4), 0, -1):
        span = (1 << size) - 1
        for i in range(len(text) - size + 1):
            if text[i : i + size] in generic:
                covered |= span << i
    return 1 - covered.bit_count() / len(text)


#: the weight of a quoted word of two Chinese characters (or a phrase with 的) is multiplied by
#: this
SHORT_QUOTED = 0.5
_TWO_HAN = re.compile(r"[\u3400-\u9fff]{2}")
_NUMERALS = frozenset(FORMULA_NUMERALS)


def salience(text: str, kind: TermKind, count: int, lexicon: Lexicon) -> float:
    """The ranking score described in the module docstring (0 when ``count`` is 0)."""
    if count <= 0:
        return 0.0
    if kind is TermKind.CONCEPT:
        count = min(count, CONCEPT_COUNT)
    spec = specificity(text, lexicon)
    if kind is not TermKind.DISCOVERED:
        spec = max(spec, MARKED_FLOOR)
    weight = KIND_WEIGHT[kind]
    if kind is TermKind.QUOTED and (
        (_TWO_HAN.fullmatch(text) and text[0] not in _NUMERALS) or "的" in text[1:-1]
    ):
        weight *= SHORT_QUOTED
    return round(weight * (1 + math.log(count)) * spec, 4)
