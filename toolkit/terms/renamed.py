"""New terms that rename an older one: 零碳园区 ← 低碳园区, 智改数转网联 ← 智改数转.

A renamed term keeps most of its predecessor's characters and its place in the text. A new term
of four or more characters is linked to a string of the older report when

- the string is within :func:`max_edits` edits (insertions, deletions, substitutions) of the
  term, and begins or ends with the term's first or last two characters;
- the string is a run of whole words of the older report's segmentation, with no clause
  punctuation inside;
- the edits change more than numerals (十四五 → 十五五 and 二期 → 三期 are the next plan or
  phase, not a new name), or change the count leading a formula (三单合一 → 四单合一:
  :func:`recounted`);
- the two contexts share words: at least :data:`MIN_CONTEXT` of the character pairs of the
  :data:`WINDOW` characters either side of the older string occur beside the term's first
  occurrence.

Only the :data:`MAX_LOOKED_UP` most salient new terms are looked up. A new glossary entry
whose definition names a dropped term renames it too (千万工程: 即“千村示范、
万村整治”工程), and so does a dropped formula it shortens or extends (十百千万 ← 十县百乡千村
万户, 两高 ← 两高一低, 2+3+N ← 2+3), and so does the one dropped programme of the same body
under another head (文明乡风建设行动 ← 文明乡风建设工程) or the one dropped study campaign
(中央八项规定精神学习教育 ← 党纪学习教育): :class:`Successors`. Of several strings the nearest
(fewest edits, then the most shared context) wins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import repeat

from toolkit import parallel
from toolkit.model import GlossaryEntry
from toolkit.terms.candidates import FORMULA_NUMERALS, version_base
from toolkit.terms.corpus import ReportText, finder
from toolkit.terms.lexicon import Lexicon, default_lexicon
from toolkit.terms.model import Term, TermKind
from toolkit.terms.salience import specificity
from toolkit.terms.text import SEPARATOR, skeleton, word_starts

MIN_LEN = 4
#: only the most salient new terms are looked up (the rest are rarely cited)
MAX_LOOKED_UP = 150
#: the work of looking up one of the :data:`MAX_LOOKED_UP` terms, against 1 for any other (at
#: 1 MB a side: 3 ms against 0.15), and the least work worth a forked child
LOOKED_UP_WEIGHT = 20
FORK_MIN_WEIGHT = 5_000
MIN_CONTEXT = 0.2
#: share of the shorter term's characters a reworded term keeps (see :func:`same_head`)
MIN_KEPT = 0.75
#: share of a term's characters not generic words for :func:`same_head` to link it
MIN_SPECIFIC = 0.6
#: characters that start a formula (一企一策, 两高): a one-character change makes a sibling
_FORMULA_START = frozenset(FORMULA_NUMERALS)
#: a term this long is specific enough to be linked by its shape (小微企业融资协调工作机制)
LONG_NAME = 8
#: characters either side of an occurrence compared as its context
WINDOW = 16
#: edits touching only these make the next plan, phase or session, not a new name
_NUMERALS = re.compile(r"[\d一二两三四五六七八九十百千万〇零#届次期年号+×]")
_NOT_RENAMED = frozenset({TermKind.NAME, TermKind.GENERIC})
#: kinds of a new term that may shorten or extend a formula (see :func:`shortened`)
_CODED = frozenset({TermKind.FORMULA, TermKind.QUOTED, TermKind.GLOSSARY})


#: the count leading a counted formula (三单合一, 千兆光网)
_COUNT = re.compile(r"[一二两三四五六七八九十百千万]+")
#: after a count, these make it an ordinal: the next plan, phase, session or version
_ORDINAL = frozenset("期届次批轮年号版五")


def recounted(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with its leading count changed (三单合一 → 四单合一, 千兆光网 →
    万兆光网): a policy widened or a network upgraded keeps its name but for the count, and
    renames it; not when the count is an ordinal (二期 → 三期, 十四五 → 十五五: the next phase
    or plan), nor when less than two characters follow it."""
    ma, mb = _COUNT.match(a), _COUNT.match(b)
    if ma is None or mb is None or ma.group() == mb.group():
        return False
    rest = a[ma.end() :]
    return rest == b[mb.end() :] and len(rest) >= 2 and rest[0] not in _ORDINAL


