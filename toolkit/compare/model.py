"""The comparison result model: what ``compare_reports`` returns and every diff writer reads.

A :class:`Comparison` holds the two reports and a list of :class:`SectionPair` in reading order
(the newer report's order; a removed section sits where it stood in the older one). Each pair
covers the *own* text of its sections: the heading line and the section's own paragraphs, joined
with ``"\\n"``; children have pairs of their own. The front matter (title, subtitle, speaker,
opening paragraphs) is a pair too, with the pseudo id ``"front"`` and level 0.

Ops are lossless: for every pair, ``old_text(ops)`` is the old side's text exactly and
``new_text(ops)`` the new side's (:mod:`toolkit.textdiff.ops`). A year that moved by exactly
the gap between the reports (2024年 → 2025年) is one bookkeeping ``"~"`` op carrying both texts
and its reason ("year"): not counted as a change, shown as the new text. A heading label that
only changed its number because sections were inserted or removed before it (（三） → （四）)
is a ``"~"`` op too (reason "label"). With ``strict_years`` there are none.
"""

from __future__ import annotations

from enum import StrEnum

from toolkit.model import Report
from toolkit.records import record
from toolkit.textdiff.ops import TextOp, new_text, old_text

__all__ = [
    "FRONT_ID",
    "Comparison",
    "DiffStats",
    "LineKind",
    "LineRef",
    "MatchPass",
    "PairStatus",
    "SectionPair",
    "SectionRef",
    "TextOp",
]

#: pseudo section id of the front matter (title, subtitle, speaker, opening paragraphs)
FRONT_ID = "front"


class PairStatus(StrEnum):
    """What happened to a section between the two reports."""

    UNCHANGED = "unchanged"  #: same text (year rollover aside)
    MODIFIED = "modified"  #: same place and heading, text edited
    RENAMED = "renamed"  #: heading changed beyond years, ordinals and labels
    MOVED = "moved"  #: found at another place (other order, or under another parent)
    SPLIT = "split"  #: one old section became several new ones
    MERGED = "merged"  #: several old sections became one new one
    ADDED = "added"  #: only in the new report
    REMOVED = "removed"  #: only in the old report


class MatchPass(StrEnum):
    """The alignment pass that paired the sections, strongest first."""

    FRONT = "front"  #: front matter is always paired with front matter
    IDENTICAL = "identical"  #: identical full text
    HEADING = "heading"  #: equal headings once years, ordinals and labels are normalised
    CONTENT = "content"  #: similar content (word tokens)
    MOVED = "moved"  #: similar content found under another parent
    SPLIT = "split"  #: pieces of one section found in several (or the reverse: merged)
    REWRITTEN = "rewritten"  #: rewritten whole: left over, each the other's most alike
    POSITION = "position"  #: no longer made (pairs by position alone); kept for old JSON
    NONE = "none"  #: not paired (added or removed)


@record
class DiffStats:
    """Counts as drafters make them.

    ``changes`` is the number of 处: maximal runs of ``-``/``+`` ops (bookkeeping ops not counted
    and separating runs). ``chars_old``/``chars_new`` count characters without line breaks;
    ``chars_deleted``/``chars_inserted`` the characters in counted ``-``/``+`` ops (line breaks
    excluded). ``rollovers`` counts rolled years, ``renumbered`` heading labels that only changed
    their number; neither is counted as a change.
    """

    changes: int = 0
    chars_old: int = 0
    chars_new: int = 0
    chars_deleted: int = 0
    chars_inserted: int = 0
    rollovers: int = 0
    renumbered: int = 0

    def __add__(self, other: DiffStats) -> DiffStats:
        return DiffStats(
            self.changes + other.changes,
            self.chars_old + other.chars_old,
            self.chars_new + other.chars_new,
            self.chars_deleted + other.chars_deleted,
            self.chars_inserted + other.chars_inserted,
            self.rollovers + other.rollovers,
            self.renumbered + other.renumbered,
        )


@record
class SectionRef:
    """One section on one side of a pair, as writers need it without the report.

    ``id`` is the section id (``"front"`` for the front matter, whose ``heading`` is the report
    title or "" and whose ``level`` is 0); ``number`` its 1-based position among its siblings;
    ``parent``/``parent_heading`` the id and heading of the section holding it, None at the top.
    """

    id: str
    heading: str
    level: int
    number: int = 1
    parent: str | None = None
    parent_heading: str | None = None
    run_in: bool = False


