"""Page furniture and front matter: web metadata, title, subtitle, speaker, salutation."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import field

from toolkit.lazy import lazy_pattern
from toolkit.model import Block
from toolkit.numerals import YEAR, chinese_int, year_value
from toolkit.records import record

#: Keys of the metadata block government sites print above a document (索引号 … 有效性).
META_KEYS = (
    "索引号",
    "文件编号",
    "发文字号",
    "文号",
    "成文日期",
    "发布机构",
    "发文机关",
    "发布日期",
    "有效性",
    "公开方式",
    "公开范围",
    "主题分类",
    "主题词",
    "信息来源",
    "来源",
    "发布时间",
    "时间",
    "字号",
    "分享",
    "分享到",
    "打印",
    "关闭",
    "浏览次数",
    "访问量",
    "责任编辑",
    "编辑",
    "作者",
    "标题",
    "体裁分类",
    "组配分类",
    "服务对象",
    "生成日期",
    "所属机构",
    "信息分类",
)
# page furniture: the patterns are compiled when a page has some (most inputs have none), and
# tried only on a text that holds one of their words (every match does)
_key = lazy_pattern(
    r"^[-·•*\s]*(" + "|".join(sorted(META_KEYS, key=len, reverse=True)) + r")\s*[:：]\s*(.*)$"
)
_key_bare = lazy_pattern(r"^[-·•*\s]*(" + "|".join(META_KEYS) + r")\s*$")
_value = lazy_pattern(r"^[-·•*]\s*(.*)$")
_TAIL_WORDS = (
    "上一篇",
    "下一篇",
    "责任编辑",
    "打印本页",
    "关闭窗口",
    "扫一扫",
    "相关链接",
    "相关附件",
    "相关报道",
    "【打印】",
    "【关闭】",
    "分享到",
)
_tail = lazy_pattern(r"^[-·•*\s]*(" + "|".join(_TAIL_WORDS) + r")\s*[:：]?\s*(.*)$")


def _holds(text: str, words: Sequence[str]) -> bool:
    return any(word in text for word in words)


def _key_match(text: str) -> re.Match[str] | None:
    """``text`` as "key: value" (group 1 the key, 2 the value), None when it is not one."""
    return _key().match(text) if _holds(text, META_KEYS) else None


def _key_bare_match(text: str) -> re.Match[str] | None:
    """``text`` as a key alone (group 1), None when it is not one."""
    return _key_bare().match(text) if _holds(text, META_KEYS) else None


#: a 年月日 date; tried only on a text that holds 月 and 日 (compiled for the first)
_date = lazy_pattern(
    rf"({YEAR})\s*年\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})"
    r"\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_MEETING = re.compile(r"在(.{2,60}?(?:会议|大会))上")
_SALUTATION = re.compile(r"^各位(代表|委员)[^。]{0,20}[：:！!，,]?$")
#: what follows the meeting in a subtitle and is not the speaker: "的讲话", "作政府工作报告"
_SPEECH = re.compile(r"^的?(?:讲话|报告)$|作?(?:政府)?工作报告$|的?讲话$")
_BRACKETS = " 。.（）()〔〕【】[]——―-─"
_SENTENCE_ENDS = ("。", "！", "；", "，", "!", ";", ",")
#: the words that make a line a report's title
TITLE_WORDS = re.compile(r"(政府)?工作报告|施政报告")


@record(frozen=False, slots=False)
class Front:
    """What the front-matter pass found; index fields point into the block list."""

    meta: dict[str, str] = field(default_factory=dict)
    chrome_head: int = 0  #: blocks [0, chrome_head) are page furniture
    chrome_tail: int = 0  #: blocks [chrome_tail, end) are page furniture
    title: str | None = None
    date: tuple[int, int, int] | None = None


def parse_date(text: str) -> tuple[int, int, int] | None:
    """The first 年月日 date in ``text`` (Arabic or Chinese numerals), or None."""
    found = _date().search(text) if "月" in text and "日" in text else None
    if not found:
        return None
    year = year_value(found.group(1))
    month, day = chinese_int(found.group(2)) or 0, chinese_int(found.group(3)) or 0
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def split_chrome(blocks: Sequence[Block]) -> Front:
    """Find the web-page metadata block at the top and the furniture at the bottom."""
    front = Front(chrome_tail=len(blocks))
    i = 0
    pending: str | None = None
    while i < len(blocks):
        text = blocks[i].text
        key = _key_match(text)
        bare = _key_bare_match(text)
        if key:
            name, value = key.group(1), key.group(2).strip()
            if value:
                front.meta[name] = value
                pending = None
            else:
                pending = name
        elif bare:
            pending = bare.group(1)
        elif pending is not None and len(text) <= 60 and not TITLE_WORDS.search(text):
            value = _value().match(text)
            front.meta[pending] = (value.group(1) if value else text).strip()
            pending = None
        else:
            break
        i += 1
    front.chrome_head = i
    j = len(blocks)
    while j > i:
        text = blocks[j - 1].text
        tail = _tail().match(text) if _holds(text, _TAIL_WORDS) else None
        if not tail or len(blocks[j - 1].text) > 80:
            break
        name = {"上一篇": "previous", "下一篇": "next"}.get(tail.group(1), tail.group(1))
        if tail.group(2).strip():
            front.meta[name] = tail.group(2).strip()
        j -= 1
    front.chrome_tail = j
    return front


def meta_line(text: str) -> tuple[str, str] | None:
    """("来源", "南方日报") for a short page-furniture line such as "来源 : 南方日报"."""
    found = _key_match(text)
    if found and found.group(2).strip() and len(text) <= 60:
        return found.group(1), found.group(2).strip()
    return None


_NOISE_KEYS = {"分享", "分享到", "打印", "关闭", "字号"}
_inline_key = lazy_pattern(
    r"(" + "|".join(sorted(META_KEYS, key=len, reverse=True)) + r")\s*[:：]\s*"
)


def collect_meta(lines: Sequence[str]) -> dict[str, str]:
    """Metadata from page-furniture lines anywhere on a page: "索引号：…" on one line, a key
    and its value on two lines (table cells), or several keys on one line."""
    meta: dict[str, str] = {}
    pending: str | None = None
    for text in lines:
        text = text.strip().lstrip("-·•* ")
        found = list(_inline_key().finditer(text))
        if found and found[0].start() == 0 and len(text) <= 120:
            for this, after in zip(found, [*found[1:], None], strict=True):
                value = text[this.end() : after.start() if after else len(text)].strip()
                if value:
                    meta.setdefault(this.group(1), value)
            last = found[-1]
            pending = last.group(1) if not text[last.end() :].strip() else None
        elif bare := _key_bare_match(text):
            pending = bare.group(1)
        elif pending and text and len(text) <= 60:
            meta.setdefault(pending, text)
            pending = None
        else:
            pending = None
    return {k: v for k, v in meta.items() if k not in _NOISE_KEYS}


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION.match(text))


def read_front(blocks: Sequence[Block], start: int, stop: int, front: Front) -> int:
    """Take title, subtitle, speaker and salutation from ``blocks[start:stop]`` into ``front``;
    return the index of the first block after the salutation (or after the last front line
    found when there is no salutation)."""
    meta = front.meta
    limit = min(stop, start + 8)
    i = start
    titles: list[str] = []
    while i < limit:
        text = blocks[i].text
        if meta_line(text) and titles:  # "来源：湖南日报" between two title lines
            i += 1
            continue
        if (
            len(text) > 40
            or not TITLE_WORDS.search(text)
            or parse_date(text)
            or text.endswith(_SENTENCE_ENDS)  # "…市长张工作政府工作报告。": a sentence
        ):
            break
        titles.append(text)
        i += 1
    if titles:
        front.title = titles[0]
        if len(titles) > 1:
            meta["title_lines"] = " / ".join(titles)
    consumed = i
    while i < limit:
        text = blocks[i].text
        if is_salutation(text):
            meta["salutation"] = text
            return i + 1
        date = parse_date(text)
        if "subtitle" not in meta and date and len(text) <= 120:
            following = blocks[i + 1].text if i + 1 < stop else ""
            if "会议" not in text and re.search(r"会议上?$", following) and len(following) <= 60:
                text += following  # "——2018年1月10日在" / "区第十八届人民代表大会第二次会议上"
                i += 1
            _read_subtitle(text, date, meta)
            front.date = date
            consumed = i + 1
        elif (
            "subtitle" in meta
            and "speaker" not in meta
            and len(text) <= 40
            and not any(mark in text for mark in "。，；！？,;")
        ):
            meta["speaker"] = text
            consumed = i + 1
        i += 1
    return consumed


def _read_subtitle(text: str, date: tuple[int, int, int], meta: dict[str, str]) -> None:
    meta["subtitle"] = text
    meta["date"] = f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
    meeting = _MEETING.search(text)
    if not meeting:
        return
    meta["meeting"] = meeting.group(1)
    # "……会议上省长毛伟明作政府工作报告。": the speaker after the meeting; "——2025年1月14日
    # 某省省长 某某在…会议上的讲话": before 在; "（…会议上）": none
    after = _SPEECH.sub("", text[meeting.end() :].strip(_BRACKETS)).strip(_BRACKETS)
    found = _date().search(text, 0, meeting.start())
    before = text[found.end() : meeting.start()].strip(_BRACKETS) if found else ""
    if after or before:
        meta["speaker"] = after or before


def take_page_title(front: Front, page_meta: Mapping[str, str]) -> None:
    """Use the title a reader found outside the text (a saved page's heading, title block or
    ArticleTitle meta tag: ``page_meta["title"]``) when the text itself has none."""
    if front.title is None and page_meta.get("title"):
        front.title = page_meta["title"]
