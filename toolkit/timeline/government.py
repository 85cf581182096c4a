"""The government a report is of, as the report names it.

Read, in order, from the meeting the profile found ("安徽省第十四届人民代表大会第三次会议" →
安徽省; "第十二届全国人民代表大会第五次会议" → 国务院), from the opening "我代表国务院" /
"我代表江苏省人民政府", then from the title ("2025年安徽省政府工作报告" → 安徽省). A bare
"我代表省人民政府" names no one. Names are compared in a short form, so that 广西 (a title) and
广西壮族自治区 (a meeting) are one government.
"""

from __future__ import annotations

import re

from toolkit.model import Report

STATE_COUNCIL = "国务院"
_NATIONAL = re.compile(r"全国人民代表大会")
_MEETING = re.compile(r"^(.+?)第?[一二三四五六七八九十百\d]+届")
_OPENING = re.compile(r"我代表(国务院|.{2,20}?)人民政府|我代表(国务院)")
_TITLE = re.compile(r"^(?:\d{4}\s*年)?(.+?)(?:\d{4}\s*年)?(?:人民)?政府工作报告")
#: what a name may end with, longest first; 壮族自治区 → 广西
_ENDINGS = re.compile(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|自治州|自治县)$|[省市]$")
_GENERIC = frozenset({"", "省", "市", "区", "县", "自治区", "州", "旗", "镇", "乡"})


def government_of(report: Report) -> str | None:
    """The government ``report`` names (see the module docstring); None when it names none."""
    meeting = report.meta.get("meeting", "")
    if _NATIONAL.search(meeting):
        return STATE_COUNCIL
    if found := _MEETING.match(meeting):
        name = found.group(1).strip()
        if name not in _GENERIC:
            return name
    for paragraph in report.front[:12]:
        if opening := _OPENING.search(paragraph.text):
            name = (opening.group(1) or opening.group(2)).strip()
            if name not in _GENERIC:
                return name
    if report.title and (titled := _TITLE.match(report.title.strip())):
        name = titled.group(1).strip()
        if name not in _GENERIC:
            return name
    return None


def short_name(name: str) -> str:
    """The form two names of one government share: 广西壮族自治区 → 广西, 安徽省 → 安徽."""
    short = _ENDINGS.sub("", name.strip())
    return short or name.strip()


def same_government(a: str | None, b: str | None) -> bool:
    """Whether two names are of one government; a report that names none matches any."""
    return a is None or b is None or short_name(a) == short_name(b)
