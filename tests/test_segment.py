from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba

from toolkit import segment

FULL = Path(jieba.__file__).with_name("dict.txt")
ROOT = Path(__file__).resolve().parent.parent


def test_prefix_dictionary_keeps_common_words_only(tmp_path):
    prefix = segment._prefix_dictionary(FULL, tmp_path)
    assert prefix is not None
    freq, total = prefix
    words = {word: count for word, count in freq.items() if count}  # prefixes count 0
    assert min(words.values()) >= segment.MIN_WORD_FREQ
    assert {"经济", "发展", "生产总值", "高质量"} <= set(words)
    assert 100_000 < len(words) < 349_046
    assert total == sum(words.values())
    assert all(word[:end] in freq for word in words for end in range(1, len(word)))
    (cached,) = tmp_path.iterdir()
    assert segment._prefix_dictionary(FULL, tmp_path) == prefix  # made once, then reused
    assert list(tmp_path.iterdir()) == [cached]


def test_a_damaged_cache_is_rebuilt(tmp_path):
    prefix = segment._prefix_dictionary(FULL, tmp_path)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes()[:1000])
    assert segment._prefix_dictionary(FULL, tmp_path) == prefix
    assert cached.stat().st_size > 1000


def test_an_unwritable_cache_gives_the_same_dictionary(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert segment._prefix_dictionary(FULL, blocker / "cache") == segment._prefix_dictionary(
        FULL, tmp_path / "cache"
    )


def test_jieba_is_imported_without_pkg_resources():
    code = (
        "import sys; from toolkit import segment; segment.cut('经济发展');"
        "print('pkg_resources' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_cut_is_lossless_on_a_real_paragraph():
    text = "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业85万人以上。"
    words = segment.cut(text)
    assert "".join(words) == text
    assert "地区生产总值" in words or "生产总值" in words


def test_words_are_kept_whole_in_that_call_only():
    text = "推进湘江科学城建设，打造湘江科学城。"
    assert "湘江科学城" not in segment.cut(text)
    kept = segment.cut(text, words=frozenset({"湘江科学城"}))
    assert kept.count("湘江科学城") == 2 and "".join(kept) == text
    assert "湘江科学城" not in segment.cut(text)  # the shared dictionary is unchanged
