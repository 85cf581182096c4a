"""Names of things and common words that reports put in quotes: marked, not taken as terms.

Reports quote the names of ships and spacecraft (“奋斗者”号, 嫦娥六号), typhoons (台风“摩羯”),
events and brands, and they quote ordinary words used as metaphors (“帽子”, “满月”, “压舱石”).
None is a policy term. A term (quoted, discovered, stance or concept; glossary entries, titles
and formulas are left alone) becomes

- ``name`` when it ends in a name ending of the lexicon's ``names`` list (号, 运动会, 联赛 …),
  is followed by 号/舰/轮, by such an ending (“湘超”足球联赛) or preceded by 台风 (or 台风 ends
  its clause) where it first occurs,
  is tagged a place, person or organisation name by the segmenter's dictionary, or is a Latin
  word with lower-case letters (a brand: DeepSeek);
- ``name`` also for a 《title》 that does not end in a kind of document of the lexicon's
  ``documents`` list (法, 条例, 规划, 意见 …): the title of a film, a drama, a book; ``generic``
  for a 《title》 that is only such a word (《纲要》: a short reference to a longer title);
- ``generic`` when it is (quoted, discovered or a concept and) one common dictionary word
  (frequency at least :data:`GENERIC_FREQ`; any dictionary word for a concept: 应收账款) or a
  dictionary idiom: a metaphor or old wording, not a coined term;
- ``generic`` also for a quoted figure of speech: a noun after 的 (发展的“四梁八柱”), a pun on
  a common word quoted beside it (“含绿量” beside “含金量”), a counted saying (“十个指头弹钢琴”)
  or a 论 word of thinking (“两点论”);
- ``name`` also for a term mixing Chinese and Latin letters without digits or + (浙BA, 村BA: a
  brand, not a formula such as 人工智能+ or 5G), for a league or its result named by 超 (苏超,
  贵州村超, 冲超: a coinage the dictionary lacks) and for an honorific title (世界音乐之都,
  万里长江第一隧, 新春第一会: X之都/之城/之乡, 第一 and one character);
- ``generic`` also for a statistic quoted or counted as a formula: a streak (六连优, 十连丰,
  三连击) or a count of results (四个翻番, 双下降): a boast about figures, not a policy; and
  for a quoted complaint (“登记难”, “带娃难”): the trouble a policy answers;
- ``name`` also for a quoted event, brand or campaign (:func:`event_name`: “夏训夏赛”,
  “世界花园”品牌, “购在中国”等促消费活动).
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.terms.candidates import FORMULA_NUMERALS, formula_shape
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.model import TermKind
from toolkit.terms.text import skeleton

#: a quoted word this frequent in the segmenter's dictionary is a common word (帽子 1032, 满月 143)
GENERIC_FREQ = 20
_CLOSING = "”」』’\"'"
_OPENING = "“「『‘\"'"
_SHIP = frozenset("号舰轮")
_MEETINGS = frozenset({"论坛", "峰会", "博览会", "交易会"})
_CLAUSE_END = re.compile(r"[，。；：、,;:]")
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
_IDIOM_TAGS = frozenset({"i", "l"})
_BRAND = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_RECLASSIFIED = frozenset({TermKind.QUOTED, TermKind.DISCOVERED, TermKind.STANCE, TermKind.CONCEPT})


def _named_by_context(term: str, line: str, endings: tuple[str, ...] = ()) -> bool:
    """Whether an occurrence of ``term`` in ``line`` is followed by 号/舰/轮 (a closing quote
    between allowed), preceded by 台风 (an opening quote between allowed) or followed by
    台风 in the same clause (“桦加沙”等15个台风), or by a name ending of two or more
    characters at most four characters after it (“湘超”足球联赛; meetings excepted: a forum on
    “空中丝绸之路” is named after its theme)."""
    named = _endings(endings)
    at = line.find(term)
    while at >= 0:
        after = line[at + len(term) : at + len(term) + 2].lstrip(_CLOSING)
        before = line[max(0, at - 3) : at].rstrip(_OPENING)
        following = _CLAUSE_END.split(line[at + len(term) : at + len(term) + 10], maxsplit=1)[0]
        if after[:1] in _SHIP or before.endswith("台风") or following.endswith("台风"):
            return True
        # “湘超”联赛, “贵州村超”全省足球联赛; not “空中丝绸之路”国际合作论坛: a meeting is named
        # after its theme, a league or a games after itself
        rest = following.lstrip(_CLOSING)
        # an ending starting at most four characters in: the leftmost of any, by one search
        found = named.search(rest) if named is not None else None
        if found is not None and found.start() <= 4:
            return True
        at = line.find(term, at + 1)
    return False


@lru_cache(maxsize=8)
def _endings(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern finding any name ending of two or more characters but a meeting's."""
    kept = [re.escape(e) for e in endings if len(e) >= 2 and e not in _MEETINGS]
    return re.compile("|".join(kept)) if kept else None


