"""Which government delivered a report, and at which level, as the report itself says: one
reader for every command (the corpus store, the timeline).

Read in order of reliability: the meeting of the subtitle ("安徽省第十四届人民代表大会第四次会议",
"第十二届全国人民代表大会第五次会议"), the title ("2025年安徽省政府工作报告",
"中山区人民政府2018年政府工作报告"), the speaker ("国务院总理", "天津市市长"), and the opening
("我代表江苏省人民政府", "我代表国务院"; "我代表省人民政府" names no place). Names are compared
in a short form (:func:`short_name`), so that 广西 (a title) and 广西壮族自治区 (a meeting) are
one government.
"""

from __future__ import annotations

import re

from toolkit.model import Report

#: province-level municipalities: a 市 that is a province
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
#: a place name ending in its administrative unit, longest units first
_PLACE = (
    r"([\u4e00-\u9fff]{1,12}?"
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|县|旗|区))"
)
_MEETING = re.compile(_PLACE + r"(?:第?[一二三四五六七八九十]+届)")
_TITLE = re.compile(r"^(?:\d{4}年)?" + _PLACE + r"(?:人民政府)?(?:\d{4}年)?(?:人民)?政府工作报告")
_SPEAKER = re.compile(
    _PLACE + r"(?:人民政府)?(?:代理|代)?(?:省长|市长|区长|县长|主席|州长|盟长|旗长|专员)"
)
_OPENING = re.compile(r"我代表" + _PLACE + r"人民政府")
_NATIONAL = re.compile(r"全国人民代表大会|国务院总理|我代表国务院")
STATE_COUNCIL = "国务院"
#: what a name may end with, longest first; 壮族自治区 → 广西
_ENDINGS = re.compile(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|自治州|自治县)$|[省市]$")


def government_of(report: Report) -> tuple[str | None, str | None]:
    """(government, level) of ``report``; (None, None) when it names neither. The State Council's
    reports give ("国务院", "national")."""
    meeting = report.meta.get("meeting", "")
    opening = " ".join(p.text for p in report.front[:6])
    if _NATIONAL.search(meeting) or _NATIONAL.search(report.meta.get("speaker", "")):
        return STATE_COUNCIL, "national"
    for pattern, text in (
        (_MEETING, meeting),
        (_TITLE, report.title or ""),
        (_SPEAKER, report.meta.get("speaker", "")),
    ):
        found = pattern.match(text.replace(" ", "").replace("\u3000", ""))
        if found:
            name = found.group(1)
            return name, level_of(name)
    if found := _OPENING.search(opening):
        return found.group(1), level_of(found.group(1))
    if _NATIONAL.search(opening):
        return STATE_COUNCIL, "national"
    return None, None


def level_of(name: str) -> str | None:
    """The level of a government by its unit: 省/自治区/直辖市 province, 市/州/盟/地区 city,
    县/旗 county, 区 district; None for a name with no unit."""
    if name in _MUNICIPALITIES or name.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if name.endswith(("县", "旗")):
        return "county"
    if name.endswith(("市", "州", "盟", "地区")):
        return "city"
    if name.endswith("区"):
        return "district"
    return None


def short_name(name: str) -> str:
    """The form two names of one government share: 广西壮族自治区 → 广西, 安徽省 → 安徽."""
    short = _ENDINGS.sub("", name.strip())
    return short or name.strip()


def same_government(a: str | None, b: str | None) -> bool:
    """Whether two names are of one government; a report that names none matches any."""
    return a is None or b is None or short_name(a) == short_name(b)
