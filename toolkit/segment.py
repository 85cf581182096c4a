"""Chinese word segmentation: jieba's dictionary, cut by rjieba. Both live here and nowhere else.

The segmenter is rjieba, the Python binding of jieba-rs: jieba's algorithm (prefix DAG,
maximum-probability route, HMM for unknown runs) in Rust, about ten times faster than jieba's
pure Python (a provincial report pair: 0.02 s instead of 0.28 s). Its words come from jieba's own
``dict.txt`` (jieba is installed for this data file only and never imported), without the
rarest words (frequency below :data:`MIN_WORD_FREQ`: mostly names and archaic words that reports
do not use), 137,000 words with their frequencies and part-of-speech tags.

Start-up cost matters: a diff of two provincial reports should finish well under a second. So

- the word list is derived from ``dict.txt`` once (0.3 s) and kept in the user's cache folder,
  loaded with ``marshal.loads`` in about 0.02 s; when the folder cannot be written it is derived
  again on every run: slower, but the same words, so every result stays the same;
- rjieba's extension module is loaded without its package ``__init__``, which builds a default
  tokenizer with the full dictionary (0.11 s) that would be thrown away;
- the tokenizer starts empty and is given, before a cut, only the dictionary words the text can
  hold, with one entry that carries the others' frequency, so that every cut is the one of the
  whole dictionary (:class:`_Lazy`): a provincial pair's 13,000-16,000 words in 25-40 ms where
  all 137,000 took 0.07-0.15 s (rjieba has no bulk load: one ``add_word`` call a word). The
  text's keys (first two characters) are looked up among the dictionary's 95,000 (for many new
  keys, as a whole report's, each of the dictionary's is tested once instead), and each key's
  words are one slice of the cached text, kept in UTF-32 and decoded only where read:
  marshal's UTF-8 of the whole text took some 13 M instructions to decode, a run's given words
  a twentieth of that;
  :func:`cut_many` looks up the words of many texts at once. A call with ``words`` of its own
  still makes a tokenizer with the whole dictionary;
- a word's frequency and part-of-speech tag (:func:`frequency`, :func:`tag`) are looked up by
  its key in the same cache (:class:`_Entries`), never by a dict of all the words;
- nothing is loaded before the first cut, so commands that do not segment, and ``--help``,
  never pay for it.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.util
import marshal
import operator
import os
import sys
import threading
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import compress, repeat
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

#: jieba dictionary words rarer than this are left out of the tokenizer's dictionary
MIN_WORD_FREQ = 5

#: bump when the cached file's content changes shape (4: words in the order of their keys;
#: 5: each key once, with where its words start; 6: the words' text in UTF-32)
_CACHE_FORMAT = 6
#: the encoding of :attr:`Words.text`: one code unit a character, so that character offsets are
#: byte offsets over :data:`_WIDTH`
_TEXT = "utf-32-le"
_WIDTH = 4


class Words(NamedTuple):
    """The dictionary, word by word in the order of their keys (:func:`_key`): kept as loaded
    from the cache (one text, arrays of numbers), since splitting the 137,000 words and tags
    into strings took longer than the rest of a run's segmenter start (10 and 4 ms of 25)."""

    text: bytes  #: the words, one a line, in UTF-32 (:data:`_TEXT`); ``starts`` count characters
    starts: Sequence[int]  #: where each word starts in ``text``, and the end of ``text`` + 1
    freqs: Sequence[int]
    tags: str  #: the part-of-speech tags, one a line
    keys: Sequence[int]  #: the words' keys, each once, in order
    #: the index of the first word of each key, and the number of words: the words of
    #: ``keys[g]`` are ``bounds[g]`` to ``bounds[g + 1]`` (one slice of ``text``)
    bounds: Sequence[int]
    total: int  #: the sum of the frequencies

    def word(self, index: int) -> str:
        start, end = self.starts[index], self.starts[index + 1] - 1
        return self.text[start * _WIDTH : end * _WIDTH].decode(_TEXT)

    def words(self) -> list[str]:
        return self.text.decode(_TEXT).split("\n")


