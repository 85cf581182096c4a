from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

from toolkit import segment

FULL = segment.dictionary_file()
ROOT = Path(__file__).resolve().parent.parent


def test_the_dictionary_keeps_common_words_only(tmp_path):
    dictionary = segment._words_from(FULL, tmp_path)
    words, freqs, tags = dictionary.words(), list(dictionary.freqs), dictionary.tags.split("\n")
    assert min(freqs) >= segment.MIN_WORD_FREQ
    assert {"经济", "发展", "生产总值", "高质量"} <= set(words)
    assert 100_000 < len(words) < 349_046 == sum(1 for _ in FULL.open(encoding="utf-8"))
    assert len(words) == len(freqs) == len(tags) and tags[words.index("经济")] == "n"
    # each key once, in order, with the words that have it: one run of the word list each
    keys, bounds = list(dictionary.keys), list(dictionary.bounds)
    assert keys == sorted(set(keys)) and bounds == sorted(bounds)
    assert bounds[0] == 0 and bounds[-1] == len(words) and len(bounds) == len(keys) + 1
    word_keys = [segment._key(word) for word in words]
    assert word_keys == [keys[g] for g in range(len(keys)) for _ in range(*bounds[g : g + 2])]
    assert [dictionary.word(i) for i in range(len(words))] == words
    (cached,) = tmp_path.iterdir()
    assert segment._words_from(FULL, tmp_path) == dictionary  # made once, then reused
    assert list(tmp_path.iterdir()) == [cached]


def test_a_damaged_cache_is_rebuilt(tmp_path):
    words = segment._words_from(FULL, tmp_path)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes()[:1000])
    assert segment._words_from(FULL, tmp_path) == words
    assert cached.stat().st_size > 1000


def test_a_cache_whose_parts_do_not_match_is_rebuilt(tmp_path):
    words = segment._words_from(FULL, tmp_path)
    (cached,) = tmp_path.iterdir()
    text, starts, freqs, tags, keys, bounds, total = marshal.loads(cached.read_bytes())
    cached.write_bytes(marshal.dumps((text, starts, freqs, tags, keys, bounds[:-4], total)))
    assert segment._words_from(FULL, tmp_path) == words


def test_a_new_cache_removes_those_of_earlier_formats_only(tmp_path):
    name = f"jieba-{FULL.stat().st_size}-f{segment.MIN_WORD_FREQ}-v{{}}.marshal"
    older = tmp_path / name.format(segment._CACHE_FORMAT - 1)
    later = tmp_path / name.format(segment._CACHE_FORMAT + 1)  # a newer version's: kept
    other = tmp_path / "notes.txt"
    for path in (older, later, other):
        path.write_bytes(b"x")
    segment._words_from(FULL, tmp_path)
    current = tmp_path / name.format(segment._CACHE_FORMAT)
    assert sorted(tmp_path.iterdir()) == sorted([current, later, other])


