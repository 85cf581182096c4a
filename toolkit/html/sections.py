"""One section pair as HTML: a head (titles, status, how it was matched) and its diff, inline
(deletions struck through in red, insertions in green) and, optionally, side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from toolkit.compare.labels import (
    describe,
    flow_note,
    matched_by_label,
    side_headings,
    status_label,
)
from toolkit.compare.model import PairStatus, SectionPair, SectionRef, TextOp
from toolkit.compare.refs import section_refs
from toolkit.html.lines import (
    FOLD_INLINE_MIN_CHARS,
    INLINE_CONTEXT,
    Line,
    LineRun,
    plan_blocks,
    split_lines,
)
from toolkit.html.markup import anchor_id, esc, percent
from toolkit.model import Report
from toolkit.textdiff.ops import CHANGES, EQUAL, SHIFT, YEAR


def pair_title(pair: SectionPair) -> str:
    """The heading to show for a pair: every section of the new side (of the old side when there
    is none), joined for a split; the front matter by its one name."""
    return "、".join(side_headings(pair, "new") or side_headings(pair, "old")) or "（无标题）"


def status_badge(status: str) -> str:
    return f'<span class="badge st-{esc(status)}">{esc(status_label(status))}</span>'


def _equal_text(text: str, shorten: bool) -> str:
    if not shorten or len(text) <= FOLD_INLINE_MIN_CHARS:
        return esc(text)
    head, middle, tail = (
        text[:INLINE_CONTEXT],
        text[INLINE_CONTEXT:-INLINE_CONTEXT],
        text[-INLINE_CONTEXT:],
    )
    # a checkbox inside its label opens the stretch in place, inline, without script
    return (
        f'{esc(head)}<label class="ifold"><input type="checkbox">'
        f'<span class="ifold-more">…（{len(middle)}字未改动）…</span>'
        f'<span class="ifold-rest">{esc(middle)}</span></label>{esc(tail)}'
    )


def _fragment(fragment: TextOp, side: str, shorten: bool) -> str:
    """One fragment for the ``"both"`` (inline), ``"old"`` or ``"new"`` side."""
    kind = fragment.op
    if kind == EQUAL:
        return _equal_text(fragment.text, shorten)
    if kind == SHIFT:
        shown = fragment.old if side == "old" else fragment.text
        what = "年份顺延" if fragment.reason == YEAR else "序号变动"
        title = f"{what}：{fragment.old} → {fragment.text}"
        return f'<span class="roll" title="{esc(title)}">{esc(shown)}</span>'
    if kind == "-":
        return "" if side == "new" else f"<del>{esc(fragment.text)}</del>"
    return "" if side == "old" else f"<ins>{esc(fragment.text)}</ins>"


def _line_html(line: Line, side: str = "both") -> str:
    shorten = line.changed
    return "".join(_fragment(f, side, shorten) for f in line.fragments)


def _inline_line(line: Line) -> str:
    """One ``<p>``; a rewritten line gives two: the old paragraph struck through, the new."""
    if line.rewritten:
        return (
            f'<p class="rewritten">{_line_html(line, "old")}</p>'
            f'<p class="rewritten">{_line_html(line, "new")}</p>'
        )
    return f"<p>{_line_html(line)}</p>"


def _fold_summary(block: LineRun) -> str:
    return f"{len(block.lines)}段未改动（{block.chars}字）"


def _folded(blocks: list[LineRun], rows: Callable[[Line], str], fold: str) -> str:
    """Each block's rows; an unchanged run in a ``<details>`` with ``fold`` as its inside."""
    parts: list[str] = []
    for block in blocks:
        html = "".join(rows(line) for line in block.lines)
        if block.folded:
            html = fold.format(summary=esc(_fold_summary(block)), rows=html)
        parts.append(html)
    return "".join(parts)


def inline_diff(blocks: list[LineRun]) -> str:
    """The inline view: one ``<p>`` per line, unchanged runs folded in ``<details>``."""
    fold = '<details class="fold"><summary>{summary}</summary>{rows}</details>'
    return f'<div class="diff inline-view">{_folded(blocks, _inline_line, fold)}</div>'


def _cells(line: Line) -> str:
    old = _line_html(line, "old")
    new = _line_html(line, "new")
    same = "" if line.changed else " same"
    old_class = "cell old" + ("" if old else " empty") + same
    new_class = "cell new" + ("" if new else " empty") + same
    return f'<div class="{old_class}">{old}</div><div class="{new_class}">{new}</div>'


def side_by_side_diff(blocks: list[LineRun], old_label: str, new_label: str) -> str:
    """The side-by-side view: old text left, new text right, one row per line."""
    head = (
        f'<div class="col-head old">{esc(old_label)}</div>'
        f'<div class="col-head new">{esc(new_label)}</div>'
    )
    fold = (
        '<details class="fold fold-row"><summary>{summary}</summary>'
        '<div class="sbs">{rows}</div></details>'
    )
    return (
        f'<div class="sbs-view"><div class="sbs">{head}{_folded(blocks, _cells, fold)}</div></div>'
    )


