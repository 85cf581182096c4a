"""Blanks left in a draft: 【待填…】, ××/XX/XXX, empty 【】, ？？/??, "X月X日", 某某."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding

KIND = "placeholder"
_BLANK = re.compile(
    r"【\s*待[填补定核确]?[^】]*】|【\s*】|\[\s*待[填补定][^\]]*\]|[×✕╳]{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])"
    r"|[？?]{2,}|[XxＸｘ×][月日号]|某某|[□○]{2,}|_{3,}|＿{2,}"
)


def find(lines: list[Line]) -> Iterator[Finding]:
    for line in lines:
        match = _BLANK.search(line.text)
        if match is None:
            continue
        yield Finding(
            KIND,
            "P0",
            line.line,
            line.text,
            f"a blank is still in the text: “{match.group(0)}”",
            "fill it in or delete it",
            line.section,
        )
