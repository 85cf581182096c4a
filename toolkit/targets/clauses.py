"""Sentence-level extraction: the quantities of one paragraph, each with its indicator and
qualifier. No knowledge of report structure here; :mod:`toolkit.targets.extract` decides which
paragraphs are plan or review and which findings to keep.

A sentence ends at 。！？；; a clause at ，,：:; list items are separated by 、. The indicator of
a quantity is the noun phrase before it in its clause or list item (leading cues such as 力争 and
action verbs such as 建成 removed, trailing predicates such as 增长 / 达到 removed). When that
phrase is only a predicate ("…，增长5.5%") the indicator carries over from the previous quantity of
the sentence; when nothing names it before the number ("完成30万平方米“暖房子”任务") the text
after the unit names it. "A、B、C产量分别达X、Y、Z" pairs names and values in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.numbers import Quantity, find_quantities

SENTENCE_END = "。！？；;!?"
CLAUSE_SEP = "，,：:"

#: written after the number; "及以上" counts as 以上
SUFFIX_QUALIFIERS = {
    "左右": "左右",
    "及以上": "以上",
    "以上": "以上",
    "以内": "以内",
    "以下": "以下",
}
#: written right before the number; values are the normal form
BOUND_PREFIXES = {
    "不低于": "不低于",
    "不少于": "不低于",
    "不超过": "不超过",
    "不高于": "不超过",
    "控制在": "控制在",
    "达到": "达到",
    "突破": "突破",
    "超过": "超过",
    "低于": "以下",
    "至少": "不低于",
    "达": "达到",
    "超": "超过",
    "约": "左右",
}
#: cues that govern every number after them in the clause
GOVERNING_CUES = {"力争": "力争", "确保": "确保", "完成": "完成"}

_PREDICATES = (
    "提高到|提高至|提升到|提升至|增长到|增长至|下降到|下降至|降低到|降低至|降至|降到|增至|升至|"
    "稳定在|保持在|控制在|平均值为|平均为|分别为|分别达到|分别达|分别|"
    "不低于|不少于|不超过|不高于|至少|达到|突破|超过|低于|高于|迈上|迈过|跨过|跨越|接连|"
    "增长|下降|提高|提升|降低|减少|增加|扩大|缩小|实现|完成|达|超|约|为|均|年均|累计|首次|"
    "五年|同比|稳定|保持|每人|人均|再|在|到|至|从"
)
_TRAILING_PREDICATE = re.compile(rf"(?:{_PREDICATES})$")
_COMPARISON_BASIS = re.compile(r"(?:较|比上年|比去年|同比)[^，、]{0,12}$")
_LEADING = re.compile(
    r"^(?:——|—|（|\(|其中[，,]?|以及|及|和|并|同时|"
    r"力争|确保|努力|争取|今年|全年|年内|明年|预计全年|预计|初步核算|实现|再完成|完成|"
    r"持续将|持续|将|推动|支持|新实施|实施|建成|建设|新（改）建|新\(改\)建|新建|打造|培育|"
    r"开展|推进|改造|组织|引进|举办|发放|推广种植|推广|因地制宜|提质改造|开工|加快|深入|全面|"
    r"扎实|着力|同口径|\d{4}年|[0-9]{4}年)"
)
#: words that may stand before a registered name without changing the indicator
_NEUTRAL_PREFIX = re.compile(
    r"^(?:全省|全市|全区|全县|全州|全盟|全国|全域|全社会|全体|全口径|我省|我市|我区|我县|本市|"
    r"本省|区本级|市本级|省本级|县本级|本级|地方|城区|城市|预计全年|预计|全年|今年|其中|实现|"
    r"完成|力争|确保|新增|累计|年|——|—|（|\()+"
)
#: heads that a "A、B、C…分别" list shares ("水果、蔬菜、茶叶产量")
_LIST_HEADS = (
    "人均可支配收入",
    "年出栏量",
    "出栏量",
    "总产量",
    "增加值",
    "产量",
    "收入",
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
_GROWTH_END = re.compile(r"(?:增长|下降|提高|提升|降低|减少|增加)(?:到|至)?$")


@dataclass(frozen=True, slots=True)
class Finding:
    """A quantity of a sentence with what the sentence says about it.

    ``source`` tells where the indicator came from: "before" (named before the number),
    "carried" (from an earlier quantity of the sentence), "list" (a 分别 list), "after" (named
    after the number: a count of things rather than a measure). ``governed`` is true when the
    clause carries a commitment cue or a qualifier; ``growth`` when the value is a rate of change
    (增长5%); ``baseline`` when it is the starting point of "从X提高到Y"; ``reference`` when it
    quotes a task ("超额完成国家下达的110万人年度任务") rather than stating a figure;
    ``comparison`` when it compares with another entity (高于全国0.7个百分点).
    """

    quantity: Quantity
    indicator: str
    canonical: str | None
    qualifier: str
    source: str
    governed: bool
    growth: bool
    baseline: bool
    reference: bool
    comparison: bool
    sentence: str
    clause: str


def sentences(text: str) -> Iterator[str]:
    """The sentences of a paragraph, each with its closing punctuation."""
    start = 0
    for i, char in enumerate(text):
        if char in SENTENCE_END:
            yield text[start : i + 1]
            start = i + 1
    if text[start:].strip():
        yield text[start:]


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (split at ，,：:, separators dropped)."""
    parts = re.split(rf"[{CLAUSE_SEP}]", sentence)
    return [p for p in parts if p.strip()]


