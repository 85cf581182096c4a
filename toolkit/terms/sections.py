"""Pairs of matching sections of two reports, for per-section frequency shifts.

The pairs of parts and sections of the section alignment (:func:`toolkit.compare.
aligned_sections`; levels 1 and 2, both sides present, splits and merges included), with
``matched_by`` the alignment pass that paired them. The glossary is never paired: its word
counts follow its entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import Report, Role, Section

#: Deepest section level paired for per-section shifts (1 parts, 2 sections).
MAX_LEVEL = 2


@dataclass(frozen=True, slots=True)
class SectionMatch:
    """Sections of the older report paired with sections of the newer one (several on a side
    for a split or merge)."""

    old: tuple[Section, ...]
    new: tuple[Section, ...]
    matched_by: str  #: "title", "role", or the alignment pass ("heading", "content" …)


#: the ids of a pair's older and newer sections and how they were matched: plain data, which a
#: forked child can send back (see :func:`toolkit.terms.compare.compare_terms`)
SectionIds = tuple[tuple[str, ...], tuple[str, ...], str]


def section_ids(old: Report, new: Report) -> list[SectionIds]:
    """The aligned section pairs whose terms are compared, in the newer report's order, as
    section ids (:func:`sections_of` makes them sections again)."""
    from toolkit.compare import aligned_sections

    found = []
    for pair in aligned_sections(old, new):
        if not pair.old or not pair.new or pair.level < 1 or pair.level > MAX_LEVEL:
            continue
        olds = tuple(old.section(i) for i in pair.old)
        news = tuple(new.section(i) for i in pair.new)
        if _in_glossary(old, olds) or _in_glossary(new, news):
            continue
        found.append((tuple(pair.old), tuple(pair.new), str(pair.matched_by)))
    return found


def sections_of(
    old: Report, new: Report, pairs: list[SectionIds]
) -> tuple[list[SectionMatch], str]:
    """The sections of ``pairs`` (from :func:`section_ids`), and "alignment" ("none" when there
    are none)."""
    matches = [
        SectionMatch(
            tuple(old.section(i) for i in olds), tuple(new.section(i) for i in news), matched_by
        )
        for olds, news, matched_by in pairs
    ]
    return matches, "alignment" if matches else "none"


def _in_glossary(report: Report, sections: tuple[Section, ...]) -> bool:
    """Whether the sections lie in the glossary: its word counts follow its entries, not the
    report's priorities, so it gets no shifts of its own."""
    return any(report.section(s.id.split(".")[0]).role is Role.GLOSSARY for s in sections)
