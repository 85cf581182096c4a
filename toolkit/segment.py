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
  tokenizer with the full dictionary (0.11 s) that would be thrown away; the tokenizer here starts
  empty and is given the words above (0.1 s);
- nothing is loaded before the first cut, so commands that do not segment, and ``--help``,
  never pay for it.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.util
import marshal
import os
import sys
import tempfile
from collections import deque
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from types import ModuleType
from typing import Any

#: jieba dictionary words rarer than this are left out of the tokenizer's dictionary
MIN_WORD_FREQ = 5

#: bump when the cached file's content changes shape
_CACHE_FORMAT = 2

#: the dictionary: words, their frequencies and their part-of-speech tags, index for index
Words = tuple[list[str], list[int], list[str]]


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
    return words, freqs, tags


def _load_words(target: Path) -> Words | None:
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        words, freqs, tags = marshal.loads(target.read_bytes())
        if isinstance(words, str) and isinstance(tags, str) and isinstance(freqs, list):
            split_words, split_tags = words.split("\n"), tags.split("\n")
            if len(split_words) == len(freqs) == len(split_tags):
                return split_words, freqs, split_tags
    return None


def _store_words(target: Path, words: Words) -> None:
    data = marshal.dumps(("\n".join(words[0]), words[1], "\n".join(words[2])))
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
    return built


@cache
def _words() -> Words:
    return _words_from(dictionary_file(), _cache_dir())


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
    words, freqs, _ = _words()
    # no tags: they never change a cut (rjieba's own tagging is not used; :func:`tag` reads the
    # dictionary), and a loop in C over the calls: 137,000 of them, a third less time than
    # a Python ``for``
    deque(map(add, words, freqs, repeat(None)), maxlen=0)
    for word in sorted(extra):
        if len(word.strip()) > 1:
            add(word.strip(), None, None)  # a frequency that keeps the word whole
    return tokenizer


@cache
def _tokenizer() -> Any:
    return _new_tokenizer()


def load() -> None:
    """Load the dictionary now rather than on the first cut."""
    _tokenizer()


@cache
def _frequencies() -> dict[str, int]:
    words, freqs, _ = _words()
    return dict(zip(words, freqs, strict=True))


@cache
def _tags() -> dict[str, str]:
    words, _, tags = _words()
    return dict(zip(words, tags, strict=True))


def frequency(word: str) -> int:
    """The frequency of ``word`` in the segmenter's dictionary (0: not a dictionary word)."""
    return _frequencies().get(word, 0)


def tag(word: str) -> str:
    """The dictionary's part-of-speech tag of ``word`` (jieba's: "v" verb, "n" noun, "a"
    adjective, "ns" place name …), "" for a word not in the dictionary."""
    return _tags().get(word, "")


def cut(text: str, *, hmm: bool = True, words: frozenset[str] = frozenset()) -> list[str]:
    """Split ``text`` into words; ``"".join(cut(text)) == text`` always holds.

    ``words`` (quoted terms, glossary terms …) are added to the dictionary for this call only,
    so that the segmenter keeps them whole; pass the same frozenset for many calls. The result
    depends on the text and ``words`` alone, never on earlier calls.
    """
    if not text:
        return []
    tokenizer = _tokenizer_with(words) if words else _tokenizer()
    return list(tokenizer.cut(text, hmm))


@lru_cache(maxsize=4)
def _tokenizer_with(words: frozenset[str]) -> Any:
    """A tokenizer of its own with the dictionary and ``words`` (some 0.1 s to make)."""
    return _new_tokenizer(words)
