"""The comparison as a Word redline: the newer report's text with every change a tracked revision.

Section pairs come in the comparison's (aligned) order; each pair's ops become runs: ``=`` plain,
``-`` a tracked deletion, ``+`` a tracked insertion, at the diff's word granularity (numbers
whole). A line break inside a ``+``/``-`` op is an inserted/deleted paragraph mark, so Word's
"Accept All" gives the newer text paragraph for paragraph and "Reject All" the older one. Year
rollovers are tracked too (rejecting must restore the old years) but not counted, and signed by
a reviewer of their own ("author（年份顺延）") so that Word can hide them. Moved, renamed,
split, merged, added and removed sections get a comment that says what happened. A short summary
in the prompt style opens the document (修改N处, 字数); it belongs to neither text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from toolkit.compare.labels import status_label
from toolkit.compare.model import FRONT_ID, Comparison, PairStatus, SectionPair, TextOp
from toolkit.model import Report
from toolkit.word import styles
from toolkit.word.builder import DEFAULT_AUTHOR, DocumentBuilder
from toolkit.word.revisions import RevisionMarker


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
    _summary(builder, comparison)
    previous: Any = None
    seen_new = seen_old = False
    for pair in comparison.pairs:
        if previous is not None:
            # the break before this pair is in a text when that text has this pair and an earlier
            # one: inserted when only the newer text has it, deleted when only the older, both
            # when neither (an added section right before a removed one)
            in_new, in_old = bool(pair.new) and seen_new, bool(pair.old) and seen_old
            if not in_new:
                marker.mark_paragraph_break(previous, "-")
            if not in_old:  # written second, so that w:ins comes first as the schema wants
                marker.mark_paragraph_break(previous, "+")
        previous = _pair(builder, marker, comparison, pair)
        seen_new, seen_old = seen_new or bool(pair.new), seen_old or bool(pair.old)
    props = builder.document.core_properties
    props.title = "修订对照：" + _name(comparison.new)
    props.author = builder.author
    props.comments = f"report-toolkit redline {_name(comparison.old)} → {_name(comparison.new)}"
    return builder


def rollover_author(author: str) -> str:
    """The reviewer name that signs year-rollover revisions, so that Word can hide them
    (Review → Show Markup → Reviewers)."""
    return f"{author}（年份顺延）"


def _name(report: Report) -> str:
    return Path(report.source).name


def _summary(builder: DocumentBuilder, comparison: Comparison) -> None:
    totals = comparison.totals
    builder.paragraph(styles.PROMPT, f"修订对照：{_name(comparison.old)} → {_name(comparison.new)}")
    text = (
        f"修改{totals.changes}处；字数{totals.chars_old}→{totals.chars_new}"
        f"（删除{totals.chars_deleted}字，新增{totals.chars_inserted}字）"
    )
    if totals.rollovers:
        text += (
            f"；年份顺延{totals.rollovers}处，不计入修改，以审阅者“{rollover_author(builder.author)}”"
            "标出，可在“显示标记—审阅者”中隐藏"
        )
    builder.paragraph(styles.PROMPT, text + "。")
    statuses = Counter(pair.status for pair in comparison.pairs if pair.changed)
    if statuses:
        parts = [f"{status_label(s)}{n}节" for s, n in statuses.items()]
        builder.paragraph(styles.PROMPT, "章节：" + "，".join(parts) + "。")
    builder.paragraph(
        styles.PROMPT,
        "以下为新文本，修改以修订标记显示：接受全部修订即得新文本，拒绝全部修订即得旧文本。",
    )


def _headings(report: Report, ids: tuple[str, ...]) -> dict[str, int]:
    """Heading lines of the given sections → their level (0 for the report title, -1 for the
    subtitle and speaker lines)."""
    found: dict[str, int] = {}
    for section_id in ids:
        if section_id == FRONT_ID:
            for key in ("subtitle", "speaker"):
                if report.meta.get(key):
                    found[report.meta[key]] = -1
            if report.title:
                found[report.title] = 0
            continue
        section = report.section(section_id)
        if not section.run_in:
            found[section.heading] = section.level
    return found


def _pair(
    builder: DocumentBuilder, marker: RevisionMarker, comparison: Comparison, pair: SectionPair
) -> Any:
    """Write one pair's paragraphs; return the last one (its break is the separator)."""
    rollover = rollover_author(builder.author)
    new_headings = _headings(comparison.new, pair.new)
    old_headings = _headings(comparison.old, pair.old)
    paragraphs: list[tuple[Any, str, str]] = []  # (paragraph, new-side text, old-side text)
    paragraph = builder.paragraph(styles.BODY)
    new_text: list[str] = []
    old_text: list[str] = []
    for op in paragraph_breaks_first(pair.ops):
        pieces = op.text.split("\n")
        for index, piece in enumerate(pieces):
            if piece:
                if op.op == "=":
                    builder.text(paragraph, piece)
                elif op.op == "+":
                    marker.insert(paragraph, piece, author=rollover if op.rollover else None)
                else:
                    marker.delete(paragraph, piece, author=rollover if op.rollover else None)
                if op.op != "-":
                    new_text.append(piece)
                if op.op != "+":
                    old_text.append(piece)
            if index < len(pieces) - 1:
                if op.op != "=":
                    marker.mark_paragraph_break(paragraph, op.op)
                paragraphs.append((paragraph, "".join(new_text), "".join(old_text)))
                paragraph = builder.paragraph(styles.BODY)
                new_text, old_text = [], []
    paragraphs.append((paragraph, "".join(new_text), "".join(old_text)))
    for item, new_line, old_line in paragraphs:
        level = new_headings.get(new_line) if new_line else old_headings.get(old_line)
        if level is not None:
            builder.set_style(item, _style(level))
    note = _note(comparison, pair)
    if note:
        builder.comment_paragraph(paragraphs[0][0], note)
    return paragraph


