"""Unquoted policy phrases new in a report: stance phrases and compact concepts.

A drafter looks first for the new wording of the year's stance, which reports rarely quote:
适度宽松的货币政策, 更加积极的财政政策, 稳就业、稳企业、稳市场、稳预期, 耐心资本, 具身智能.
Three shapes are taken, each only when it occurs nowhere in the other report (the comparison
is what makes them candidates; alone, a report has too many such phrases):

- **modifier 的 policy head**: a stance modifier led by a word of the lexicon's ``stance`` list
  (更加, 适度, 稳健 …), then 的, then a phrase ending in a policy head of the ``head`` list
  (政策, 机制, 体系 …), the whole at most :data:`MAX_STANCE` characters: 更加积极的财政政策;
- **parallel slogan**: a clause that is an enumeration (、) of two to five items of three to
  five characters that all begin with the same character, or of four-character items that all
  end with the same one, the shared character not a noun prefix (新, 大 …: lists of industries
  share those): 稳就业、稳企业、稳市场、稳预期, 做优增量、盘活存量;
- **verb 于 noun**: 投资于人, 让利于民 (a two-character verb, 于, a one-character noun standing
  alone);
- **enumeration item**: an item of a list joined by 、 (生物制造、氢能、脑机接口、具身智能等未来
  产业), 2 to 8 characters: the authors separate named things so; the first item is cut to the
  median length of the others, at a word boundary, the last ends before 等, 和, 及 or a
  function word;
- **verb object**: the complete object of a generic verb, up to the end of its clause (构建
  新型能源体系，);
- **compact concept**: a word of two or more characters the other report never uses, not a
  place or person name, followed by a policy head (耐心资本, 具身智能, 票根经济); or up to three
  words after a boundary (punctuation, a function word, a verb) then a head (全国统一大市场,
  新型政策性金融工具, 综治中心).

Each concept is cut to its core (:func:`concept_core`: leading verbs off, clauses ending in an
adjective dropped; a core that would start inside a word of its line is dropped: 旧换新政策 of
以旧换新政策) and kept only with evidence: it ends in a policy head or is used twice.

Whole clauses are never taken, nor phrases longer than :data:`MAX_STANCE` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain, compress, islice

from toolkit import segment
from toolkit.terms.corpus import ReportText
from toolkit.terms.discover import PARTICLES
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.salience import specificity
from toolkit.terms.text import skeleton, word_ends, word_starts

MAX_STANCE = 14
#: shortest enumeration item taken (two-character items are mostly plain words: 文旅, 康养)
MIN_ITEM = 3
#: longest object of a verb taken as a concept (常态化防止返贫致贫机制: 11)
MAX_OBJECT = 12
#: words before a policy head in a head-ended concept (全国/统一/大/市场: three), and its length
HEAD_WORDS = 3
MIN_CONCEPT = 4
MAX_CONCEPT = 10
#: characters shared by the items of noun lists, not of parallel slogans (新能源、新材料)
_NOUN_PREFIXES = frozenset("新大小高老全各总中国省市县区智数绿低高强特优")
_HAN = re.compile(r"[\u3400-\u9fff]+")
_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()“”‘’《》「」\s]+")
#: an enumeration item starting so is a count or a fragment, not a named thing
_ITEM_START = frozenset("的和与及或等一二三四五六七八九十百千万亿0123456789")
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})


@lru_cache(maxsize=65536)
def _is_han(token: str) -> bool:
    return bool(_HAN.fullmatch(token))


#: phrase → its cut without the HMM (:func:`_words`), emptied when it holds :data:`MAX_CUTS`
_CUTS: dict[str, tuple[str, ...]] = {}
MAX_CUTS = 16_384


def _words(phrase: str) -> tuple[str, ...]:
    """``phrase`` cut without the HMM, once per string: the rules cut the same short phrases
    (list items, clauses before a head) line after line, and the cut depends on the phrase
    alone (:func:`toolkit.segment.cut`)."""
    found = _CUTS.get(phrase)
    if found is None:
        found = tuple(segment.cut(phrase, hmm=False))
        _remember(phrase, found)
    return found


def _remember(phrase: str, words: tuple[str, ...]) -> None:
    if len(_CUTS) >= MAX_CUTS:
        _CUTS.clear()
    _CUTS[phrase] = words


def _cut_all(phrases: Iterable[str]) -> None:
    """Cut the phrases not cut yet, for :func:`_words`, the dictionary words they hold looked
    up once for all (:func:`toolkit.segment.cut_many`)."""
    todo = [p for p in dict.fromkeys(phrases) if p and p not in _CUTS]
    for phrase, words in zip(todo, segment.cut_many(todo, hmm=False), strict=True):
        _remember(phrase, tuple(words))


def modifier_phrases(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """更加积极的财政政策: a ``stance`` word, up to two more words, 的, up to three words the
    last of which ends in a ``head``."""
    if lexicon.stance.isdisjoint(tokens):
        return
    for i, token in enumerate(tokens):
        if token not in lexicon.stance:
            continue
        for k in range(i + 1, min(i + 4, len(tokens))):
            if tokens[k] != "的":
                if not _is_han(tokens[k]) or tokens[k] in lexicon.edge:
                    break
                continue
            for end in range(k + 1, min(k + 4, len(tokens))):
                if not _is_han(tokens[end]) or tokens[end] in lexicon.edge:
                    break
                text = "".join(tokens[i : end + 1])
                if len(text) > MAX_STANCE:
                    break
                if tokens[end].endswith(lexicon.heads):
                    yield text
            break


def parallel_slogans(
    line: str, tokens: Sequence[str] | None = None, starts: dict[int, int] | None = None
) -> Iterator[str]:
    """做优增量、盘活存量; 稳就业、稳企业、稳市场、稳预期 (see the module docstring); the first item
    may carry the words before the list (全力稳就业): it is cut where the shared part starts.
    Lists of dictionary words (真抓实干、埋头苦干: idioms) are old phrasing, not slogans. With
    ``tokens`` (the line's segmentation) a slogan must start on a word boundary (not 动自行车
    inside 电动自行车); ``starts`` is their :func:`~toolkit.terms.text.word_starts`, when the
    caller has it."""
    if "、" not in line:  # no list
        return
    cuts = None if tokens is None else starts if starts is not None else word_starts(tokens)
    for slogan in _parallel(line):
        if cuts is not None and line.find(slogan) not in cuts:
            continue
        items = slogan.split("、")
        if not all(segment.frequency(item) for item in items):
            yield slogan
            # 算电协同、算网协同: items that share their head as well are named couplings, each
            # cited on its own
            if len({item[-2:] for item in items}) == 1 and all(len(i) == 4 for i in items):
                yield from items


def _parallel(line: str) -> Iterator[str]:
    for clause in _CLAUSE.findall(line):
        if "、" not in clause:  # one item: no list
            continue
        items = clause.split("、")
        if len(items) < 2 or not all(_is_han(item) for item in items):
            continue
        for at_start in (True, False):
            yield from _runs(_trim_ends(items, at_start), at_start)


#: fewest items of a verb-object slogan (控增量、去库存、优供给: three)
MIN_VERB_ITEMS = 3


def verb_slogans(
    line: str, tokens: Sequence[str], starts: dict[int, int] | None = None
) -> Iterator[str]:
    """控增量、去库存、优供给: a run of :data:`MIN_VERB_ITEMS` to five three-character items of a
    、-list, each a one-character verb the segmenter leaves alone then a two-character word
    (控|增量, 去|库存), the verbs all different: a slogan of what to do, coined for the year
    (lists of things are dictionary words: 机器人、无人机). The first item is the last three
    characters before the first 、 when they are such a verb and word, or start a word of
    ``tokens`` (因城施策|控增量; ``starts``: their :func:`~toolkit.terms.text.word_starts`, when
    the caller has it)."""
    if "、" not in line:  # no list
        return
    cuts = starts
    for match in _CLAUSE.finditer(line):
        items = match.group().split("、")
        if len(items) < MIN_VERB_ITEMS or not _three_of_three(items):
            continue  # no run of three items of three characters
        if not all(_is_han(item) for item in items):
            continue
        if cuts is None:
            cuts = word_starts(tokens)
        before = _words(items[0])
        if len(before) >= 2 and [len(w) for w in before[-2:]] == [1, 2]:
            items[0] = items[0][-3:]  # 因城施策|控增量: the words before the list cut
        elif match.start() + len(items[0]) - 3 not in cuts:
            continue
        run: list[str] = []
        for item in [*items, ""]:
            shaped = len(item) == 3 and [len(w) for w in _words(item)] == [1, 2]
            if shaped and item[0] not in {r[0] for r in run}:
                run.append(item)
                continue
            if MIN_VERB_ITEMS <= len(run) <= 5:
                yield "、".join(run)
            run = [item] if shaped else []


def verb_pairs(
    line: str, tokens: Sequence[str], lexicon: Lexicon, starts: dict[int, int] | None = None
) -> Iterator[str]:
    """扩大内需、优化供给: a 、-list that is a whole clause of two or three four-character items,
    each a two-character verb then a two-character word, no word shared between them: what to
    do, coined as a pair of tasks (the first item may carry words before it, 坚持|扩大内需, cut
    where a word of ``tokens`` starts; ``starts``: their :func:`word_starts`, when the caller
    has it). An object that is a generic word (深入基层、服务群众) makes it old phrasing."""
    if "、" not in line:
        return
    cuts = starts
    for match in _CLAUSE.finditer(line):
        items = match.group().split("、")
        if not 2 <= len(items) <= 3 or any(len(item) != 4 for item in items[1:]):
            continue
        if len(items[0]) < 4 or not all(_is_han(item) for item in items):
            continue
        if len(items[0]) > 4:
            if cuts is None:
                cuts = word_starts(tokens)
            if match.start() + len(items[0]) - 4 not in cuts:
                continue
            items[0] = items[0][-4:]
        words = [_words(item) for item in items]
        if not all(len(w) == 2 and len(w[0]) == 2 and _verbal(w[0]) for w in words):
            continue
        if any(w[1] in lexicon.generic or w[1] in lexicon.edge for w in words):
            continue
        if len({w[0] for w in words}) == len(words) == len({w[1] for w in words}):
            yield "、".join(items)


def _three_of_three(items: list[str]) -> bool:
    """Whether ``items`` (a list's, the first perhaps to be cut to three characters) hold
    :data:`MIN_VERB_ITEMS` consecutive items of three characters, the first counted as one:
    what every slogan of :func:`verb_slogans` is made of."""
    run = 1
    for item in islice(items, 1, None):
        run = run + 1 if len(item) == 3 else 0
        if run >= MIN_VERB_ITEMS:
            return True
    return False


def shared_heads(
    line: str, tokens: Sequence[str], starts: dict[int, int] | None = None
) -> Iterator[str]:
    """The items of a list of four-character items that share their last two characters (a
    head, a dictionary noun) and differ in their first two: 分解谬误、合成谬误, 银发经济、夜间
    经济: named kinds of one thing, each cited on its own. The first item may carry the words
    before the list (防止分解谬误: cut at a word boundary); dictionary words are left out (old
    wording; ``starts``: the :func:`~toolkit.terms.text.word_starts` of ``tokens``, when the
    caller has it)."""
    if "、" not in line:  # no list
        return
    cuts = starts
    for match in _CLAUSE.finditer(line):
        clause = match.group()
        if "、" not in clause:  # one item: no list
            continue
        items = clause.split("、")
        if not all(_is_han(item) for item in items):
            continue
        if cuts is None:
            cuts = word_starts(tokens)
        first = items[0][-4:]
        if match.start() + len(items[0]) - 4 not in cuts:
            continue
        run = [first, *items[1:]]
        if not all(len(item) == 4 for item in run):
            continue
        heads = {item[-2:] for item in run}
        if len(heads) == 1 and len({item[:2] for item in run}) == len(run):
            if segment.tag(run[0][-2:]) != "n":  # 干在一起、想在一起, 开工一批: not a head
                continue
            yield from (item for item in run if not segment.frequency(item))


def _trim_ends(items: list[str], at_start: bool) -> list[str]:
    """The list with its first item cut to the shape of the next one (the words before the
    list stay out (全力稳就业 → 稳就业, 坚持做优增量 → 做优增量)); in a list of 化 items, the
    last too, where it ends like the one before (融合化方向 → 融合化)."""
    head, second = items[0], items[1]
    if at_start and second[0] in head and head[0] != second[0]:
        head = head[head.rfind(second[0]) :]
    elif not at_start and len(head) > len(second) and head[-1] == second[-1]:
        # 推动产业向高端化 → 高端化, 坚持为人民出政绩 → 为人民出政绩: as long as the next item
        head = head[-max(len(second), 3) :]
    items = [head, *items[1:]]
    last, before = items[-1], items[-2]
    if not at_start and before[-1] == "化" and last[-1] != "化" and "化" in last[2:]:
        # 融合化方向: the words after a list of 化 items stay out, as those before it do (not
        # after other lists: 现代农业、海洋渔业等重点领域 names industries)
        items[-1] = last[: last.index("化", 2) + 1]
    return items


def _runs(items: list[str], at_start: bool) -> Iterator[str]:
    """Runs of two to five consecutive items sharing their first character (three to five
    characters each) or their last (four characters each, or three ending in 化), or of five to
    seven characters of one length sharing their last three."""

    def fits(item: str) -> bool:
        if at_start:
            return 3 <= len(item) <= 5
        # 智能化、绿色化、融合化: three characters ending in 化; 为人民出政绩、以实干出政绩
        return len(item) == 4 or (len(item) == 3 and item[-1] == "化") or 5 <= len(item) <= 7

    def key(item: str) -> str:
        return item[0] if at_start else item[-1]

    def joins(item: str, last: str) -> bool:
        if at_start:  # 稳就业、稳企业: the first character only (零碳园区、零碳社区 share two)
            return item[0] == last[0] and item[1] != last[1]
        if len(item) != len(last) or item[0] == last[0]:
            return False
        if len(item) >= 5:  # the same verb and object after different means: 以实干出政绩
            # (not a place's name: 杭州都市圈、宁波都市圈)
            verb = item[-3] == "的" or segment.tag(item[-3])[:1] in ("v", "p")
            return verb and item[-3:] == last[-3:] and item[-4] != last[-4]
        # 做优增量、盘活存量: only the last character shared (银发经济、夜间经济 share 经济, and
        # 零碳园区、零碳社区 their start: lists of things)
        return item[-1] == last[-1] and item[-2] != last[-2]

    run: list[str] = []
    for item in [*items, ""]:
        if item and run and fits(item) and joins(item, run[-1]):
            run.append(item)
            continue
        if 2 <= len(run) <= 5 and key(run[0]) not in _NOUN_PREFIXES:
            yield "、".join(run)
        run = [item] if item and fits(item) else []


_ITEM_END = frozenset("等和及与或")


#: a middle item of a list (:func:`enumeration_items`): 3 to 8 word characters between two 、
_MIDDLE_ITEM = re.compile(r"、(?:[^\W_]|[\u3400-\u9fff]){3,8}、")


def enumeration_items(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """The items of the 、-lists of one line (see the module docstring)."""
    if tokens.count("、") < 2:  # no list of three items or more
        return
    # every list taken has a middle item of MIN_ITEM to 8 characters, of words of Chinese
    # characters or letters and digits (str.isalnum: what [^\W_] matches) between two 、
    if not _MIDDLE_ITEM.search("".join(tokens)):
        return
    pieces: list[list[str]] = [[]]
    for token in [*tokens, "。"]:
        if token == "、":
            pieces.append([])
        elif _is_han(token) or token.isalnum():
            pieces[-1].append(token)
        else:
            if len(pieces) >= 3:
                yield from _items(pieces, lexicon)
            pieces = [[]]


def _items(pieces: list[list[str]], lexicon: Lexicon) -> Iterator[str]:
    middle = ["".join(p) for p in pieces[1:-1]]
    if not all(MIN_ITEM <= len(m) <= 8 for m in middle):
        return
    yield from middle
    size = sorted(len(m) for m in middle)[len(middle) // 2]
    first, taken = pieces[0], 0
    for k in range(len(first) - 1, -1, -1):
        taken += len(first[k])
        if taken >= max(size, MIN_ITEM):
            if first[k] not in lexicon.edge and taken <= 8:
                yield "".join(first[k:])
            break
    last: list[str] = []
    for token in pieces[-1]:
        if token in _ITEM_END or token in lexicon.edge:
            break
        last.append(token)
    if MIN_ITEM <= len("".join(last)) <= 8:
        yield "".join(last)


#: the heads of a list of named industries or policies (…、具身智能等未来产业, …等政策)
_INDUSTRY = ("产业", "政策")
#: a two-character item of such a list rarer than this in the dictionary is taken (氢能 14)
RARE_ITEM = 20


def industry_items(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """The items of a list of industries or policies, closed by 等 and words ending in 产业 or
    政策 (加快发展智能体、应用服务、智能终端等人工智能核心产业; 生物制造、氢能、脑机接口、具身
    智能等未来产业; 育儿补贴、学前一年免费教育等政策): each names an industry or a policy. The
    first item starts after the list's verb (发展|智能体) and is at most as long as the median
    of the others (培育壮大|工业设计); two-character items are taken when the dictionary hardly
    knows them (氢能)."""
    if "等" not in tokens:
        return
    # each 等 (found by a loop in C), then the list before it: the words of Chinese
    # characters and the 、 back to the first other word or 等
    for i in compress(range(len(tokens)), map("等".__eq__, tokens)):
        after = ("".join(tokens[i + 1 : i + 1 + k]) for k in range(1, 4))
        if not any(words.endswith(_INDUSTRY) for words in after):
            continue
        start = i
        while start > 0 and tokens[start - 1] != "等" and _listed(tokens[start - 1]):
            start -= 1
        pieces = "".join(tokens[start:i]).split("、")
        if len(pieces) < 2:
            continue
        *rest, last = pieces
        sizes = sorted(len(p) for p in (*rest[1:], last))
        longest = max(sizes[len(sizes) // 2], MIN_ITEM)
        kept: list[str] = []
        for word in reversed(_words(rest[0])):
            if word in lexicon.edge or _verbal(word) or len(word) + sum(map(len, kept)) > longest:
                break
            kept.insert(0, word)
        for item in ("".join(kept), *(_unled(p, lexicon) for p in (*rest[1:], last))):
            if MIN_ITEM <= len(item) <= 8 or (
                len(item) == 2 and segment.frequency(item) < RARE_ITEM
            ):
                yield item


def _listed(token: str) -> bool:
    return token == "、" or _is_han(token)


def _unled(item: str, lexicon: Lexicon) -> str:
    """A list item without the verbs and adverbs leading it (发放|育儿补贴, 逐步|推行|免费学前
    教育): a list of policies names them by what is done."""
    words = _words(item)
    while (
        len(words) > 1
        and words[1][0] not in _ITEM_START  # not 学前|一年免费教育: a count is no name
        and (words[0] in lexicon.edge or _verbal(words[0]) or segment.tag(words[0]) == "d")
    ):
        words = words[1:]
    return "".join(words)


def verb_objects(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """新型能源体系 in 构建新型能源体系，: the words after a generic verb (an ``edge`` word of two
    or more characters, or a ``generic`` one the dictionary tags a verb: 用好, 增强) up to the end
    of the clause, when they are 4 to :data:`MAX_OBJECT` characters and hold no function or
    generic word: a complete object, named as a thing."""
    # the verbs, found by a loop in C: the test runs on every word of a report
    verbs = _object_verbs(lexicon.edge, lexicon.generic)
    for i in compress(range(len(tokens)), map(verbs.__contains__, tokens)):
        words: list[str] = []
        for after in islice(tokens, i + 1, None):
            if not _is_han(after) or after in lexicon.edge or after in _ITEM_END:
                break
            words.append(after)
        end = i + 1 + len(words)
        closed = end == len(tokens) or not _is_han(tokens[end]) or tokens[end] in _ITEM_END
        object_ = "".join(words)
        if closed and len(words) >= 2 and 4 <= len(object_) <= MAX_OBJECT:
            yield object_


@lru_cache(maxsize=8)
def _object_verbs(edge: frozenset[str], generic: frozenset[str]) -> frozenset[str]:
    """The words :func:`verb_objects` takes the object of: ``edge`` words of two or more
    characters and the ``generic`` words the dictionary tags verbs."""
    return frozenset(w for w in edge if len(w) >= 2) | frozenset(
        w for w in generic if len(w) >= 2 and segment.tag(w) == "v"
    )


def _generic_verb(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.generic and segment.tag(word) == "v"


#: words saying how two things of a pair stand to each other (居民收入增长和经济增长同步)
_RELATIONS = (
    "良性互动",
    "协调发展",
    "相结合",
    "相统一",
    "相协调",
    "相适应",
    "双提升",
    "同步",
    "并重",
)
_RELATION = re.compile(
    rf"([^，。；：、,;:!?！？“”‘’（）()《》\s]{{4,18}}?)(?:{'|'.join(_RELATIONS)})"
)
_RELATION_WORD = re.compile("|".join(_RELATIONS))
#: longest paired stance phrase (居民收入增长和经济增长同步: 13)
MAX_PAIR = 18


def relation_pairs(line: str, lexicon: Lexicon) -> Iterator[str]:
    """居民收入增长和经济增长同步, 有效市场和有为政府相结合, 高质量发展和高水平安全良性互动: two
    things joined by 和 or 与, then a word of how they stand to each other (同步, 相结合, 并重,
    良性互动 …), the leading generic verbs cut (坚持, 促进), each side at least two characters,
    the whole at most :data:`MAX_PAIR`: the shape of a paired stance formula."""
    if not _RELATION_WORD.search(line):  # the pattern's lazy run is tried at every character
        return
    for match in _RELATION.finditer(line):
        words = _words(match.group(1))
        while words and (words[0] in lexicon.edge or _generic_verb(words[0], lexicon)):
            words = words[1:]
        joiners = [k for k, w in enumerate(words) if w in _PAIR_JOINERS]
        if len(joiners) != 1 or not words:
            continue
        left, right = "".join(words[: joiners[0]]), "".join(words[joiners[0] + 1 :])
        phrase = "".join(words) + line[match.end(1) : match.end()]
        if len(left) >= 2 and len(right) >= 2 and len(phrase) <= MAX_PAIR and _is_han(phrase):
            yield phrase


#: verbs that state a principle: their complete short object is a stance (坚持良田粮用，)
_PRINCIPLE_VERBS = frozenset({"坚持", "秉持", "恪守", "遵循"})
#: longest principle taken (民生投入只增不减: 8)
MAX_PRINCIPLE = 8


def principles(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """良田粮用 in 坚持良田粮用，: the whole clause after a verb of principle (坚持, 秉持 …) when
    it is 4 to :data:`MAX_PRINCIPLE` Chinese characters, its first word no function or generic
    word, and it is not a dictionary word (坚持|凝心聚力: an idiom, not this year's wording)."""
    if _PRINCIPLE_VERBS.isdisjoint(tokens):
        return
    for i, token in enumerate(tokens):
        if token not in _PRINCIPLE_VERBS:
            continue
        words: list[str] = []
        for after in islice(tokens, i + 1, None):
            if not _is_han(after):
                break
            words.append(after)
        phrase = "".join(words)
        if (
            words
            and MIN_CONCEPT <= len(phrase) <= MAX_PRINCIPLE
            and words[0] not in lexicon.edge
            and not segment.frequency(phrase)
        ):
            yield phrase


#: the characters of each of the two items of a paired principle (稳中求进、提质增效)
PAIRED_PRINCIPLE = 4


def paired_principles(line: str, lexicon: Lexicon) -> Iterator[str]:
    """稳中求进、提质增效 in 坚持稳中求进、提质增效，: a verb of principle, then a clause of two
    items of :data:`PAIRED_PRINCIPLE` Chinese characters joined by 、: the year's principle
    stated as a pair (生态优先、绿色发展, 藏粮于地、藏粮于技), each item often an old idiom, the
    pair this year's wording. Not when the first item starts with a function or generic word,
    nor a longer list."""
    for match in _PAIRED.finditer(line):
        first, second = match.group(1), match.group(2)
        words = _words(first)
        if words[0] not in lexicon.edge:
            yield f"{first}、{second}"


_PAIRED = re.compile(
    rf"(?:{'|'.join(sorted(_PRINCIPLE_VERBS))})([\u3400-\u9fff]{{{PAIRED_PRINCIPLE}}})"
    rf"、([\u3400-\u9fff]{{{PAIRED_PRINCIPLE}}})(?=[，。；！？,;]|$)"
)


#: X观: a view to hold (政绩观, 安全观, 婚育观), not 景观, 宏观, 观察, 观念 (the 观 of other words)
_VIEW = re.compile(r"(?<=[\u3400-\u9fff])([\u3400-\u9fff]{2})观(?![\u3400-\u9fff])")


def views(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """正确政绩观, 总体国家安全观, 积极婚育观: a view the report tells people to hold, a
    dictionary word then 观 closing the phrase, with the word before it when that is no
    particle or verb (正确|政绩观, 大|农业观; 提高|大局观 → 大局观): how a stance on conduct is
    named. The word before 观 must be one of the dictionary's (not 景观 in 文化景观, 宏观)."""
    line = "".join(tokens)
    if "观" not in line:
        return
    ends = word_ends(tokens)
    for match in _VIEW.finditer(line):
        if not segment.frequency(match.group(1)) or match.start(1) not in ends:
            continue
        phrase = match.group(1) + "观"
        before = tokens[ends[match.start(1)]]
        if _is_han(before) and before not in _PARTICLE and not _verbal(before):
            phrase = before + phrase
        if len(phrase) <= MAX_PRINCIPLE:
            yield phrase


def stance_verbs(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """投资于人: a two-character verb, 于, a one-character noun that stands alone (让利于民),
    before punctuation, a function word, a noun it qualifies (投资于人|力度) or the predicate
    of a pair (投资于物和投资于人|紧密结合, 相结合: an idiom, verb or adverb of two or more
    characters): the shape of a stance formula. Dictionary words ending in 于 (用于, 高于) are
    one token."""
    if "于" not in tokens:
        return
    for j in range(1, len(tokens) - 1):
        if tokens[j] != "于":
            continue
        i = j - 1
        verb, middle, noun = tokens[i : i + 3]
        after = tokens[i + 3] if i + 3 < len(tokens) else "。"
        if (
            len(verb) == 2
            and _is_han(verb)
            and len(noun) == 1
            and _is_han(noun)
            and (
                not _is_han(after)
                or after in lexicon.edge
                or _measure_noun(after, lexicon)
                or segment.tag(after) in _PREDICATE_START
            )
        ):
            yield verb + middle + noun


#: tags of a word that opens the predicate after a stance phrase (紧密结合 i, 相 v, 更加 d)
_PREDICATE_START = frozenset({"i", "l", "v", "d"})


def _measure_noun(word: str, lexicon: Lexicon) -> bool:
    """A noun of two or more characters that the phrase before it qualifies (投资于人|力度):
    a generic word or a dictionary noun."""
    return len(word) >= 2 and (word in lexicon.generic or segment.tag(word) == "n")


#: the joiners of a parallel pair (有效市场与有为政府)
_PAIR_JOINERS = frozenset("与和")


def parallel_pairs(
    tokens: Sequence[str], lexicon: Lexicon, starts: dict[int, int] | None = None
) -> Iterator[str]:
    """有效市场与有为政府: two phrases of four or five Chinese characters joined by 与 or 和, the
    first starting and the second ending on a word boundary, sharing their first character but
    not their second nor their last, the shared one no noun prefix (新能源和新材料 is a list of
    things), neither starting nor ending with a function or generic word nor inside a longer
    noun phrase (a noun before or after): the shape of a paired stance formula. (``starts``:
    the :func:`~toolkit.terms.text.word_starts` of ``tokens``, when the caller has it.)"""
    if _PAIR_JOINERS.isdisjoint(tokens):
        return
    line = "".join(tokens)
    if starts is None:
        starts = word_starts(tokens)
    ends = word_ends(tokens)
    offsets = list(accumulate(map(len, tokens), initial=0))
    # the joiners, found by a loop in C (a joiner, one character, is the last word starting
    # where it does: the word of ``starts`` there)
    for k in compress(range(len(tokens)), map(_PAIR_JOINERS.__contains__, tokens)):
        joiner, at = tokens[k], offsets[k]
        for size in (4, 5):
            a, b = line[at - size : at], line[at + 1 : at + 1 + size]
            if at - size not in starts or at + 1 + size not in ends or len(b) < size:
                continue
            if not (_is_han(a) and _is_han(b)):
                continue
            first, last = starts[at - size], ends[at + 1 + size]
            if tokens[first] in lexicon.edge or tokens[last] in lexicon.edge:
                continue
            # not parts of longer noun phrases (财政|政策效益和政府治理|效能双提升)
            before = tokens[first - 1] if first > 0 else ""
            after = tokens[last + 1] if last + 1 < len(tokens) else ""
            if segment.tag(before) == "n" or (
                segment.tag(after) == "n" and after not in lexicon.generic
            ):
                continue
            if a[0] == b[0] and a[0] not in _NOUN_PREFIXES and a[1] != b[1] and a[-1] != b[-1]:
                yield f"{a}{joiner}{b}"


def compact_concepts(
    tokens: Sequence[str], novel: set[str], lexicon: Lexicon, tag: dict[str, str]
) -> Iterator[str]:
    """耐心资本, 具身智能: a ``novel`` word then a policy head (a verb then a field, 撬动社会|资本,
    is no name: ``lexicon.fields``); and 全国统一大市场, 碳排放预算,
    零碳工厂: up to :data:`HEAD_WORDS` words (no function word, the first no verb) then a
    policy head, :data:`MIN_CONCEPT` to :data:`MAX_CONCEPT` characters (whether the phrase is
    new is decided by the caller)."""
    # the words the rules start from, found by loops in C: the tests run on every word
    heads = _long_heads(lexicon.head_words)
    for i in compress(range(len(tokens) - 1), map(novel.__contains__, tokens)):
        token, after = tokens[i], tokens[i + 1]
        if tag.get(token, "") in _NAME_TAGS:
            continue
        if after in heads and not (after in lexicon.fields and _verb(token)):
            yield token + after
    for end in compress(range(len(tokens)), map(heads.__contains__, tokens)):
        if _modifies_next(tokens, end, lexicon):
            continue
        phrase = _head_phrase(tokens, end, lexicon)
        if phrase:
            yield phrase


@lru_cache(maxsize=8)
def _long_heads(heads: frozenset[str]) -> frozenset[str]:
    """The policy heads of two or more characters."""
    return frozenset(h for h in heads if len(h) >= 2)


def _modifies_next(tokens: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """Whether the head ``tokens[end]`` qualifies the noun after it rather than ending a name
    (国家生态|文明试验区, 社会信用|体系): a dictionary noun follows that is no generic word or is
    a head itself, no verbal noun (碳排放预算|管理: the activity done on the named thing) and no
    word the dictionary lacks."""
    after = tokens[end + 1] if end + 1 < len(tokens) else ""
    return (
        _is_han(after)
        and after not in lexicon.edge
        and _noun_tag(segment.tag(after))
        # a generic noun names no more (养老服务消费补贴|项目, 碳排放预算|管理制度), unless it
        # is a head itself
        # (社会信用|体系: the longer phrase is the concept)
        and (specificity(after, lexicon) > 0 or after in lexicon.head_words)
        and not after.endswith("化")  # 综合治理中心|规范化建设: what is done to the name
    )


def _noun_tag(tag: str) -> bool:
    """A dictionary tag of a noun a head may qualify (信用 n, 文明 nr, 国家级 b), not of a
    verbal noun (管理 vn)."""
    return tag.startswith("n") or tag == "b"


def _head_phrase(tokens: Sequence[str], end: int, lexicon: Lexicon) -> str:
    """The longest run of up to :data:`HEAD_WORDS` words before ``tokens[end]`` (a head) that
    starts after a boundary (punctuation, a function word or a verb) or uses up the words, at
    most :data:`MAX_CONCEPT` characters, at least :data:`MIN_CONCEPT`; "" for none. Before the
    head of a programme (工程, 行动, 计划), two-character verbs right before it are part of the
    name (康复护理扩容提升工程: what the programme does), not a boundary."""
    best, size = "", len(tokens[end])
    # a programme's name says what it does to its object: 康复护理|扩容提升|工程, 强基|工程
    actions = tokens[end] in _PROGRAMMES
    for start in range(end - 1, max(-1, end - 1 - HEAD_WORDS), -1):
        word = tokens[start]
        if actions and len(word) == 2 and _is_han(word) and (_verb(word) or word in lexicon.edge):
            size += len(word)  # part of the name, which starts at the object before it
            continue
        actions = False
        if not _is_han(word) or word in lexicon.edge or word in _ITEM_END:
            break
        # a verb ends the run (推行|碳排放预算), unless it stands inside a compound, right after
        # a one-character noun (碳|排放|预算, 水|污染|防治)
        inside = _verb(word)
        if inside and not (start > 0 and _bound_noun(tokens[start - 1], lexicon)):
            # 组建|创新联合体: after a verb, a generic word names the kind of a head of three
            # or more characters (联合体, 共同体, 示范区)
            if (
                start == end - 1
                and word in lexicon.generic
                and len(tokens[end]) >= 3
                and start > 0
                and _verb(tokens[start - 1])
            ):
                best = "".join(tokens[start : end + 1])
            break
        size += len(word)
        if size > MAX_CONCEPT:
            return ""
        if size >= MIN_CONCEPT and word[0] not in _ITEM_START and not inside:
            best = "".join(tokens[start : end + 1])
    return best


#: heads of programmes, whose names hold the verbs of what they do (扩容提升工程, 焕新行动)
_PROGRAMMES = frozenset({"工程", "行动", "计划"})


def _bound_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word``, right before a verb, makes the verb part of a compound noun (碳 in
    碳排放): one Chinese character, not a function word."""
    return len(word) == 1 and _is_han(word) and word not in lexicon.edge and word not in _PARTICLE


_PARTICLE = PARTICLES | frozenset("也都又还就之其")


def stance_phrases(
    text: ReportText, tokenized: Sequence[Sequence[str]], other: ReportText, lexicon: Lexicon
) -> list[tuple[str, str]]:
    """(phrase, shape) of every stance phrase ("stance") and compact concept ("concept") of
    ``text`` that ``other`` never uses; ``tokenized`` is ``text``'s segmentation by line."""
    # each word once (a set made in C), then tested
    words = {
        t
        for t in set(chain.from_iterable(tokenized))
        if len(t) >= 2 and _is_han(t) and t not in lexicon.edge and t not in lexicon.generic
    }
    novel = words - other.present(words)
    tags = {w: segment.tag(w) for w in novel}
    found: dict[str, str] = {}
    # concepts whose shape is their evidence (piloted schemes, coined 化 words)
    evident: set[str] = set()
    # a concept → the line it was first found on, whose segmentation says where its words start
    seen_on: dict[str, int] = {}
    for index, (item, tokens) in enumerate(zip(text.lines, tokenized, strict=True)):
        for phrase in modifier_phrases(tokens, lexicon):
            found.setdefault(phrase, "stance")
        # the word starts, for the rules that ask them, made once for the line
        starts = (
            word_starts(tokens)
            if "、" in item.text or not _PAIR_JOINERS.isdisjoint(tokens)
            else None
        )
        for phrase in (
            *parallel_slogans(item.text, tokens, starts),
            *verb_slogans(item.text, tokens, starts),
            *verb_pairs(item.text, tokens, lexicon, starts),
            *views(tokens, lexicon),
            *stance_verbs(tokens, lexicon),
            *parallel_pairs(tokens, lexicon, starts),
            *relation_pairs(item.text, lexicon),
            *principles(tokens, lexicon),
            *paired_principles(item.text, lexicon),
        ):
            found.setdefault(phrase, "stance")
        for phrase in compact_concepts(tokens, novel, lexicon, tags):
            found.setdefault(phrase, "concept")
            seen_on.setdefault(phrase, index)
        for phrase in (
            *piloted_schemes(tokens, lexicon),
            *shared_heads(item.text, tokens, starts),
            *industry_items(tokens, lexicon),
            *study_campaigns(tokens, lexicon),
        ):
            found.setdefault(phrase, "scheme")
        for phrase, shape in integrations(tokens, lexicon):
            found.setdefault(phrase, shape)
        for phrase in (*enumeration_items(tokens, lexicon), *verb_objects(tokens, lexicon)):
            if phrase[0] not in _ITEM_START:
                found.setdefault(phrase, "concept")
                seen_on.setdefault(phrase, index)
    for word in sorted(novel):
        if _coined_nominal(word):
            found.setdefault(word, "scheme")
    trimmed: dict[str, str] = {}
    _cut_all(phrase for phrase, shape in found.items() if shape == "concept")
    for phrase, shape in found.items():
        if shape == "concept":
            core = concept_core(phrase, lexicon)
            at = seen_on[phrase]
            if core != phrase and _inside_word(phrase, core, text.lines[at].text, tokenized[at]):
                core = ""
            phrase = core
        elif shape == "scheme":
            evident.add(phrase)
            shape = "concept"
        if phrase:
            trimmed.setdefault(phrase, shape)
    used = other.present(skeleton(p) for p in trimmed)
    fresh = {p: shape for p, shape in trimmed.items() if skeleton(p) not in used}
    text.count_all(skeleton(p) for p, shape in fresh.items() if shape == "concept")
    return [
        (p, shape)
        for p, shape in fresh.items()
        if shape != "concept"
        or (not _plain_pair(p, lexicon) and (p in evident or _has_evidence(p, text, lexicon)))
    ]


def _inside_word(phrase: str, core: str, line: str, tokens: Sequence[str]) -> bool:
    """Whether ``core``, the end of ``phrase`` left when :func:`concept_core` cut its leading
    words, starts inside a word of the line the phrase was found on: cut alone, 以旧换新政策
    gives 以|旧|换新 and 个税抵扣 gives 个|税, and the function word cut off is the start of
    the report's word (以旧, 个税), leaving a fragment (旧换新政策, 税抵扣)."""
    at = line.find(phrase)
    return at >= 0 and at + len(phrase) - len(core) not in word_starts(tokens)


def _plain_pair(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a concept is two generic words (城市治理, 政策措施, 有效市场): plain wording the
    older report happened not to use, never a coined term (a named one holds a word of its own,
    or three: 现代化人民城市)."""
    words = _words(phrase)
    return len(words) == 2 and all(w in lexicon.generic for w in words)


#: 一体 (化): what a policy integrates stands before it (教育科技人才一体发展)
_TOGETHER = frozenset({"一体", "一体化"})
#: the verbal nouns after 一体 that are part of an integration policy's name (一体化保护)
_TOGETHER_ACTS = frozenset({"发展", "推进", "建设", "改革", "保护", "融合", "运行", "管理"})
#: the most characters of the things integrated (山水林田湖草沙: 7)
MAX_TOGETHER = 8


def integrations(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[tuple[str, str]]:
    """(phrase, shape) of the integration policies of one line: the things integrated, then 一体
    or 一体化 and the verbal noun of what is done when one follows (发展, 保护 …): 教育科技人才
    一体发展, 托幼一体化发展, 源网荷储一体化 ("scheme": the shape is the evidence). The things
    are the words right before 一体, back to a verb, a function word or punctuation, two to
    :data:`MAX_TOGETHER` characters in two or more words, not all generic words (全省一体化: a
    scope, not a thing), nor starting inside a word (内|外贸) nor 化 words (数智化新质化一体化:
    processes); 一体 without such a verbal noun after it is an adverb (一体谋划), and 一体化
    before a noun qualifies it (一体化算力网络): neither is taken.
    A 、-list of three or more items of two or three characters before it (促进兴业、强县、
    富民一体发展) is a stance phrase: the list is what is cited; a shorter or longer list's last
    item is no policy (城乡基础设施、公共服务一体化), and none is taken."""
    if _TOGETHER.isdisjoint(tokens):
        return
    for j, token in enumerate(tokens):
        if token not in _TOGETHER:
            continue
        k = j
        while k > 0 and _together_word(tokens[k - 1], lexicon):
            k -= 1
        things = "".join(tokens[k:j])
        if k > 0 and tokens[k - 1] == "、":
            items = _list_before(tokens, j, lexicon)
            if len(items) >= 3 and all(2 <= len(item) <= 3 for item in items):
                yield "、".join(items), "stance"
            continue
        before = tokens[k - 1] if k > 0 else ""
        if len(before) == 1 and _is_han(before) and before not in _PARTICLE:
            continue  # 内|外贸一体化: the things start inside a word
        after = tokens[j + 1] if j + 1 < len(tokens) else ""
        act = after if after in _TOGETHER_ACTS else ""
        if (
            j - k >= 2
            and 2 <= len(things) <= MAX_TOGETHER
            and not things.endswith("化")  # 数智化新质化一体化: processes, not things
            and specificity(things, lexicon) > 0
            # 一体谋划: 一体 alone is "together", an adverb; 一体化平台: it qualifies a noun
            and (act or (token == "一体化" and not _is_han(after)))
        ):
            yield things + token + act, "scheme"


def _together_word(word: str, lexicon: Lexicon) -> bool:
    return _is_han(word) and word not in lexicon.edge and not _verb(word)


def _list_before(tokens: Sequence[str], end: int, lexicon: Lexicon) -> list[str]:
    """The items of the 、-list ending right before ``tokens[end]``, the first one starting
    after the verb or function word before it."""
    items: list[str] = [""]
    k = end - 1
    while k >= 0 and (tokens[k] == "、" or _together_word(tokens[k], lexicon)):
        if tokens[k] == "、":
            items.insert(0, "")
        else:
            items[0] = tokens[k] + items[0]
        k -= 1
    return items


#: the words that end the name of a Party study campaign (党史学习教育, 党纪学习教育)
_CAMPAIGN = ("学习", "教育")
#: the most characters before them (中央八项规定精神: 8)
MAX_CAMPAIGN = 10


def study_campaigns(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """党史学习教育, 中央八项规定精神学习教育: the subject of a study campaign, the words right
    before 学习教育 back to a verb, a function word or punctuation (深入贯彻|中央八项规定精神
    学习教育), two to :data:`MAX_CAMPAIGN` characters: how the genre names each year's Party
    campaign. A verb right before it (开展|学习教育) names none."""
    if _CAMPAIGN[0] not in tokens:
        return
    for j in range(1, len(tokens) - 1):
        if (tokens[j], tokens[j + 1]) != _CAMPAIGN:
            continue
        k = j
        while k > 0 and _together_word(tokens[k - 1], lexicon):
            k -= 1
        subject = "".join(tokens[k:j])
        if 2 <= len(subject) <= MAX_CAMPAIGN and specificity(subject, lexicon) > 0:
            yield subject + "".join(_CAMPAIGN)


#: the word after the name of a scheme being piloted (开展水预算管理试点)
_PILOT = "试点"
#: longest name of a piloted scheme (第二轮土地承包到期后再延长30年: 16)
MAX_SCHEME = 16


def piloted_schemes(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """The scheme a report pilots: the words between a generic verb and 试点 (争取国家数据产权
    登记试点 → 数据产权登记, 推进第二轮土地承包到期后再延长30年试点 → 第二轮土地承包到期后再
    延长30年), generic words at either end dropped (国家, 全省; 综合) and the scope before
    试点 (整省, 整县), :data:`MIN_CONCEPT` to
    :data:`MAX_SCHEME` characters: a pilot names the policy it tries out."""
    if _PILOT not in tokens:
        return
    for j, token in enumerate(tokens):
        if token != _PILOT:
            continue
        k = j - 1
        while k >= 0 and _CLAUSE.fullmatch(tokens[k]) and not _opens_object(tokens[k], lexicon):
            k -= 1
        if k < 0 or not _opens_object(tokens[k], lexicon):
            continue
        words = list(tokens[k + 1 : j])
        while words and words[0] in lexicon.generic:
            words.pop(0)
        while words and (words[-1] in lexicon.generic or _SCOPE.fullmatch(words[-1])):
            words.pop()
        name = "".join(words)
        if (
            MIN_CONCEPT <= len(name) <= MAX_SCHEME
            and _is_han(name[0])
            and _is_han(name[-1])
            and not _COUNTED.search(name)
        ):
            yield name


#: the scope of a pilot, not part of its name (整省试点, 整县推进)
_SCOPE = re.compile(r"整[省市县区乡镇村]")
#: a count of pilots (首批9个城乡融合试点), not the name of one
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百]+个")


def _coined_nominal(word: str) -> bool:
    """A 化 nominalisation the dictionary does not know (非粮化, 数智化): a coined word for a
    process a policy drives or stops, not a generic one (现代化, 一体化 are dictionary words)."""
    return len(word) >= 3 and word.endswith("化") and _is_han(word) and not segment.frequency(word)


def _opens_object(word: str, lexicon: Lexicon) -> bool:
    """A generic verb that takes a scheme as its object (开展, 推进, 争取)."""
    return len(word) >= 2 and (word in lexicon.edge or _generic_verb(word, lexicon))


def _has_evidence(phrase: str, text: ReportText, lexicon: Lexicon) -> bool:
    """Whether a concept new to the other report reads as a named thing rather than a new
    combination of words: it ends in a policy head (碳排放预算, 综治中心) or is used more than
    once. (A phrase used once without a head is seldom a term: of the 475 such on the three
    benchmark pairs, 3 were truth terms.)"""
    return (
        phrase.endswith(lexicon.heads)
        or text.count(skeleton(phrase)) >= 2
        or _law_title(phrase)
        or bool(_ACRONYM.search(phrase))
    )


#: Latin capitals in a Chinese phrase: an acronym names a thing (公募REITs, AI智能体)
_ACRONYM = re.compile(r"(?:[A-Z]{2,}[a-z]?|[\u3400-\u9fff][A-Z]{2,})(?=[\u3400-\u9fff]|$)")


def _law_title(phrase: str) -> bool:
    """A law named without 《》 (民营经济促进法, 耕地保护法): the last word ends in 法 and has
    three or more characters (促进法, 保护法; not 办法, 做法, 方法); or a regulation (公平竞争
    审查条例): six or more characters ending in 条例."""
    if len(phrase) >= 6 and phrase.endswith("条例"):
        return True
    if len(phrase) < 5 or not phrase.endswith("法"):
        return False
    last = _words(phrase)[-1]
    return len(last) >= 3


def concept_core(phrase: str, lexicon: Lexicon) -> str:
    """The named thing of a concept phrase, or "" for none: the leading verbs cut (推行免费学前
    教育 → 免费学前教育, 壮大长期资本 → 长期资本: the action done to a concept is not part of
    it), "" when it ends in a predicate (势头良好, 复杂激烈: a clause, not a name), starts
    with a bound suffix (性科技攻关: a fragment of a longer word) or is an edge word and one
    word (聚焦重点, 统筹调度: an action and its object)."""
    words = _words(phrase)
    while len(words) > 2 and (words[0] in lexicon.edge or _verb(words[0])):
        words = words[1:]
    core = "".join(words)
    if len(core) < 3 or words[0] in _BOUND or segment.tag(words[-1]) in _PREDICATE_TAGS:
        return ""
    if len(words) == 2 and words[0] in lexicon.edge:
        return ""
    return core


def _verbal(word: str) -> bool:
    """A verb or verbal noun of two or more characters (发放, 守住): what a list's first item
    starts with before the named thing."""
    return len(word) >= 2 and segment.tag(word).startswith("v")


def _verb(word: str) -> bool:
    return len(word) >= 2 and segment.tag(word) == "v"


#: tags of a phrase's last word that make it a clause (良好, 激烈: adjectives), not a named thing
_PREDICATE_TAGS = frozenset({"a", "ad", "z"})
#: suffixes that never start a named thing
_BOUND = frozenset("性化型式们者等")