def test_an_unwritable_cache_gives_the_same_dictionary(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert segment._words_from(FULL, blocker / "cache") == segment._words_from(
        FULL, tmp_path / "cache"
    )


def test_neither_jieba_nor_rjiebas_default_tokenizer_is_loaded():
    # rjieba's package __init__ builds a full-dictionary tokenizer (0.11 s) that is never used;
    # its extension module alone is loaded (and registered)
    code = (
        "import sys; from toolkit import segment; segment.cut('经济发展');"
        "print(sorted(m for m in ('jieba', 'rjieba', 'pkg_resources') if m in sys.modules),"
        " 'rjieba.rjieba' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[] True"


def test_cut_is_lossless_on_a_real_paragraph():
    text = "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业85万人以上。"
    words = segment.cut(text)
    assert "".join(words) == text
    assert "生产总值" in words and "增长" in words


def test_the_dictionarys_rare_words_are_left_out():
    rare = next(
        word
        for word, freq in (line.split()[:2] for line in FULL.open(encoding="utf-8"))
        if len(word) >= 3 and int(freq) < segment.MIN_WORD_FREQ
    )
    assert segment.frequency(rare) == 0 and segment.frequency("经济") > 1000
    assert segment.tag("安徽") == "ns" and segment.tag(rare) == ""


def test_every_dictionary_word_is_looked_up_with_its_own_frequency_and_tag():
    # read from dict.txt here, not through the cached word list: the lookup by key (a binary
    # search among the keys, then among a key's words) must find every word, and nothing else
    kept = [
        (parts[0], int(parts[1]), parts[2] if len(parts) > 2 else "")
        for parts in (line.split() for line in FULL.open(encoding="utf-8"))
        if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= segment.MIN_WORD_FREQ
    ]
    wrong = [
        word
        for word, freq, tag in kept
        if segment.frequency(word) != freq or segment.tag(word) != tag
    ]
    assert not wrong
    words = {word for word, _, _ in kept}
    # strings that share a key with dictionary words, or none, and are not words themselves
    absent = [w + "乂" for w, _, _ in kept[:2000]] + [w[:-1] for w, _, _ in kept[:2000]]
    absent = [w for w in absent if w not in words] + ["", "𠀀𠀁", "\x00\x00"]
    assert {segment.frequency(w) for w in absent} == {0}
    assert {segment.tag(w) for w in absent} == {""}


def test_words_are_kept_whole_in_that_call_only():
    text = "推进湘江科学城建设，打造湘江科学城。"
    assert "湘江科学城" not in segment.cut(text)
    kept = segment.cut(text, words=frozenset({"湘江科学城"}))
    assert kept.count("湘江科学城") == 2 and "".join(kept) == text
    assert "湘江科学城" not in segment.cut(text)  # the shared dictionary is unchanged


def test_hmm_off_leaves_an_unknown_run_in_single_characters():
    # a name no dictionary holds: the HMM joins its characters, without it they stay single
    text = "省长王清宪作报告"
    assert segment.cut(text, hmm=False) == ["省长", "王", "清", "宪", "作", "报告"]
    assert len(segment.cut(text)) < 6 and "".join(segment.cut(text)) == text


CORPUS = Path("/work/shared/corpus")


def _real_texts() -> list[Path]:
    """Every corpus report, State Council report and sample text (in UTF-8)."""
    samples = [p for p in sorted((ROOT / "samples").glob("*-20*.txt")) if p.suffixes == [".txt"]]
    return sorted(CORPUS.glob("reports/*/*.txt")) + sorted(CORPUS.glob("series/*/*.txt")) + samples


def test_the_words_a_text_holds_cut_it_as_the_whole_dictionary_does():
    # the dictionary given text by text (segment._Lazy) must cut every real report as all
    # 137,000 words do: line by line from an empty start, and after a whole report at once,
    # with and without the HMM
    texts = _real_texts()
    assert len(texts) >= 40
    whole = segment._tokenizer()
    for path in texts:
        lines = path.read_text(encoding="utf-8").split("\n")
        by_line, at_once = segment._Lazy(), segment._Lazy()
        at_once.ready("\n".join(lines))
        for line in lines:
            for hmm in (True, False):
                expected = whole.cut(line, hmm)
                assert by_line.ready(line).cut(line, hmm) == expected, (path, line)
                assert at_once.ready(line).cut(line, hmm) == expected, (path, line)


def test_cut_many_cuts_as_cut_does():
    lines = (ROOT / "samples/hunan-2026.txt").read_text(encoding="utf-8").split("\n")
    assert segment.cut_many(lines) == [segment.cut(line) for line in lines]


def test_a_text_holding_the_rest_entry_is_cut_by_the_whole_dictionary():
    text = "经济\x00\x00发展"
    assert segment.cut(text) == segment._tokenizer().cut(text, True)
    assert "".join(segment.cut_many([text, "高质量发展"])[0]) == text