def pair_meta(pair: SectionPair) -> str:
    bits = [f"匹配：{matched_by_label(pair.matched_by)}"] if pair.old and pair.new else []
    if pair.old and pair.new:
        bits.append(f"相似度 {percent(pair.score)}")
    stats = pair.stats
    bits.append(f"{stats.changes}处")
    bits.append(f"字数 {stats.chars_old} → {stats.chars_new}")
    return " · ".join(bits)


def _refs(pair: SectionPair, side: str, report: Report) -> tuple[SectionRef, ...]:
    """The pair's section references on one side (looked up in the report for a pair made
    without them)."""
    refs = pair.old_sections if side == "old" else pair.new_sections
    if refs:
        return refs
    ids = pair.old if side == "old" else pair.new
    known = section_refs(report)
    return tuple(known[i] for i in ids if i in known)


def _place(ref: SectionRef) -> str:
    """Where a section sits: "二、关于2025年工作 › 第3节", or "第3部分" at the top."""
    if ref.parent_heading is None:
        return f"第{ref.number}部分"
    return f"{ref.parent_heading} › 第{ref.number}节"


def _names(refs: tuple[SectionRef, ...]) -> str:
    return "、".join(f"「{ref.heading}」" for ref in refs)


def origin_note(pair: SectionPair, old: Report, new: Report) -> str:
    """A sentence on where a split, merged or moved section came from; "" for the others."""
    olds, news = _refs(pair, "old", old), _refs(pair, "new", new)
    flow = flow_note(pair)
    flow = f"（{flow}）" if flow else ""
    if len(olds) > 1:
        return f"由旧报告的{_names(olds)}合并而来{flow}"
    if len(news) > 1 and olds:
        return f"旧报告的{_names(olds)}拆分为{_names(news)}{flow}"
    if pair.status is PairStatus.MOVED and olds and news:
        return f"原位置：{_place(olds[0])}；现位置：{_place(news[0])}"
    return ""


def _views(ops: Sequence[TextOp], side_by_side: bool, old_label: str, new_label: str) -> str:
    blocks = plan_blocks(split_lines(ops))
    body = inline_diff(blocks)
    if side_by_side:
        body += side_by_side_diff(blocks, old_label, new_label)
    return body


def render_continuation(
    index: int,
    pair: SectionPair,
    ops: Sequence[TextOp],
    *,
    side_by_side: bool,
    old_label: str,
    new_label: str,
) -> str:
    """The part of a pair's text that follows its subsections (a part's closing paragraphs),
    headed "…（续）"; open when it holds a change."""
    changed = any(op.op in CHANGES for op in ops)
    is_open = " open" if changed else ""
    level = min(pair.level, 4)
    body = _views(ops, side_by_side, old_label, new_label)
    summary = f"续（{sum(len(op.new_side) for op in ops)}字）"
    return (
        f'<section class="cont lvl-{level} pair-{esc(pair.status)}" '
        f'data-pair="{anchor_id("pair", index)}" data-status="{esc(pair.status)}">'
        f'<div class="pair-head"><h3>{esc(pair_title(pair))}（续）</h3></div>'
        f'<details class="pair-body"{is_open}><summary>{esc(summary)}</summary>{body}</details>'
        "</section>"
    )


def render_pair(
    index: int,
    pair: SectionPair,
    *,
    side_by_side: bool,
    old_label: str,
    new_label: str,
    origin: str = "",
    ops: Sequence[TextOp] | None = None,
) -> str:
    """A ``<section>`` for one pair. Unchanged pairs start collapsed; changed ones open.
    ``origin`` is a sentence on where the section came from (see :func:`origin_note`); ``ops``
    the part of the pair's ops shown here (None: all; the rest follows its subsections, see
    :func:`render_continuation`)."""
    title = pair_title(pair)
    renamed = ""
    old_names, new_names = side_headings(pair, "old"), side_headings(pair, "new")
    if len(old_names) == 1 == len(new_names) and old_names != new_names:
        renamed = f'<div class="renamed-from">原标题：{esc("、".join(old_names))}</div>'
    if origin:
        renamed += f'<div class="renamed-from">{esc(origin)}</div>'
    body = _views(pair.ops if ops is None else ops, side_by_side, old_label, new_label)
    chars = pair.stats.chars_new or pair.stats.chars_old
    summary = f"正文（{chars}字，{pair.stats.changes}处改动）"
    is_open = " open" if pair.changed else ""
    level = min(pair.level, 4)
    return (
        f'<section class="pair lvl-{level} pair-{esc(pair.status)}" '
        f'id="{anchor_id("pair", index)}" data-pair="{anchor_id("pair", index)}" '
        f'data-status="{esc(pair.status)}" title="{esc(describe(pair))}">'
        f'<div class="pair-head"><h3>{esc(title)}</h3>{status_badge(pair.status)}'
        '<a class="back" href="#contents" title="回到目录">↑ 目录</a></div>'
        f'{renamed}<div class="pair-meta">{esc(pair_meta(pair))}</div>'
        f'<details class="pair-body"{is_open}><summary>{esc(summary)}</summary>{body}</details>'
        "</section>"
    )
