"""The glossary check: what a drafter of the 名词解释 needs to look at."""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolkit.model import GlossaryEntry
from toolkit.terms.corpus import find_all
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.model import GlossaryChange, GlossaryCheck, Term, TermKind
from toolkit.terms.text import skeleton

#: Quoted terms this short (skeleton characters) read as coined abbreviations (两重, 智改数转).
MAX_COINED = 6
_CODED = re.compile(r"[\d+×A-Za-z]")


def looks_coined(term: Term, lexicon: Lexicon) -> bool:
    """Whether a term looks like it needs a definition: a number-led formula, a digit code, or
    a short quoted abbreviation. Document titles, discovered words, long slogans and national
    formulas (the lexicon's ``national`` list) do not."""
    if skeleton(term.text) in lexicon.national:
        return False
    if term.kind is TermKind.FORMULA:
        return True
    core = skeleton(term.text)
    return term.kind is TermKind.QUOTED and (len(core) <= MAX_COINED or bool(_CODED.search(core)))


def check_glossary(
    old: Sequence[GlossaryEntry],
    new: Sequence[GlossaryEntry],
    new_terms: Sequence[Term],
    lexicon: Lexicon,
) -> GlossaryCheck:
    """Compare the two glossaries and list coined new terms the newer glossary leaves out.

    Terms and definitions are compared by skeleton (punctuation, width and years ignored).
    """
    old_by_key = {skeleton(e.term): e for e in old}
    new_by_key = {skeleton(e.term): e for e in new}
    unchanged: list[str] = []
    changed: list[GlossaryChange] = []
    for key, entry in new_by_key.items():
        before = old_by_key.get(key)
        if before is None:
            continue
        if skeleton(before.definition) == skeleton(entry.definition):
            unchanged.append(entry.term)
        else:
            changed.append(GlossaryChange(entry.term, before.definition, entry.definition))
    coined = [t for t in new_terms if looks_coined(t, lexicon)]
    # the coined terms inside some defined term, in one pass over all defined terms joined
    # (testing each against every entry grew with terms × entries)
    inside = set(find_all("\n".join(new_by_key), {skeleton(t.text) for t in coined}))
    if new_by_key:
        inside.add("")  # in any entry
    undefined = tuple(t for t in coined if skeleton(t.text) not in inside)
    return GlossaryCheck(
        undefined=undefined,
        added=tuple(e.term for k, e in new_by_key.items() if k not in old_by_key),
        removed=tuple(e.term for k, e in old_by_key.items() if k not in new_by_key),
        unchanged=tuple(unchanged),
        changed=tuple(changed),
    )
