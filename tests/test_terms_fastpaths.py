"""The terms analysis's fast paths (answers worked out once per string, loops done in C) must
give what the plain definitions give: checked on every line of the corpus's reports, cut by
the segmenter."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

import pytest
from conftest import CORPUS, CORPUS_PAIRS, needs_corpus

from toolkit import segment
from toolkit.terms import names, stance
from toolkit.terms.corpus import occurrences
from toolkit.terms.discover import _HAN_RUN, MIN_LEN, _count_grams
from toolkit.terms.extract import frequent_words
from toolkit.terms.lexicon import default_lexicon
from toolkit.terms.salience import specificity
from toolkit.terms.text import is_plain_number, word_ends, word_starts

pytestmark = needs_corpus
LEXICON = default_lexicon()


@cache
def _lines(province: str) -> tuple[str, ...]:
    folder = CORPUS / "reports" / province
    return tuple(
        line
        for year in ("2025", "2026")
        for line in (folder / f"{year}.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


@cache
def _tokens(province: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(segment.cut(line)) for line in _lines(province))


def _plain_starts(tokens: list[str] | tuple[str, ...]) -> dict[int, int]:
    starts: dict[int, int] = {}
    offset = 0
    for index, token in enumerate(tokens):
        starts[offset] = index
        offset += len(token)
    starts[offset] = len(tokens)
    return starts


def _plain_ends(tokens: list[str] | tuple[str, ...]) -> dict[int, int]:
    """What the rules of :mod:`toolkit.terms.stance` made of the starts before word_ends."""
    starts = _plain_starts(tokens)
    return {at + len(tokens[k]): k for at, k in starts.items() if k < len(tokens)}


def _plain_specificity(text: str, generic: frozenset[str] = LEXICON.generic) -> float:
    if not text:
        return 0.0
    covered = [False] * len(text)
    for size in range(min(len(text), 4), 0, -1):
        for i in range(len(text) - size + 1):
            if text[i : i + size] in generic:
                covered[i : i + size] = [True] * size
    return 1 - sum(covered) / len(text)


@pytest.mark.parametrize("province", CORPUS_PAIRS)
def test_word_starts_and_ends_are_those_of_a_walk_over_the_tokens(province):
    for tokens in _tokens(province):
        assert word_starts(tokens) == _plain_starts(tokens)
        assert word_ends(tokens) == _plain_ends(tokens)


def test_word_starts_and_ends_keep_a_walk_s_answer_around_tokens_of_no_characters():
    tokens = ["", "稳就业", "", "", "、", "稳企业", ""]
    assert list(word_starts(tokens).items()) == list(_plain_starts(tokens).items())
    assert word_ends(tokens) == _plain_ends(tokens)


@pytest.mark.parametrize("province", CORPUS_PAIRS)
def test_a_remembered_specificity_is_the_one_worked_out(province):
    for tokens in _tokens(province):
        for token in tokens:
            assert specificity(token, LEXICON) == _plain_specificity(token)
        phrase = "".join(tokens[:6])  # longer strings cover several generic words
        assert specificity(phrase, LEXICON) == _plain_specificity(phrase)
    # the answer is remembered per string and lexicon: another lexicon's answer is its own
    dropped = {"发展", "建设", "推进"}
    fewer = replace(LEXICON, generic=LEXICON.generic - dropped)
    asked = [token for tokens in _tokens(province) for token in tokens if token in dropped]
    assert asked
    for token in asked:
        assert specificity(token, fewer) == _plain_specificity(token, fewer.generic) == 1.0
        assert specificity(token, LEXICON) == 0.0


@pytest.mark.parametrize("province", CORPUS_PAIRS[:6])
def test_a_remembered_cut_of_a_phrase_is_the_segmenter_s_cut(province):
    """Phrases cut all at once, then again after the segmenter was given the words of text it
    had not seen (another province's lines): each remembered cut must be the cut of the phrase
    alone. The phrases: each line's clauses and their tails, as the rules take them (a concept
    phrase is a run of words of a clause), and a few with white space."""
    clauses = [c for line in _lines(province) for c in stance._CLAUSE.findall(line)]
    phrases = [
        *clauses,
        *(c[len(c) // 2 :] for c in clauses),
        "公募REITs",
        "数字 经济",
        "新质生产力\r",
    ]
    stance._CUTS.clear()
    stance._cut_all(phrases)
    assert set(stance._CUTS) == set(phrases) - {""}
    for phrase in phrases:
        assert stance._words(phrase) == tuple(segment.cut(phrase, hmm=False))
    other = CORPUS_PAIRS[(CORPUS_PAIRS.index(province) + 7) % len(CORPUS_PAIRS)]
    segment.cut_many(_lines(other))
    stance._CUTS.clear()
    stance._cut_all(phrases[::7])
    for phrase in phrases[::7]:
        assert stance._words(phrase) == tuple(segment.cut(phrase, hmm=False))


@pytest.mark.parametrize("province", CORPUS_PAIRS[:4])
def test_frequent_words_are_the_sorted_counts_filtered(province):
    tokenized = [list(t) for t in _tokens(province)]
    counts = Counter(t for tokens in tokenized for t in tokens)
    plain = [
        w
        for w, n in sorted(counts.items(), key=lambda p: (-p[1], p[0]))
        if n >= 5
        and len(w) >= 2
        and re.fullmatch(r"[\u3400-\u9fff]+", w)
        and w not in LEXICON.edge
        and not is_plain_number(w)
    ]
    assert frequent_words(counts, LEXICON) == plain


def _overlapping_starts(text: str, word: str) -> list[int]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


@pytest.mark.parametrize("province", CORPUS_PAIRS[:4])
def test_a_frequent_gram_is_counted_at_every_occurrence_and_found_at_each(province):
    """Discovery keeps the frequent grams only and finds their occurrences afterwards: each
    must have been counted at all of them (overlapping ones too), and be found at each."""
    runs = "\n".join(m.group() for line in _lines(province) for m in _HAN_RUN.finditer(line))
    grams, frequent = _count_grams(runs, 3)
    assert len(frequent) == len(set(frequent)) > 100
    assert all(len(g) >= MIN_LEN and grams[g] >= 3 for g in frequent)
    where = occurrences(runs, frequent)
    for gram in frequent:
        assert where[gram] == _overlapping_starts(runs, gram)
        assert grams[gram] == len(where[gram])
    assert occurrences(runs, ["一一", "人人"]).get("一一", []) == _overlapping_starts(runs, "一一")


@pytest.mark.parametrize("province", CORPUS_PAIRS)
def test_the_words_rules_start_from_are_those_the_word_by_word_tests_pick(province):
    """verb_objects and compact_concepts pick their starting words by set lookups: on every
    word of the corpus they must pick what the tests word by word picked."""
    verbs = stance._object_verbs(LEXICON.edge, LEXICON.generic)
    heads = stance._long_heads(LEXICON.head_words)
    for tokens in _tokens(province):
        for token in tokens:
            generic_verb = stance._generic_verb(token, LEXICON)
            assert (token in verbs) == (len(token) >= 2 and (token in LEXICON.edge or generic_verb))
            assert (token in heads) == (len(token) >= 2 and token in LEXICON.heads)


def _plain_ending_near(rest: str, endings: tuple[str, ...]) -> bool:
    """names._named_by_context's test of the name endings, ending by ending."""
    return any(len(e) >= 2 and e not in names._MEETINGS and 0 <= rest.find(e) <= 4 for e in endings)


@pytest.mark.parametrize("province", CORPUS_PAIRS[:6])
def test_one_search_of_the_name_endings_answers_as_a_test_of_each(province):
    """The text after each word of a real report, as _named_by_context looks at it, plus a
    few made to hold endings at and past the fourth character."""
    pattern = names._endings(LEXICON.names)
    assert pattern is not None
    rests = [line[at : at + 10] for line in _lines(province)[:200] for at in range(0, len(line), 3)]
    rests += [f"{'一' * k}{e}" for e in LEXICON.names for k in range(7)]
    for rest in rests:
        found = pattern.search(rest)
        assert (found is not None and found.start() <= 4) == _plain_ending_near(rest, LEXICON.names)
