"""Page chrome of saved government pages, told from the text of a line alone.

What a saved 政府工作报告 page wraps around the report, on any site (the classes are those a
person removes by hand when scraping such pages):

- breadcrumbs: "当前位置：首页 > 政务公开 > …", or the same cut into one line per link ("首页",
  ">", ">政务公开");
- widgets and their labels: 【字体：大 中 小】, 【字号：加大 还原 减小】, 打印, 下载, 全屏, 收藏,
  分享到 (微信, 微博, QQ空间 …), 扫一扫在手机上查看, 关闭窗口, 返回顶部, 纠错; often one word a
  line, or only the brackets and bars left of them ("【", "】", "|", "×");
- counters: 已阅 1234, 点赞 12, 阅读量：, 浏览次数：;
- exit-link pop-ups: "您访问的链接即将离开…网站，是否继续？" with 继续访问 / 放弃;
- lists of related items and attachments: 相关报道：, 相关文档：, 相关附件：, 附件下载;
- the page's stamp: its date and source, as "日期：2026-01-23 来源：…", "发布时间：…",
  "2026-02-05 13:37 | 湖北日报", a bare "2026-02-03 09:02:33", "（来源：青海日报）", "编辑：…";
- photo captions: "…作政府工作报告。", "…记者 王鼎 摄".

A line is chrome only when all of it is: report paragraphs are sentences, and a report line made
of nothing but these words does not occur. The stamp is kept as metadata (:func:`page_stamp`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolkit.profiles.front import parse_date

#: words of page widgets, counters, share targets and navigation; a line made only of these
#: (with brackets, bars, colons and numbers) is chrome
_UI_WORDS = (
    "当前位置",
    "您的位置",
    "您现在的位置",
    "您当前的位置",
    "所在位置",
    "位置",
    "首页",
    "返回首页",
    "上一页",
    "下一页",
    "尾页",
    "打印本页",
    "打印文章",
    "打印此页",
    "打印",
    "下载",
    "全屏",
    "收藏本页",
    "加入收藏",
    "收藏",
    "字体",
    "字号",
    "加大",
    "减小",
    "还原",
    "放大",
    "缩小",
    "默认",
    "标准",
    "超大",
    "特大",
    "A+",
    "A-",
    "A",
    "大",
    "中",
    "小",
    "分享到微信",
    "分享到",
    "分享",
    "微信",
    "朋友圈",
    "新浪微博",
    "腾讯微博",
    "微博",
    "QQ空间",
    "QQ好友",
    "QQ",
    "豆瓣网",
    "豆瓣",
    "人人网",
    "复制链接",
    "扫一扫",
    "二维码",
    "关闭窗口",
    "关闭本页",
    "关闭",
    "返回顶部",
    "返回",
    "顶部",
    "我要纠错",
    "纠错",
    "已阅",
    "阅读量",
    "阅读数",
    "阅读",
    "浏览次数",
    "浏览量",
    "浏览",
    "访问量",
    "点击数",
    "点击量",
    "点击",
    "点赞",
    "评论",
    "次",
    "继续访问",
    "放弃",
    "取消",
    "确定",
    "无障碍",
    "长者模式",
    "繁体",
    "简体",
    "English",
)
_UI = re.compile("|".join(sorted(map(re.escape, _UI_WORDS), key=len, reverse=True)), re.I)
#: what may remain of a widget line once its words are gone
_MARKS = r"\s:：|｜/\\·•>›»<‹«\-—_,，.。;；!！?？)）\[\]【】{}《》×xX*+=~…"
_LEFTOVER = re.compile(rf"^[\d(（{_MARKS}]*$")
#: a line of nothing but the marks widgets leave: "|", ">", "【", "】", "×" (not "（", half of
#: a cut label, nor "—", a table's empty cell)
_MARKS_ONLY = re.compile(r"^[\s|｜>›»<‹«【】\[\]×xX/\\:：·•]*$")
#: phrases that make a line of up to 80 characters chrome: QR codes, exit pop-ups, footers
_PHRASES = re.compile(
    r"扫一扫|手机(上|端)?(查看|打开|阅读)|用手机扫描|即将离开|是否继续访问|您即将(访问|进入)|"
    r"点击图片进入|版权所有|网站标识码|ICP备|公网安备"
)
#: the header of a list of links under an article
#: the words that head a list of links or files under an article
LIST_WORDS = r"相关(?:报道|文档|附件|链接|新闻|阅读|文章|稿件)|附件下载"
_LIST_PHRASE = re.compile(rf"^[【\[]?(?:{LIST_WORDS})")
_CRUMB_START = re.compile(r"^(当前位置|您的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]?")
_CRUMB_STEP = re.compile(r"\s*[>›»]\s*")
_DATETIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<t>\d{1,2}:\d{2}(?::\d{2})?))?"
)
_STAMP_KEYS = {
    "发布时间": "page_date",
    "发表时间": "page_date",
    "发布日期": "page_date",
    "更新时间": "page_date",
    "日期": "page_date",
    "时间": "page_date",
    "来源": "source",
    "信息来源": "source",
    "文章来源": "source",
    "稿源": "source",
    "作者": "author",
    "编辑": "editor",
    "责任编辑": "editor",
    "审核": "reviewer",
    "校对": "reviewer",
}
_STAMP_KEY = re.compile(
    r"(" + "|".join(sorted(_STAMP_KEYS, key=len, reverse=True)) + r")\s*[:：]\s*"
)
_CAPTION = re.compile(
    r"((记者|摄影|通讯员|供图)[\s\u3000]*[\u4e00-\u9fff·]{2,8}([\s\u3000、]+[\u4e00-\u9fff·]{2,4})*"
    r"[\s\u3000]*摄?\s*[)）]?$)|^图为|(（|\()?(图片来源|摄影)\s*[:：]|"
    r"作(了)?政府工作报告。.{0,30}(记者|摄)"
)
#: where a stamp's value ends when a widget is glued to it ("湖北日报已阅 1024")
_VALUE_END = re.compile(
    r"已阅|阅读量|阅读数|浏览次数|浏览量|点击数|点击量|点赞|访问量|【|字体|字号|打印|分享"
)
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000\u00a0]+[\u4e00-\u9fff]){2,}$")


def collapse_letter_spacing(text: str) -> str:
    """ "政 府 工 作 报 告" → "政府工作报告": a short line of single characters spaced apart."""
    if len(text) <= 40 and _LETTER_SPACED.match(text):
        return re.sub(r"[ \u3000\u00a0]+", "", text)
    return text


def is_chrome(text: str) -> bool:
    """Whether the whole line is page chrome: a widget, counter, breadcrumb, pop-up, list
    header or the page's stamp (see the module docstring)."""
    text = text.strip()
    if not text or _MARKS_ONLY.match(text):
        return True
    if len(text) > 80:
        return False
    if not without_widgets(text) or page_stamp(text) is not None or is_breadcrumb(text):
        return True
    stripped = _UI.sub("", text)
    if stripped != text and _LEFTOVER.match(stripped):
        return True  # "大中小", "【字号：加大 还原 减小】"
    return bool(_PHRASES.search(text)) or (len(text) <= 40 and bool(_LIST_PHRASE.match(text)))


