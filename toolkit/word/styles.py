"""The named styles report-toolkit writes with, and the placeholder marker.

A template (the shipped ``templates/default.docx`` or a user's own) must define every style in
:data:`REQUIRED_STYLES` under exactly these names; everything else about the template (page setup,
headers and footers, fonts, other styles) is the user's. See ``templates/README.md``.
"""

from __future__ import annotations

from typing import Final

TITLE: Final = "RT Title"  #: report title: 方正小标宋简体 二号, centred
SUBTITLE: Final = "RT Subtitle"  #: date/meeting line and speaker: 楷体 三号, centred
HEADING_1: Final = "RT Heading 1"  #: 一、… parts: 黑体 三号
HEADING_2: Final = "RT Heading 2"  #: （一）… sections: 楷体 三号
BODY: Final = "RT Body"  #: body text: 仿宋 三号, fixed 28.95 pt lines, first line indented 2 chars
PROMPT: Final = "RT Prompt"  #: drafting prompt to be replaced by the writer: body, grey
TABLE: Final = "RT Table"  #: text in table cells: 仿宋 小四, single spaced
PLACEHOLDER: Final = "RT Placeholder"  #: CHARACTER style of a blank to fill (plus a highlight)

PARAGRAPH_STYLES: Final = (TITLE, SUBTITLE, HEADING_1, HEADING_2, BODY, PROMPT, TABLE)
CHARACTER_STYLES: Final = (PLACEHOLDER,)
REQUIRED_STYLES: Final = PARAGRAPH_STYLES + CHARACTER_STYLES

#: the report meta key under which the .docx reader lists the paragraph numbers in the
#: PROMPT style, space-separated ("12 15 18"): a draft skeleton's prompts
PROMPT_LINES: Final = "prompt_lines"

#: Every blank to fill reads 【待填：what】, so one search for "【待填" finds them all.
PLACEHOLDER_OPEN: Final = "【待填："
PLACEHOLDER_CLOSE: Final = "】"


def placeholder_text(what: str) -> str:
    """The marked text of a blank: ``placeholder_text("日期")`` → "【待填：日期】"; a bare figure
    to fill, ``placeholder_text("")``, is "【待填】"."""
    if not what:
        return PLACEHOLDER_OPEN.rstrip("：") + PLACEHOLDER_CLOSE
    return f"{PLACEHOLDER_OPEN}{what}{PLACEHOLDER_CLOSE}"


def heading_style(level: int) -> str:
    """The heading style for a section level: 1 → RT Heading 1, 2 and deeper → RT Heading 2."""
    return HEADING_1 if level <= 1 else HEADING_2