def max_edits(length: int) -> int:
    """Edits allowed between a term of ``length`` characters and its predecessor."""
    return max(1, length // 3)


def _edits(a: str, b: str) -> tuple[int, str]:
    """Levenshtein distance of ``a`` and ``b``, and the characters the edits touch."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
        rows.append(row)
    touched: list[str] = []
    i, j = len(a), len(b)
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                touched += [a[i - 1], b[j - 1]]
            i, j = i - 1, j - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            touched.append(a[i - 1])
            i -= 1
        else:
            touched.append(b[j - 1])
            j -= 1
    return rows[-1][-1], "".join(touched)


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} - {SEPARATOR * 2}


def _window(text: str, lo: int, hi: int) -> set[str]:
    """The character pairs of the :data:`WINDOW` characters either side of ``text[lo:hi]``."""
    before = skeleton(text[max(0, lo - WINDOW) : lo])
    return _pairs(before) | _pairs(skeleton(text[hi : hi + WINDOW]))


class _OldLines:
    """The older report's lines with their word starts (worked out for a line when first asked
    for), and which lines hold a string: one search of all lines joined, not one per line."""

    def __init__(self, old: ReportText, old_tokens: Sequence[Sequence[str]]) -> None:
        self.lines, self.tokens = old.lines, old_tokens
        self.joined = "\n".join(line.text for line in old.lines)
        self.offsets: list[int] = []
        offset = 0
        for line in old.lines:
            self.offsets.append(offset)
            offset += len(line.text) + 1
        self._cuts: dict[int, dict[int, int]] = {}

    def cuts(self, index: int) -> dict[int, int]:
        found = self._cuts.get(index)
        if found is None:
            found = self._cuts[index] = word_starts(self.tokens[index])
        return found

    def holding(self, *strings: str) -> list[int]:
        """The indices, in order, of the lines holding any of ``strings`` (no line break)."""
        found: set[int] = set()
        for string in strings:
            start = self.joined.find(string)
            while start >= 0:
                index = bisect_right(self.offsets, start) - 1
                found.add(index)
                # the next line: the rest of this one is searched by the caller
                start = self.joined.find(string, self.offsets[index] + len(self.lines[index].text))
        return sorted(found)


def _predecessor(term: Term, old: _OldLines, new: ReportText) -> str | None:
    core = skeleton(term.text)
    if len(core) < MIN_LEN or SEPARATOR in core:
        return None
    first = new.first(core)
    if first is None:
        return None
    at = first.text.find(term.text)
    ours = _window(first.text, at, at + len(term.text)) if at >= 0 else _pairs(first.skeleton)
    limit = max_edits(len(core))
    found: dict[str, tuple[int, float]] = {}
    for index in old.holding(core[:2], core[-2:]):
        text, cuts = old.lines[index].text, old.cuts(index)
        for anchor, at_start in ((core[:2], True), (core[-2:], False)):
            start = text.find(anchor)
            while start >= 0:
                for size in range(len(core) - limit, len(core) + limit + 1):
                    lo, hi = (start, start + size) if at_start else (start + 2 - size, start + 2)
                    if lo < 0 or hi > len(text) or lo not in cuts or hi not in cuts:
                        continue
                    string = skeleton(text[lo:hi])
                    if string in found or SEPARATOR in string or string == core:
                        continue
                    if len(string) < MIN_LEN - 1:
                        continue
                    # a cheap lower bound first: characters of the term the string lacks
                    if len(core) - sum(map(string.__contains__, core)) > limit:
                        continue
                    distance, touched = _edits(core, string)
                    if distance > limit or (
                        _NUMERALS.sub("", touched) == "" and not recounted(core, string)
                    ):
                        continue
                    theirs = _window(text, lo, hi)
                    shared = len(theirs & ours) / len(theirs) if theirs else 0.0
                    if shared >= MIN_CONTEXT:
                        found[string] = (distance, shared)
                start = text.find(anchor, start + 1)
    kept = [(d, -s, string) for string, (d, s) in found.items()]
    return min(kept)[2] if kept else None


def _common(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for ca in a:
        previous = 0
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], previous + 1 if ca == cb else max(row[j], row[j - 1])
    return row[-1]


def _specific(term: Term, lexicon: Lexicon) -> bool:
    """A formula (七大工程: its numerals name it), or at least :data:`MIN_SPECIFIC` of the term
    not generic words: 国家产业 and 特色产业 are too plain to be linked by their shape alone
    (see :func:`same_head` for long plain names)."""
    return term.kind is TermKind.FORMULA or specificity(term.text, lexicon) >= MIN_SPECIFIC


def _context(text: ReportText, core: str) -> set[str]:
    """The character pairs around the first occurrence of ``core`` in ``text``."""
    line = text.first(core)
    if line is None:
        return set()
    at = line.skeleton.find(core)
    return _window(line.skeleton, at, at + len(core)) if at >= 0 else _pairs(line.skeleton)


@lru_cache(maxsize=65536)
def _letters(text: str) -> dict[str, int]:
    return dict(Counter(text))


def same_head(
    core: str,
    by_head: dict[str, list[str]],
    old: ReportText,
    new: ReportText,
    plain: frozenset[str] | set[str] = frozenset(),
) -> str | None:
    """The dropped term (skeletons grouped by their last two characters, the head) that ``core``
    rewords: the same head, the shorter's first two characters inside the longer, and the
    characters of the shorter mostly kept in order in the longer (a common subsequence of at
    least :data:`MIN_KEPT` of the shorter and half of the longer:
    零碳园区 ← 低碳零碳工业园区, 七大工程 ← 七大提升工程, 常态化防止返贫致贫机制 ← 防止返贫致贫
    长效机制), the edits not only numerals; of several, the one sharing most characters. (The
    contexts are not compared: a renamed term often moves to new surroundings.) A name with
    one character changed (零碳园区 ← 低碳园区) must share :data:`MIN_CONTEXT` of its context
    (not 空港保税物流中心 ← 陆港保税物流中心 … beside other words); a pair one of which is
    ``plain`` (mostly generic words) must be one name of :data:`LONG_NAME` or more characters
    with words inserted into a shorter one of six or more (小微企业融资协调工作机制 ←
    小微企业融资协调机制; not 特色产业 ← 打好特色优势产业)."""
    if len(core) < MIN_LEN or SEPARATOR in core:
        return None
    best: tuple[int, str] | None = None
    letters = _letters(core)
    for candidate in by_head.get(core[-2:], ()):
        short, long = sorted((core, candidate), key=len)
        if 2 * len(short) < len(long):  # half of the longer cannot be kept
            continue
        # each case accepted below has the shorter's first two characters in the longer, or
        # both of one length: an exact test, cheaper than any that follows
        if len(short) != len(long) and short[:2] not in long:
            continue
        # the characters the two share bound their common subsequence: a cheap test first
        theirs = _letters(candidate)
        shared = sum(map(min, theirs.values(), map(letters.get, theirs, repeat(0))))
        if shared < MIN_KEPT * len(short) or 2 * shared < len(long):
            continue
        kept = _common(core, candidate)
        if kept < MIN_KEPT * len(short) or 2 * kept < len(long):
            continue
        # the same first two characters (七大工程 ← 七大提升工程), or all of the shorter kept in
        # the longer (零碳园区 ← 低碳零碳工业园区), or one character changed that is no numeral
        # (零碳园区 ← 低碳园区; not 一企一策 ← 一人一策: formulas of one family)
        same_start = short[:2] == long[:2]
        contained = kept == len(short) and short[:2] in long
        changed = len(short) == len(long) == kept + 1 and short[0] not in _FORMULA_START
        if not (same_start or contained or changed):
            continue
        if _NUMERALS.sub("", _edits(core, candidate)[1]) == "" and not recounted(core, candidate):
            continue
        if (core in plain or candidate in plain) and not (
            kept == len(short) and len(short) >= LONG_NAME - 2 and len(long) >= LONG_NAME
        ):
            continue
        if changed and not same_start and _shared(old, candidate, new, core) < MIN_CONTEXT:
            continue
        if best is None or kept > best[0]:
            best = (kept, candidate)
    return best[1] if best else None


class _Heads:
    """The dropped skeletons grouped by head, as :func:`same_head` takes them, indexed so that
    it is given for a term only those that can pass its exact first test (the same length, or
    the shorter's first two characters inside the longer): looking through a whole group for
    each new term grew with the square of the reports (a head such as 建设 holds hundreds)."""

    def __init__(self, by_head: dict[str, list[str]]) -> None:
        self.by_head = by_head
        self._sized: dict[tuple[str, int], list[int]] = {}
        self._holding: dict[tuple[str, str], list[int]] = {}
        self._starting: dict[tuple[str, str], list[int]] = {}
        for head, cores in by_head.items():
            for index, core in enumerate(cores):
                self._sized.setdefault((head, len(core)), []).append(index)
                self._starting.setdefault((head, core[:2]), []).append(index)
                for pair in _pairs(core):
                    self._holding.setdefault((head, pair), []).append(index)

    def near(self, core: str) -> dict[str, list[str]]:
        """The group of ``core``'s head with only those (in their order) of its length, those
        longer holding its first two characters, and those shorter whose first two are in it."""
        head = core[-2:]
        cores = self.by_head.get(head, [])
        picked = set(self._sized.get((head, len(core)), ()))
        picked.update(
            i for i in self._holding.get((head, core[:2]), ()) if len(cores[i]) > len(core)
        )
        for pair in _pairs(core):
            picked.update(
                i for i in self._starting.get((head, pair), ()) if len(cores[i]) < len(core)
            )
        return {head: [cores[i] for i in sorted(picked)]}


#: heads of a programme, longest first: the same body under another of them is the same
#: programme renamed (文明乡风建设工程 → 文明乡风建设行动, 促进居民增收行动方案 → 三年行动)
PROGRAMME_HEADS = ("专项行动", "三年行动", "行动方案", "行动计划", "工程", "行动", "计划")
#: a programme's body at least this long names it (not 提升, 攻坚)
MIN_BODY = 4
#: the head of the year's party study campaign: one campaign follows the last (党纪学习教育 →
#: 中央八项规定精神学习教育)
CAMPAIGN = "学习教育"


def programme_body(core: str, lexicon: Lexicon) -> str | None:
    """``core`` without its programme head (:data:`PROGRAMME_HEADS`), or None when it has none
    or what is left is shorter than :data:`MIN_BODY` or mostly generic words (能力提升)."""
    for head in PROGRAMME_HEADS:
        if core.endswith(head) and len(core) - len(head) >= MIN_BODY:
            body = core[: -len(head)]
            return body if specificity(body, lexicon) >= MIN_SPECIFIC else None
    return None


class Successors:
    """Dropped terms a new one succeeds by the genre's own naming: the same programme under
    another head, or the year's study campaign after last year's (the only dropped one)."""

    def __init__(self, gone: Iterable[str], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.bodies: dict[str, list[str]] = {}
        self.campaigns: list[str] = []
        for core in gone:
            body = programme_body(core, lexicon)
            if body is not None:
                self.bodies.setdefault(body, []).append(core)
            if core.endswith(CAMPAIGN) and len(core) > len(CAMPAIGN):
                self.campaigns.append(core)

    def of(self, core: str) -> str | None:
        """The dropped term ``core`` succeeds, or None (none, or more than one)."""
        body = programme_body(core, self.lexicon)
        if body is not None:
            found = [c for c in self.bodies.get(body, ()) if c != core]
            if len(found) == 1:
                return found[0]
        if core.endswith(CAMPAIGN) and len(core) > len(CAMPAIGN) and len(self.campaigns) == 1:
            return self.campaigns[0]
        return None


def _shared(old: ReportText, before: str, new: ReportText, after: str) -> float:
    """Share of the character pairs around ``before`` in ``old`` found around ``after`` in
    ``new`` (their first occurrences)."""
    theirs, ours = _context(old, before), _context(new, after)
    return len(theirs & ours) / len(theirs) if theirs else 0.0


#: “六大产业基地”向“六大产业集群”优化提升, 由“A”升级为“B”: the report says B succeeds A
_EXPLICIT = re.compile(
    r"[“「]([^“”「」\n]{2,20})[”」](?:向|升级为|转变为|拓展为|提升为)[“「]([^“”「」\n]{2,20})[”」]"
)


def explicit_successors(new: ReportText, old: ReportText) -> dict[str, str]:
    """Skeleton of a successor → its predecessor, where the newer report says so: “A”向“B”
    (推动“六大产业基地”向“六大产业集群”优化提升, 推动“禁塑”向“治塑”拓展升级), “A”升级为“B”;
    A must occur in the older report."""
    pairs = {
        skeleton(m.group(2)): m.group(1)
        for line in new.lines
        for m in _EXPLICIT.finditer(line.text)
        if skeleton(m.group(1)) != skeleton(m.group(2))
    }
    found = old.present(skeleton(a) for a in pairs.values())
    return {b: a for b, a in pairs.items() if skeleton(a) in found}


def same_subject(core: str, quoted: Sequence[str], old: ReportText, new: ReportText) -> str | None:
    """The one dropped quoted term (skeletons) that ``core``, a new quoted term of four
    characters, gives a new predicate: the same first two characters, the last two all changed,
    and :data:`MIN_CONTEXT` of the character pairs around it shared (“县中振兴” ← “县中崛起”,
    both beside 现代职业教育体系: the same programme, its aim renamed; not “清凉城市” ←
    “清凉海岛”, a city's greening and an island's tourism); None for none or several (a
    family: “一企一策”, “一县一策”), and never for a formula."""
    if len(core) != 4 or core[0] in _FORMULA_START:
        return None
    found = [
        q
        for q in quoted
        if len(q) == 4 and q[:2] == core[:2] and q[2] != core[2] and q[3] != core[3]
    ]
    if len(found) != 1:
        return None
    return found[0] if _shared(old, found[0], new, core) >= MIN_CONTEXT else None


def shortened(core: str, formulas: Sequence[str]) -> str | None:
    """The one dropped formula (skeletons) that ``core``, a new formula or quoted code,
    shortens or extends:
    the initial characters of its pieces (十百千万 ← 十县百乡千村万户: every second or third
    character), or the same formula with whole pieces cut or added at its end (两高 ← 两高一低,
    2+3+N ← 2+3: a piece starts with a numeral or +). None for none or several."""
    found = set()
    for old in formulas:
        if len(core) >= 3 and any(len(old) == k * len(core) and old[::k] == core for k in (2, 3)):
            found.add(old)
            continue
        short, long = sorted((core, old), key=len)
        rest = long[len(short) :]
        if (
            len(short) >= 2
            and long.startswith(short)
            and len(rest) >= 2
            and (rest[0] in _FORMULA_START or rest[0] == "+")
        ):
            found.add(old)
    return found.pop() if len(found) == 1 else None


def link_renamed(
    new_terms: Sequence[Term],
    dropped: Sequence[Term],
    old: ReportText,
    old_tokens: Sequence[Sequence[str]],
    new: ReportText,
    glossary: Sequence[GlossaryEntry] = (),
    lexicon: Lexicon | None = None,
    *,
    fork: bool = False,
) -> tuple[Term, ...]:
    """``new_terms`` with ``renamed_from`` set where a predecessor is found (see the module
    docstring); ``dropped`` are the older report's terms absent from the newer one. With
    ``fork`` and :data:`FORK_MIN_WEIGHT` of work, a forked child looks up the less salient
    half (:func:`toolkit.parallel.map_split`; the same result)."""
    # a definition is made a skeleton only for a new term it defines
    definitions = {skeleton(e.term): e.definition for e in glossary}
    gone = [d for d in dropped if len(skeleton(d.text)) >= 3]
    gone_cores = [(d.text, skeleton(d.text)) for d in gone]
    gone_set = {core for _, core in gone_cores}
    old_lines = _OldLines(old, old_tokens)
    lexicon = lexicon or default_lexicon()
    by_head: dict[str, list[str]] = {}
    plain: set[str] = set()  # mostly generic words: linked only as long names
    for d in gone:
        if d.kind not in _NOT_RENAMED:
            by_head.setdefault(skeleton(d.text)[-2:], []).append(skeleton(d.text))
            if not _specific(d, lexicon):
                plain.add(skeleton(d.text))
    heads = _Heads(by_head)
    explicit = explicit_successors(new, old)
    old_bases = old.present(b for t in new_terms if (b := version_base(t.text)))
    quoted = [skeleton(d.text) for d in gone if d.kind is TermKind.QUOTED]
    # :func:`same_subject` links only a quoted term of the same first two characters
    quoted_by_start: dict[str, list[str]] = {}
    for q in quoted:
        quoted_by_start.setdefault(q[:2], []).append(q)
    formulas = [skeleton(d.text) for d in dropped if d.kind is TermKind.FORMULA]
    # :func:`shortened` links only a formula of the same first character: look among those
    formulas_by_first: dict[str, list[str]] = {}
    for formula in formulas:
        formulas_by_first.setdefault(formula[:1], []).append(formula)
    named_in = finder(gone_set)  # the dropped terms a definition names, in one pass over it
    successors = Successors((core for _, core in gone_cores), lexicon)

    def source_of(ranked: tuple[int, Term]) -> str | None:
        rank, term = ranked
        source: str | None = None
        if term.kind not in _NOT_RENAMED:
            core = skeleton(term.text)
            definition = skeleton(definitions.get(skeleton(term.text), ""))
            named_cores = named_in(definition) if definition else {}
            named = (
                [text for text, core in gone_cores if core in named_cores] if named_cores else []
            )
            base = version_base(term.text)
            if skeleton(term.text) in explicit:
                source = explicit[skeleton(term.text)]
            elif base is not None and base in old_bases:  # 数字政府 → 数字政府2.0
                source = base
            elif named:
                source = max(named, key=len)
            else:
                # a new term's core is never a dropped one: adding it here changes nothing
                # for the other new terms, in whatever order or process they are looked up
                if not _specific(term, lexicon):
                    plain.add(skeleton(term.text))
                source = same_head(core, heads.near(core), old, new, plain)
            if source is None:
                source = successors.of(core)
            if source is None and term.kind in _CODED:
                source = shortened(core, formulas_by_first.get(core[:1], []))
            if source is None and term.kind is TermKind.QUOTED:
                source = same_subject(core, quoted_by_start.get(core[:2], []), old, new)
            if source is None and rank < MAX_LOOKED_UP:
                source = _predecessor(term, old_lines, new)
        return source

    # with ``fork`` and enough terms, a forked child looks up the less salient half
    sources = parallel.map_split(
        source_of,
        list(enumerate(new_terms)),
        weight=lambda ranked: LOOKED_UP_WEIGHT if ranked[0] < MAX_LOOKED_UP else 1,
        min_weight=FORK_MIN_WEIGHT,
        fork=fork,
    )
    linked = [
        replace(term, renamed_from=source) if source else term
        for term, source in zip(new_terms, sources, strict=True)
    ]
    return tuple(linked)