def without_widgets(text: str) -> str:
    """``text`` without its widget words: "2026-02-05 13:37 | 湖北日报 已阅 1024 【字体：大 中
    小】 打印" → "2026-02-05 13:37 | 湖北日报". Words are dropped whole (space-separated), so
    "来源：大众日报" keeps its 大; a number right after a dropped counter ("已阅 1024") goes
    with it."""
    kept: list[str] = []
    dropped = False
    for token in text.split():
        if _UI.search(token) and _LEFTOVER.match(_UI.sub("", token)):
            dropped = True
        elif dropped and re.fullmatch(r"\d+\s*(次|人)?", token):
            dropped = False
        else:
            kept.append(token)
            dropped = False
    return " ".join(kept)


def is_breadcrumb(text: str) -> bool:
    """ "当前位置：首页 > 政务公开", "首页 > 政务公开 > 政府工作报告", ">政务公开"."""
    if _CRUMB_START.match(text) and len(text) <= 80:
        return True
    steps = [s for s in _CRUMB_STEP.split(text) if s]
    if not _CRUMB_STEP.search(text) or not steps or len(text) > 80:
        return False
    # a chain of short names: "首页 > 政务公开 > 政府工作报告", or one step cut off ">政务公开"
    short_names = all(
        len(s) <= 12 and re.search(r"[\u4e00-\u9fff]", s) and not re.search(r"[，。；！？,;]", s)
        for s in steps
    )
    return short_names and (len(steps) >= 2 or text.lstrip()[0] in ">›»")


