"""Naming the indicator of a number: the noun phrase before it with cues and predicates removed,
carried from an earlier item, or the noun after it; and whether the name is a registered one."""

from __future__ import annotations

import re
from itertools import pairwise

from toolkit.targets.areas import OUR_AREA, WHOLE_AREA
from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.numbers import Quantity
from toolkit.targets.qualifiers import strip_bounds, suffix

PREDICATES = (
    "(?:预期)?(?:增长)?(?:预期)?目标(?:值)?(?:拟|确)?定[为在]?|"  # "M2预期增长目标拟定为13%左右"
    "(?:都|也|还)?(?<![纲摘需主重])要|将|已经|已|高达|"  # "粮食产量要5.5亿吨以上", "毕业生将达"
    "扩容至|扩容到|扩大到|扩大至|扩围至|提高到|提高至|提升到|提升至|增长到|增长至|下降到|下降至|降低到|降低至|降至|降到|增至|升至|"
    "稳定在|保持在|控制在|平均值为|平均为|分别为|分别达到|分别达|分别|连续|"
    "不低于|不少于|不超过|不高于|至少|达到|突破|超过|低于|高于|迈上|迈过|跨过|跨越|接连|"
    "上升到|上升至|回升到|回升至|跃升到|上升|回升|攀升|"
    "增长|下降|提高|提升|降低|减少|压减|压降|削减|增加|扩大|缩小|上涨|下跌|回落|实现|完成|达|超|约|"
    "为|(?<!平)均|"
    "跃上|跃升至|跃居|站上|登上|跨上|迈入|跨入|跻身|降幅|增幅|转为|"
    "年均|累计|首次|历史性|实际|名义|每年|继续|"
    "五年|同比|稳定|保持|每人|人均|再|在|到|至|从|由|按|"
    "拟按|拟|近|预计|预期|同口径|共计|共|各|等|全年|年内|力争|争取|确保|总计|合计|和|及|与|"
    "(?:近|过去)?[0-9一二三四五六七八九十]+年(?:来|间)?"
)
_TRAILING_PREDICATE = re.compile(rf"(?:{PREDICATES})$")
#: the time a starting point is of, in "从X提高到Y": a year, last year, a part of the year
#: ("年末城镇调查失业率从上半年5.5%降到5.3%")
BASELINE_TIME = (
    r"\d{4}年(?:底|末|初)?|上年|去年|(?:上年|去年)?(?:底|末|同期)|年初|上半年|前三季度"
    r"|[一二三四]季度|[0-9一二三四五六七八九十]{1,2}月(?:份|底|末)?"
)
_TRAILING_YEAR = re.compile(
    rf"(?:\d{{4}}年(?:底|末)?|年底|年末|[从由](?:{BASELINE_TIME})|[与和同较](?:上年|去年))的?$"
)
_COMPARISON_BASIS = re.compile(
    r"(?:较|比上年|比去年|比\d{4}年(?:底|末)?|同比|[由从](?:上年|去年))[^，、]{0,12}$"
)
_LEADING = re.compile(
    r"^(?:(?:实施|落实|推进|组织|开展|建设|办|抓|管|做|保障)好|——|—|（|\(|其中[，,]?|以及|"
    # a conjunction, not the first character of a word (和美乡村, 和谐, 并网, 并购); 及时 an adverb
    r"及时|及|和(?![美谐平])|并(?![网购入联])|同时|但|而|但是|把|(?:都|也|还)?要(?![素求点件害])|将|"
    r"再(?![生造])|一律|目前|让(?![利渡])|"
    r"力争|确保|努力|争取|今年|全年|年内|明年|预计全年|预计|初步核算|实现|再完成|完成|"
    r"持续将|持续|继续|将|推动|支持|新实施|实施|建成|建设|新（改）建|新\(改\)建|新建|打造|培育|"
    r"开展|推进|改造|组织|引进|引育|举办|发放|提供|安排|筹集|吸引|带动|培训|帮扶|推广种植|推广|"
    r"因地制宜|提质改造|提升(?![至到率])|开工|加快|深入|全面|形成|有序|稳步|积极|大力|加力|"
    r"扎实|着力|同口径|\d{4}年|[0-9]{4}年|平均每天|平均每年|每天|用足用好|用好|"
    r"[一二三四五六七八九十]+是|(?:到|至)\d{4}年(?:底|末)?|提出|促进|拟|发行|帮助|启动建设|启动|"
    r"包括|"
    r"再获批|获批|争创|选派|投产|开行|建好|推出|建立|新（改）扩建|新改扩建|改扩建|改建|扩建|"
    rf"对(?={WHOLE_AREA}|全国))"
)
#: a name that is only a place: the figure is a part of the previous item ("其中农村1万个")
_PLACE_ONLY = re.compile(
    rf"(?:{WHOLE_AREA}|全国|全域|{OUR_AREA}|农村|城镇|城市|城区|乡村|县域|省级|市级)"
)
#: a superlative alone before a number: the size of the thing named after it
_SUPERLATIVE = re.compile(
    r"(?:全球|全国|世界|国内|亚洲|国际)?(?:最高|最大|最长|最深|最快|最小|单体最大)"
)
#: a phrase ending with an action verb: what the number counts follows it
_ACTION_END = re.compile(r"(?:共建|组建|参与|下达|引进|开通|建成|打造|培育|推出|落地|滚动实施)$")
#: words that name the previous item's subject itself ("总量首次突破1900亿元")
_SAME_SUBJECT = ("总量", "总规模", "规模总量")
#: heads that name a second measure of the previous item's subject ("面积达260万亩、产值达…")
_BARE_HEADS = ("产值", "产量", "总产", "总产量", "营收", "营业收入", "投资", "增加值", "规模")
#: a share, as a bare head: of the previous item's subject
_BARE_SHARES = ("占比", "比重")
#: the investment of the previous item's subject, as a bare head
_OWN_INVESTMENT = re.compile(r"(?:年度|全年|当年)?(?:计划|完成)?(?:投资|投资额)")
_PARENTHESIS = re.compile(r"[（(][^）()（]{0,12}[）)]")
_CONNECTORS = re.compile(
    r"(?:——|—|（|\(|其中|同口径|全年|今年|预计全年|预计|初步核算|并|且|、|和|力争|争取|确保)*"
)
#: words that may stand before a registered name without changing the indicator
_NEUTRAL_PREFIX = re.compile(
    rf"^(?:{WHOLE_AREA}|全国|全域|全社会|全体|全口径|{OUR_AREA}|本市|"
    r"设区城市|设区市|地级及以上城市|国考城市|年末|年底|全年平均|“?十[一-九]五”?(?:时期|期间)|"
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
    # "国家专精特新“小巨人”企业新增711家": what is added is the name, 新增 its measure
    text = _without_predicates(re.sub(r"(?<=.)(?:新增|净增)$", "", text))
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


def strip_cues(phrase: str) -> str:
    """The action a phrase names, without its cues and bounds ("力争新建和改造提升" →
    "新建和改造提升"): the name of last resort for a number nothing else names."""
    text = strip_bounds(phrase).strip()
    for _ in range(4):
        before = text
        text = re.sub(r"^(?:[，,、；;]|力争|确保|争取|努力|全年|今年|年内|再|拟)", "", text)
        text = _TRAILING_PREDICATE.sub("", re.sub(r"[，,、]$", "", text))
        if text == before:
            break
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
    if phrase.rstrip().endswith("等"):
        return "", None, "empty"  # "A、B等20项科技成果": the noun follows the number
    noun = strip_predicates(phrase)
    if _ACTION_END.search(noun):
        return "", None, "empty"  # "与京津共建6条产业链": the noun follows the number
    if previous and noun in _SAME_SUBJECT:  # "收入增长4.6%，总量首次突破1900亿元"
        return previous, table.canonical(previous) or registered(previous, table), "before"
    if previous and noun == "总额" and not previous.endswith("总额"):
        # "外贸进出口增长8.4%，总额突破8000亿元": the previous subject's total
        combined = previous + noun
        return combined, table.canonical(combined) or registered(combined, table), "before"
    if noun.endswith("占") and len(noun) > 1:
        noun = noun + "比"  # "对共建“一带一路”国家投资占50%以上": a share
    if noun in ("", "经济") and re.search(r"增长(?:预期)?目标(?:拟|确)?定[为在]", phrase):
        # "把增长预期目标定在7.5%左右": the growth target is the economy's
        return name_before("经济增长", table)
    bare = _NEUTRAL_PREFIX.sub("", noun)  # "全省新增8个…专科": the noun follows the number
    if not noun or bare in ("", "新增", "新", "增", "新培育", "新开工", "到期"):
        return "", None, "empty"
    if _SUPERLATIVE.fullmatch(noun):
        return "", None, "empty"  # "全球最高10米液压支架": a product's size, the noun follows
    if _PLACE_ONLY.fullmatch(noun):
        if previous:  # "新建充电桩2万个以上，其中农村1万个以上" → 充电桩（农村）
            return f"{previous}（{noun}）", None, "before"
        return "", None, "empty"  # "完成全省1000所学校…": the noun follows the number
    canonical = registered(phrase, table)
    if canonical is not None:
        written = table.find(_PARENTHESIS.sub("", phrase))[-1].name
        if written not in noun:  # "经济增长5.5%左右": the indicator is GDP, not 经济
            noun = canonical
    if (
        canonical is None
        and previous
        and _OWN_INVESTMENT.fullmatch(noun)
        and not any(previous.endswith(h) for h in (*_LIST_HEADS, *_BARE_HEADS))
    ):  # "实施省重点项目1550个、年度计划投资7150亿元": the projects' investment
        return previous + noun, None, "before"
    if (
        canonical is None
        and previous
        and noun in _BARE_SHARES
        and not previous.endswith((*_BARE_SHARES, "率"))
    ):  # "新能源和清洁能源装机…达到9048万千瓦，占比55.1%": that subject's share
        return previous + noun, None, "before"
    if canonical is None and previous and noun in (*_LIST_HEADS, *_BARE_HEADS):
        for cut in range(len(previous) - 1, 0, -1):
            combined = previous[:cut] + noun
            if table.canonical(combined) is not None:
                return combined, table.canonical(combined), "before"
        head = next((h for h in _LIST_HEADS if previous.endswith(h) and previous != h), "")
        if head and noun in _BARE_HEADS:  # "林下经济面积达260万亩、产值达130亿元"
            return previous[: -len(head)] + noun, None, "before"
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
    rest = head.strip()
    for _ in range(6):  # "2025年全省地区生产总值": a year, then a territory
        rest, before = _LEADING.sub("", _NEUTRAL_PREFIX.sub("", rest)), rest
        if rest == before:
            break
    if rest:
        return None
    return match.canonical


#: being put into use, after a count's noun: not part of the name ("600个…空间投入使用"); a
#: stage of work is ("6个项目实现竣工、8个项目结构封顶" are two indicators)
_DONE_AFTER = re.compile(
    r"(?:投入使用|投入运营|投入运行|投用|投运|上线运行|挂牌运行"
    r"|(?:全面|全部|圆满|基本|率先|如期|顺利|向纵深)?(?:完成|实现|突破)"
    r"|(?:要|将|已)?(?:启动|加快|扎实|有序|稳步|全面)(?:建设|推进)"
    r"|(?:要|将|已|新)?(?:基本|全部|全面|顺利)?(?:落地|建成|建成开放|建成通车|通车|开园))$"
)


def done_after(rest: str) -> bool:
    """Whether ``rest`` (a clause after a count) ends in what was done to the things counted:
    "个口袋公园等建成开放", "个项目建成投运"."""
    return _DONE_AFTER.search(rest) is not None


#: "等" and what was done after the things counted: "85个口袋公园等建成开放" → 口袋公园 (等 inside
#: a name, 中等职业学校 or 高等院校, is followed by more of the name)
_ET_CETERA_DONE = re.compile(rf"(?<=..)等(?:{_DONE_AFTER.pattern[:-1]}$|$)")


#: a state the things counted reached, after their noun: the name is "达到…的县级医院"
_REACHED = re.compile(r"(?:达到|降至|降到|入选|获批|获评|荣获|获得|跻身|进入|纳入|列入|开设)")
#: a name of things in a state ("达到三级综合医院水平的县级医院")
REACHED_NAME = re.compile(rf"^{_REACHED.pattern}.+的")


#: a bracketed part of a name, whose 、 separates no items ("129个县（市、区）全部达到…")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def name_after(text: str) -> str:
    """The noun after a count ("6个项目实现竣工" → "项目实现竣工"; "600个新型公共文化空间
    投入使用" → "新型公共文化空间"; "90家县级医院达到三级综合医院水平" → "达到三级综合医院水平的
    县级医院")."""
    text = _BRACKETED.sub(lambda m: m.group().replace("、", "\0"), text)  # "县（市、区）"
    text = re.split(r"[、，,；;。]", text, maxsplit=1)[0].replace("\0", "、")
    if re.match(r"\s*(?:以及|和|及|与)(?:第|[0-9一二三四五六七八九十两])", text):
        return ""  # "首批12项及第二批14项重点改革": the next count's noun, not this one's
    text = re.sub(r"(?:以及|和|及|与|并)$", "", text.strip())  # "30家标杆孵化器和10家…"
    text = re.sub(r"(?:以及|和|及|与)[^和及与]{1,8}等$", "", text)  # "…项目和黄百等4个…"
    text = text.lstrip("的").strip()
    text = _ET_CETERA_DONE.sub("", text)
    for _ in range(3):  # "建成投运", "投入使用或加快建设": each done word comes off
        done = re.sub(r"[或和及并]$", "", _DONE_AFTER.sub("", text))
        if not done or done == text:
            break
        text = done
    state = _REACHED.search(text)
    if state and state.start() >= 2:  # "90家县级医院达到三级综合医院水平"
        return f"{text[state.start() :]}的{text[: state.start()]}"
    return text


def list_names(
    clause: str, quantities: list[Quantity], table: IndicatorTable
) -> dict[int, tuple[str, str | None]] | None:
    """Pair "A、B、C…分别…X、Y、Z" names with values; None when the clause has no such list.
    Without 分别, a level kept or reached by as many names as values joined by 和 or 、 after
    it pairs them the same ("基本养老、基本医疗保险参保率稳定在98%和95%以上")."""
    at = clause.find("分别")
    if at < 0:
        at = _values_in_turn(clause, quantities)
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
    names = _ordinal_names(names, len(values))
    place = _PLACE_ONLY.match(names[-1]) if names else None
    if place:  # "城市、农村低保标准分别提高6%和11%" → 城市低保标准, 农村低保标准
        rest = names[-1][place.end() :]
        names = [n + rest if _PLACE_ONLY.fullmatch(n) else n for n in names]
    if len(names) != len(values):
        return None
    names = _with_list_head(names)
    return {
        index: (name, registered(name, table)) for index, name in zip(values, names, strict=True)
    }


#: a level kept or reached, before values given in turn
_IN_TURN = re.compile(r"(?:稳定在|保持在|达到|达)$")


def _values_in_turn(clause: str, quantities: list[Quantity]) -> int:
    """Where the predicate of values given in turn stands ("…参保率稳定在98%和95%以上": the
    first value right after 稳定在, the others joined to it by 和 or 、 alone), else -1."""
    if len(quantities) < 2:
        return -1
    first = quantities[0]
    found = _IN_TURN.search(clause[: first.start])
    if found is None:
        return -1
    for before, after in pairwise(quantities):
        between = clause[suffix(clause, before.end)[1] : after.start]
        if between not in ("和", "、", "及"):
            return -1
    return found.start()


def _with_list_head(names: list[str]) -> list[str]:
    """The items of a list with the head the last one ends with (:data:`_LIST_HEADS`) where
    they have none of their own: "一产、二产增加值" → 一产增加值, 二产增加值."""
    shared = next((h for h in _LIST_HEADS if names[-1].endswith(h)), "")
    if not shared:
        return names
    return [
        n
        if n.endswith(shared) or any(n.endswith(h) for h in _LIST_HEADS)
        else _with_tail(n, names[-1], shared)
        for n in names
    ]


def _with_tail(name: str, last: str, head: str) -> str:
    """A list item with what the last item says after the word they end alike: "基本养老保险"
    with "基本医疗保险参保率" → "基本养老保险参保率" (not "基本养老保险率"); else with the
    list's shared head (:func:`_join`)."""
    at = last.rfind(name[-2:], 1, len(last) - len(head) - 1) if len(name) >= 2 else -1
    # not where the last item begins: "工业、制造业、工业技改投资" → 工业投资
    if at >= 1:
        return name + last[at + 2 :]
    # items that begin alike and differ in a word as long: "基本养老、基本医疗保险参保率" →
    # 基本养老保险参保率, "农村生活污水、农村生活垃圾治理率" → 农村生活污水治理率
    alike = len(name) >= 2 and last.startswith(name[:2]) and not last.startswith(name)
    if alike and len(last) > len(name) + len(head):
        return name + last[len(name) :]
    return _join(name, head)


def _join(name: str, head: str) -> str:
    """A list item with the list's shared head, the words they share written once: "城镇居民"
    + "居民人均可支配收入" → "城镇居民人均可支配收入"."""
    for size in range(min(len(name), len(head) - 1), 1, -1):
        if name.endswith(head[:size]):
            return name + head[size:]
    return name + head


_ORDINALS = "一二三四五六七八九十"


def _ordinal_names(names: list[str], count: int) -> list[str]:
    """Give each item of an ordinal list its whole name: "一、二、三产增加值" → 一产增加值,
    二产增加值, 三产增加值; "一二三产增加值" and "第一、二、三产业增加值" likewise."""
    if not names:
        return names
    lead = "第" if names[0].startswith("第") else ""
    bare = [n[1:] if n.startswith("第") else n for n in names]
    if len(bare) == 1:
        run = re.match(rf"[{_ORDINALS}]+", bare[0])
        if run and len(run.group()) == count > 1:
            rest = bare[0][len(run.group()) :]
            return [f"{lead}{digit}{rest}" for digit in run.group()]
        return names
    if not re.match(rf"[{_ORDINALS}]", bare[-1]):
        return names
    rest = bare[-1][1:]
    if not all(re.fullmatch(rf"[{_ORDINALS}]", n) for n in bare[:-1]):
        return names
    if not lead and rest.startswith("产业"):
        lead = "第"  # "一、二、三产业增加值": 第一产业增加值 …, as the tables name them
    return [f"{lead}{n[0]}{rest}" for n in bare]


def joint_names(name: str, table: IndicatorTable) -> list[tuple[str, str | None]] | None:
    """Two registered indicators sharing one value ("广义货币M2和社会融资规模余额预期增长12%左右",
    "城镇和农村居民人均可支配收入增长6%"): [(name, canonical), …], or None when ``name`` is one
    indicator."""
    parts = re.split(r"和|与|及", name)
    if len(parts) != 2 or not all(parts):
        return None
    first, last = parts
    last_canonical = table.canonical(last) or registered(last, table)
    if last_canonical is None:
        return None
    place = _PLACE_ONLY.match(last)
    if place and _PLACE_ONLY.fullmatch(first):
        first = first + last[place.end() :]  # 城镇 → 城镇居民人均可支配收入
    first_canonical = table.canonical(first) or registered(first, table)
    if first_canonical is None or first_canonical == last_canonical:
        return None
    return [(first, first_canonical), (last, last_canonical)]


#: the name of a rate or share
RATE_NAME = re.compile(r"(?:率|比例|比重|占比)$")
#: "均" and the predicate of one value shared by all the names before it (see both_names); not
#: 年均, 人均, 户均
ALL_OF_THEM = re.compile(
    r"(?<![年人户])均(?:达到|达|为|保持在|稳定在|超过|在|增长|提高|提升|下降|降低|增加|减少)?$"
)
#: a level kept, which a list of rates before it shares (see kept_rates)
KEPT_AT = re.compile(r"(?:保持在|稳定在)$")


def both_names(phrase: str, table: IndicatorTable) -> list[tuple[str, str | None]] | None:
    """The names of "A、B、C均达到60%以上" (``phrase`` is the text before the number): each
    gets the value; None when the phrase names one thing."""
    names = _listed_before(ALL_OF_THEM.sub("", phrase), r"[、和及]")
    if not names:
        return None
    names = _with_list_head(names)  # "粮食、油料产量均增长2%" → 粮食产量, 油料产量
    return [(n, registered(n, table)) for n in names]


def kept_rates(phrase: str, table: IndicatorTable) -> list[tuple[str, str | None]] | None:
    """The rates of "九年义务教育巩固率、高中阶段毛入学率保持在97%以上" (``phrase`` is the text
    before the number): rates listed before one level kept are each kept at it; None unless
    every item is a rate (:data:`RATE_NAME`)."""
    names = _listed_before(KEPT_AT.sub("", phrase), r"[、和及]")
    if names:  # "基本养老保险和基本医疗保险参保率" → 基本养老保险参保率, 基本医疗保险参保率
        names = _with_list_head(names)
    if not names or not all(RATE_NAME.search(n) for n in names):
        return None
    return [(n, registered(n, table)) for n in names]


def _listed_before(phrase: str, separators: str) -> list[str] | None:
    """The two or more names of the last clause of ``phrase`` (its predicates stripped), split
    at ``separators``; None for one name or an empty item."""
    head = strip_predicates(phrase)
    start = max(head.rfind(c) for c in "，,；;：:") + 1
    names = [strip_predicates(n) for n in re.split(separators, head[start:])]
    return names if len(names) >= 2 and all(names) else None
