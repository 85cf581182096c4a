"""Whole pages: the HTML5 skeleton with the inline stylesheet, and the two page kinds (a diff
page for a :class:`Comparison`, a review page that adds targets and terms)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from toolkit import __version__
from toolkit.compare.model import Comparison
from toolkit.compare.segments import reading_segments
from toolkit.html.markup import esc
from toolkit.html.sections import origin_note, render_continuation, render_pair
from toolkit.html.style import CSS, SCRIPT
from toolkit.html.summary import (
    header_cards,
    report_label,
    status_label_json,
    summary_table,
    table_of_contents,
    totals,
)
from toolkit.numerals import YEAR
from toolkit.review import Review

_YEAR = re.compile(rf"(?:{YEAR})\s*年(度)?")


#: what the footer of a diff or review page explains
DIFF_FOOTER = (
    "红色删除线为旧报告中删去的文字，绿色为新报告中新增的文字；"
    "年份顺延（如2024年→2025年）按未改动显示。"
)


def document(title: str, body: str, *, footer: str = DIFF_FOOTER, css: str = "") -> str:
    """An HTML5 document with the inline stylesheet (and ``css`` after it), the optional inline
    script and a footer explaining the page (``footer``, plain text)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light">'
        f'<meta name="generator" content="report-toolkit {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>{CSS}{css}</style></head>"
        f'<body><div class="page">{body}'
        f"<footer>由 report-toolkit {esc(__version__)} 生成。{esc(footer)}</footer></div>"
        f'<script type="application/json" id="status-labels">{status_label_json()}</script>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def page_title(comparison: Comparison, kind: str) -> str:
    old, new = comparison.old, comparison.new
    # the more specific title without its year: "2025年广东省政府工作报告" → "广东省政府工作报告"
    names = [_YEAR.sub("", title).strip() for title in (new.title, old.title) if title]
    name = max(names, key=len, default="") or "政府工作报告"
    return f"{name}：{report_label(old)} → {report_label(new)} {kind}"


def overview(comparison: Comparison) -> str:
    """The totals and the summary table, under one heading."""
    return (
        '<section class="overview first-part"><h2 id="overview">概览</h2>'
        f"{totals(comparison)}{summary_table(comparison)}</section>"
    )


def pairs_part(comparison: Comparison, *, side_by_side: bool) -> str:
    """The table of contents and every pair's diff (with the view switch when side by side), in
    reading order: a part's closing paragraphs after its subsections."""
    old_label = f"旧：{report_label(comparison.old)}"
    new_label = f"新：{report_label(comparison.new)}"
    parts = []
    for segment in reading_segments(comparison):
        i, pair = segment.pair, comparison.pairs[segment.pair]
        if segment.part:
            parts.append(
                render_continuation(
                    i,
                    pair,
                    segment.ops,
                    side_by_side=side_by_side,
                    old_label=old_label,
                    new_label=new_label,
                )
            )
            continue
        origin = origin_note(pair, comparison.old, comparison.new)
        parts.append(
            render_pair(
                i,
                pair,
                side_by_side=side_by_side,
                old_label=old_label,
                new_label=new_label,
                origin=origin,
                ops=segment.ops,
            )
        )
    pairs = "".join(parts)
    switch = ""
    if side_by_side:
        switch = (
            '<input type="radio" name="view" id="view-inline" class="view-toggle" checked>'
            '<input type="radio" name="view" id="view-side" class="view-toggle">'
            '<div class="views"><label for="view-inline">逐段标注</label>'
            '<label for="view-side">左右对照</label></div>'
        )
    return (
        '<section class="contents"><h2 id="contents">目录</h2>'
        f"{table_of_contents(comparison)}</section>"
        '<section class="diffs"><h2 id="diffs">逐章对照</h2>'
        '<p class="legend">图例：<span class="k-del">删去的文字</span> '
        '<span class="k-ins">新增的文字</span> '
        '<span class="roll" title="年份顺延">2025年</span>（顺延的年份，不计为修改）；'
        "未改动的段落已折叠，点击展开。</p>"
        '<div id="toolbar-slot"></div>'
        f'{switch}<div class="pairs">{pairs}</div></section>'
    )


def jump_links(parts: Iterable[tuple[str, str]]) -> str:
    """Links to the page's parts (anchor id, label), under the header."""
    links = "".join(f'<a href="#{anchor}">{esc(label)}</a>' for anchor, label in parts)
    return f'<nav class="jump">{links}</nav>'


def header(
    comparison: Comparison, title: str, extra: Iterable[str] = (), author: str | None = None
) -> str:
    """The page title, the two report cards, the reviewer (when given) and any notes."""
    notes = "".join(f'<p class="note">{esc(note)}</p>' for note in extra)
    if author:
        notes = f'<p class="muted">审阅人：{esc(author)}</p>' + notes
    cards = header_cards(comparison.old, comparison.new)
    return f"<header><h1>{esc(title)}</h1>{cards}{notes}</header>"


def diff_page(
    comparison: Comparison, *, side_by_side: bool = False, author: str | None = None
) -> str:
    """The diff page: header, overview, table of contents and per-section diffs.

    With ``side_by_side`` each section also carries a two-column view, and a switch (plain
    HTML radio buttons, no script) chooses between the views. ``author`` (the reviewer) is
    shown in the header when given.
    """
    title = page_title(comparison, "对照")
    body = header(comparison, title, author=author)
    body += jump_links((("overview", "概览"), ("contents", "目录"), ("diffs", "逐章对照")))
    body += overview(comparison)
    body += pairs_part(comparison, side_by_side=side_by_side)
    return document(title, body)


def review_page(review: Review, *, side_by_side: bool = False, author: str | None = None) -> str:
    """The review page: the diff page plus the targets and terms parts.

    A part whose analysis is missing from the review (``None``) is left out, and the header
    says so.
    """
    comparison = review.comparison
    old_label, new_label = report_label(comparison.old), report_label(comparison.new)
    title = page_title(comparison, "审阅")
    body = header(comparison, title, review.notes, author)
    parts = [("overview", "概览")]
    parts += [("targets", "主要目标")] if review.targets is not None else []
    parts += [("terms", "新词与旧词")] if review.terms is not None else []
    body += jump_links((*parts, ("contents", "目录"), ("diffs", "逐章对照")))
    body += overview(comparison)
    if review.targets is not None:
        from toolkit.html.targets import targets_part

        body += targets_part(review.targets, old_label, new_label)
    if review.terms is not None:
        from toolkit.html.terms import terms_part

        body += terms_part(review.terms, old_label, new_label)
    body += pairs_part(comparison, side_by_side=side_by_side)
    return document(title, body)
