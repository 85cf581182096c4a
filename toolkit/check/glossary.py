"""Quoted terms without a glossary entry, when the report has a glossary (名词解释)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Report, Role

KIND = "glossary"
_QUOTED = re.compile(r"“([^“”，。；、：！？\s]{2,15})”")
_PLAN_NAME = re.compile(r"^十[一二三四五六七八九]五$")


def find(lines: list[Line], draft: Report, previous: Report | None) -> Iterator[Finding]:
    """P2 for the first use of each quoted term the glossary does not explain; with a previous
    report, only terms new this year (a term last year's report used needs no new entry)."""
    terms = [entry.term.strip("“”\"'《》 ") for entry in draft.glossary]
    terms = [term for term in terms if term]
    if not terms:
        return
    old = "" if previous is None else "\n".join(text for _, text in previous.lines())
    seen: set[str] = set()
    for line in lines:
        if line.role in (Role.GLOSSARY, Role.ANNEX):
            continue
        for match in _QUOTED.finditer(line.text):
            term = match.group(1)
            if term in seen or _PLAN_NAME.match(term):
                continue
            seen.add(term)
            if term in old or any(term in known or known in term for known in terms):
                continue
            yield Finding(
                KIND,
                "P2",
                line.line,
                line.text,
                f"“{term}” is quoted but the glossary has no entry for it",
                f"add “{term}” to the glossary, or drop the quotes",
                line.section,
            )
