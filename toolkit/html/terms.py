"""The terms part of the review page: new and dropped terms (with where they first occur), the
terms whose frequency shifted most, and the glossary check.

Reads a :class:`toolkit.terms.model.TermComparison`.
"""

from __future__ import annotations

from typing import Any

from toolkit.html.markup import esc

KIND_LABELS = {
    "glossary": "名词解释",
    "document": "文件",
    "formula": "提法",
    "quoted": "引号",
    "discovered": "新词",
}

#: at most this many new/dropped terms and shifts are listed
MAX_TERMS = 60
MAX_SHIFTS = 25


def _term_list(terms: tuple[Any, ...], empty: str) -> str:
    if not terms:
        return f'<p class="note">{esc(empty)}</p>'
    items = []
    for term in terms[:MAX_TERMS]:
        kind = str(getattr(term, "kind", ""))
        context = getattr(term, "context", "")
        items.append(
            f"<li><b>{esc(term.text)}</b> "
            f'<span class="badge st-unchanged">{esc(KIND_LABELS.get(kind, kind))}</span> '
            f'<span class="muted">{int(getattr(term, "count", 0))}次</span>'
            + (f'<span class="ctx">{esc(context)}</span>' if context else "")
            + "</li>"
        )
    more = len(terms) - MAX_TERMS
    tail = f'<p class="muted">另有 {more} 个未列出。</p>' if more > 0 else ""
    return f'<ul class="term-list">{"".join(items)}</ul>{tail}'


def _shifts(shifts: tuple[Any, ...]) -> str:
    if not shifts:
        return ""
    rows = "".join(
        f"<tr><td>{esc(s.text)}</td><td class=\"num\">{int(s.old_count)} → {int(s.new_count)}</td>"
        f'<td class="num {"up" if s.new_count > s.old_count else "down"}">'
        f"{int(s.new_count) - int(s.old_count):+d}</td></tr>"
        for s in shifts[:MAX_SHIFTS]
    )
    return (
        '<h3>频次变化最大的词</h3><div class="scroll"><table class="term-shifts"><thead>'
        '<tr><th>词</th><th class="num">次数 旧→新</th><th class="num">增减</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _glossary(check: Any) -> str:
    if check is None:
        return ""
    lines = []
    for attr, label in (("added", "名词解释新增"), ("removed", "名词解释删去")):
        names = tuple(getattr(check, attr, ()))
        if names:
            lines.append(f"<li>{label}（{len(names)}）：{esc('、'.join(names))}</li>")
    changed = tuple(getattr(check, "changed", ()))
    if changed:
        names = "、".join(c.term for c in changed)
        lines.append(f"<li>释义改动（{len(changed)}）：{esc(names)}</li>")
    undefined = tuple(getattr(check, "undefined", ()))
    if undefined:
        names = "、".join(t.text for t in undefined)
        lines.append(f"<li>新提法尚无名词解释（{len(undefined)}）：{esc(names)}</li>")
    if not lines:
        return ""
    return f'<h3>名词解释核对</h3><ul>{"".join(lines)}</ul>'


def terms_part(comparison: Any, old_label: str, new_label: str) -> str:
    """New and dropped terms side by side, then shifts and the glossary check."""
    new = tuple(getattr(comparison, "new", ()))
    dropped = tuple(getattr(comparison, "dropped", ()))
    return (
        '<section class="terms-part"><h2 id="terms">新词与旧词</h2><div class="terms">'
        f"<div><h3>{esc(new_label)}新出现（{len(new)}）</h3>"
        f"{_term_list(new, '没有新出现的词语。')}</div>"
        f"<div><h3>{esc(old_label)}有、{esc(new_label)}不再出现（{len(dropped)}）</h3>"
        f"{_term_list(dropped, '没有不再出现的词语。')}</div></div>"
        f"{_shifts(tuple(getattr(comparison, 'shifted', ())))}"
        f"{_glossary(getattr(comparison, 'glossary', None))}</section>"
    )
