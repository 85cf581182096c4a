"""Pairs of matching sections of two reports, for per-section frequency shifts.

When the shared alignment is installed (:func:`toolkit.compare.compare_reports`), its pairs of
parts and sections (levels 1 and 2, both sides present, splits and merges included) are used and
``matched_by`` is the alignment pass that paired them. Otherwise sections are paired here in two
simple passes: top-level and second-level sections with the same title once years and
punctuation are ignored ("2025年工作回顾" ~ "2024年工作回顾"), then top-level sections with the
same role (review, plan, government …) when that role is unique in both reports. The glossary
is never paired: its word counts follow its entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import Report, Role, Section
from toolkit.terms.text import skeleton

#: Deepest section level paired for per-section shifts (1 parts, 2 sections).
MAX_LEVEL = 2


@dataclass(frozen=True, slots=True)
class SectionMatch:
    """Sections of the older report paired with sections of the newer one (several on a side
    for a split or merge)."""

    old: tuple[Section, ...]
    new: tuple[Section, ...]
    matched_by: str  #: "title", "role", or the alignment pass ("heading", "content" …)


def match_sections(old: Report, new: Report) -> tuple[list[SectionMatch], str]:
    """The matched sections in the newer report's order, and how they were matched:
    "alignment" or "role/title" ("none" when there is nothing to pair)."""
    try:
        from toolkit.compare import compare_reports
    except ImportError:
        matches = simple_matches(old, new)
        return matches, "role/title" if matches else "none"
    matches = []
    for pair in compare_reports(old, new).pairs:
        if not pair.old or not pair.new or pair.level < 1 or pair.level > MAX_LEVEL:
            continue
        olds = tuple(old.section(i) for i in pair.old)
        news = tuple(new.section(i) for i in pair.new)
        if _in_glossary(old, olds) or _in_glossary(new, news):
            continue
        matches.append(SectionMatch(olds, news, str(pair.matched_by)))
    return matches, "alignment" if matches else "none"


def _in_glossary(report: Report, sections: tuple[Section, ...]) -> bool:
    """Whether the sections lie in the glossary: its word counts follow its entries, not the
    report's priorities, so it gets no shifts of its own."""
    return any(report.section(s.id.split(".")[0]).role is Role.GLOSSARY for s in sections)


def _title_key(section: Section) -> str:
    return skeleton(section.title or section.heading)


def simple_matches(old: Report, new: Report) -> list[SectionMatch]:
    """Pairs by equal title (levels 1-2, years ignored), then by unique top-level role."""
    matches: list[SectionMatch] = []
    used_old: set[str] = set()
    used_new: set[str] = set()

    def candidates(report: Report) -> list[Section]:
        return [
            s
            for top in report.sections
            if top.role is not Role.GLOSSARY
            for s in top.walk()
            if s.level <= MAX_LEVEL
        ]

    old_by_title: dict[str, list[Section]] = {}
    for section in candidates(old):
        old_by_title.setdefault(_title_key(section), []).append(section)
    for section in candidates(new):
        key = _title_key(section)
        pool = [s for s in old_by_title.get(key, []) if s.id not in used_old]
        if key and pool and pool[0].level == section.level:
            matches.append(SectionMatch((pool[0],), (section,), "title"))
            used_old.add(pool[0].id)
            used_new.add(section.id)

    def unique_roles(report: Report) -> dict[Role, Section]:
        by_role: dict[Role, list[Section]] = {}
        for section in report.sections:
            by_role.setdefault(section.role, []).append(section)
        skip = (Role.OTHER, Role.GLOSSARY)
        return {r: s[0] for r, s in by_role.items() if len(s) == 1 and r not in skip}

    old_roles = unique_roles(old)
    for role, section in unique_roles(new).items():
        partner = old_roles.get(role)
        if partner is None or partner.id in used_old or section.id in used_new:
            continue
        matches.append(SectionMatch((partner,), (section,), "role"))
        used_old.add(partner.id)
        used_new.add(section.id)
    order = {s.id: i for i, s in enumerate(new.walk())}
    matches.sort(key=lambda m: order[m.new[0].id])
    return matches