def analyse_sentence(sentence: str, table: IndicatorTable) -> list[Finding]:
    """Every quantity of one sentence with its indicator, qualifier and flags."""
    findings: list[Finding] = []
    subject: tuple[str, str | None] | None = None
    for clause in clauses(sentence.rstrip(SENTENCE_END)):
        found, subject = _analyse_clause(clause, sentence, table, subject)
        findings.extend(found)
    return findings


def _analyse_clause(
    clause: str,
    sentence: str,
    table: IndicatorTable,
    subject: tuple[str, str | None] | None,
) -> tuple[list[Finding], tuple[str, str | None] | None]:
    quantities = [q for q in find_quantities(clause) if not _work_areas(clause, q)]
    if not quantities:
        return [], subject
    listed = _list_names(clause, quantities, table)
    cue_positions = [
        (m.start(), GOVERNING_CUES[m.group()])
        for m in re.finditer("|".join(GOVERNING_CUES), clause)
    ]
    suffixes: list[tuple[str, int]] = [_suffix(clause, q.end) for q in quantities]
    results: list[tuple[Quantity, str, str | None, str, str, bool, bool, bool, bool]] = []
    previous_end = 0
    bound_carry = ""
    for index, quantity in enumerate(quantities):
        item_start = max(previous_end, clause.rfind("、", 0, quantity.start) + 1)
        phrase = clause[item_start : quantity.start]
        suffix, after_end = suffixes[index]
        prefix = _bound_prefix(phrase)
        if not prefix and bound_carry and re.fullmatch(r"\s*[和与及、]?\s*", phrase):
            prefix = bound_carry  # "不低于740元/月和485元/月"
        bound_carry = prefix
        cue = next((c for pos, c in reversed(cue_positions) if pos < quantity.start), "")
        qualifier = suffix or prefix or cue
        baseline = phrase.endswith("从")
        comparison = _is_comparison(phrase, quantity)
        reference = bool(re.match(r"(?:的)?(?:年度)?(?:任务|目标)", clause[after_end:]))
        growth = bool(_GROWTH_END.search(_strip_bounds(phrase))) and quantity.unit in (
            "%",
            "个百分点",
        )
        if listed is not None and index in listed:
            name, canonical = listed[index]
            source = "list"
        else:
            previous = results[-1] if results else None
            name, canonical, source = _name_before(
                phrase, table, previous[1] if previous else (subject[0] if subject else None)
            )
            if source == "empty":
                if previous is not None and previous[4] != "after" and not phrase.strip():
                    name, canonical = previous[1], previous[2]  # "突破8万亿元、9万亿元"
                    source = "carried"
                elif _is_predicate_only(phrase) and (subject is not None or previous is not None):
                    if previous is not None and previous[4] != "after":
                        name, canonical = previous[1], previous[2]
                    elif subject is not None:
                        name, canonical = subject
                    source = "carried"
                else:
                    stop = (
                        quantities[index + 1].start if index + 1 < len(quantities) else len(clause)
                    )
                    name = _name_after(clause[after_end:stop])
                    canonical = None
                    source = "after"
        if source in ("before", "list") and not comparison:
            subject = (name, canonical)
        results.append(
            (quantity, name, canonical, qualifier, source, growth, baseline, reference, comparison)
        )
        previous_end = after_end
    if listed is not None:  # 分别达X、Y、Z以上: a cue before the first value holds for all
        first_prefix = _bound_prefix(clause[: quantities[0].start])
        results = [
            (q, n, c, qual or first_prefix, s, g, b, r, cmp)
            for (q, n, c, qual, s, g, b, r, cmp) in results
        ]
    governed = bool(cue_positions) or any(r[3] for r in results)
    findings = [
        Finding(q, n, c, qual, s, governed, g, b, r, cmp, sentence, clause)
        for (q, n, c, qual, s, g, b, r, cmp) in results
    ]
    return findings, subject


def _work_areas(clause: str, quantity: Quantity) -> bool:
    """ "重点抓好以下14个方面的工作": a count of work areas, not a target."""
    return bool(re.match(r"(?:个)?方面|大(?:方面|任务)", clause[quantity.end :]))


