"""Terms and shifts as plain data (tuples of str, int, float and None), which a forked child
can send back (:mod:`toolkit.parallel` marshals results), and made objects again."""

from __future__ import annotations

from toolkit.terms.model import SectionTermShifts, Term, TermKind, TermShift

#: a :class:`Term` as plain data, which a forked child can send back (kind as its value)
PlainTerm = tuple[str, str, int, str | None, str, int, str, float, str | None]


def plain_term(term: Term) -> PlainTerm:
    """``term`` as plain data (:func:`term_of` makes it a term again)."""
    return (
        term.text,
        term.kind.value,
        term.count,
        term.section,
        term.section_title,
        term.line,
        term.context,
        term.salience,
        term.renamed_from,
    )


#: a :class:`TermShift` as plain data (kind as its value, None for a key word)
PlainShift = tuple[str, str | None, int, int, float]
#: a :class:`SectionTermShifts` as plain data, its shifts and watched counts so too
PlainSection = tuple[str, str, str, str, str, list[PlainShift], list[PlainShift]]


def plain_shift(shift: TermShift) -> PlainShift:
    """``shift`` as plain data (:func:`shift_of` makes it a shift again)."""
    kind = None if shift.kind is None else shift.kind.value
    return (shift.text, kind, shift.old_count, shift.new_count, shift.keyness)


def shift_of(plain: PlainShift) -> TermShift:
    """The shift :func:`plain_shift` made ``plain`` of."""
    text, kind, old_count, new_count, keyness = plain
    return TermShift(text, None if kind is None else TermKind(kind), old_count, new_count, keyness)


def plain_section(pair: SectionTermShifts) -> PlainSection:
    """``pair`` as plain data (:func:`section_of` makes it shifts of a section pair again)."""
    return (
        pair.old_section,
        pair.new_section,
        pair.old_title,
        pair.new_title,
        pair.matched_by,
        [plain_shift(t) for t in pair.shifts],
        [plain_shift(t) for t in pair.watched],
    )


def section_of(plain: PlainSection) -> SectionTermShifts:
    """The shifts of a section pair :func:`plain_section` made ``plain`` of."""
    old_section, new_section, old_title, new_title, matched_by, shifts, watched = plain
    return SectionTermShifts(
        old_section,
        new_section,
        old_title,
        new_title,
        matched_by,
        tuple(shift_of(t) for t in shifts),
        tuple(shift_of(t) for t in watched),
    )


def term_of(plain: PlainTerm) -> Term:
    """The term :func:`plain_term` made ``plain`` of."""
    text, kind, count, section, section_title, line, context, salience, renamed_from = plain
    return Term(
        text, TermKind(kind), count, section, section_title, line, context, salience, renamed_from
    )
