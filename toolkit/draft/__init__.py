"""The draft skeleton of next year's report: what goes in it (pure, :mod:`.skeleton`) and the
facts it needs from the analyzers (:mod:`.facts`). Rendering to Word is
:mod:`toolkit.word.draft_writer`.

>>> from toolkit.api import load_report
>>> from toolkit.draft import build_draft
>>> draft = build_draft(load_report("samples/sichuan-2026.txt"))
>>> draft.year
2027
"""

from toolkit.draft.model import Blank, Draft, DraftParagraph, Kind, Lead, TargetRow, TargetTable
from toolkit.draft.skeleton import build_draft

__all__ = [
    "Blank",
    "Draft",
    "DraftParagraph",
    "Kind",
    "Lead",
    "TargetRow",
    "TargetTable",
    "build_draft",
]
