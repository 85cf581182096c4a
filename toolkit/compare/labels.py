"""Chinese labels for statuses and alignment passes, as drafters say them (HTML, Word)."""

from __future__ import annotations

from toolkit.compare.model import MatchPass, PairStatus

STATUS_LABELS: dict[str, str] = {
    PairStatus.UNCHANGED: "未变",
    PairStatus.MODIFIED: "修改",
    PairStatus.RENAMED: "改名",
    PairStatus.MOVED: "移动",
    PairStatus.SPLIT: "拆分",
    PairStatus.MERGED: "合并",
    PairStatus.ADDED: "新增",
    PairStatus.REMOVED: "删除",
}

MATCH_LABELS: dict[str, str] = {
    MatchPass.FRONT: "前言",
    MatchPass.IDENTICAL: "全文相同",
    MatchPass.HEADING: "标题相同",
    MatchPass.CONTENT: "内容相似",
    MatchPass.MOVED: "异处相似",
    MatchPass.SPLIT: "拆分/合并",
    MatchPass.POSITION: "位置",
    MatchPass.NONE: "—",
}

#: shown for the front-matter pair, which has no heading of its own
FRONT_TITLE = "标题与开篇"


def status_label(status: str) -> str:
    """The Chinese label of a status; an unknown status is shown as it is."""
    return STATUS_LABELS.get(status, str(status))


def match_label(matched_by: str) -> str:
    """The Chinese label of an alignment pass; an unknown pass is shown as it is."""
    return MATCH_LABELS.get(matched_by, str(matched_by))
