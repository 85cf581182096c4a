"""The comparison as a Word redline: the newer report's text with every change a tracked revision.

The pairs' pieces are written in document order (:mod:`toolkit.compare.stream`): ``=`` plain,
``-`` a tracked deletion, ``+`` a tracked insertion, at the diff's word granularity (numbers
whole); a changed line break is an inserted or deleted paragraph mark. So Word's "Accept All"
gives the newer report paragraph for paragraph in its own order, and "Reject All" the older one
in its own order: a section that moved is deleted where it stood and inserted where it stands,
and a section's closing paragraphs follow its subsections. Year rollovers are tracked too
(rejecting must restore the old years) but not counted, and signed by a reviewer of their own
("author（年份顺延）") so that Word can hide them. Moved, renamed, split, merged, added and
removed sections get a comment that says what happened. The statistics (修改N处, 字数) are a
comment on the title and the document's description, never body text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from toolkit.compare.labels import flow_note, side_headings, status_label
from toolkit.compare.model import (
    Comparison,
    DiffStats,
    LineKind,
    LineRef,
    PairStatus,
    SectionPair,
)
from toolkit.compare.stream import Placed, document_stream
from toolkit.model import Report
from toolkit.word import styles
from toolkit.word.builder import DEFAULT_AUTHOR, DocumentBuilder
from toolkit.word.revisions import RevisionMarker

#: least text (line breaks aside) of a pair written apart for a note where it stood
MIN_MOVED_NOTE = 10


def render_redline(
    comparison: Comparison,
    template: str | Path | None = None,
    *,
    author: str = DEFAULT_AUTHOR,
    date: datetime | None = None,
) -> DocumentBuilder:
    """A builder holding the redline; call ``to_bytes()`` or ``save()`` on it.

    ``template`` None means the default template; revisions and comments are signed by
    ``author`` and stamped with ``date`` (now, UTC, when None).
    """
    builder = DocumentBuilder(template, author=author, date=date)
    marker = RevisionMarker(builder.author, builder.date_text)
    stream = apart_at_breaks(breaks_first(document_stream(comparison)))
    written = _write(builder, marker, stream)
    for index, pair in enumerate(comparison.pairs):
        note = pair_note(pair)
        where = written.first_new.get(index, written.first.get(index))
        if note and where is not None:
            builder.comment_paragraph(where, note)
        moved_from = written.first_moved_old.get(index)
        enough = written.moved_chars.get(index, 0) >= MIN_MOVED_NOTE
        if moved_from is not None and moved_from is not where and pair.new and enough:
            builder.comment_paragraph(moved_from, _moved_away(pair))
    summary = summary_text(comparison, builder.author)
    if written.paragraphs:
        title = next(iter(written.titles), written.paragraphs[0])
        builder.comment_paragraph(title, summary)
    props = builder.document.core_properties
    props.title = "修订对照：" + _name(comparison.new)
    props.author = builder.author
    props.subject = f"{_name(comparison.old)} → {_name(comparison.new)}"
    props.comments = summary
    return builder


def rollover_author(author: str) -> str:
    """The reviewer name that signs year-rollover revisions, so that Word can hide them
    (Review → Show Markup → Reviewers)."""
    return f"{author}（年份顺延）"


def _name(report: Report) -> str:
    return Path(report.source).name


def changes_text(totals: DiffStats) -> str:
    """ "修改N处；字数A→B（删除x字，新增y字）": the counts drafters make, rolled years aside."""
    return (
        f"修改{totals.changes}处；字数{totals.chars_old}→{totals.chars_new}"
        f"（删除{totals.chars_deleted}字，新增{totals.chars_inserted}字）"
    )


def summary_text(comparison: Comparison, author: str) -> str:
    """The statistics in the drafters' words: 修改N处, 字数, rollovers, sections by status."""
    totals = comparison.totals
    lines = [f"修订对照：{_name(comparison.old)} → {_name(comparison.new)}"]
    text = changes_text(totals)
    if totals.rollovers:
        text += (
            f"；年份顺延{totals.rollovers}处，不计入修改，以审阅者“{rollover_author(author)}”"
            "标出，可在“显示标记—审阅者”中隐藏"
        )
    lines.append(text + "。")
    statuses = Counter(pair.status for pair in comparison.pairs if pair.changed)
    if statuses:
        parts = [f"{status_label(s)}{n}节" for s, n in statuses.items()]
        lines.append("章节：" + "，".join(parts) + "。")
    lines.append(
        "正文为新文本，修改以修订标记显示：接受全部修订即得新文本，拒绝全部修订即得旧文本。"
    )
    return "\n".join(lines)


@dataclass
class _Written:
    """Where the pieces went: every paragraph in order, the title paragraphs, and per pair the
    paragraph of its first piece, of its first new-side piece and of its first old-side piece
    written apart (a moved piece)."""

    paragraphs: list[Any] = field(default_factory=list)
    titles: list[Any] = field(default_factory=list)
    first: dict[int, Any] = field(default_factory=dict)
    first_new: dict[int, Any] = field(default_factory=dict)
    first_moved_old: dict[int, Any] = field(default_factory=dict)
    moved_chars: dict[int, int] = field(default_factory=dict)  #: characters written apart


