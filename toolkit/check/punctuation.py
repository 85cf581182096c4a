"""Punctuation: half-width ,:;() between Chinese characters, unmatched “” （） 《》 【】."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line
from toolkit.check.model import Finding

KIND = "punctuation"
_HAN = r"[\u3400-\u9fff]"
_HALF = re.compile(rf"(?<={_HAN})[,:;](?=\S)|(?<={_HAN})\((?=[^)]*{_HAN})|(?<={_HAN})\)")
_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("【", "】"), ("(", ")"))
#: when more lines than this share use half-width punctuation, it is the document's convention:
#: one finding for the document instead of one a line
_CONVENTION = 0.3


def find(lines: list[Line]) -> Iterator[Finding]:
    half = [(line, _HALF.findall(line.text)) for line in lines]
    half = [(line, marks) for line, marks in half if marks]
    if half and len(half) > _CONVENTION * len(lines):
        line = half[0][0]
        yield Finding(
            KIND,
            "P2",
            line.line,
            line.text,
            f"half-width punctuation (,:;()) inside Chinese text on {len(half)} lines",
            "use full-width ，：；（）",
            line.section,
        )
    else:
        for line, marks in half:
            shown = "".join(dict.fromkeys(marks))
            yield Finding(
                KIND,
                "P2",
                line.line,
                line.text,
                f"half-width “{shown}” inside Chinese text",
                _full_width(line.text),
                line.section,
            )
    for line in lines:
        for opening, closing in _PAIRS:
            if line.text.count(opening) != line.text.count(closing):
                yield Finding(
                    KIND,
                    "P2",
                    line.line,
                    line.text,
                    f"unmatched {opening}{closing}: {line.text.count(opening)} × {opening}, "
                    f"{line.text.count(closing)} × {closing}",
                    "",
                    line.section,
                )
                break


def _full_width(text: str) -> str:
    return _HALF.sub(lambda m: _FULL[m.group(0)], text)
