"""Pattern candidates found in one line of text: quoted spans, 《titles》 and formulas.

What counts as a quoted term: the text between a pair of quotation marks (“…”, 「…」, 『…』,
"…", and ‘…’ nested inside them) of 2 to :data:`MAX_QUOTED` characters (punctuation not
counted) that is not a plain number or date and holds no sentence punctuation (，。；：！？):
those quote whole sentences or speeches, not terms. Enumerations with 、 ("快、准、细、实、效")
are kept: they are slogans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, repeat
from operator import getitem

from toolkit.terms.lexicon import Lexicon
from toolkit.terms.text import is_formula_code, is_plain_number, skeleton, word_starts

#: Longest quoted span (in skeleton characters) still taken as a term.
MAX_QUOTED = 20
#: Longest 《title》 taken as a document term.
MAX_TITLE = 60

_QUOTES = (
    re.compile(r"“([^“”\n]{1,80})”"),
    re.compile(r"「([^「」\n]{1,80})」"),
    re.compile(r"『([^『』\n]{1,80})』"),
    re.compile(r"‘([^‘’\n]{1,80})’"),
    re.compile(r'"([^"\n]{1,80})"'),
)
_SENTENCE_PUNCT = re.compile(r"[，,。．；;：:！!？?]")
_TITLE = re.compile(rf"《([^《》\n]{{2,{MAX_TITLE}}})》")
#: the numerals a formula opens with (三个统筹, 十百千万, 双碳)
FORMULA_NUMERALS = "一二两三四五六七八九十百千万双"
_NUMERALS = FORMULA_NUMERALS
_HAN = r"\u3400-\u9fff"
#: 三高四新, 一带一部, 三抓三创造, 一核两副三带四区: two or more numeral-led pieces.
_NOT_PIECE = "〇零亿年月日天元倍次个件期批的了是之等和与及或在为以对把被"
_ALTERNATING = re.compile(rf"(?:[{_NUMERALS}][{_HAN}]{{1,2}}){{2,}}")
_ALTERNATING_PIECE = re.compile(
    rf"[{_NUMERALS}](?![{_NOT_PIECE}])(?:(?![{_NUMERALS}{_NOT_PIECE}])[{_HAN}]){{1,2}}"
)
_IN_ONE = re.compile(rf"[{_NUMERALS}]位一体")
#: 四个, 三大, 十项: small numerals only; 一个/千项 count things rather than name a formula.
_NUMERAL_MEASURE = re.compile(r"^(?:[两三四五六七八九]|十[一二三四五六七八九]?)(?:个|大|项|条|篇)$")
_HAN_WORD = re.compile(rf"[{_HAN}]+")
#: Four-character idioms shaped like formulas: 千方百计, 一心一意, 三番五次 (ABAC / 1X1Y).
_IDIOM_LIKE = re.compile(rf"[{_NUMERALS}][{_HAN}][{_NUMERALS}][{_HAN}]")
_DIGIT_FORMULA = re.compile(r"(?<![\d.])\d+(?:\s*[+＋×]\s*[\dA-Za-z]+)+")


def quoted_spans(text: str) -> Iterator[tuple[int, str]]:
    """(offset, inner text) of every quotation in ``text`` that has the shape of a term."""
    for pattern in _QUOTES:
        for match in pattern.finditer(text):
            inner = match.group(1).strip()
            if is_quoted_term(inner):
                yield match.start(1), inner


def is_quoted_term(inner: str) -> bool:
    """Whether a quotation's inner text has the shape of a term (see the module docstring)."""
    if _SENTENCE_PUNCT.search(inner) or any(q in inner for q in "“”「」『』‘’"):
        return False
    core = skeleton(inner)
    if not 2 <= len(core) <= MAX_QUOTED:
        return False
    return not is_plain_number(inner) or is_counted_figure(core)


#: 三个80%, 3个100万: a small count of figures, which a report quotes as a formula
_COUNTED_FIGURE = re.compile(r"(?:[1-9]|[两三四五六七八九十])个\d+(?:\.\d+)?[%％万亿]?")


def is_counted_figure(core: str) -> bool:
    """Whether ``core`` counts figures (“三个80%”要求, “3个100万”): a plain number unquoted, a
    formula when quoted."""
    return bool(_COUNTED_FIGURE.fullmatch(core))


def plus_parts(inner: str) -> list[str]:
    """The parts of a quoted “A+B” whose parts are phrases of four or more Chinese characters
    (“证照联办+免申即享” → 证照联办, 免申即享): each part is a scheme of its own; [] for
    others (“人工智能+消费”, “物质+服务”: a field joined to a head, or single words)."""
    parts = [p.strip() for p in re.split(r"[+＋]", inner)]
    if len(parts) < 2 or not all(re.fullmatch(rf"[{_HAN}]{{4,}}", p) for p in parts):
        return []
    return parts