class LineKind(StrEnum):
    """What a line of a pair's text is, for styling it."""

    TITLE = "title"  #: a line of the report title (front matter)
    SUBTITLE = "subtitle"  #: the subtitle or speaker line (front matter)
    HEADING = "heading"  #: a section heading on its own line
    RUN_IN = "run-in"  #: a run-in heading with the start of its paragraph
    PARAGRAPH = "paragraph"  #: any other paragraph


@record
class LineRef:
    """Where one line of a pair's text stands in its report: the source ``line`` number (which
    orders the report's lines), the ``section`` id that holds it, and its ``kind``; ``level`` is
    that section's level (0 in the front matter)."""

    line: int
    section: str
    kind: LineKind = LineKind.PARAGRAPH
    level: int = 0
    #: where the source breaks this line (a heading split over lines): ``(offset, line)``, the
    #: line's text from ``offset`` on starting on source line ``line``; empty for most lines
    breaks: tuple[tuple[int, int], ...] = ()


@record
class SectionPair:
    """Sections of the old report paired with sections of the new one.

    ``old``/``new`` are section ids (``"front"`` for the front matter); one side is empty for an
    added or removed section, and has several ids for a split or merge. ``old_title`` and
    ``new_title`` are the first section's heading on each side as printed (label included), None
    on an empty side. ``level`` is the section level (0 for the front matter; the new side's level
    when both exist). ``score`` is the content similarity of the paired sections with everything
    under them, 0..1 (0 for added/removed). ``ops`` cover the sections' own text (heading and own
    paragraphs, lines joined with "\\n"; for a split or merge, the sections' texts joined by
    "\\n" in id order). Exception: when one side has no subsections and the other side's
    subsections found no partner (a part whose sections were dissolved into plain paragraphs),
    the ops cover the whole text of both sides, subsections included, and there are no child
    pairs. ``parent`` is the index in :attr:`Comparison.pairs` of the pair that holds
    this one, None at the top.

    ``old_sections``/``new_sections`` describe the sections of each side (one per id), and
    ``old_lines``/``new_lines`` every line of each side's text: ``old_lines[i]`` is where line
    ``i`` of ``old_text().split("\\n")`` stands in the old report. They are empty for pairs
    made by hand without them; writers then take the pair order as the reading order.
    """

    old: tuple[str, ...]
    new: tuple[str, ...]
    old_title: str | None
    new_title: str | None
    level: int
    status: PairStatus
    matched_by: MatchPass
    score: float
    ops: tuple[TextOp, ...]
    stats: DiffStats
    parent: int | None = None
    #: the links between the sides, ``(old id, new id, share_old, share_new)``: the share of the
    #: old section's text that went into the new one and of the new one's text that came from
    #: the old one (subsections included). One link per section of a 1:1 pair; a split or merge
    #: links only the sections between which text really flowed. Empty for added/removed.
    links: tuple[tuple[str, str, float, float], ...] = ()
    old_sections: tuple[SectionRef, ...] = ()
    new_sections: tuple[SectionRef, ...] = ()
    old_lines: tuple[LineRef, ...] = ()
    new_lines: tuple[LineRef, ...] = ()

    @property
    def changed(self) -> bool:
        """True unless the status is unchanged."""
        return self.status is not PairStatus.UNCHANGED

    def old_text(self) -> str:
        """The old side's own text, rebuilt from the ops."""
        return old_text(self.ops)

    def new_text(self) -> str:
        """The new side's own text, rebuilt from the ops."""
        return new_text(self.ops)


@record
class Comparison:
    """The result of comparing an older report with a newer one.

    ``year_gap`` is ``new.year - old.year`` when both years are known and differ, else None
    (then no year counts as rolled over); it is negative when the reports were given newest
    first. ``strict_years`` records whether rolled years
    were kept as changes. ``totals`` sums the stats of all pairs.
    """

    old: Report
    new: Report
    year_gap: int | None
    strict_years: bool
    pairs: tuple[SectionPair, ...]
    totals: DiffStats
