"""Chinese word segmentation. jieba lives here and nowhere else.

jieba is imported on first use, so commands that do not segment, and ``--help``, never pay for
it. All callers share one tokenizer; words a caller wants kept whole are added to a copy of it
(:func:`cut`'s ``words``), so that no analysis changes how another one segments.

Start-up cost matters: a diff of two provincial reports should finish well under a second, and
jieba as shipped spends 0.65 s before its first cut (0.06 s importing ``pkg_resources``, 0.6 s
loading its 349,000-word prefix dictionary with ``marshal.load`` on a file object, which reads
in small pieces). So the tokenizer here

- imports jieba with ``pkg_resources`` hidden; jieba then falls back to plain ``open`` for its
  data files, which it only needs on Jython;
- uses jieba's dictionary without its rarest words (frequency below :data:`MIN_WORD_FREQ`:
  mostly names and archaic words that reports do not use), 137,000 words;
- keeps that prefix dictionary, in jieba's own format, in the user's cache folder and loads it
  with ``marshal.loads`` on the whole file, in about 0.05 s.

The prefix dictionary is derived once from the installed jieba (0.3 s), and again on every run
when the cache folder cannot be written: the words, and so every result, stay the same.
"""

from __future__ import annotations

import contextlib
import io
import logging
import marshal
import os
import sys
import tempfile
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

#: jieba dictionary words rarer than this are left out of the tokenizer's dictionary
MIN_WORD_FREQ = 5

#: bump when the cached file's content changes shape
_CACHE_FORMAT = 1


PrefixDict = tuple[dict[str, int], int]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "report-toolkit"


def _build_prefix_dictionary(full: Path) -> PrefixDict:
    import jieba

    kept = [
        line
        for line in full.read_bytes().splitlines()
        if len(parts := line.split()) >= 2 and parts[1].isdigit() and int(parts[1]) >= MIN_WORD_FREQ
    ]
    freq, total = jieba.Tokenizer.gen_pfdict(io.BytesIO(b"\n".join(kept)))
    return freq, total


def _prefix_dictionary(full: Path, folder: Path) -> PrefixDict:
    """jieba's prefix dictionary (word and prefix → frequency, total frequency) without the
    rarest words, derived from ``full`` on first use and cached in ``folder``. When the cache
    cannot be written it is derived again on every run (0.3 s): slower, but the same words."""
    target = folder / f"jieba-{full.stat().st_size}-f{MIN_WORD_FREQ}-v{_CACHE_FORMAT}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        freq, total = marshal.loads(target.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int):
            return freq, total
    built = _build_prefix_dictionary(full)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    except OSError:
        return built
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(built))
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return built


def _import_jieba() -> Any:
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    return jieba


@cache
def _tokenizer() -> Any:
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    full = Path(jieba.__file__).with_name("dict.txt")
    tokenizer.FREQ, tokenizer.total = _prefix_dictionary(full, _cache_dir())
    tokenizer.initialized = True
    return tokenizer


def load() -> None:
    """Load the dictionary now rather than on the first cut."""
    _tokenizer()


def frequency(word: str) -> int:
    """The frequency of ``word`` in the segmenter's dictionary (0: not a dictionary word)."""
    return int(_tokenizer().FREQ.get(word, 0))


def _build_tags(full: Path) -> dict[str, str]:
    tags: dict[str, str] = {}
    for line in full.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1].isdigit() and int(parts[1]) >= MIN_WORD_FREQ:
            tags[parts[0]] = parts[2]
    return tags


@cache
def _tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word, cached beside the prefix dictionary
    (derived once in some 0.3 s, then loaded in a few hundredths)."""
    jieba = _import_jieba()
    full = Path(jieba.__file__).with_name("dict.txt")
    folder = _cache_dir()
    target = folder / f"jieba-{full.stat().st_size}-f{MIN_WORD_FREQ}-tags-v{_CACHE_FORMAT}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        loaded = marshal.loads(target.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    built = _build_tags(full)
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(built))
            os.replace(tmp, target)
        except OSError:
            os.unlink(tmp)
    return built


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
    return list(tokenizer.cut(text, HMM=hmm))


@lru_cache(maxsize=4)
def _tokenizer_with(words: frozenset[str]) -> Any:
    """A tokenizer with its own copy of the dictionary (some 10 ms to make) and ``words``."""
    base = _tokenizer()
    tokenizer = type(base)()
    tokenizer.FREQ, tokenizer.total = dict(base.FREQ), base.total
    tokenizer.initialized = True
    for word in sorted(words):
        if len(word.strip()) > 1:
            tokenizer.add_word(word.strip(), freq=None)
    return tokenizer
