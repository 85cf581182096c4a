"""Discovery of multi-character words the segmenter splits (新质生产力, 超长期特别国债).

A candidate is a run of 3 to :data:`MAX_LEN` Chinese characters that

- occurs at least ``min_count`` times in the text;
- is cohesive: for every way of cutting it in two, the pointwise mutual information
  log(P(whole) / (P(left)·P(right))) is at least :data:`MIN_COHESION` (its parts occur together
  far more often than chance);
- is free: the characters right before and right after its occurrences vary, with left and right
  entropy at least :data:`MIN_ENTROPY` (it is not a fragment of a longer word);
- starts and ends on word boundaries of the segmentation in most occurrences and spans at least
  two words (the segmenter splits it), neither of them a function word or a generic verb;
- does not start with a numeral (number-led phrases are formulas, or counts: 五年来) and is
  not mostly made of generic words (:data:`MIN_SPECIFICITY`);
- is not contained in a longer candidate that occurs about as often.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from toolkit.terms.lexicon import Lexicon
from toolkit.terms.salience import specificity

MAX_LEN = 7
MIN_COHESION = 3.0
MIN_ENTROPY = 0.9
#: Share of a discovered word's characters that must lie outside generic words (see
#: :func:`toolkit.terms.salience.specificity`): 产业升级, 保障能力 are phrases, not terms.
MIN_SPECIFICITY = 0.6
_NUMERAL_START = re.compile(r"[一二两三四五六七八九十百千万几数]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _entropy(counter: Counter[str]) -> float:
    total = sum(counter.values())
    return -sum(n / total * math.log(n / total) for n in counter.values())


def _count_grams(runs: str, min_count: int) -> tuple[Counter[str], dict[str, list[int]]]:
    """Counts of the n-grams (n ≤ MAX_LEN) of ``runs`` (Chinese runs joined by "\n") whose
    every prefix occurs at least ``min_count`` times (shorter grams are all counted), and the
    start positions of the frequent grams of three or more characters."""
    grams: Counter[str] = Counter(runs)
    positions = [i for i, ch in enumerate(runs) if ch != "\n"]
    where: dict[str, list[int]] = {}
    for n in range(2, MAX_LEN + 1):
        positions = [
            i
            for i in positions
            if grams[runs[i : i + n - 1]] >= min_count
            and i + n <= len(runs)
            and runs[i + n - 1] != "\n"
        ]
        level = Counter(runs[i : i + n] for i in positions)
        grams.update(level)
        if n >= 3:
            for i in positions:
                g = runs[i : i + n]
                if level[g] >= min_count:
                    where.setdefault(g, []).append(i)
    return grams, where


def discover_words(
    lines: Sequence[str],
    tokenized: Sequence[Sequence[str]],
    lexicon: Lexicon,
    *,
    min_count: int = 3,
) -> list[str]:
    """Candidate new words of ``lines`` (each with its segmentation in ``tokenized``)."""
    runs = "\n".join(run for line in lines for run in _HAN_RUN.findall(line))
    grams, where = _count_grams(runs, min_count)
    total = len(runs) - runs.count("\n")
    if not total:
        return []

    def cohesive(word: str) -> bool:
        whole = grams[word]
        return all(
            math.log(whole * total / (grams[word[:cut]] * grams[word[cut:]])) >= MIN_COHESION
            for cut in range(1, len(word))
        )

    def free(word: str, starts: list[int]) -> bool:
        left: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for k, i in enumerate(starts):
            before = runs[i - 1] if i > 0 else "\n"
            after = runs[i + len(word)] if i + len(word) < len(runs) else "\n"
            left[before if before != "\n" else f"#{k}"] += 1  # each boundary counts apart
            right[after if after != "\n" else f"#{k}"] += 1
        return min(_entropy(left), _entropy(right)) >= MIN_ENTROPY

    candidates = [
        g
        for g, starts in where.items()
        if not _NUMERAL_START.match(g)
        and cohesive(g)
        and specificity(g, lexicon) >= MIN_SPECIFICITY
        and free(g, starts)
    ]
    found = [g for g in candidates if _split_on_boundaries(g, lines, tokenized, lexicon)]
    found.sort(key=lambda g: (-len(g), g))
    kept: list[str] = []
    for g in found:
        if any(g in longer and grams[g] <= grams[longer] * 1.25 for longer in kept):
            continue
        kept.append(g)
    return sorted(kept, key=lambda g: (-grams[g], g))


def _split_on_boundaries(
    word: str, lines: Sequence[str], tokenized: Sequence[Sequence[str]], lexicon: Lexicon
) -> bool:
    """Whether most occurrences of ``word`` start and end on word boundaries and span two or
    more words, none of whose edge words is a function word or generic verb."""
    occurrences = aligned = 0
    for line, tokens in zip(lines, tokenized, strict=True):
        pos = line.find(word)
        if pos < 0:
            continue
        starts: dict[int, int] = {}
        offset = 0
        for index, token in enumerate(tokens):
            starts[offset] = index
            offset += len(token)
        while pos >= 0:
            occurrences += 1
            end = pos + len(word)
            first = starts.get(pos)
            if first is not None and (end in starts or end == len(line)):
                last = first
                length = len(tokens[first])
                while length < len(word):
                    last += 1
                    length += len(tokens[last])
                if last > first:
                    if tokens[first] in lexicon.edge or tokens[last] in lexicon.edge:
                        return False
                    aligned += 1
            pos = line.find(word, pos + 1)
    return occurrences > 0 and aligned * 2 >= occurrences
