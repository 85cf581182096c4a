"""Pairs of matching sections of two reports, for per-section frequency shifts.

Until the shared alignment (``toolkit.compare``) is available, sections are paired here in two
simple passes: top-level and second-level sections with the same title once years and
punctuation are ignored ("2025年工作回顾" ~ "2024年工作回顾"), then top-level sections with the
same role (review, plan, government …) when that role is unique in both reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import Report, Role, Section
from toolkit.terms.text import skeleton


@dataclass(frozen=True, slots=True)
class SectionMatch:
    old: Section
    new: Section
    matched_by: str  #: "title" or "role"


def _title_key(section: Section) -> str:
    return skeleton(section.title or section.heading)


def match_sections(old: Report, new: Report) -> list[SectionMatch]:
    """Matched sections in the newer report's order (see the module docstring)."""
    matches: list[SectionMatch] = []
    used_old: set[str] = set()
    used_new: set[str] = set()

    def candidates(report: Report) -> list[Section]:
        return [s for top in report.sections for s in top.walk() if s.level <= 2]

    old_by_title: dict[str, list[Section]] = {}
    for section in candidates(old):
        old_by_title.setdefault(_title_key(section), []).append(section)
    for section in candidates(new):
        key = _title_key(section)
        pool = [s for s in old_by_title.get(key, []) if s.id not in used_old]
        if key and len(pool) >= 1 and pool[0].level == section.level:
            matches.append(SectionMatch(pool[0], section, "title"))
            used_old.add(pool[0].id)
            used_new.add(section.id)

    def unique_roles(report: Report) -> dict[Role, Section]:
        by_role: dict[Role, list[Section]] = {}
        for section in report.sections:
            by_role.setdefault(section.role, []).append(section)
        return {r: s[0] for r, s in by_role.items() if len(s) == 1 and r is not Role.OTHER}

    old_roles = unique_roles(old)
    for role, section in unique_roles(new).items():
        partner = old_roles.get(role)
        if partner is None or partner.id in used_old or section.id in used_new:
            continue
        matches.append(SectionMatch(partner, section, "role"))
        used_old.add(partner.id)
        used_new.add(section.id)
    order = {s.id: i for i, s in enumerate(new.walk())}
    matches.sort(key=lambda m: order[m.new.id])
    return matches