def _suffix(clause: str, end: int) -> tuple[str, int]:
    for word, normal in SUFFIX_QUALIFIERS.items():
        if clause.startswith(word, end):
            return normal, end + len(word)
    return "", end


def _bound_prefix(phrase: str) -> str:
    for word in sorted(BOUND_PREFIXES, key=len, reverse=True):
        if phrase.endswith(word):
            return BOUND_PREFIXES[word]
    return ""


def _strip_bounds(phrase: str) -> str:
    for word in sorted(BOUND_PREFIXES, key=len, reverse=True):
        if phrase.endswith(word):
            return phrase[: -len(word)]
    return phrase


def _is_comparison(phrase: str, quantity: Quantity) -> bool:
    """ "高于全国0.7个百分点", "快于经济增速1个百分点", "约占全国1/10"."""
    if re.search(r"占(?:全国|全省|全市|全区|全球|世界)", phrase):
        return True
    if quantity.unit == "个百分点" or quantity.unit == "":
        return bool(
            re.search(
                r"(?:高于|低于|快于|慢于|好于|超过|比)(?:全国|全省|全市|平均|经济|同期)", phrase
            )
        )
    return False


def _strip_predicates(phrase: str) -> str:
    """Remove trailing predicates ("增长", "达到", "较“十三五”增长") and leading cues."""
    text = phrase.strip()
    for _ in range(8):
        before = text
        text = _TRAILING_PREDICATE.sub("", text)
        text = _COMPARISON_BASIS.sub("", text) if _TRAILING_PREDICATE.search(before) else text
        if text == before:
            break
    for _ in range(8):
        before = text
        text = _LEADING.sub("", text)
        if text == before:
            break
    text = re.sub(r"^[①-⑳]+", "", text).strip("、 的")
    for left, right in ("（）", "()", "“”"):
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.endswith(left) or (text.count(left) > text.count(right)):
            text = text.rsplit(left, 1)[0] if text.endswith(left) else text + right
    return text.strip("、 的")


def _is_predicate_only(phrase: str) -> bool:
    """ "增长", "、达", "提高到": the phrase only says how the previous subject moved. An action
    verb alone ("完成", "建成") is not: the noun then follows the number."""
    text = _strip_bounds(phrase).strip()
    if not text:
        return bool(phrase.strip())  # "达", "超": a bound alone
    if re.fullmatch(r"(?:今年|全年|年内)?再?(?:完成|实现|建成|新建|推动|支持)", text):
        return False
    return _strip_predicates(phrase) == ""


def _name_before(
    phrase: str, table: IndicatorTable, previous: str | None = None
) -> tuple[str, str | None, str]:
    """The indicator named in ``phrase`` (the text before a number): (name, canonical, "before"),
    or ("", None, "empty") when the phrase names nothing. A bare head ("增加值", "产量") after
    an item about something else takes that item's modifier when the result is a registered
    name: "规模以上工业企业达7.6万家、增加值增长3%" → 规模以上工业增加值."""
    noun = _strip_predicates(phrase)
    if not noun or noun in ("新增", "新", "增", "新培育", "新开工"):
        return "", None, "empty"
    canonical = _registered(phrase, table)
    if canonical is None and previous and noun in _LIST_HEADS:
        for cut in range(len(previous) - 1, 0, -1):
            combined = previous[:cut] + noun
            if table.canonical(combined) is not None:
                return combined, table.canonical(combined), "before"
    return noun, canonical, "before"


def _registered(phrase: str, table: IndicatorTable) -> str | None:
    """The canonical name when ``phrase`` names a registered indicator on its own: the last name
    in the phrase, not part of a share ("占地区生产总值比重") or of a narrower population
    ("脱贫地区农村居民…", "海洋生产总值")."""
    matches = table.find(phrase)
    if not matches:
        return None
    match = matches[-1]
    head = phrase[: match.start]
    tail = phrase[match.end :]
    if head.endswith(("占", "与", "对")) or re.match(r"(?:的)?(?:比重|比率|之比|占)", tail):
        return None
    if _strip_predicates(tail):
        return None  # more noun after the name
    rest = _NEUTRAL_PREFIX.sub("", head.strip())
    rest = _LEADING.sub("", rest)
    if rest:
        return None
    return match.canonical


def _name_after(text: str) -> str:
    """The noun after a count ("6个项目实现竣工" → "项目实现竣工")."""
    text = re.split(r"[、，,；;。]", text, maxsplit=1)[0]
    return text.strip().lstrip("的").strip()


def _list_names(
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
    head = _strip_predicates(head) or head
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
        names = [n if n.endswith(shared) else n + shared for n in names]
    return {
        index: (name, _registered(name, table)) for index, name in zip(values, names, strict=True)
    }
