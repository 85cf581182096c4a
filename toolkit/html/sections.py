"""One section pair as HTML: a head (titles, status, how it was matched) and its diff, inline
(deletions struck through in red, insertions in green) and, optionally, side by side."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.compare.labels import FRONT_TITLE, match_label, status_label
from toolkit.compare.model import FRONT_ID, PairStatus, SectionPair
from toolkit.html.lines import (
    FOLD_INLINE_MIN_CHARS,
    INLINE_CONTEXT,
    Block,
    Fragment,
    Line,
    plan_blocks,
    split_lines,
)
from toolkit.html.markup import anchor_id, esc, percent
from toolkit.model import Report


def pair_title(pair: SectionPair) -> str:
    """The heading to show for a pair: the new one, else the old one (front matter: a label)."""
    if pair.new == (FRONT_ID,) or pair.old == (FRONT_ID,):
        return FRONT_TITLE
    return pair.new_title or pair.old_title or "（无标题）"


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


def _fragment(fragment: Fragment, side: str, shorten: bool) -> str:
    """One fragment for the ``"both"`` (inline), ``"old"`` or ``"new"`` side."""
    kind = fragment.kind
    if kind == "=":
        return _equal_text(fragment.text, shorten)
    if kind == "r":
        shown = fragment.old if side == "old" else fragment.text
        title = f"年份顺延：{fragment.old} → {fragment.text}"
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


def _fold_summary(block: Block) -> str:
    return f"{len(block.lines)}段未改动（{block.chars}字）"


def _folded(blocks: list[Block], rows: Callable[[Line], str], fold: str) -> str:
    """Each block's rows; an unchanged run in a ``<details>`` with ``fold`` as its inside."""
    parts: list[str] = []
    for block in blocks:
        html = "".join(rows(line) for line in block.lines)
        if block.folded:
            html = fold.format(summary=esc(_fold_summary(block)), rows=html)
        parts.append(html)
    return "".join(parts)


def inline_diff(blocks: list[Block]) -> str:
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


def side_by_side_diff(blocks: list[Block], old_label: str, new_label: str) -> str:
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
    bits = [f"匹配：{match_label(pair.matched_by)}"] if pair.old and pair.new else []
    if pair.old and pair.new:
        bits.append(f"相似度 {percent(pair.score)}")
    stats = pair.stats
    bits.append(f"{stats.changes}处")
    bits.append(f"字数 {stats.chars_old} → {stats.chars_new}")
    return " · ".join(bits)


def _heading(report: Report, section_id: str) -> str:
    try:
        return report.section(section_id).heading
    except KeyError:
        return section_id


def _place(report: Report, section_id: str) -> str:
    """Where a section sits: "二、关于2025年工作 › 第3节", or "第3部分" at the top."""
    parent, _, last = section_id.rpartition(".")
    number = last.lstrip("s")
    if not parent:
        return f"第{number}部分"
    return f"{_heading(report, parent)} › 第{number}节"


def origin_note(pair: SectionPair, old: Report, new: Report) -> str:
    """A sentence on where a split, merged or moved section came from; "" for the others."""
    if len(pair.old) > 1:
        names = "、".join(f"「{_heading(old, i)}」" for i in pair.old)
        return f"由旧报告的{names}合并而来"
    if len(pair.new) > 1:
        names = "、".join(f"「{_heading(new, i)}」" for i in pair.new)
        return f"旧报告的「{_heading(old, pair.old[0])}」拆分为{names}"
    if pair.status is PairStatus.MOVED and pair.old and pair.new:
        return f"原位置：{_place(old, pair.old[0])}；现位置：{_place(new, pair.new[0])}"
    return ""


def render_pair(
    index: int,
    pair: SectionPair,
    *,
    side_by_side: bool,
    old_label: str,
    new_label: str,
    origin: str = "",
) -> str:
    """A ``<section>`` for one pair. Unchanged pairs start collapsed; changed ones open.
    ``origin`` is a sentence on where the section came from (see :func:`origin_note`)."""
    title = pair_title(pair)
    renamed = ""
    if pair.old_title and pair.new_title and pair.old_title != pair.new_title:
        renamed = f'<div class="renamed-from">原标题：{esc(pair.old_title)}</div>'
    if origin:
        renamed += f'<div class="renamed-from">{esc(origin)}</div>'
    blocks = plan_blocks(split_lines(pair.ops))
    body = inline_diff(blocks)
    if side_by_side:
        body += side_by_side_diff(blocks, old_label, new_label)
    chars = pair.stats.chars_new or pair.stats.chars_old
    summary = f"正文（{chars}字，{pair.stats.changes}处改动）"
    is_open = " open" if pair.changed else ""
    level = min(pair.level, 4)
    return (
        f'<section class="pair lvl-{level} pair-{esc(pair.status)}" '
        f'id="{anchor_id("pair", index)}" data-status="{esc(pair.status)}">'
        f'<div class="pair-head"><h3>{esc(title)}</h3>{status_badge(pair.status)}'
        '<a class="back" href="#contents" title="回到目录">↑ 目录</a></div>'
        f'{renamed}<div class="pair-meta">{esc(pair_meta(pair))}</div>'
        f'<details class="pair-body"{is_open}><summary>{esc(summary)}</summary>{body}</details>'
        "</section>"
    )
