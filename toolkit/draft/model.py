"""What a draft skeleton holds, independent of Word: paragraphs of kinds, inline blanks and
bold leads, drafting hints, and the targets table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Blank:
    """A blank for the writer to fill, shown as 【待填：what】; with ``what`` "" a figure to
    fill in a sentence kept from last year, shown as 【待填】."""

    what: str


@dataclass(frozen=True, slots=True)
class Lead:
    """Text printed bold (a lead sentence acting as a third-level heading)."""

    text: str


Inline = str | Blank | Lead


class Kind(StrEnum):
    """The kind of a draft paragraph; each maps to one template style."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"  #: ``level`` 1 (一、…) or 2 (（一）…)
    BODY = "body"  #: text carried over to keep (salutation, fixed formulas)
    PROMPT = "prompt"  #: last year's text shown as guidance, to be replaced


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    """One paragraph. ``hints`` become Word comments on it (drafting hints for a decision)."""

    kind: Kind
    parts: tuple[Inline, ...]
    level: int = 0
    hints: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The visible text, blanks as 【待填：…】."""
        return "".join(_inline_text(part) for part in self.parts)


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One indicator of the draft's targets table, made from a
    :class:`~toolkit.draft.facts.TargetFact` (same fields; a change of target becomes a hint).

    ``achieved`` is the figure the latest report gives for the year it reviews, None when it
    gives none; ``target`` is the latest report's target for its own year, None when the
    indicator only appears as a result. The result for that year and the new target are blanks.
    """

    indicator: str
    target: str | None
    achieved: str | None = None
    hints: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TargetTable:
    """The targets table; ``year`` is the latest report's year (the year its targets are for)."""

    year: int | None
    rows: tuple[TargetRow, ...]

    def header(self) -> tuple[str, ...]:
        y = self.year
        if y is None:
            return ("指标", "上年实际", "今年目标", "今年完成", "明年目标")
        return ("指标", f"{y - 1}年实际", f"{y}年目标", f"{y}年完成", f"{y + 1}年目标")


Block = DraftParagraph | TargetTable


@dataclass(frozen=True, slots=True)
class Draft:
    """The skeleton of the report for ``year`` (the latest report's year + 1; None if unknown)."""

    year: int | None
    source: str
    previous_source: str | None
    blocks: tuple[Block, ...]

    def paragraphs(self) -> list[DraftParagraph]:
        return [b for b in self.blocks if isinstance(b, DraftParagraph)]

    @property
    def section_count(self) -> int:
        """Headings in the skeleton (level 1 and 2)."""
        return sum(1 for p in self.paragraphs() if p.kind is Kind.HEADING)

    @property
    def target_count(self) -> int:
        """Rows of the targets table: new targets to fill."""
        return sum(len(b.rows) for b in self.blocks if isinstance(b, TargetTable))

    @property
    def hint_count(self) -> int:
        """Drafting hints (Word comments) on paragraphs and table rows."""
        hints = sum(len(p.hints) for p in self.paragraphs())
        rows = (r for b in self.blocks if isinstance(b, TargetTable) for r in b.rows)
        return hints + sum(len(r.hints) for r in rows)

    @property
    def blank_count(self) -> int:
        """Blanks in paragraphs (table blanks not included)."""
        return sum(1 for p in self.paragraphs() for part in p.parts if isinstance(part, Blank))


def _inline_text(part: Inline) -> str:
    if isinstance(part, Blank):
        return f"【待填：{part.what}】" if part.what else "【待填】"
    if isinstance(part, Lead):
        return part.text
    return part
