"""The terms part of the review page: new and dropped terms (with where they first occur), the
terms whose frequency shifted most, and the glossary check.

Reads a :class:`toolkit.terms.model.TermComparison`; every term and context is escaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.html.markup import esc

if TYPE_CHECKING:
    from toolkit.terms.model import GlossaryCheck, Term, TermComparison, TermShift

KIND_LABELS = {
    "glossary": "名词解释",
    "document": "文件",
    "formula": "提法",
    "quoted": "引号",
    "stance": "新表述",
    "concept": "新概念",
    "discovered": "新词",
    "name": "名称",
    "generic": "普通词",
}

#: new/dropped terms listed openly; the rest (up to MAX_TERMS) sit in a folded list
VISIBLE_TERMS = 30
MAX_TERMS = 300
MAX_SHIFTS = 25


def _term_item(term: Term) -> str:
    kind = str(term.kind)
    context = f'<span class="ctx">{esc(term.context)}</span>' if term.context else ""
    renamed = (
        f' <span class="muted">（原“{esc(term.renamed_from)}”）</span>' if term.renamed_from else ""
    )
    return (
        f"<li><b>{esc(term.text)}</b>{renamed} "
        f'<span class="badge st-unchanged">{esc(KIND_LABELS.get(kind, kind))}</span> '
        f'<span class="muted">{term.count}次</span>{context}</li>'
    )


def _term_list(terms: tuple[Term, ...], empty: str) -> str:
    """The most salient terms as a list, the next ones folded, the count of any beyond."""
    if not terms:
        return f'<p class="note">{esc(empty)}</p>'
    shown = "".join(_term_item(t) for t in terms[:VISIBLE_TERMS])
    html = f'<ul class="term-list">{shown}</ul>'
    rest = terms[VISIBLE_TERMS:MAX_TERMS]
    if rest:
        items = "".join(_term_item(t) for t in rest)
        html += (
            f'<details class="fold"><summary>其余 {len(rest)} 个</summary>'
            f'<ul class="term-list">{items}</ul></details>'
        )
    if len(terms) > MAX_TERMS:
        html += f'<p class="muted">另有 {len(terms) - MAX_TERMS} 个未列出。</p>'
    return html


def _shifts(shifts: tuple[TermShift, ...]) -> str:
    if not shifts:
        return ""
    rows = "".join(
        f'<tr><td>{esc(s.text)}</td><td class="num">{int(s.old_count)} → {int(s.new_count)}</td>'
        f'<td class="num {"up" if s.new_count > s.old_count else "down"}">'
        f"{int(s.new_count) - int(s.old_count):+d}</td></tr>"
        for s in shifts[:MAX_SHIFTS]
    )
    return (
        '<h3>频次变化最大的词</h3><div class="scroll"><table class="term-shifts"><thead>'
        '<tr><th>词</th><th class="num">次数 旧→新</th><th class="num">增减</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _glossary(check: GlossaryCheck) -> str:
    lines = []
    for entries, label in ((check.added, "名词解释新增"), (check.removed, "名词解释删去")):
        if entries:
            lines.append(f"<li>{label}（{len(entries)}）：{esc('、'.join(entries))}</li>")
    changed = check.changed
    if changed:
        names = "、".join(c.term for c in changed)
        lines.append(f"<li>释义改动（{len(changed)}）：{esc(names)}</li>")
    undefined = check.undefined
    if undefined:
        names = "、".join(t.text for t in undefined)
        lines.append(f"<li>新提法尚无名词解释（{len(undefined)}）：{esc(names)}</li>")
    if not lines:
        return ""
    return f"<h3>名词解释核对</h3><ul>{''.join(lines)}</ul>"


def terms_part(comparison: TermComparison, old_label: str, new_label: str) -> str:
    """New and dropped terms side by side, then shifts and the glossary check."""
    new, dropped = comparison.new, comparison.dropped
    return (
        '<section class="terms-part"><h2 id="terms">新词与旧词</h2><div class="terms">'
        f"<div><h3>{esc(new_label)}新出现（{len(new)}）</h3>"
        f"{_term_list(new, '没有新出现的词语。')}</div>"
        f"<div><h3>{esc(old_label)}有、{esc(new_label)}不再出现（{len(dropped)}）</h3>"
        f"{_term_list(dropped, '没有不再出现的词语。')}</div></div>"
        f"{_shifts(comparison.shifted)}{_glossary(comparison.glossary)}</section>"
    )
