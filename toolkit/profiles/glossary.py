"""Glossary (名词解释 / 注释) entries: "1.全域旅游:是指…" → term and definition."""

from __future__ import annotations

import re
from collections.abc import Iterable

from toolkit.model import GlossaryEntry, Paragraph

GLOSSARY_TITLE = re.compile(
    r"^((?:附件\s*\d*|附)\s*[：:、.]?\s*)?(名词解释|名词注释|名词解释和说明|注释|注解|名词术语解释)"
    r"\s*[：:]?$"
)
_NUMBER = re.compile(r"^(\d{1,3})\s*[.．、]\s*|^[（(](\d{1,3})[）)]\s*|^([①-⑳])\s*")
_SPLIT = re.compile(r"[：:]")


def _numbered(text: str) -> tuple[str, str] | None:
    """Split "12.term:…" into ("12.", "term:…"); None when the text has no number."""
    found = _NUMBER.match(text)
    return (found.group(0), text[found.end() :]) if found else None


def parse_glossary(paragraphs: Iterable[Paragraph]) -> tuple[GlossaryEntry, ...]:
    """Entries from the glossary section's paragraphs. A paragraph that does not open a new
    entry continues the previous entry's definition."""
    entries: list[GlossaryEntry] = []
    for paragraph in paragraphs:
        text = paragraph.text
        numbered = _numbered(text)
        label, body = numbered if numbered else ("", text)
        sep = _SPLIT.search(body)
        starts_entry = sep is not None and 0 < sep.start() <= 40 and (numbered or not entries)
        if not starts_entry and entries:
            last = entries[-1]
            entries[-1] = GlossaryEntry(
                last.term, last.definition + "\n" + text, last.line, last.label
            )
            continue
        if sep is None:
            continue
        term = body[: sep.start()].strip()
        definition = body[sep.end() :].strip()
        entries.append(GlossaryEntry(term, definition, paragraph.line, label.strip()))
    return tuple(entries)
