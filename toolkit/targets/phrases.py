"""Naming the indicator of a number: the noun phrase before it with cues and predicates removed,
carried from an earlier item, or the noun after it; and whether the name is a registered one."""

from __future__ import annotations

import re

from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.numbers import Quantity
from toolkit.targets.qualifiers import strip_bounds

PREDICATES = (
    "提高到|提高至|提升到|提升至|增长到|增长至|下降到|下降至|降低到|降低至|降至|降到|增至|升至|"
    "稳定在|保持在|控制在|平均值为|平均为|分别为|分别达到|分别达|分别|连续|"
    "不低于|不少于|不超过|不高于|至少|达到|突破|超过|低于|高于|迈上|迈过|跨过|跨越|接连|"
    "增长|下降|提高|提升|降低|减少|增加|扩大|缩小|上涨|下跌|回落|实现|完成|达|超|约|为|(?<!平)均|"
    "年均|累计|首次|实际|名义|每年|继续|"
    "五年|同比|稳定|保持|每人|人均|再|在|到|至|从|由|按|"
    "(?:近|过去)?[0-9一二三四五六七八九十]+年(?:来|间)?"
)
_TRAILING_PREDICATE = re.compile(rf"(?:{PREDICATES})$")
_TRAILING_YEAR = re.compile(r"(?:\d{4}年(?:底|末)?|年底|年末)的?$")
_COMPARISON_BASIS = re.compile(r"(?:较|比上年|比去年|同比)[^，、]{0,12}$")
_LEADING = re.compile(
    r"^(?:——|—|（|\(|其中[，,]?|以及|及|和|并|同时|"
    r"力争|确保|努力|争取|今年|全年|年内|明年|预计全年|预计|初步核算|实现|再完成|完成|"
    r"持续将|持续|将|推动|支持|新实施|实施|建成|建设|新（改）建|新\(改\)建|新建|打造|培育|"
    r"开展|推进|改造|组织|引进|引育|举办|发放|提供|安排|筹集|吸引|带动|培训|帮扶|推广种植|推广|"
    r"因地制宜|提质改造|开工|加快|深入|全面|形成|"
    r"扎实|着力|同口径|\d{4}年|[0-9]{4}年)"
)
_PARENTHESIS = re.compile(r"[（(][^）()（]{0,12}[）)]")
_CONNECTORS = re.compile(
    r"(?:——|—|（|\(|其中|同口径|全年|今年|预计全年|预计|初步核算|并|且|、|和)*"
)
#: words that may stand before a registered name without changing the indicator
_NEUTRAL_PREFIX = re.compile(
    r"^(?:全省|全市|全区|全县|全州|全盟|全国|全域|全社会|全体|全口径|我省|我市|我区|我县|本市|"
    r"设区城市|设区市|地级及以上城市|国考城市|年末|年底|全年平均|"
    r"本省|区本级|市本级|省本级|县本级|本级|地方|城区|城市|预计全年|预计|全年|今年|其中|实现|"
    r"完成|力争|确保|新增|累计|年|——|—|（|\()+"
)
#: heads that a "A、B、C…分别" list shares ("水果、蔬菜、茶叶产量")
_LIST_HEADS = (
    "居民人均可支配收入",
    "人均可支配收入",
    "年出栏量",
    "出栏量",
    "总产量",
    "增加值",
    "产量",
    "收入",
    "投资额",
    "投资",
    "总额",
    "比重",
    "占比",
    "案件",
    "起数",
    "人数",
    "面积",
    "产值",
    "营收",
    "率",
)


def strip_predicates(phrase: str) -> str:
    """Remove trailing predicates ("增长", "达到", "较“十三五”增长", "提高到2025年的") and
    leading cues."""
    text = _without_predicates(_TRAILING_YEAR.sub("", phrase.strip()))
    for _ in range(8):
        before = text
        text = _LEADING.sub("", text)
        if text == before:
            break
    text = re.sub(r"^[①-⑳]+", "", text).strip("、 的")
    return _balanced(text).strip("、 的")


def _without_predicates(text: str) -> str:
    """``text`` without its trailing predicates, and the comparison basis each one follows
    ("较“十三五”增长"), repeated until nothing more comes off (at most 8 times)."""
    for _ in range(8):
        before = text
        text = _TRAILING_PREDICATE.sub("", text)
        text = _COMPARISON_BASIS.sub("", text) if _TRAILING_PREDICATE.search(before) else text
        if text == before:
            break
    return text