def paragraph_breaks_first(ops: Sequence[TextOp]) -> list[TextOp]:
    """The same ops with every inserted or deleted paragraph written as Word writes one: the
    changed break before its text, not after ("=…\n" "+x\n" becomes "=…" "+\nx" "=\n").

    Both say the same (accepting or rejecting gives the same text), but LibreOffice merges an
    insertion that ends a paragraph with an inserted paragraph after it, taking the unchanged
    break between them along, unless the changed break comes first.
    """
    result: list[TextOp] = []
    for op in ops:
        if not op.text:
            continue
        previous = result[-1] if result else None
        if (
            op.op != "="
            and op.text.endswith("\n")
            and previous is not None
            and previous.op == "="
            and previous.text.endswith("\n")
        ):
            result.pop()
            if previous.text[:-1]:
                result.append(TextOp("=", previous.text[:-1]))
            result.append(TextOp(op.op, "\n" + op.text[:-1], op.rollover))
            result.append(TextOp("=", "\n"))
        elif op.op == "=" and previous is not None and previous.op == "=":
            result[-1] = TextOp("=", previous.text + op.text)
        else:
            result.append(op)
    return result


def _style(level: int) -> str:
    if level < 0:
        return styles.SUBTITLE
    if level == 0:
        return styles.TITLE
    return styles.heading_style(level) if level <= 2 else styles.BODY


def _titles(report: Report, ids: tuple[str, ...]) -> str:
    names = []
    for section_id in ids:
        if section_id == FRONT_ID:
            names.append("开头部分")
        else:
            names.append(report.section(section_id).heading)
    return "“" + "”“".join(names) + "”"


def _note(comparison: Comparison, pair: SectionPair) -> str | None:
    """The comment explaining a structural change, None for modified or unchanged sections."""
    old, new = comparison.old, comparison.new
    status = pair.status
    if status is PairStatus.ADDED:
        return "本节为新增内容（上年报告无对应章节）"
    if status is PairStatus.REMOVED:
        return "本节在新报告中已删去"
    if status is PairStatus.SPLIT:
        return f"上年{_titles(old, pair.old)}拆分为{_titles(new, pair.new)}"
    if status is PairStatus.MERGED:
        return f"{_titles(new, pair.new)}由上年{_titles(old, pair.old)}合并而成"
    if status is PairStatus.MOVED:
        where = _parent_heading(old, pair.old[0])
        return f"本节位置调整：上年为{_titles(old, pair.old)}" + (
            f"，位于“{where}”之下" if where else ""
        )
    if status is PairStatus.RENAMED:
        return f"标题调整：上年为{_titles(old, pair.old)}"
    return None


def _parent_heading(report: Report, section_id: str) -> str | None:
    if "." not in section_id:
        return None
    try:
        return report.section(section_id.rsplit(".", 1)[0]).heading
    except KeyError:
        return None
