"""What the store keeps of one report: :class:`ReportFacts`, picklable and JSON-serialisable.

Targets, achieved figures and commitments are :class:`toolkit.targets.model.Target` and terms
:class:`toolkit.terms.model.Term`, the analyzers' own results, so that a series read back from a
store feeds the same comparisons as freshly parsed reports.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from toolkit.targets.model import Target
from toolkit.terms.model import Term, TermKind

#: bump when :class:`ReportFacts` or what fills it changes: cached facts of another number are
#: never read
FACTS_SCHEMA = 1


@dataclass(frozen=True, slots=True)
class SectionFact:
    """One section of the tree, flattened: ``id`` (s2.3), ``level`` (1 = part), label as
    printed, title, role (review, plan …), source line and character count (字数)."""

    id: str
    level: int
    label: str
    title: str
    role: str
    line: int
    chars: int


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """The facts of one report file.

    ``government`` is the government that delivered it as the report names it (安徽省,
    广西壮族自治区, 中山区, 国务院), ``level`` one of national, province, city, county, district;
    both None when the report does not say. ``year`` is the year the report plans;
    ``year_source`` says where it was read: "report" (title, subtitle, headings) or "file name"
    (a four-digit year in the name, when the text gives none); None with ``year``.
    ``digest`` is the SHA-256 of the file's bytes. ``targets`` are the targets for the coming
    year (scope "target"), ``achieved`` the figures of the year under review, as
    ``report-toolkit targets REPORT --all-figures`` lists them; ``commitments`` the quantitative
    annual commitments of the plan part (numeric, not headline targets: those
    :func:`toolkit.targets.track_commitments` tracks into the next year's review). ``terms``
    are the terms the author marked (glossary entries, 《titles》, quoted terms and formulas).
    """

    source: str
    digest: str
    format: str
    profile: str
    title: str | None
    year: int | None
    year_source: str | None
    government: str | None
    level: str | None
    date: str | None
    meeting: str | None
    speaker: str | None
    chars: int
    targets_line: int | None
    warnings: tuple[str, ...]
    sections: tuple[SectionFact, ...]
    targets: tuple[Target, ...]
    achieved: tuple[Target, ...]
    commitments: tuple[Target, ...]
    terms: tuple[Term, ...]


_LISTS = {"sections": SectionFact, "targets": Target, "achieved": Target, "commitments": Target}
#: every field name of each kind, in order
NAMES = {
    kind: tuple(f.name for f in dataclasses.fields(kind))
    for kind in (ReportFacts, SectionFact, Target, Term)
}

#: A record: the facts as plain JSON data (what the cache holds and the store writers take):
#: ReportFacts' fields, each list a list of dicts of its items' fields, and "schema".
Record = dict[str, Any]


def _as_dict(item: SectionFact | Target | Term) -> dict[str, Any]:
    """Its fields (shallow: ``dataclasses.asdict`` copies deeply, many times slower)."""
    return {name: getattr(item, name) for name in NAMES[type(item)]}


def to_record(facts: ReportFacts) -> Record:
    """The facts as a :data:`Record`."""
    data = {name: getattr(facts, name) for name in NAMES[ReportFacts]}
    for name in (*_LISTS, "terms"):
        data[name] = [_as_dict(item) for item in data[name]]
    for term in data["terms"]:
        term["kind"] = str(term["kind"])
    data["warnings"] = list(facts.warnings)
    data["schema"] = FACTS_SCHEMA
    return data


def to_json(facts: ReportFacts) -> str:
    """The facts as one line of JSON (the cache's format)."""
    return json.dumps(to_record(facts), ensure_ascii=False, separators=(",", ":"))


def record_of(text: str) -> Record:
    """The :data:`Record` of a :func:`to_json` text; ``ValueError`` when ``text`` is not one
    (damaged, or of another schema number)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("schema") != FACTS_SCHEMA:
        raise ValueError("not report facts of this schema")
    if not all(name in data for name in NAMES[ReportFacts]):
        raise ValueError("not report facts: fields missing")
    return data


def from_record(record: Record) -> ReportFacts:
    """The facts of a :data:`Record`; ``ValueError`` when it is not one."""
    try:
        data = {name: record[name] for name in NAMES[ReportFacts]}
        for name, kind in _LISTS.items():
            data[name] = tuple(kind(**item) for item in data[name])
        data["terms"] = tuple(
            Term(**{**item, "kind": TermKind(item["kind"])}) for item in data["terms"]
        )
        data["warnings"] = tuple(data["warnings"])
        return ReportFacts(**data)
    except (TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"not report facts: {exc}") from exc


def from_json(text: str) -> ReportFacts:
    """The facts :func:`to_json` wrote; ``ValueError`` when ``text`` is not such facts."""
    return from_record(record_of(text))
