"""Chinese labels for statuses and alignment passes, as drafters say them (HTML, Word)."""

from __future__ import annotations

from toolkit.compare.model import FRONT_ID, MatchPass, PairStatus, SectionPair

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
    MatchPass.REWRITTEN: "整段改写",
    MatchPass.POSITION: "位置",
    MatchPass.NONE: "—",
}

#: the one name of the front matter (title, subtitle, speaker, opening paragraphs) in every view
FRONT_TITLE = "标题与开篇"
#: joins the sections of a split or merged side
JOIN = " + "


def status_label(status: str) -> str:
    """The Chinese label of a status; an unknown status is shown as it is."""
    return STATUS_LABELS.get(status, str(status))


def matched_by_label(matched_by: str) -> str:
    """The Chinese label of an alignment pass; an unknown pass is shown as it is."""
    return MATCH_LABELS.get(matched_by, str(matched_by))


def side_headings(pair: SectionPair, side: str) -> tuple[str, ...]:
    """The headings of every section on one side (``"old"`` or ``"new"``) of a pair, in order;
    :data:`FRONT_TITLE` for the front matter; () for an empty side."""
    ids = pair.old if side == "old" else pair.new
    refs = pair.old_sections if side == "old" else pair.new_sections
    if not ids:
        return ()
    if refs:
        return tuple(FRONT_TITLE if r.id == FRONT_ID else r.heading for r in refs)
    # a pair made without references: only the first heading is known
    first = pair.old_title if side == "old" else pair.new_title
    names = [FRONT_TITLE if ids[0] == FRONT_ID else first or ids[0]]
    return tuple(names + list(ids[1:]))


def side_name(pair: SectionPair, side: str) -> str:
    """All sections of one side joined with :data:`JOIN` ("" for an empty side)."""
    return JOIN.join(side_headings(pair, side))


def describe(pair: SectionPair) -> str:
    """The pair named by all its sections: "old → new", each side with every section of a split
    or merge ("（二）甲 → （二）乙 + （三）丙"); one name when both sides are the same or one side
    is empty."""
    old, new = side_name(pair, "old"), side_name(pair, "new")
    if not old or not new or old == new:
        return new or old
    return f"{old} → {new}"


def flow_note(pair: SectionPair) -> str:
    """How much text flowed in a split or merge, from the pair's links, in the order of the
    sections named: "分别得其内容的45%、19%" for a split (shares of the old section that went
    into each new one), "分别占新节内容的42%、33%" for a merge (shares of the new section that
    came from each old one); "" otherwise or when the pair carries no links."""
    if not pair.links:
        return ""
    if len(pair.new) > 1 and len(pair.old) == 1:
        shares = {new: share for _, new, share, _ in pair.links}
        return "分别得其内容的" + "、".join(_percent(shares.get(i)) for i in pair.new)
    if len(pair.old) > 1:
        shares = {old: share for old, _, _, share in pair.links}
        return "分别占新节内容的" + "、".join(_percent(shares.get(i)) for i in pair.old)
    return ""


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"
