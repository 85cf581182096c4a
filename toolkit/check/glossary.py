"""Quoted terms without a glossary entry, when the report has a glossary (名词解释).

Reports quote many slogans, names and events that no glossary explains (“喜洋洋”, “断头路”);
what glossaries explain are the coined formulas: number-led (“两重”, “三个代表”, “新三样”,
“21条”) or built with + (“人工智能+”). Only those are reported."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding
from toolkit.model import Report, Role
from toolkit.plans import PLAN_NAME

KIND = "glossary"
_QUOTED = re.compile(r"“([^“”，。；、：！？\s]{2,15})”")
_ENTRY = re.compile(r"^\s*(?:[［\[【(（]?\d{1,3}[］\]】)）.、]?)\s*([^：:]{1,30})[：:]")
_PLAN_NAME = re.compile(rf"^{PLAN_NAME}$")
_FORMULA = re.compile(r"^(?:新|首|全|大)?[一二三四五六七八九十两双百千万0-9]+|[+＋]")
#: longer quotations are slogans or names, not terms
_MAX_CHARS = 8


def find(lines: list[Line], draft: Report, previous: Report | None) -> Iterator[Finding]:
    """P2 for the first use of each quoted term the glossary does not explain; with a previous
    report, only terms new this year (a term last year's report used needs no new entry)."""
    if not draft.glossary:
        return
    terms = [entry.term for entry in draft.glossary]
    # entries the profile may have read as definitions: "［2］term：" lines of the glossary
    terms += [
        m.group(1)
        for line in lines
        if line.role is Role.GLOSSARY
        for m in _ENTRY.finditer(line.text)
    ]
    terms = [term.strip("“”\"'《》 ") for term in terms]
    terms = [term for term in terms if term]
    old = "" if previous is None else "\n".join(text for _, text in previous.lines())
    seen: set[str] = set()
    for line in lines:
        if line.role in (Role.GLOSSARY, Role.ANNEX):
            continue
        for match in _QUOTED.finditer(line.text):
            term = match.group(1)
            if term in seen or _PLAN_NAME.match(term) or not _is_formula(term):
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


def _is_formula(term: str) -> bool:
    return len(term) <= _MAX_CHARS and bool(_FORMULA.search(term))
