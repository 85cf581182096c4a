"""Chinese word segmentation. jieba lives here and nowhere else.

jieba is imported on first use, so commands that do not segment, and ``--help``, never pay for
it. All callers share one tokenizer; user words added with :func:`add_words` stay for the life
of the process.

Loading jieba's full dictionary (349,000 words, 498,000 prefix entries) takes 0.6 s on every
run, longer than the whole diff of two provincial reports. The tokenizer therefore uses jieba's
dictionary without its rarest words (frequency below :data:`MIN_WORD_FREQ`: mostly names and
archaic words that reports do not use), which loads in about 0.2 s. The reduced dictionary is
derived once from the installed jieba and kept in the user's cache folder; if that cannot be
written, the full dictionary is used.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

#: jieba dictionary words rarer than this are left out of the tokenizer's dictionary
MIN_WORD_FREQ = 5

_lock = threading.Lock()
_added: set[str] = set()


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "report-toolkit"


def _reduced_dictionary(full: Path, folder: Path) -> Path | None:
    """The path of jieba's dictionary without its rarest words, made on first use; None when
    it cannot be written."""
    target = folder / f"jieba-{full.stat().st_size}-f{MIN_WORD_FREQ}.dict"
    if target.is_file():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        kept = [
            line
            for line in full.read_text(encoding="utf-8").splitlines()
            if len(parts := line.split()) >= 2
            and parts[1].isdigit()
            and int(parts[1]) >= MIN_WORD_FREQ
        ]
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    except OSError:
        return None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(kept) + "\n")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return None
    return target


@cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    folder = _cache_dir()
    reduced = _reduced_dictionary(Path(jieba.__file__).with_name("dict.txt"), folder)
    tokenizer = jieba.Tokenizer(str(reduced)) if reduced else jieba.Tokenizer()
    if reduced:
        tokenizer.tmp_dir = str(folder)  # its prefix-dictionary cache goes beside it
    tokenizer.initialize()
    return tokenizer


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter words it must not split (quoted terms, glossary terms …)."""
    tokenizer = _tokenizer()
    with _lock:
        for word in words:
            word = word.strip()
            if len(word) > 1 and word not in _added:
                tokenizer.add_word(word, freq=None)
                _added.add(word)


def cut(text: str, *, hmm: bool = True) -> list[str]:
    """Split ``text`` into words; ``"".join(cut(text)) == text`` always holds.

    Deterministic for a given text and set of added words.
    """
    if not text:
        return []
    return list(_tokenizer().cut(text, HMM=hmm))