def page_stamp(text: str) -> dict[str, str] | None:
    """The page's own date, source, author or editor when the whole line is such a stamp:
    {"page_date": "2026-02-05 13:37", "source": "湖北日报"}; None for any other line. A key
    printed without its value ("来源：", the value on the next line) maps to ""."""
    if len(text) > 200:
        return None
    line = without_widgets(text).strip().strip("()（）【】[]")
    if not line or len(line) > 100 or "会议" in line:
        return None
    found: dict[str, str] = {}
    rest = line
    lead = _DATETIME.match(rest)
    if lead:  # "2026-02-05 13:37 | 湖北日报", "2026-02-03 09:02:33"
        found["page_date"] = _iso(lead)
        rest = rest[lead.end() :]
        tail = _VALUE_END.split(rest, maxsplit=1)[0].strip(" \u3000|｜/·-—")
        if tail and not _STAMP_KEY.search(tail):
            apart = rest[:1] in (" ", "\u3000", "|", "｜", "/")
            if not apart or len(tail) > 20 or re.search(r"[，。；！？,;]", tail):
                return None
            found["source"] = tail
            return found
    keys = list(_STAMP_KEY.finditer(rest))
    if not keys:
        return found or None
    if rest[: keys[0].start()].strip(" \u3000|｜/·-—"):
        return None  # words before the first key: a sentence, not a stamp
    for this, after in zip(keys, [*keys[1:], None], strict=True):
        value = rest[this.end() : after.start() if after else len(rest)]
        value = _VALUE_END.split(value, maxsplit=1)[0].strip(" \u3000|｜/·")
        name = _STAMP_KEYS[this.group(1)]
        if name == "page_date":
            date = _DATETIME.search(value)
            if value and not date:
                return None  # "时间：…" with no date in it
            found.setdefault(name, _iso(date) if date else "")
        else:
            if date := _DATETIME.search(value):  # "来源：新华网 | 2026年03月05日 10:30"
                found.setdefault("page_date", _iso(date))
                value = (value[: date.start()] + value[date.end() :]).strip(" \u3000|｜/·")
            if len(value) > 30 or re.search(r"[，。；！？,;]", value):
                return None
            found.setdefault(name, value)
    return found


def page_date(text: str) -> str | None:
    """ "2026-02-03 08:05" for the first numeric date (and time) in ``text``, else None."""
    found = _DATETIME.search(text)
    return _iso(found) if found else None


def _iso(date: re.Match[str]) -> str:
    day = f"{date['y']}-{int(date['m']):02d}-{int(date['d']):02d}"
    return f"{day} {date['t']}" if date["t"] else day


def crumb_lines(lines: Sequence[str]) -> set[int]:
    """Indices of a breadcrumb cut into one line per link: "您的位置:" or "首页", then names,
    each after a ">" line ("首页" / ">" / "政务信息" / ">" / "宁夏要闻")."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if not (_CRUMB_START.match(text) or text == "首页"):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            step = lines[j].strip()
            after_step = _CRUMB_STEP.fullmatch(lines[j - 1].strip()) is not None
            if _CRUMB_STEP.fullmatch(step) or is_breadcrumb(step):
                j += 1
            elif (after_step or step == lines[j - 1].strip()) and _is_name(step):
                j += 1  # a name after ">", or the last name printed twice
            else:
                break
        if j > i + 1:
            found.update(range(i, j))
        i = j
    return found


def _is_name(text: str) -> bool:
    return 0 < len(text) <= 15 and not re.search(r"[，。；！？,;:：]", text)


def is_photo_caption(text: str) -> bool:
    """A photo's caption: "…记者 王鼎 摄", "图为…", or a short "…作政府工作报告。" line
    without the full date a subtitle carries."""
    text = text.strip()
    if len(text) > 160:
        return False
    if _CAPTION.search(text):
        return True
    return (
        len(text) <= 80
        and bool(re.search(r"作(了)?(政府)?工作报告[。.]?$", text))
        and parse_date(text) is None  # a dated subtitle, in either kind of numerals
        and "我" not in text  # "我代表市人民政府向大会作政府工作报告。" opens a report
    )