#: new keys from which :class:`_Lazy` tests every key of the dictionary rather than search
#: each key (a pass over its 95,000 keys in C, about 7 ms, costs what some 11,000 searches do)
_MANY_KEYS = 10_000


def _key(word: str) -> int:
    """A word's key: its first two characters as one number (one character: its code point),
    as :func:`_key_runs` reads them from a text."""
    return ord(word[0]) | (ord(word[1]) << 32 if len(word) > 1 else 0)


def _key_runs(text: str) -> list[Sequence[int]]:
    """The keys of the pairs of neighbouring characters of ``text`` and of its last character
    (paired with U+0000, whose key is the character's own), in runs with repeats. The other
    characters' keys are their code points (:meth:`_Lazy.ready`).

    The pairs are read as 64-bit numbers from the text in UTF-32, those from even places and
    those from odd ones: a pass in C, a tenth of the time of building the pairs as strings."""
    padded = text + "\x00"
    if sys.byteorder != "little":  # the numbers below would read the characters swapped
        return [list(map(_key, map(operator.add, padded, padded[1:])))]
    data = memoryview(padded.encode("utf-32-le", "surrogatepass"))
    return [data[start : start + (len(data) - start) // 8 * 8].cast("Q") for start in (0, 4)]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "report-toolkit"


def dictionary_file() -> Path:
    """jieba's ``dict.txt`` (found without importing jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba (its dictionary) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def _build_words(full: Path) -> Words:
    words: list[str] = []
    freqs: list[int] = []
    tags: list[str] = []
    for line in full.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= MIN_WORD_FREQ:
            words.append(parts[0])
            freqs.append(int(parts[1]))
            tags.append(parts[2] if len(parts) >= 3 else "")
    keys = list(map(_key, words))
    order = sorted(range(len(words)), key=lambda i: (keys[i], words[i]))  # for _Lazy's search
    starts = [0]
    distinct: list[int] = []
    bounds: list[int] = []
    for place, i in enumerate(order):
        starts.append(starts[-1] + len(words[i]) + 1)
        if not distinct or keys[i] != distinct[-1]:
            distinct.append(keys[i])
            bounds.append(place)
    bounds.append(len(order))
    return _as_words(
        (
            "\n".join(words[i] for i in order).encode(_TEXT),
            array("I", starts).tobytes(),
            array("I", (freqs[i] for i in order)).tobytes(),
            "\n".join(tags[i] for i in order),
            array("Q", distinct).tobytes(),
            array("I", bounds).tobytes(),
            sum(freqs),
        )
    )


def _as_words(stored: tuple[bytes, bytes, bytes, str, bytes, bytes, int]) -> Words:
    """The dictionary from its stored form (what :func:`_stored` gives)."""
    text, starts, freqs, tags, keys, bounds, total = stored
    if not (isinstance(text, bytes) and isinstance(tags, str) and isinstance(total, int)):
        raise TypeError("not a stored dictionary")
    words = Words(
        text, memoryview(starts).cast("I"), memoryview(freqs).cast("I"), tags,
        memoryview(keys).cast("Q"), memoryview(bounds).cast("I"), total,
    )  # fmt: skip
    count = len(words.freqs)
    if not (len(words.starts) == count + 1 == tags.count("\n") + 2):
        raise ValueError("a stored dictionary of parts that do not match")
    if words.starts[-1] * _WIDTH != len(text) + _WIDTH or len(words.bounds) != len(words.keys) + 1:
        raise ValueError("a stored dictionary of parts that do not match")
    if words.bounds[0] != 0 or words.bounds[-1] != count:
        raise ValueError("a stored dictionary of parts that do not match")
    return words


def _stored(words: Words) -> tuple[bytes, bytes, bytes, str, bytes, bytes, int]:
    return (
        words.text,
        bytes(words.starts),
        bytes(words.freqs),
        words.tags,
        bytes(words.keys),
        bytes(words.bounds),
        words.total,
    )


def _load_words(target: Path) -> Words | None:
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        return _as_words(marshal.loads(target.read_bytes()))
    return None


def _store_words(target: Path, words: Words) -> None:
    import tempfile  # here: only a run that derives the dictionary stores it

    data = marshal.dumps(_stored(words))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _words_from(full: Path, folder: Path) -> Words:
    """The words of ``full`` (jieba's ``dict.txt``) without the rarest, derived on first use and
    cached in ``folder``; derived again on every run when the cache cannot be written."""
    target = folder / f"jieba-{full.stat().st_size}-f{MIN_WORD_FREQ}-v{_CACHE_FORMAT}.marshal"
    loaded = _load_words(target)
    if loaded is not None:
        return loaded
    built = _build_words(full)
    _store_words(target, built)
    _forget_older(folder)
    return built


def _forget_older(folder: Path) -> None:
    """Remove the cached dictionaries of earlier cache formats (3-4 MB each), which no version
    of this one reads again."""
    for path in folder.glob("jieba-*-v*.marshal"):
        version = path.stem.rpartition("-v")[2]
        if version.isdigit() and int(version) < _CACHE_FORMAT:
            with contextlib.suppress(OSError):
                path.unlink()


@cache
def _words() -> Words:
    return _words_from(dictionary_file(), _cache_dir())


@cache
def _word_list() -> list[str]:
    """The dictionary's words as strings (for the whole-dictionary tokenizer; a run that only
    cuts, or asks :func:`frequency` and :func:`tag`, never splits them)."""
    return _words().words()


@cache
def _rjieba() -> ModuleType:
    """rjieba's extension module, loaded on its own (see the module docstring); the package
    import when its layout is not the one expected."""
    name = "rjieba.rjieba"
    if name in sys.modules:  # rjieba imported already: its tokenizer exists anyway
        return sys.modules[name]
    spec = importlib.util.find_spec("rjieba")
    folder = Path(next(iter(spec.submodule_search_locations or []), "")) if spec else None
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = folder / f"rjieba{suffix}" if folder else None
        if path is not None and path.is_file():
            loader = importlib.machinery.ExtensionFileLoader(name, str(path))
            module_spec = importlib.util.spec_from_file_location(name, path, loader=loader)
            if module_spec is not None:
                module = importlib.util.module_from_spec(module_spec)
                loader.exec_module(module)
                # registered, so that an ``import rjieba`` elsewhere reuses it (and so that
                # tests can see whether the segmenter was loaded)
                sys.modules[name] = module
                return module
    import rjieba

    return rjieba


def _new_tokenizer(extra: frozenset[str] = frozenset()) -> Any:
    tokenizer = _rjieba().Jieba.empty()
    add = tokenizer.add_word
    words, freqs = _word_list(), _words().freqs
    # no tags: they never change a cut (rjieba's own tagging is not used; :func:`tag` reads the
    # dictionary), and a loop in C over the calls: 137,000 of them, a third less time than
    # a Python ``for``
    deque(map(add, words, freqs, repeat(None)), maxlen=0)
    for word in sorted(extra):
        if len(word.strip()) > 1:
            add(word.strip(), None, None)  # a frequency that keeps the word whole
    return tokenizer


#: the entry that carries the frequency of the words not given yet (see :class:`_Lazy`); a text
#: holding it is cut by a tokenizer with the whole dictionary
_REST = "\x00\x00"


class _Lazy:
    """A tokenizer given, before each cut, the dictionary words the text can hold, and one
    entry (:data:`_REST`) with the frequency of all the others.

    jieba's cut of a text reads the dictionary in three ways only: the words that start at each
    position (its prefix DAG), the frequencies of those words, and the dictionary's total
    frequency (a word's probability is its frequency over the total); the HMM's unknown runs
    are looked up too, and they are parts of the text. So a tokenizer that holds every
    dictionary word found in the text, with its frequency, and the same total, cuts the text
    as one with all 137,000 words; the result still depends on the text alone, never on what
    earlier calls gave it. The words given are those whose key (first two characters, or the
    one) is a pair of characters of the text or one of its characters: a superset. A
    provincial pair holds some 13,000-16,000 of them (the Guangdong samples: 16,192 words of
    6,257 keys, 6,764 of them in the text); giving all 137,000 took 0.07-0.15 s a run
    (``tests/test_segment.py`` checks that every corpus text, sample and State Council report
    is cut as by the whole dictionary)."""

    def __init__(self) -> None:
        self.tokenizer = _rjieba().Jieba.empty()
        dictionary = _words()
        # as arrays: a memoryview's items and slices are slower to read (0.6 ms to copy)
        self.text = dictionary.text
        self.keys, self.starts, self.bounds = _key_index()
        self.freqs = _array("I", dictionary.freqs)
        self.total = dictionary.total
        self.given = 0  #: the frequency of the words given so far
        self.seen: set[int] = set()  #: the keys looked up so far
        #: held while words are given and cut with: a thread must not cut with keys another
        #: has marked seen but not yet given
        self.lock = threading.Lock()

    def cut(self, texts: Sequence[str], hmm: bool) -> list[list[str]]:
        """Each text cut, the words of all of them given first."""
        with self.lock:
            tokenizer = self.ready(texts[0] if len(texts) == 1 else "\n".join(texts))
            return [list(tokenizer.cut(text, hmm)) if text else [] for text in texts]

    def ready(self, text: str) -> Any:
        """The tokenizer, holding the words ``text`` can hold."""
        runs = _key_runs(text)
        if all(map(self.seen.issuperset, runs)):  # mostly, once a report is in: no new set
            return self.tokenizer
        keys = set().union(*runs)
        # the keys of the characters: the pairs' first characters (the last one's pair is its
        # own key already), read from the text's distinct characters
        keys.update(map(ord, set(text)))
        keys -= self.seen
        if keys:
            self.seen |= keys
            chosen = self._all_with(keys) if len(keys) > _MANY_KEYS else self._searched(keys)
            if chosen:
                self._give(chosen)
        return self.tokenizer

    def _all_with(self, keys: set[int]) -> list[int]:
        """The dictionary's keys that are in ``keys`` (their places), by a test of each."""
        return list(compress(range(len(self.keys)), map(keys.__contains__, self.keys)))

    def _searched(self, keys: set[int]) -> list[int]:
        """The dictionary's keys that are in ``keys`` (their places), by a binary search of
        each."""
        found = [bisect_left(self.keys, key) for key in keys]
        count = len(self.keys)
        return [g for g, key in zip(found, keys, strict=True) if g < count and self.keys[g] == key]

    def _give(self, groups: list[int]) -> None:
        """Give the words of the keys at ``groups``: each key's words are one slice of the
        dictionary's text and one of its frequencies (a call of :meth:`Words.word` a word
        took twice the time), decoded together."""
        text, starts, freqs, bounds = self.text, self.starts, self.freqs, self.bounds
        parts: list[bytes] = []
        amounts: list[int] = []
        for g in groups:
            parts.append(_group_text(text, starts, bounds, g))
            amounts += freqs[bounds[g] : bounds[g + 1]]
        words = _LINE.join(parts).decode(_TEXT).split("\n")
        add = self.tokenizer.add_word
        deque(map(add, words, amounts, repeat(None)), maxlen=0)
        self.given += sum(amounts)
        add(_REST, self.total - self.given, None)


_LINE = "\n".encode(_TEXT)


def _group_text(text: bytes, starts: Sequence[int], bounds: Sequence[int], group: int) -> bytes:
    """The words of the key at ``group`` (:attr:`Words.bounds`), one a line: one slice of the
    dictionary's ``text``, still in UTF-32."""
    first, end = bounds[group], bounds[group + 1]
    return text[starts[first] * _WIDTH : (starts[end] - 1) * _WIDTH]


def _array(code: str, numbers: Sequence[int]) -> array[int]:
    """``numbers`` (a memoryview of the loaded dictionary) as an array of type ``code``, copied
    in C."""
    assert isinstance(numbers, memoryview)
    copied = array(code)
    copied.frombytes(numbers.cast("B"))
    return copied


@cache
def _key_index() -> tuple[array[int], array[int], array[int]]:
    """The cached dictionary's keys, word starts and key bounds (:class:`Words`) as arrays, for
    :class:`_Lazy` and :class:`_Entries`."""
    words = _words()
    return _array("Q", words.keys), _array("I", words.starts), _array("I", words.bounds)


@cache
def _lazy() -> _Lazy:
    return _Lazy()


@cache
def _tokenizer() -> Any:
    """A tokenizer with the whole dictionary (for texts holding :data:`_REST`)."""
    return _new_tokenizer()


def cut_many(texts: Sequence[str], hmm: bool = True) -> list[list[str]]:
    """:func:`cut` of each text (the same words), cheaper than text by text: the dictionary
    words they hold are looked up once for all."""
    if any(_REST in text for text in texts):
        return [list(_tokenizer().cut(text, hmm)) if text else [] for text in texts]
    return _lazy().cut(texts, hmm) if texts else []


class _Entries:
    """The dictionary's words looked up one at a time, by key: a binary search among the keys,
    then among the key's few words (sorted, one slice of the text); each word's place is
    remembered. A dict of all 137,000 words' frequencies and one of their tags took some 50 ms
    to build (22 and 29 ms, the word list split already) in a run that asks a few thousand."""

    def __init__(self) -> None:
        dictionary = _words()
        self.text = dictionary.text
        self.keys, self.starts, self.bounds = _key_index()
        self.freqs = dictionary.freqs
        self.tags = dictionary.tags.split("\n")
        self.groups: dict[int, list[str]] = {}  #: the words of each key looked up
        self.places: dict[str, int] = {}  #: word → its place (-1: not a dictionary word)

    def place(self, word: str) -> int:
        """The place of ``word`` among the dictionary's words, -1 when it is not one."""
        found = self.places.get(word)
        if found is None:
            found = self.places[word] = self._search(word) if word else -1
        return found

    def _search(self, word: str) -> int:
        key = _key(word)
        g = bisect_left(self.keys, key)
        if g == len(self.keys) or self.keys[g] != key:
            return -1
        words = self.groups.get(g)
        if words is None:
            part = _group_text(self.text, self.starts, self.bounds, g)
            words = self.groups[g] = part.decode(_TEXT).split("\n")
        at = bisect_left(words, word)
        return self.bounds[g] + at if at < len(words) and words[at] == word else -1


@cache
def _entries() -> _Entries:
    return _Entries()


def frequency(word: str) -> int:
    """The frequency of ``word`` in the segmenter's dictionary (0: not a dictionary word)."""
    entries = _entries()
    place = entries.place(word)
    return entries.freqs[place] if place >= 0 else 0


def tag(word: str) -> str:
    """The dictionary's part-of-speech tag of ``word`` (jieba's: "v" verb, "n" noun, "a"
    adjective, "ns" place name …), "" for a word not in the dictionary."""
    entries = _entries()
    place = entries.place(word)
    return entries.tags[place] if place >= 0 else ""


def cut(text: str, *, hmm: bool = True, words: frozenset[str] = frozenset()) -> list[str]:
    """Split ``text`` into words; ``"".join(cut(text)) == text`` always holds.

    ``words`` (quoted terms, glossary terms …) are added to the dictionary for this call only,
    so that the segmenter keeps them whole; pass the same frozenset for many calls. The result
    depends on the text and ``words`` alone, never on earlier calls.
    """
    if not text:
        return []
    if words:
        tokenizer = _tokenizer_with(words)
    elif _REST in text:
        tokenizer = _tokenizer()
    else:
        return _lazy().cut([text], hmm)[0]
    return list(tokenizer.cut(text, hmm))


def prepare(words: frozenset[str]) -> None:
    """Make now the tokenizer :func:`cut` uses with ``words`` (some 0.1 s), so that processes
    forked after it share it rather than each making its own."""
    if words:
        _tokenizer_with(words)


@lru_cache(maxsize=4)
def _tokenizer_with(words: frozenset[str]) -> Any:
    """A tokenizer of its own with the dictionary and ``words`` (some 0.1 s to make)."""
    return _new_tokenizer(words)