_COUNTED = re.compile(r"[一二两三四五六七八九十百千万]+[个大项条种]")
_NUMERAL_START = frozenset(FORMULA_NUMERALS)
_FIGURE_KINDS = frozenset({TermKind.QUOTED, TermKind.FORMULA})


def _figure_of_speech(term: str, core: str, line: str, lexicon: Lexicon) -> bool:
    """Whether a quoted ``term`` stands as a figure of speech where it first occurs: a noun
    after 的 (发展的“四梁八柱”, 令人向往的“诗和远方”, 人民群众的“幸福指数”): “the X of Y” is how
    reports write a metaphor; a named policy is written as one (“两山”理念, 专精特新“小巨人”);
    or a quote after a verb of standing for (代表“中国深度”的深海钻机, 被誉为“…”).
    Not for a list (、), a code with digits or +, a counted formula (“五个必须”) or a term ending
    in a policy head (“新疆模式”)."""
    if "、" in core or re.search(r"[\d+×A-Za-z]", core) or core.endswith(lexicon.heads):
        return False
    if _COUNTED.match(core):  # 党中央提出的“五个必须”: a counted formula, not a figure
        return False
    at = line.find(term)
    while at >= 0:
        if at >= 2 and line[at - 1] in _OPENING and line[at - 2] == "的":
            return True
        if at >= 1 and line[at - 1] in _OPENING and line[: at - 1].endswith(_STANDS_FOR):
            return True
        at = line.find(term, at + 1)
    return False


#: verbs of standing for or being called: 代表“中国深度”的深海钻机, 被誉为“…”
_STANDS_FOR = ("代表", "象征", "誉为", "堪称")


@lru_cache(maxsize=1024)
def _quoted_in(line: str) -> tuple[str, ...]:
    """The skeletons of the quoted spans of ``line``, found once for all its quoted terms."""
    from toolkit.terms.candidates import quoted_spans

    return tuple(skeleton(inner) for _, inner in quoted_spans(line))


def _wordplay(core: str, line: str) -> bool:
    """Whether a quoted coinage puns on a common word quoted beside it (以发展“含绿量”提升增长
    “含金量”): the same length (three or more characters), one character changed, the other a
    common dictionary word and the coinage none. The pun is a figure of speech (仿词), not a
    term."""
    from toolkit import segment

    if len(core) < 3 or segment.frequency(core):
        return False
    for other in _quoted_in(line):
        if (
            len(other) == len(core)
            and sum(a != b for a, b in zip(other, core, strict=True)) == 1
            and segment.frequency(other) >= GENERIC_FREQ
        ):
            return True
    return False


#: a counted formula's remainder this many words long, with a verb, is a saying (十个指头弹钢琴)
SAYING_WORDS = 3


def _saying(core: str) -> bool:
    """Whether a counted formula is a saying rather than a formula: its remainder after the
    numeral and measure word is a clause of :data:`SAYING_WORDS` or more dictionary words
    with a one-character verb in it (十个|指头/弹/钢琴), where a formula counts one or two
    (五个|必须, 三个|立法权, 七个|有/之) or names a compound (五大|国际/贸易/通道). Or a
    quoted 论 word made of a dictionary word (两点论, 重点论: a way of thinking, not a
    policy)."""
    from toolkit import segment

    if len(core) == 3 and core.endswith("论") and segment.frequency(core[:2]):
        return True
    counted = _COUNTED.match(core)
    if counted is None:
        return False
    words = segment.cut(core[counted.end() :], hmm=False)
    return len(words) >= SAYING_WORDS and any(len(w) == 1 and segment.tag(w) == "v" for w in words)


#: 六连优, 十连丰, 三连击: N years (or times) in a row of a result
_STREAK = re.compile(r"[一二两三四五六七八九十]+连[\u3400-\u9fff]{1,2}")
#: 四个翻番, 双下降: a count of results (a change word after the count)
_RESULTS = re.compile(
    r"(?:[一二两三四五六七八九十]+[个项]?|双)(?:翻番|翻一番|下降|增长|提升|提高|增加|减少|回升)"
)


def _statistic(core: str) -> bool:
    """Whether a formula or quoted term is a statistic (see the module docstring)."""
    return bool(_STREAK.fullmatch(core) or _RESULTS.fullmatch(core))


