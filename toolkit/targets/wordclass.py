"""Word classes of the words around a number, from the segmenter dictionary's part-of-speech
tags (:func:`toolkit.segment.tag`): whether a name ends with a verb, whether a phrase starts
with a noun, and the people a number counts in rhetoric ("8500万江苏人民").

The last word of a name is its longest ending that is a dictionary word ("布局建设" → 建设,
"集中收集率" → 率), so that naming never loads the segmenter itself, only its dictionary.
"""

from __future__ import annotations

import re

from toolkit import segment
from toolkit.targets.areas import OUR_AREA, WHOLE_AREA

#: jieba's tags of verbs that act as verbs ("v"; "vn", a verbal noun such as 建设, ends a name
#: well, "基础设施建设", unless a counted noun follows it: "布局建设10家概念验证中心")
_VERB_TAGS = ("v", "vn")
#: jieba's tags of adverbs, conjunctions, prepositions, pronouns and particles
_FUNCTION_TAGS = ("d", "ad", "vd", "c", "p", "r", "u", "uj", "ul", "uz", "ug", "uv", "y")
#: jieba's tags of the words a noun phrase opens with
_NOUN_TAGS = ("n", "b", "s", "j")
#: verbs of what the reports count done that the dictionary tags as nouns, a place or nothing
#: ("上线15个“极简审批”综合许可事项", "落地两批21个…事项", "获批3个国家级…")
_EVENT_VERBS = frozenset(
    ("上线", "下线", "落地", "通车", "上市", "落户", "开业", "亮相", "获批", "投用", "并网", "布局")
)
#: the longest dictionary word looked for at the end of a name
_LONGEST_WORD = 6
#: a phrase that opens with a quoted or titled name ("“一件事”全链条治理", "《条例》")
_QUOTED = "“《\"'「"
#: the people of a territory, after a number: "8500万江苏人民", "7100万江淮儿女", "2600多万
#: 各族儿女", "13亿多人口", "9亿劳动力" (人口 alone: "6000万农村人口" is a commitment's people,
#: "惠及500万各族群众" an achievement's)
_PEOPLE = re.compile(r"^(?:多|余)?(?:[\u4e00-\u9fff]{1,4}?(?:人民|儿女|同胞|父老乡亲)|人口|劳动力)")
#: the magnitude a unit may start with
_MAGNITUDE = re.compile(r"^(?:百万|千万|万亿|万|亿)")
#: a name that is the people or the population of a territory, stated as a fact
PEOPLE_NAME = re.compile(
    r"(?:人民|儿女|同胞|父老乡亲)$"
    rf"|^(?:{WHOLE_AREA}|全国|{OUR_AREA}|我国)?(?:常住|户籍)?人口(?:总量|总数|规模)?$"
    r"|^劳动力(?:资源|总量)?$"
)


def _tag(word: str) -> str:
    return "v" if word in _EVENT_VERBS else segment.tag(word)


def last_word(name: str) -> str:
    """The word ``name`` ends with: its longest ending (up to six characters) that is a word of
    the segmenter dictionary, else its last character."""
    for size in range(min(len(name), _LONGEST_WORD), 1, -1):
        if segment.frequency(name[-size:]):
            return name[-size:]
    return name[-1:]


def words_backwards(name: str) -> list[str]:
    """The words of ``name`` from its end, each its longest ending that is a dictionary word
    (see :func:`last_word`): "强力推进" → ["推进", "强力"]."""
    words: list[str] = []
    while name:
        word = last_word(name)
        words.append(word)
        name = name[: -len(word)]
    return words


def bare_verb(name: str) -> bool:
    """Whether ``name`` is only verbs, adverbs, function words and one-character adjectives
    (新 of 新发布), one verb at least ("竣工", "抓好", "废止", "统筹推进", "新发布"): a
    predicate without the thing it is about."""
    words = words_backwards(name)
    return "v" in map(_tag, words) and all(map(_predicate_word, words))


def _predicate_word(word: str) -> bool:
    tag = _tag(word)
    return tag in _VERB_TAGS or tag in _FUNCTION_TAGS or (tag == "a" and len(word) == 1)


def without_trailing_verbs(name: str) -> str:
    """``name`` without the verbs, adverbs and one-character adjectives it ends with
    ("年投资亿元以上项目新开工" → "年投资亿元以上项目"); "" when nothing else is left."""
    while name and _predicate_word(last_word(name)):
        name = name[: -len(last_word(name))]
    return name


def ends_with_verb(name: str) -> bool:
    """Whether ``name`` ends with a verb or a verbal noun (jieba's "v" or "vn"): "布局建设",
    "强力推进", "抓好"; not "概念验证中心"."""
    return bool(name) and _tag(last_word(name)) in _VERB_TAGS


def starts_with_noun(phrase: str) -> bool:
    """Whether ``phrase`` opens with a noun (any of jieba's "n…" tags, a place name "ns"
    included, an attribute such as 省级 "b", a place word such as 境外 "s", an abbreviation
    "j") or a quoted name: "概念验证中心", "“一件事”全链条治理", "江苏人民", "省级重点工程项目";
    not "用于…", "实施…工程", "具有国际优势"."""
    phrase = phrase.lstrip()
    if not phrase:
        return False
    if phrase[0] in _QUOTED:
        return True
    for size in range(min(len(phrase), _LONGEST_WORD), 0, -1):
        word = phrase[:size]
        if segment.frequency(word):
            return _tag(word).startswith(_NOUN_TAGS)
    return False


def starts_with_verb(phrase: str) -> str:
    """The verb ``phrase`` opens with (jieba's "v": "具有", "推动"), "" when it opens
    otherwise."""
    for size in range(min(len(phrase), _LONGEST_WORD), 0, -1):
        word = phrase[:size]
        if segment.frequency(word):
            return word if _tag(word) == "v" else ""
    return ""


def counted_unit(unit: str) -> str:
    """A unit without its magnitude ("万个" → "个", "亿人" → "人", "万千瓦" → "千瓦")."""
    return _MAGNITUDE.sub("", unit)


def people_unit(unit: str) -> bool:
    """Whether ``unit`` counts people or nothing named ("万", "亿人", "人", "")."""
    return counted_unit(unit) in ("", "人")


def people_counted(unit: str, after: str) -> str:
    """The people a number counts in rhetoric or as a fact, from its ``unit`` and the text
    ``after`` it: "江苏人民" for 8500万 before "江苏人民的奋进力量", "人口" for "13亿多人口";
    "" when the number counts something else ("6000万农村人口" is a commitment's people)."""
    text = ("人" if unit.endswith("人") else "") + after
    match = _PEOPLE.match(text)
    if match is None or not people_unit(unit):
        return ""
    return match.group().lstrip("多余")
