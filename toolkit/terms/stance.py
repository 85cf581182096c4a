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
adjective dropped) and kept only with evidence: it ends in a policy head or is used twice.

Whole clauses are never taken, nor phrases longer than :data:`MAX_STANCE` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from toolkit import segment
from toolkit.terms.corpus import ReportText
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.text import skeleton, word_starts

MAX_STANCE = 14
#: shortest enumeration item taken (two-character items are mostly plain words: 文旅, 康养)
MIN_ITEM = 3
#: longest object of a verb taken as a concept (常态化防止返贫致贫机制: 11)
MAX_OBJECT = 12
#: words before a policy head in a head-ended concept (全国/统一/大/市场: three), and its length
HEAD_WORDS = 3
MIN_CONCEPT = 4
MAX_CONCEPT = 9
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


def modifier_phrases(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """更加积极的财政政策: a ``stance`` word, up to two more words, 的, up to three words the
    last of which ends in a ``head``."""
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


def parallel_slogans(line: str, tokens: Sequence[str] | None = None) -> Iterator[str]:
    """做优增量、盘活存量; 稳就业、稳企业、稳市场、稳预期 (see the module docstring); the first item
    may carry the words before the list (全力稳就业): it is cut where the shared part starts.
    Lists of dictionary words (真抓实干、埋头苦干: idioms) are old phrasing, not slogans. With
    ``tokens`` (the line's segmentation) a slogan must start on a word boundary (not 动自行车
    inside 电动自行车)."""
    cuts = word_starts(tokens) if tokens is not None else None
    for slogan in _parallel(line):
        if cuts is not None and line.find(slogan) not in cuts:
            continue
        if not all(segment.frequency(item) for item in slogan.split("、")):
            yield slogan


def _parallel(line: str) -> Iterator[str]:
    for clause in _CLAUSE.findall(line):
        items = clause.split("、")
        if len(items) < 2 or not all(_is_han(item) for item in items):
            continue
        for at_start in (True, False):
            yield from _runs(_trim_first(items, at_start), at_start)


def _trim_first(items: list[str], at_start: bool) -> list[str]:
    """The list with its first item cut to the shape of the next one: the words before the
    list stay out (全力稳就业 → 稳就业, 坚持做优增量 → 做优增量)."""
    head, second = items[0], items[1]
    if at_start and second[0] in head and head[0] != second[0]:
        head = head[head.rfind(second[0]) :]
    elif not at_start and len(head) > 4 and head[-1] == second[-1]:
        head = head[-4:]
    return [head, *items[1:]]


def _runs(items: list[str], at_start: bool) -> Iterator[str]:
    """Runs of two to five consecutive items sharing their first character (three to five
    characters each) or their last (four characters each)."""

    def fits(item: str) -> bool:
        return 3 <= len(item) <= 5 if at_start else len(item) == 4

    def key(item: str) -> str:
        return item[0] if at_start else item[-1]

    def joins(item: str, last: str) -> bool:
        if at_start:  # 稳就业、稳企业: the first character only (零碳园区、零碳社区 share two)
            return item[0] == last[0] and item[1] != last[1]
        # 做优增量、盘活存量: only the last character shared (银发经济、夜间经济 share 经济, and
        # 零碳园区、零碳社区 their start: lists of things)
        return item[-1] == last[-1] and item[-2] != last[-2] and item[0] != last[0]

    run: list[str] = []
    for item in [*items, ""]:
        if item and run and fits(item) and joins(item, run[-1]):
            run.append(item)
            continue
        if 2 <= len(run) <= 5 and key(run[0]) not in _NOUN_PREFIXES:
            yield "、".join(run)
        run = [item] if item and fits(item) else []


_ITEM_END = frozenset("等和及与或")


def enumeration_items(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """The items of the 、-lists of one line (see the module docstring)."""
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


def verb_objects(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """新型能源体系 in 构建新型能源体系，: the words after a generic verb (an ``edge`` word of two
    or more characters, or a ``generic`` one the dictionary tags a verb: 用好, 增强) up to the end
    of the clause, when they are 4 to :data:`MAX_OBJECT` characters and hold no function or
    generic word: a complete object, named as a thing."""
    for i, token in enumerate(tokens):
        if len(token) < 2 or not (token in lexicon.edge or _generic_verb(token, lexicon)):
            continue
        words: list[str] = []
        for after in tokens[i + 1 :]:
            if not _is_han(after) or after in lexicon.edge or after in _ITEM_END:
                break
            words.append(after)
        end = i + 1 + len(words)
        closed = end == len(tokens) or not _is_han(tokens[end]) or tokens[end] in _ITEM_END
        object_ = "".join(words)
        if closed and len(words) >= 2 and 4 <= len(object_) <= MAX_OBJECT:
            yield object_


def _generic_verb(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.generic and segment.tag(word) == "v"


def stance_verbs(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """投资于人: a two-character verb, 于, a one-character noun that stands alone (让利于民):
    the shape of a stance formula. Dictionary words ending in 于 (用于, 高于) are one token."""
    for i in range(len(tokens) - 2):
        verb, middle, noun = tokens[i : i + 3]
        after = tokens[i + 3] if i + 3 < len(tokens) else "。"
        if (
            middle == "于"
            and len(verb) == 2
            and _is_han(verb)
            and len(noun) == 1
            and _is_han(noun)
            and (not _is_han(after) or after in lexicon.edge)
        ):
            yield verb + middle + noun


def compact_concepts(
    tokens: Sequence[str], novel: set[str], lexicon: Lexicon, tag: dict[str, str]
) -> Iterator[str]:
    """耐心资本, 具身智能: a ``novel`` word then a policy head; and 全国统一大市场, 碳排放预算,
    零碳工厂: up to :data:`HEAD_WORDS` words (no function word, the first no verb) then a
    policy head, :data:`MIN_CONCEPT` to :data:`MAX_CONCEPT` characters (whether the phrase is
    new is decided by the caller)."""
    for i, token in enumerate(tokens[:-1]):
        if token not in novel or tag.get(token, "") in _NAME_TAGS:
            continue
        after = tokens[i + 1]
        if len(after) >= 2 and after in lexicon.heads:
            yield token + after
    for end, head in enumerate(tokens):
        if len(head) < 2 or head not in lexicon.heads:
            continue
        phrase = _head_phrase(tokens, end, lexicon)
        if phrase:
            yield phrase


def _head_phrase(tokens: Sequence[str], end: int, lexicon: Lexicon) -> str:
    """The longest run of up to :data:`HEAD_WORDS` words before ``tokens[end]`` (a head) that
    starts after a boundary (punctuation, a function word or a verb) or uses up the words, at
    most :data:`MAX_CONCEPT` characters, at least :data:`MIN_CONCEPT`; "" for none."""
    best, size = "", len(tokens[end])
    for start in range(end - 1, max(-1, end - 1 - HEAD_WORDS), -1):
        word = tokens[start]
        if not _is_han(word) or word in lexicon.edge or word in _ITEM_END or _verb(word):
            break
        size += len(word)
        if size > MAX_CONCEPT:
            return ""
        if size >= MIN_CONCEPT and word[0] not in _ITEM_START:
            best = "".join(tokens[start : end + 1])
    return best


def stance_phrases(
    text: ReportText, tokenized: Sequence[Sequence[str]], other: ReportText, lexicon: Lexicon
) -> list[tuple[str, str]]:
    """(phrase, shape) of every stance phrase ("stance") and compact concept ("concept") of
    ``text`` that ``other`` never uses; ``tokenized`` is ``text``'s segmentation by line."""
    words = {
        t
        for tokens in tokenized
        for t in tokens
        if len(t) >= 2 and _is_han(t) and t not in lexicon.edge and t not in lexicon.generic
    }
    novel = words - other.present(words)
    tags = {w: segment.tag(w) for w in novel}
    found: dict[str, str] = {}
    for item, tokens in zip(text.lines, tokenized, strict=True):
        for phrase in modifier_phrases(tokens, lexicon):
            found.setdefault(phrase, "stance")
        for phrase in (*parallel_slogans(item.text, tokens), *stance_verbs(tokens, lexicon)):
            found.setdefault(phrase, "stance")
        for phrase in compact_concepts(tokens, novel, lexicon, tags):
            found.setdefault(phrase, "concept")
        for phrase in (*enumeration_items(tokens, lexicon), *verb_objects(tokens, lexicon)):
            if phrase[0] not in _ITEM_START:
                found.setdefault(phrase, "concept")
    trimmed: dict[str, str] = {}
    for phrase, shape in found.items():
        if shape == "concept":
            phrase = concept_core(phrase, lexicon)
        if phrase:
            trimmed.setdefault(phrase, shape)
    used = other.present(skeleton(p) for p in trimmed)
    fresh = {p: shape for p, shape in trimmed.items() if skeleton(p) not in used}
    text.count_all(skeleton(p) for p, shape in fresh.items() if shape == "concept")
    return [
        (p, shape)
        for p, shape in fresh.items()
        if shape != "concept" or _has_evidence(p, text, lexicon)
    ]


def _has_evidence(phrase: str, text: ReportText, lexicon: Lexicon) -> bool:
    """Whether a concept new to the other report reads as a named thing rather than a new
    combination of words: it ends in a policy head (碳排放预算, 综治中心) or is used more than
    once. (A phrase used once without a head is seldom a term: of the 475 such on the three
    benchmark pairs, 3 were truth terms.)"""
    return phrase.endswith(lexicon.heads) or text.count(skeleton(phrase)) >= 2


def concept_core(phrase: str, lexicon: Lexicon) -> str:
    """The named thing of a concept phrase, or "" for none: the leading verbs cut (推行免费学前
    教育 → 免费学前教育, 壮大长期资本 → 长期资本: the action done to a concept is not part of
    it), "" when it ends in a predicate (势头良好, 复杂激烈: a clause, not a name) or starts
    with a bound suffix (性科技攻关: a fragment of a longer word)."""
    words = segment.cut(phrase, hmm=False)
    while len(words) > 2 and (words[0] in lexicon.edge or _verb(words[0])):
        words = words[1:]
    core = "".join(words)
    if len(core) < 3 or words[0] in _BOUND or segment.tag(words[-1]) in _PREDICATE_TAGS:
        return ""
    return core


def _verb(word: str) -> bool:
    return len(word) >= 2 and segment.tag(word) == "v"


#: tags of a phrase's last word that make it a clause (良好, 激烈: adjectives), not a named thing
_PREDICATE_TAGS = frozenset({"a", "ad", "z"})
#: suffixes that never start a named thing
_BOUND = frozenset("性化型式们者等")