#: 办证难, 登记难, 价低销难: what people find hard, two or more characters then 难
_COMPLAINT = re.compile(r"[\u3400-\u9fff]{2,}难")


def _complaint(core: str) -> bool:
    """Whether a quoted term is a complaint (不动产“登记难”问题, 破解“带娃难”): the trouble a
    policy answers, in the people's words, not the policy; a count (“四难”) may be a formula."""
    return bool(_COMPLAINT.fullmatch(core)) and core[0] not in _NUMERAL_START


#: 世界音乐之都, 万里长江第一隧, 新春第一会: a title a place, a work or a meeting is honoured with
_HONORIFIC = re.compile(r"[\u3400-\u9fff]{2,}(?:之[都城乡窗]|第一[\u3400-\u9fff])")


def _league_or_title(core: str) -> bool:
    """Whether ``core`` names a league by 超 (苏超, 贵州村超, 冲超) or is an honorific title."""
    from toolkit import segment

    if 2 <= len(core) <= 4 and core.endswith("超") and _CJK.fullmatch(core[0]):
        return not segment.frequency(core)  # 赶超, 高超: words
    return bool(_HONORIFIC.fullmatch(core))


#: after a quoted term: the other quoted names of its list (“太湖揽胜”、“江南古镇”等旅游品牌)
_LIST_REST = re.compile(r"[”」』’\"']?(?:、?[“「『‘][^”」』’]{1,24}[”」』’])*")
#: characters between a quoted name (or its list, and 等) and the kind of event it names: 促消费活动
_EVENT_GAP = 4


def event_name(term: str, core: str, line: str, events: tuple[str, ...]) -> bool:
    """Whether a quoted ``term`` names an event, a brand or a campaign: it ends in a kind of
    event of the lexicon's ``events`` list (“夏训夏赛”, “中小学生冰雪周”), or one of two or more
    characters follows it, or the list of quoted names it ends, within :data:`_EVENT_GAP`
    characters in the same clause (“世界花园”品牌, “购在中国”等促消费活动, “太湖揽胜”、
    “江南古镇”等旅游品牌). A quoted policy is named by a policy head (“两新”政策, “人工智能+”
    行动), not by these."""
    if re.search(r"[\d+×A-Za-z]", core):  # “政策+活动”, “人工智能+”行动: a code
        return False
    if len(core) > 2 and core.endswith(events):
        return True
    at = line.find(term)
    while at >= 0:
        after = line[at + len(term) :]
        rest = after[_LIST_REST.match(after).end() :]  # type: ignore[union-attr]
        rest = rest[1:] if rest.startswith("等") else rest
        clause = _CLAUSE_END.split(rest[: _EVENT_GAP + 4], maxsplit=1)[0]
        if any(len(e) >= 2 and 0 <= clause.find(e) <= _EVENT_GAP for e in events):
            return True
        at = line.find(term, at + 1)
    return False


def classify(term: str, kind: TermKind, line: str, lexicon: Lexicon) -> TermKind:
    """``kind``, or NAME or GENERIC for a name or common word (see the module docstring);
    ``line`` is the text of the term's first occurrence."""
    core = skeleton(term)
    if kind is TermKind.DOCUMENT:
        if core in lexicon.documents:  # 《纲要》: a short reference, not a title
            return TermKind.GENERIC
        return kind if core.endswith(lexicon.documents) else TermKind.NAME
    if kind in _FIGURE_KINDS and (
        _figure_of_speech(term, core, line, lexicon)
        or _wordplay(core, line)
        or _saying(core)
        or _statistic(core)
        or _complaint(core)
    ):
        return TermKind.GENERIC
    if kind not in _RECLASSIFIED:
        return kind
    if kind is TermKind.QUOTED and event_name(term, core, line, lexicon.events):
        return TermKind.NAME
    from toolkit import segment

    if (
        core.endswith(lexicon.names)
        or _named_by_context(term, line, lexicon.names)
        or segment.tag(core) in _NAME_TAGS
        or _BRAND.fullmatch(core)
        or _league_or_title(core)
        or (_LATIN.search(core) and _CJK.search(core) and not re.search(r"[\d+×]", core))
    ):
        return TermKind.NAME
    # a concept is found only from the old report's silence: any dictionary word is old wording
    least = 1 if kind is TermKind.CONCEPT else GENERIC_FREQ
    common = segment.frequency(core) >= least or segment.tag(core) in _IDIOM_TAGS
    if kind is not TermKind.STANCE and common and not formula_shape(core):
        return TermKind.GENERIC
    return kind