def _write(builder: DocumentBuilder, marker: RevisionMarker, stream: list[Placed]) -> _Written:
    rollover = rollover_author(builder.author)
    written = _Written()
    paragraph: Any = None
    # a paragraph is styled by its first new-side text, else its first old-side text
    style_new: LineRef | None = None
    style_old: LineRef | None = None
    for placed in stream:
        if paragraph is None:
            paragraph = builder.paragraph(styles.BODY)
            style_new = style_old = None
            written.paragraphs.append(paragraph)
        piece = placed.piece
        written.first.setdefault(placed.pair, paragraph)
        if piece.on_new() and not piece.terminator:
            written.first_new.setdefault(placed.pair, paragraph)
        if placed.moved and piece.on_old():
            written.first_moved_old.setdefault(placed.pair, paragraph)
            moved = written.moved_chars.get(placed.pair, 0) + len(piece.text.strip("\n"))
            written.moved_chars[placed.pair] = moved
        if piece.is_break:
            if piece.op != "=":
                marker.mark_paragraph_break(paragraph, piece.op)
            ref = style_new or style_old or placed.new or placed.old
            _style_paragraph(builder, written, paragraph, ref)
            paragraph = None
            continue
        style_new = style_new or placed.new
        style_old = style_old or placed.old
        author = rollover if piece.reason else None
        if piece.op == "=":
            builder.text(paragraph, piece.text)
        elif piece.op == "+":
            marker.insert(paragraph, piece.text, author=author)
        else:
            marker.delete(paragraph, piece.text, author=author)
    if paragraph is not None:
        _style_paragraph(builder, written, paragraph, style_new or style_old)
    return written


def _style_paragraph(
    builder: DocumentBuilder, written: _Written, paragraph: Any, ref: LineRef | None
) -> None:
    if ref is None or ref.kind in (LineKind.PARAGRAPH, LineKind.RUN_IN):
        return
    if ref.kind is LineKind.TITLE:
        written.titles.append(paragraph)
    builder.set_style(paragraph, _style(ref))


def breaks_first(stream: Sequence[Placed]) -> list[Placed]:
    """The same stream with every inserted or deleted paragraph written as Word writes one: the
    changed break before its text, not after (``=…\\n`` ``+x\\n`` becomes ``=…`` ``+\\nx``
    ``=\\n``).

    Both say the same (accepting or rejecting gives the same text), but LibreOffice merges an
    insertion that ends a paragraph with an inserted paragraph after it, taking the unchanged
    break between them along, unless the changed break comes first.
    """
    out = list(stream)
    index = 0
    while index < len(out):
        if out[index].op == "=" and out[index].piece.is_break:
            end = index + 1
            while end < len(out) and out[end].op == out[index + 1].op != "=":
                end += 1
            # out[index + 1 : end] is a run of one changed kind: rotate it when it ends a line
            if end - index > 1 and out[end - 1].piece.is_break:
                out[index:end] = [out[end - 1], *out[index + 1 : end - 1], out[index]]
                index = end - 1  # the unchanged break now ends the run: look at what follows
                continue
        index += 1
    return out


def apart_at_breaks(stream: Sequence[Placed]) -> list[Placed]:
    """The same stream with no unchanged paragraph break between two changes of one kind: the
    changes right before the break are reordered so that the last is of the other kind, else
    those right after it so that the first is.

    Both orders say the same (a deletion and an insertion are on different sides), but
    LibreOffice joins an insertion that ends a paragraph with one that opens the next, across
    the unchanged break, and rejecting them then takes the break away too (likewise for
    deletions and accepting).
    """
    out = list(stream)
    for index, placed in enumerate(out):
        if placed.op != "=" or not placed.piece.is_break:
            continue
        start = index
        while start > 0 and out[start - 1].op != "=" and not out[start - 1].piece.is_break:
            start -= 1
        end = index + 1
        while end < len(out) and out[end].op != "=" and not out[end].piece.is_break:
            end += 1
        before, after = out[start:index], out[index + 1 : end]
        if not before or not after or before[-1].op != after[0].op:
            continue
        kind = after[0].op
        if any(p.op != kind for p in before):
            out[start:index] = [p for p in before if p.op == kind] + [
                p for p in before if p.op != kind
            ]
        elif any(p.op != kind for p in after):
            out[index + 1 : end] = [p for p in after if p.op != kind] + [
                p for p in after if p.op == kind
            ]
    return out


def _style(ref: LineRef) -> str:
    if ref.kind is LineKind.SUBTITLE:
        return styles.SUBTITLE
    if ref.kind is LineKind.TITLE:
        return styles.TITLE
    return styles.heading_style(ref.level) if 1 <= ref.level <= 2 else styles.BODY


def _titles(pair: SectionPair, side: str) -> str:
    return "“" + "”“".join(side_headings(pair, side)) + "”"


def pair_note(pair: SectionPair) -> str | None:
    """The comment explaining a structural change, None for modified or unchanged sections."""
    status = pair.status
    if status is PairStatus.ADDED:
        return "本节为新增内容（上年报告无对应章节）"
    if status is PairStatus.REMOVED:
        return "本节在新报告中已删去"
    flow = flow_note(pair)
    flow = f"（{flow}）" if flow else ""
    if status is PairStatus.SPLIT:
        return f"上年{_titles(pair, 'old')}拆分为{_titles(pair, 'new')}{flow}"
    if status is PairStatus.MERGED:
        return f"{_titles(pair, 'new')}由上年{_titles(pair, 'old')}合并而成{flow}"
    if status is PairStatus.MOVED:
        where = pair.old_sections[0].parent_heading if pair.old_sections else None
        return f"本节位置调整：上年为{_titles(pair, 'old')}" + (
            f"，位于“{where}”之下" if where else ""
        )
    if status is PairStatus.RENAMED:
        return f"标题调整：上年为{_titles(pair, 'old')}"
    return None


def _moved_away(pair: SectionPair) -> str:
    """The comment where text of a pair stood in the old report before it moved."""
    return f"上年{_titles(pair, 'old')}的内容原在此处，新报告移至{_titles(pair, 'new')}"
