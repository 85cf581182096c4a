"""Discovery of multi-character words the segmenter splits (新质生产力, 超长期特别国债).

A candidate is a run of :data:`MIN_LEN` to :data:`MAX_LEN` Chinese characters (three-character
words are mostly dictionary words or generic: 新业态, 全覆盖) that

- occurs at least ``min_count`` times in the text (twice is too little: too many phrases recur
  twice in a report);
- is cohesive: for every way of cutting it in two, the pointwise mutual information
  log(P(whole) / (P(left)·P(right))) is at least :data:`MIN_COHESION` (its parts occur together
  far more often than chance);
- is free: the characters right before and right after its occurrences vary, with left and right
  entropy at least :data:`MIN_ENTROPY` (all different for a word seen twice), a punctuation
  mark or a function or generic word next to it counting as a new neighbour each time (发展新质
  生产力): it is not a fragment of a longer word;
- starts and ends on word boundaries of the segmentation in most occurrences, and neither its
  first nor its last word is a function word or a generic verb (whether the segmenter keeps it
  whole is not asked: that depends on the words any analysis taught the shared segmenter
  before, and results must not);
- does not start with a numeral (number-led phrases are formulas, or counts: 五年来) and is
  not mostly made of generic words (:data:`MIN_SPECIFICITY`);
- holds no conjunction or particle (和, 与, 及, 或, 的);
- is not contained in a longer candidate that occurs about as often.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import compress

from toolkit.terms.corpus import occurrences
from toolkit.terms.lexicon import Lexicon
from toolkit.terms.salience import specificity

MIN_LEN = 4
MAX_LEN = 7
MIN_COHESION = 3.0
MIN_ENTROPY = 0.9
#: Share of a discovered word's characters that must lie outside generic words (see
#: :func:`toolkit.terms.salience.specificity`): 产业升级, 保障能力 are phrases, not terms.
MIN_SPECIFICITY = 0.6
_NUMERAL_START = re.compile(r"[一二两三四五六七八九十百千万几数]")
#: Function characters that may stand right next to a word (的, 和 …).
PARTICLES = frozenset("的地得和与及或在对把被将为以于从由向到等是了着并而")
#: A discovered word holds no conjunction or particle: 文化和科技 is two words.
_JOINERS = re.compile("[和与及或的]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


#: ratios of :func:`discover_words`'s cohesion test surely below and above exp(MIN_COHESION)
_BELOW = math.exp(MIN_COHESION) * (1 - 1e-9)
_ABOVE = math.exp(MIN_COHESION) * (1 + 1e-9)


def _entropy(counter: Counter[str | int]) -> float:
    total = sum(counter.values())
    return -sum(n / total * math.log(n / total) for n in counter.values())


def _count_grams(runs: str, min_count: int) -> tuple[Counter[str], list[str]]:
    """Counts of the n-grams (n ≤ MAX_LEN) of ``runs`` (Chinese runs joined by "\n") whose
    every prefix occurs at least ``min_count`` times (shorter grams are all counted), and the
    frequent grams of :data:`MIN_LEN` or more characters. (A gram's occurrences all have the
    same prefixes: each gram is counted at all of its occurrences or at none.)"""
    grams: Counter[str] = Counter(runs)
    positions = list(compress(range(len(runs)), map("\n".__ne__, runs)))
    # the grams at ``positions`` of the level before, and their counts (each level's grams
    # are sliced once and filtered by the counts of that level, not of all the grams); a gram
    # that would run past its line ends in a line break (``padded``: past the text too) and is
    # dropped from its level's counts, so that no longer gram starts where it does
    previous, counts = list(runs.replace("\n", "")), dict(grams)
    padded = runs + "\n" * MAX_LEN
    frequent: list[str] = []
    for n in range(2, MAX_LEN + 1):
        often = {g for g, count in counts.items() if count >= min_count}
        positions = list(compress(positions, map(often.__contains__, previous)))
        previous = [padded[i : i + n] for i in positions]
        level = Counter(previous)
        for broken in [g for g in level if g[-1] == "\n"]:
            del level[broken]
        dict.update(grams, level)  # grams of n characters: none counted before
        if n >= MIN_LEN:
            frequent.extend(g for g, count in level.items() if count >= min_count)
        counts = level
    return grams, frequent


def discover_words(
    lines: Sequence[str],
    tokenized: Sequence[Sequence[str]],
    lexicon: Lexicon,
    *,
    min_count: int = 3,
) -> list[str]:
    """Candidate new words of ``lines`` (each with its segmentation in ``tokenized``)."""
    spans = [(index, m) for index, line in enumerate(lines) for m in _HAN_RUN.finditer(line)]
    runs = "\n".join(m.group() for _, m in spans)
    grams, frequent = _count_grams(runs, min_count)
    total = len(runs) - runs.count("\n")
    if not total:
        return []

    def cohesive(word: str) -> bool:
        whole = grams[word] * total
        for cut in range(1, len(word)):
            ratio = whole / (grams[word[:cut]] * grams[word[cut:]])
            # log(ratio) >= MIN_COHESION, the logarithm taken only near the bound (log is
            # monotonic and exact to an ulp: far from exp(MIN_COHESION) the comparison says it)
            if ratio < _BELOW or (ratio <= _ABOVE and math.log(ratio) < MIN_COHESION):
                return False
        return True

    loose = lexicon.edge

    def free(word: str, starts: list[int]) -> bool:
        # a boundary, or a function or generic word next to it (发展新质生产力), says the word
        # stands free: each such neighbour counts as a different one (its occurrence's index)
        threshold = min(MIN_ENTROPY, math.log(len(starts)) - 1e-9)
        left: list[str | int] = []
        for k, i in enumerate(starts):
            before = runs[max(0, i - 2) : i]
            if not before or before[-1] == "\n" or before in loose or before[-1] in PARTICLES:
                left.append(k)
            else:
                left.append(before[-1])
        if _entropy(Counter(left)) < threshold:  # the right side need not be looked at
            return False
        right: list[str | int] = []
        size = len(word)
        for k, i in enumerate(starts):
            after = runs[i + size : i + size + 2]
            if not after or after[0] == "\n" or after in loose or after[0] in PARTICLES:
                right.append(k)
            else:
                right.append(after[0])
        return _entropy(Counter(right)) >= threshold

    shaped = [
        g
        for g in frequent
        if not _NUMERAL_START.match(g)
        and not _JOINERS.search(g)
        and cohesive(g)
        and specificity(g, lexicon) >= MIN_SPECIFICITY
    ]
    # the start of every occurrence (overlapping ones too), found for these grams only
    where = occurrences(runs, shaped)
    candidates = [g for g in shaped if free(g, where[g])]
    boundaries = _Boundaries(spans, lines, tokenized)
    found = [g for g in candidates if _split_on_boundaries(g, where[g], boundaries, lexicon)]
    found.sort(key=lambda g: (-len(g), g))
    kept: list[str] = []
    containing: dict[str, list[str]] = {}  # a part of a kept word → the kept words holding it
    for g in found:
        if any(grams[g] <= grams[longer] * 1.25 for longer in containing.get(g, ())):
            continue
        kept.append(g)
        for part in {g[i:j] for i in range(len(g)) for j in range(i + MIN_LEN, len(g) + 1)}:
            containing.setdefault(part, []).append(g)
    return sorted(kept, key=lambda g: (-grams[g], g))


class _Boundaries:
    """Where the words of each line start, and where in the lines a position of the joined
    Chinese runs lies; the lines' word starts are worked out once, when first asked for."""

    def __init__(
        self,
        spans: Sequence[tuple[int, re.Match[str]]],
        lines: Sequence[str],
        tokenized: Sequence[Sequence[str]],
    ) -> None:
        self.lines, self.tokenized = lines, tokenized
        self.runs = [(index, m.start()) for index, m in spans]  # (line, start in the line)
        self.offsets: list[int] = []  # start of each run in the joined runs
        offset = 0
        for _, m in spans:
            self.offsets.append(offset)
            offset += len(m.group()) + 1
        self._starts: dict[int, dict[int, int]] = {}

    def locate(self, position: int) -> tuple[int, int]:
        """The line and the position in it of ``position`` in the joined runs."""
        run = bisect_right(self.offsets, position) - 1
        line, start = self.runs[run]
        return line, start + position - self.offsets[run]

    def starts(self, line: int) -> dict[int, int]:
        """Start position in the line → index of the word starting there."""
        found = self._starts.get(line)
        if found is None:
            found = {}
            offset = 0
            for index, token in enumerate(self.tokenized[line]):
                found[offset] = index
                offset += len(token)
            self._starts[line] = found
        return found


def _split_on_boundaries(
    word: str, positions: Sequence[int], boundaries: _Boundaries, lexicon: Lexicon
) -> bool:
    """Whether most occurrences of ``word`` (its ``positions`` in the joined runs: all of
    them, overlapping ones included) start and end on word boundaries, and none has a function
    word or generic verb as its first or last word."""
    occurrences = aligned = 0
    for position in positions:
        index, pos = boundaries.locate(position)
        line, tokens = boundaries.lines[index], boundaries.tokenized[index]
        starts = boundaries.starts(index)
        occurrences += 1
        end = pos + len(word)
        first = starts.get(pos)
        if first is not None and (end in starts or end == len(line)):
            last = first
            length = len(tokens[first])
            while length < len(word):
                last += 1
                length += len(tokens[last])
            if tokens[first] in lexicon.edge or tokens[last] in lexicon.edge:
                return False
            aligned += 1
    return occurrences > 0 and aligned * 2 >= occurrences
