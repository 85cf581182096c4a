"""Result types of the terms analysis: frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TermKind(StrEnum):
    """How a term was recognised, strongest first (a term found several ways takes the first)."""

    GLOSSARY = "glossary"  #: the term of a 名词解释 entry
    DOCUMENT = "document"  #: a title in 《…》
    FORMULA = "formula"  #: number-led: 四个意识, 三大攻坚战, 一带一部, “1+5+1”
    QUOTED = "quoted"  #: a short span in “…” 「…」 "…" ‘…’
    STANCE = "stance"  #: an unquoted stance phrase new this year: 适度宽松的货币政策
    CONCEPT = "concept"  #: an unquoted compact concept new this year: 耐心资本, 具身智能
    DISCOVERED = "discovered"  #: a cohesive, free-standing n-gram the segmenter splits
    NAME = "name"  #: the name of a thing, not a term: a ship, spacecraft, event (“奋斗者”号)
    GENERIC = "generic"  #: a common word in quotes, not a term: “帽子”, “满月”


#: Strongest kind first; also the order of the ``--kind`` choices.
KIND_ORDER: tuple[TermKind, ...] = tuple(TermKind)


@dataclass(frozen=True, slots=True)
class Term:
    """One term of one report.

    ``count`` counts every occurrence in the report's text in any surface form (quoted or not,
    full- or half-width). ``section`` is the id of the innermost section holding the first
    occurrence, ``None`` when it is in the front matter (or the report has no section tree);
    ``section_title`` is that section's title ("" for front matter). ``line`` is that
    occurrence's source line. ``context`` is a short snippet around it.
    ``salience`` ranks terms (see :mod:`toolkit.terms.salience`); higher is more term-like.
    """

    text: str
    kind: TermKind
    count: int
    section: str | None
    section_title: str
    line: int
    context: str
    salience: float
    #: for a new term: the wording of the older report it seems to rename or reword (few
    #: edits and shared context, or a dropped term its glossary definition names; the older
    #: wording may still occur in the newer report); None when none was found, and for
    #: dropped terms
    renamed_from: str | None = None


@dataclass(frozen=True, slots=True)
class TermShift:
    """A term or key word whose frequency changed: ``old_count`` → ``new_count``.

    ``kind`` is the term's kind, or ``None`` for a plain key word (改革, 创新). ``keyness`` is
    the signed log-likelihood (G²) of the change given the two texts' lengths: positive when the
    word became relatively more frequent, negative when less; larger magnitude, bigger shift.
    """

    text: str
    kind: TermKind | None
    old_count: int
    new_count: int
    keyness: float


@dataclass(frozen=True, slots=True)
class SectionTermShifts:
    """Frequency shifts inside one pair of matched sections.

    ``old_section``/``new_section`` are section ids, joined by "+" when a section was split or
    merged ("s2.1+s2.2"); the titles are those of the first section on each side.
    ``matched_by`` says how the pair was made: "title" or "role" (paired here), or the pass of
    the shared alignment ("heading", "content", "moved" …).
    """

    old_section: str
    new_section: str
    old_title: str
    new_title: str
    matched_by: str
    shifts: tuple[TermShift, ...]
    #: counts of the watched words inside the pair (see :attr:`TermComparison.watched`)
    watched: tuple[TermShift, ...] = ()


@dataclass(frozen=True, slots=True)
class GlossaryChange:
    """A glossary term defined in both reports, with both definitions."""

    term: str
    old_definition: str
    new_definition: str


@dataclass(frozen=True, slots=True)
class GlossaryCheck:
    """What a drafter checks in the 名词解释.

    ``undefined`` are new terms of the newer report that look coined (formulas, short quoted
    abbreviations) yet have no glossary entry. ``added``/``removed`` are glossary terms only in
    the newer/older glossary; ``unchanged`` those carried over with the same definition;
    ``changed`` those carried over with a different one.
    """

    undefined: tuple[Term, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    changed: tuple[GlossaryChange, ...]


@dataclass(frozen=True, slots=True)
class TermComparison:
    """Terms of an older and a newer report compared.

    ``new`` are terms of the newer report that occur nowhere in the older one (in any surface
    form), ``dropped`` the reverse; both sorted by salience, highest first. ``shifted`` are the
    terms and key words found in both whose frequency changed most. ``sections`` holds the same
    per pair of matched sections (empty when either report has no section tree).
    """

    old_source: str
    new_source: str
    old_year: int | None
    new_year: int | None
    new: tuple[Term, ...]
    dropped: tuple[Term, ...]
    shifted: tuple[TermShift, ...]
    sections: tuple[SectionTermShifts, ...]
    glossary: GlossaryCheck
    section_matching: (
        str  #: how ``sections`` were paired: "alignment" (by the section alignment) or "none"
    )
    #: counts of the words the caller asked to watch, in the order asked (even when unchanged)
    watched: tuple[TermShift, ...] = ()