_DIGIT_CODE = re.compile(r"[“「\"]((?!(?:19|20)\d\d[”」\"])\d{3,6})[”」\"](?=[\u3400-\u9fff])")


def digit_codes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, code) of quoted digit strings that name a scheme: “45432”发展架构, “11431”基层治理
    体系 (three to six digits, not a year, a word right after the closing quote)."""
    for match in _DIGIT_CODE.finditer(text):
        yield match.start(1), match.group(1)


_SHORT_CODE = re.compile(rf"([{_HAN}]{{1,6}})“([{_NUMERALS}][{_HAN}]{{1,2}})”")


#: dictionary tags of a common noun (not a place, person or organisation name)
_COMMON_NOUN = frozenset({"n", "nz", "an"})


def qualified_codes(text: str, lexicon: Lexicon) -> Iterator[tuple[int, str]]:
    """(offset, phrase) of a short quoted numeral-led code (two or three characters, not a
    national formula of the lexicon) with the noun that qualifies it written right before it:
    碳排放“双控” (beside 能耗“双控”), 农村“三资”: what the code counts is named by both. The
    qualifier is the last word before the quote: a common noun of the dictionary, no function
    or generic word, or a verb inside a compound, after a one-character noun (碳|排放)."""
    from toolkit import segment

    for match in _SHORT_CODE.finditer(text):
        if match.group(2) in lexicon.national:  # 收官“十四五”, 整治“四风”: the formula itself
            continue
        words = segment.cut(match.group(1), hmm=False)
        last = words[-1]
        if len(last) < 2 or last in lexicon.edge or last in lexicon.generic:
            continue
        if any(last.startswith(e) for e in lexicon.edge if len(e) >= 2):  # 充分发挥
            continue
        if segment.tag(last) == "v":
            before = words[-2] if len(words) >= 2 else ""
            if len(before) != 1 or before in lexicon.edge or before in _NOT_PIECE:
                continue
            last = before + last
        elif segment.tag(last) not in _COMMON_NOUN:  # not a verb, a place (杭州“六小龙”)
            continue
        at = match.end(1) - len(last)
        yield at, f"{last}“{match.group(2)}”"


_QUOTED_CODE = re.compile(r"[“「\"]([^“”「」\"\n]{1,12})[”」\"]")


def coded_phrases(text: str, tokens: Sequence[str], lexicon: Lexicon) -> Iterator[tuple[int, str]]:
    """(offset, phrase) of a quoted code with the words right after it: “1+10”政策措施,
    “132”总体工作部署 (the code a digit formula, a digit code or a term ending in +, then one
    or two words that are not function or generic words, the last a policy head or a kind of
    document of the lexicon): a scheme is named by both."""
    starts: dict[int, int] | None = None  # made for the first code found
    for match in _QUOTED_CODE.finditer(text):
        inner = match.group(1).strip()
        core = skeleton(inner)
        if not (is_formula_code(core) or core.isdigit() or (core.endswith("+") and len(core) > 1)):
            continue
        if starts is None:
            starts = word_starts(tokens)
        after = starts.get(match.end())
        if after is None:
            continue
        words: list[str] = []
        for token in tokens[after : after + 2]:
            if not _HAN_WORD.fullmatch(token) or token in lexicon.edge:
                break
            words.append(token)
        while words and not words[-1].endswith((*lexicon.heads, *lexicon.documents)):
            words.pop()
        tail = "".join(words)
        if 2 <= len(tail) <= 6:
            yield match.start(), f"“{inner}”{tail}"


_VERSION = re.compile(r"\d{1,2}\.0")


def versioned_names(tokens: Sequence[str], lexicon: Lexicon) -> Iterator[tuple[int, str]]:
    """(offset, name) of a reform or programme named with a version: 数字政府2.0 (加快数字政府
    2.0建设), 零基预算改革2.0版, 东盟自贸区3.0版: up to three words that are no function or
    generic verb, then a version number ending in .0, with 版 when it follows (not a figure:
    增长5.0%, 失业率5.0 before %)."""
    if ".0" not in "".join(tokens):  # no version number: every one holds ".0"
        return
    versions = [i for i, token in enumerate(tokens) if i and _VERSION.fullmatch(token)]
    if not versions:
        return
    offsets = {index: at for at, index in word_starts(tokens).items()}
    for i in versions:
        token = tokens[i]
        after = tokens[i + 1] if i + 1 < len(tokens) else "。"
        if after[:1] in "%％万亿元个" or after in lexicon.measure:
            continue
        k = i
        while (
            k > max(0, i - 3)
            and _HAN_WORD.fullmatch(tokens[k - 1])
            and tokens[k - 1] not in lexicon.edge
        ):
            k -= 1
        base = "".join(tokens[k:i])
        if 2 <= len(base) <= 8:
            yield offsets[k], base + token + ("版" if after == "版" else "")


def version_base(name: str) -> str | None:
    """The name without its version (数字政府2.0 → 数字政府), None for a name without one."""
    match = re.fullmatch(rf"([{_HAN}]{{2,8}})\d{{1,2}}\.0版?", name)
    return match.group(1) if match else None


def document_titles(text: str) -> Iterator[tuple[int, str]]:
    """(offset, title) of every 《title》 in ``text`` (the brackets not included)."""
    for match in _TITLE.finditer(text):
        title = match.group(1).strip()
        if len(skeleton(title)) >= 2 and not is_plain_number(title):
            yield match.start(1), title


def formula_shape(text: str) -> bool:
    """Whether a string has the shape of a number-led formula (四个意识, 三高四新, 1+5+1)."""
    core = skeleton(text)
    if is_formula_code(core) or is_counted_figure(core):
        return True
    if _IN_ONE.fullmatch(core):
        return True
    if _ALTERNATING.fullmatch(core) and len(_ALTERNATING_PIECE.findall(core)) >= 2:
        return "".join(_ALTERNATING_PIECE.findall(core)) == core
    head = re.match(rf"[{_NUMERALS}]{{1,3}}(?:个|大|项|件|条|张|类|种|篇)", core)
    if head is None:
        return False
    return 2 <= len(core) - head.end() <= 6 and not is_plain_number(core)


def formulas(
    text: str,
    tokens: Sequence[str],
    lexicon: Lexicon,
    words: frozenset[str] | set[str] = frozenset(),
) -> Iterator[tuple[int, str]]:
    """(offset, formula) of the number-led formulas written without quotes in ``text``.

    ``tokens`` is the segmentation of ``text`` (``"".join(tokens) == text``); it bounds the
    formulas: "三大攻坚战" is 三大 + the next word, "一带一部" ends where a word ends. ``words``
    are the seed words the segmentation kept whole (quoted and glossary terms). A numeral right
    after a digit is a magnitude, never a formula's start (330千伏第二回电源线路, 5万亩).
    """
    for start, formula in _formulas(text, tokens, lexicon, words):
        if start == 0 or text[start - 1] not in _DIGITS:
            yield start, formula


_DIGITS = frozenset("0123456789０１２３４５６７８９.．")
_NUMERAL_SET = frozenset(_NUMERALS)
_FIRST = slice(0, 1)


def _formulas(
    text: str,
    tokens: Sequence[str],
    lexicon: Lexicon,
    words: frozenset[str] | set[str],
) -> Iterator[tuple[int, str]]:
    starts = list(accumulate(map(len, tokens), initial=0))
    del starts[-1]  # the start of each token
    for match in _DIGIT_FORMULA.finditer(text):
        yield match.start(), match.group(0)
    for match in _IN_ONE.finditer(text):
        yield match.start(), match.group(0)
    # the rules below look at tokens led by a numeral only: found by a loop in C
    firsts = map(getitem, tokens, repeat(_FIRST))
    led = list(compress(range(len(tokens)), map(_NUMERAL_SET.__contains__, firsts)))
    for i in led:
        token = tokens[i]
        # a formula the segmenter keeps whole: a seed word (四个意识) or a dictionary word that
        # is not a four-character idiom (千方百计)
        if (
            len(token) >= 3
            and formula_shape(token)
            and (token in words or not _IDIOM_LIKE.fullmatch(token))
        ):
            yield starts[i], token
    for i in led:
        token = tokens[i]
        if i == len(tokens) - 1 or not _NUMERAL_MEASURE.match(token):
            continue
        after = tokens[i + 1]
        follower = tokens[i + 2] if i + 2 < len(tokens) else ""
        if _HAN_WORD.fullmatch(follower) and follower not in lexicon.edge:
            continue  # part of a longer phrase (六大科技创新平台): only its quoted form counts
        if (
            2 <= len(after) <= 4
            and re.fullmatch(rf"[{_HAN}]+", after)
            and after not in lexicon.measure
            and after not in lexicon.edge
            and not is_plain_number(after)
            and not re.search(rf"[{_NUMERALS}〇零亿]", after)
        ):
            yield starts[i], token + after
    ends = set(accumulate(map(len, tokens)))
    for match in _ALTERNATING.finditer(text):
        start = match.start()
        if start not in starts:  # must begin a word: not the tail of 统一 in 统一大市场
            continue
        if len(tokens[starts.index(start)]) >= 4:  # a dictionary idiom: 千方百计, 千头万绪
            continue
        for end in range(match.end(), start + 3, -1):
            span = text[start:end]
            pieces = _ALTERNATING_PIECE.findall(span)
            if end in ends and len(set(pieces)) >= 2 and "".join(pieces) == span:
                yield start, span
                break
