"""Glossary (名词解释 / 注释) entries: "1.全域旅游:是指…" → term and definition."""

from __future__ import annotations

import re
from collections.abc import Iterable

from toolkit.lazy import lazy_pattern
from toolkit.model import GlossaryEntry, Paragraph

#: "名词解释", "注释", "附：名词解释", "附件2 名词解释", "《政府工作报告》有关内容名词注释":
#: group 1 the annex label (or ""), group 2 the title (see :func:`glossary_title`)
_glossary_title = lazy_pattern(
    r"^((?:附件\s*\d*|附录|附)\s*[：:、.]?\s*)?"
    r"((?:《[^》]{1,30}》)?[^，。；：:,;《》]{0,12}?"
    r"(?:名词解释|名词注释|名词解释和说明|注释|注解|名词术语解释|名词术语|术语解释|名词说明)"
    r"(?:\s*[（(][^（()）]{1,20}[）)])?)"  # "名词解释（按文中出现先后排序）"
    r"\s*[：:]?$"
)


def glossary_title(text: str) -> re.Match[str] | None:
    """The match of ``text`` as a glossary's title (group 1 the annex label or None, group 2 the
    title), None when it is none. A text without one of the title words is none without the
    regular expression, which is compiled for the first text that has one."""
    # what every title the expression matches holds: each of its title words holds one of these
    if not ("名词" in text or "注" in text or "术语" in text):
        return None
    return _glossary_title().match(text)


#: an entry's number (compiled when a report has a glossary)
_number = lazy_pattern(
    r"^(\d{1,3})\s*[.．、]\s*|^[（(](\d{1,3})[）)]\s*|^([①-⑳])\s*"
    r"|^[［\[【〔](\d{1,3})[］\]】〕]\s*"
)
_SPLIT = re.compile(r"[：:]")
#: separators of a numbered entry without a colon: "1.全域旅游——…", "1.全域旅游是指…"
_SPLIT_OTHER = re.compile(r"——|－－|[，,]?(?:是指|系指|指的是)")
#: a term is at most this long
_TERM_REACH = 40
#: punctuation a term never holds (looked for with ``in``: see ``headings._CLAUSE``)
_TERM_BREAK = "，,。；;！？!?"
#: a numbered line without a colon this short is a term whose definition follows on the next
#: line ("［1］一降三减" / "全年火灾起数总体下降…")
_MAX_TERM = 30


def _numbered(text: str) -> tuple[str, str] | None:
    """Split "12.term:…" into ("12.", "term:…"); None when the text has no number."""
    found = _number().match(text)
    return (found.group(0), text[found.end() :]) if found else None


def _separator(body: str, numbered: bool) -> re.Match[str] | None:
    """What parts term from definition: the first colon, or in a numbered entry a dash or
    是指 near the start when it comes first."""
    found = _SPLIT.search(body)
    if not numbered:
        return found
    other = _SPLIT_OTHER.search(body, 0, _TERM_REACH + 4)
    if other and other.start() > 0 and (found is None or other.start() < found.start()):
        return other
    return found


def parse_glossary(paragraphs: Iterable[Paragraph]) -> tuple[GlossaryEntry, ...]:
    """Entries from the glossary section's paragraphs: "1.term：definition", "［1］term：" or
    "［1］term" with the definition on the next line. A paragraph that does not open a new
    entry continues the previous entry's definition."""
    entries: list[GlossaryEntry] = []
    for paragraph in paragraphs:
        text = paragraph.text
        numbered = _numbered(text)
        label, body = numbered if numbered else ("", text)
        sep = _separator(body, numbered is not None)
        # an unnumbered glossary: every entry "term：definition", the term without punctuation
        unnumbered = bool(entries) and not numbered and not any(e.label for e in entries)
        before_sep = body[: sep.start()] if sep is not None else ""
        plain_term = sep is not None and not any(mark in before_sep for mark in _TERM_BREAK)
        starts_entry = (
            sep is not None
            and 0 < sep.start() <= _TERM_REACH
            and (numbered or not entries or (unnumbered and plain_term))
        )
        term_only = numbered is not None and sep is None and 0 < len(body) <= _MAX_TERM
        if not starts_entry and not term_only and entries:
            last = entries[-1]
            definition = f"{last.definition}\n{text}" if last.definition else text
            entries[-1] = GlossaryEntry(last.term, definition, last.line, last.label)
            continue
        if sep is None and not term_only:
            continue
        term = body[: sep.start()].strip() if sep else body.strip().rstrip("。")
        definition = body[sep.end() :].strip() if sep else ""
        entries.append(GlossaryEntry(term, definition, paragraph.line, label.strip()))
    return tuple(entries)
