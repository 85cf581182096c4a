"""The statuses of the targets tables in Chinese, as every view shows them (the HTML page, the
Word 对照表): status → (label, direction class "up" / "down" / ""). JSON keeps the English
values."""

from __future__ import annotations

CHANGE_LABELS = {
    "raised": ("上调", "up"),
    "lowered": ("下调", "down"),
    "unchanged": ("持平", ""),
    "new": ("新增", "up"),
    "dropped": ("取消", "down"),
    "qualitative": ("定性", ""),
}
ATTAINMENT_LABELS = {
    "met": ("完成", "up"),
    "missed": ("未完成", "down"),
    "no figure reported": ("未报告", ""),
}
COMMITMENT_LABELS = {
    "met": ("完成", "up"),
    "exceeded": ("超额完成", "up"),
    "missed": ("未完成", "down"),
    "not reported": ("未报告", ""),
    "not comparable": ("不可比", ""),
}
#: the commitments tracker's remarks in Chinese; an unknown remark is shown as it is
REMARKS = {
    "far below the target": "远低于目标",
    "far above the target": "远高于目标",
    "an increment against a stock": "新增量与累计量不可比",
    "an increment against the term's level": "年度新增量与五年末总量不可比",
    "units differ": "单位不同",
}


def status_label(labels: dict[str, tuple[str, str]], status: str) -> str:
    """The Chinese label of ``status`` in ``labels``; the status itself when it has none."""
    return labels.get(status, (status, ""))[0]
