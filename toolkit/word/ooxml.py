"""Insert WordprocessingML elements where the schema wants them.

Word refuses a document whose property elements are out of schema order (LibreOffice and
python-docx do not mind), so raw elements go in through :func:`insert_ordered`.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

#: child order of w:pPr (CT_PPr, ECMA-376 §17.3.1.26)
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
#: child order of w:tblPr (CT_TblPr, §17.4.60)
TBLPR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
]
#: child order of w:rPr (CT_RPr, §17.3.2.28)
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
#: child order of w:tcPr (CT_TcPr, §17.4.70)
TCPR_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
]
ORDERS = {
    qn("w:pPr"): PPR_ORDER,
    qn("w:tblPr"): TBLPR_ORDER,
    qn("w:rPr"): RPR_ORDER,
    qn("w:tcPr"): TCPR_ORDER,
}


def insert_ordered(parent: Any, element: Any) -> Any:
    """Insert ``element`` into ``parent`` (a ``w:pPr``, ``w:rPr``, ``w:tblPr`` or ``w:tcPr``) in
    schema order,
    replacing an existing child of the same tag; return it."""
    order = [qn(f"w:{name}") for name in ORDERS[parent.tag]]
    existing = parent.find(element.tag)
    if existing is not None:
        parent.replace(existing, element)
        return element
    rank = order.index(element.tag)
    for child in parent:
        if child.tag in order and order.index(child.tag) > rank:
            child.addprevious(element)
            return element
    parent.append(element)
    return element
