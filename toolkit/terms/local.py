"""Terms read against the report's own government and year: local brands and past plans.

Two kinds of quoted word are not terms, and only the report itself says which:

- a local brand or campaign carrying the government's own name (龙江好物, 龙江样板, 苏品苏货,
  黔惠贷, 三秦四季 in the reports of 黑龙江, 江苏, 贵州, 陕西; 购在龙江) becomes ``name``: a
  quoted term, formula, discovered word or concept that starts with a form of the name of the
  report's government (:func:`toolkit.government.government_of`; the forms of a province are
  in ``toolkit/data/place-names.txt``, another government is known by its short name)
  followed by one to :data:`MAX_BRAND` characters, or that is a word or two and 在 before it
  (购在龙江, 游在…: a consumption or tourism campaign). A one-character form (苏, 黔) counts
  only when no dictionary word starts the term (黑名单, 港口 stay) and another province's form
  does not follow it (京津冀, 川渝: a region's strategy); a rest ending in a policy head
  (江苏自贸试验区) is the place's designation, and stays;
- a five-year plan older than the one before the report's year (“十三五” in a 2026 report:
  较“十三五”末增长) becomes ``generic``: a period the report measures from, not a new term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from toolkit.model import Report
from toolkit.numerals import chinese_int
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.model import Term, TermKind
from toolkit.terms.salience import salience
from toolkit.terms.text import skeleton

#: kinds a government's own name makes a name of (titles and glossary entries stay)
_LOCAL_KINDS = frozenset({TermKind.QUOTED, TermKind.FORMULA, TermKind.DISCOVERED, TermKind.CONCEPT})
#: a brand is short: at most this many characters after the name (龙江|好物, 苏|品苏货; not
#: 山西|中部城市群一体化发展, a policy of the place)
MAX_BRAND = 4
#: 购在龙江: one or two characters and 在 before the name
_CAMPAIGN = re.compile(r"[\u3400-\u9fff]{1,2}在")
_PLAN = re.compile(r"(十[一二三四五六七八九]?|[六七八九])五")
#: the sixth five-year plan began in 1981; every later one five years after the one before
_SIXTH_PLAN = 1981


@cache
def _place_forms() -> dict[str, tuple[str, ...]]:
    text = resources.files("toolkit").joinpath("data/place-names.txt").read_text("utf-8")
    forms: dict[str, tuple[str, ...]] = {}
    for raw in text.splitlines():
        words = raw.split("#", 1)[0].split()
        if words:
            forms[words[0]] = tuple(words)
    return forms


def place_forms(government: str | None) -> tuple[str, ...]:
    """The forms of ``government``'s name a local brand carries, longest first (黑龙江省 →
    黑龙江, 龙江, 黑); none for the State Council or an unknown government."""
    from toolkit.government import STATE_COUNCIL, short_name

    if government is None or government == STATE_COUNCIL:
        return ()
    short = short_name(government)
    forms = _place_forms().get(short, (short,))
    return tuple(sorted(set(forms), key=lambda f: (-len(f), f)))


@cache
def _one_character_forms() -> frozenset[str]:
    return frozenset(f for forms in _place_forms().values() for f in forms if len(f) == 1)


def carries_place(core: str, forms: Sequence[str], heads: tuple[str, ...]) -> bool:
    """Whether ``core`` is a local brand or campaign named by one of ``forms`` (see the module
    docstring)."""
    from toolkit import segment

    for form in forms:
        at = core.find(form)
        if at > 0 and at + len(form) == len(core) and _CAMPAIGN.fullmatch(core[:at]):
            return True
        if at != 0 or len(core) <= len(form):
            continue
        rest = core[len(form) :]
        if len(rest) > MAX_BRAND or rest.endswith(heads):
            continue
        if len(form) == 1 and (
            any(segment.frequency(core[:end]) for end in range(2, len(core) + 1))
            or rest[0] in _one_character_forms()
        ):
            continue
        return True
    return False


def plan_number(core: str) -> int | None:
    """The number of a five-year plan label (十三五 → 13, 九五 → 9, 十五 → 10), else None."""
    return chinese_int(core[:-1]) if _PLAN.fullmatch(core) else None


def past_plan(core: str, year: int | None) -> bool:
    """Whether ``core`` labels a five-year plan older than the one before ``year``'s."""
    number = plan_number(core)
    if number is None or year is None:
        return False
    current = (year - _SIXTH_PLAN) // 5 + 6
    return number < current - 1


def local_terms(terms: Sequence[Term], report: Report, lexicon: Lexicon) -> tuple[Term, ...]:
    """``terms`` of ``report`` with its local brands made names and its past plans generic (see
    the module docstring), re-ranked."""
    from toolkit.government import government_of

    forms = place_forms(government_of(report)[0])
    out = []
    for term in terms:
        core = skeleton(term.text)
        kind = term.kind
        if past_plan(core, report.year):
            kind = TermKind.GENERIC
        elif kind in _LOCAL_KINDS and carries_place(core, forms, lexicon.heads):
            kind = TermKind.NAME
        if kind is not term.kind:
            term = replace(term, kind=kind, salience=salience(core, kind, term.count, lexicon))
        out.append(term)
    out.sort(key=lambda t: (-t.salience, t.text))
    return tuple(out)