def _balanced(text: str) -> str:
    """Drop an opening bracket or quote dangling at either end; close one left open inside
    ("研发企业（中心" → "研发企业（中心）")."""
    for left, right in ("（）", "()", "“”"):
        if text.endswith(left):
            text = text[:-1]
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.count(left) > text.count(right):
            text += right
    return text


def is_predicate_only(phrase: str) -> bool:
    """ "增长", "、达", "提高到", "（同口径增长": the phrase only says how the previous subject
    moved. An action verb ("实施", "完成", "建成") is not a predicate: the noun then follows the
    number ("实施200个以上…项目")."""
    if not phrase.strip():
        return False
    text = _without_predicates(_TRAILING_YEAR.sub("", strip_bounds(phrase).strip()))
    return bool(_CONNECTORS.fullmatch(text))


def name_before(
    phrase: str, table: IndicatorTable, previous: str | None = None
) -> tuple[str, str | None, str]:
    """The indicator named in ``phrase`` (the text before a number): (name, canonical, "before"),
    or ("", None, "empty") when the phrase names nothing. A bare head ("增加值", "产量") after
    an item about something else takes that item's modifier when the result is a registered
    name: "规模以上工业企业达7.6万家、增加值增长3%" → 规模以上工业增加值."""
    noun = strip_predicates(phrase)
    if not noun or noun in ("新增", "新", "增", "新培育", "新开工"):
        return "", None, "empty"
    canonical = registered(phrase, table)
    if canonical is None and previous and noun in _LIST_HEADS:
        for cut in range(len(previous) - 1, 0, -1):
            combined = previous[:cut] + noun
            if table.canonical(combined) is not None:
                return combined, table.canonical(combined), "before"
    return noun, canonical, "before"


def registered(phrase: str, table: IndicatorTable) -> str | None:
    """The canonical name when ``phrase`` names a registered indicator on its own: the last name
    in the phrase, not part of a share ("占地区生产总值比重") or of a narrower population
    ("脱贫地区农村居民…", "海洋生产总值")."""
    phrase = _PARENTHESIS.sub("", phrase)  # "居民消费价格指数（CPI）", "固定资产投资（不含农户）"
    matches = table.find(phrase)
    if not matches:
        return None
    match = matches[-1]
    head = phrase[: match.start]
    tail = phrase[match.end :]
    if head.endswith(("占", "与", "对")) or re.match(r"(?:的)?(?:比重|比率|之比|占)", tail):
        return None
    if strip_predicates(tail):
        return None  # more noun after the name
    rest = _NEUTRAL_PREFIX.sub("", head.strip())
    rest = _LEADING.sub("", rest)
    if rest:
        return None
    return match.canonical


def name_after(text: str) -> str:
    """The noun after a count ("6个项目实现竣工" → "项目实现竣工")."""
    text = re.split(r"[、，,；;。]", text, maxsplit=1)[0]
    return text.strip().lstrip("的").strip()


def list_names(
    clause: str, quantities: list[Quantity], table: IndicatorTable
) -> dict[int, tuple[str, str | None]] | None:
    """Pair "A、B、C…分别…X、Y、Z" names with values; None when the clause has no such list."""
    at = clause.find("分别")
    if at < 0:
        return None
    values = [i for i, q in enumerate(quantities) if q.start > at]
    if len(values) < 2:
        return None
    head = clause[:at]
    head = strip_predicates(head) or head
    start = max(head.rfind("，") + 1, 0)
    names = [n for n in re.split(r"[、和及]", head[start:]) if n]
    names = [_LEADING.sub("", _NEUTRAL_PREFIX.sub("", n)) or n for n in names]
    if len(names) == 1 and names[0].startswith("城乡居民") and len(values) == 2:
        rest = names[0][len("城乡居民") :]
        names = [f"城镇居民{rest}", f"农村居民{rest}"]
    if len(names) != len(values):
        return None
    shared = next((h for h in _LIST_HEADS if names[-1].endswith(h)), "")
    if shared:
        names = [
            n if n.endswith(shared) or any(n.endswith(h) for h in _LIST_HEADS) else n + shared
            for n in names
        ]
    return {
        index: (name, registered(name, table)) for index, name in zip(values, names, strict=True)
    }
