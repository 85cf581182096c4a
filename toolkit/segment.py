"""Chinese word segmentation. jieba lives here and nowhere else.

jieba is imported on first use (it costs ~0.3 s and builds a prefix dictionary), so commands
that do not segment, and ``--help``, never pay for it. All callers share one tokenizer; user
words added with :func:`add_words` stay for the life of the process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

_lock = threading.Lock()
_added: set[str] = set()


@cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
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
