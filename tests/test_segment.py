from __future__ import annotations

from pathlib import Path

import jieba

from toolkit import segment

FULL = Path(jieba.__file__).with_name("dict.txt")


def test_reduced_dictionary_keeps_common_words_only(tmp_path):
    path = segment._reduced_dictionary(FULL, tmp_path)
    assert path is not None and path.parent == tmp_path
    words = {
        line.split()[0]: int(line.split()[1])
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert min(words.values()) >= segment.MIN_WORD_FREQ
    assert {"经济", "发展", "生产总值", "高质量"} <= set(words)
    assert 100_000 < len(words) < 349_046
    assert segment._reduced_dictionary(FULL, tmp_path) == path  # made once, then reused


def test_unwritable_cache_falls_back_to_the_full_dictionary(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert segment._reduced_dictionary(FULL, blocker / "cache") is None


def test_cut_is_lossless_on_a_real_paragraph():
    text = "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业85万人以上。"
    words = segment.cut(text)
    assert "".join(words) == text
    assert "地区生产总值" in words or "生产总值" in words
