"""The one-pass counting and lookups the terms analysis is built on agree, on real reports, with
what they stand for: ``str.count`` and ``str.find`` on the lines, every character mapped.

They replace work that grew with the square of the reports (one scan of the text per term, each
new term compared with each dropped one); these tests check that the faster forms find exactly
what the plain ones would, so that a speed-up cannot change a result unnoticed.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from conftest import CORPUS, needs_corpus

from toolkit.api import load_report
from toolkit.terms.corpus import ReportText
from toolkit.terms.extract import segment_lines
from toolkit.terms.text import SEPARATOR, skeleton

pytestmark = needs_corpus

PROVINCES = ("hainan", "guizhou")


@cache
def _texts(province: str) -> tuple[ReportText, list[str]]:
    """The 2026 report's text, and the words of its 2025 report (many absent from 2026)."""
    folder = CORPUS / "reports" / province
    text = ReportText.of(load_report(folder / "2026.txt"))
    old = ReportText.of(load_report(folder / "2025.txt"))
    words = sorted({t for tokens in segment_lines(old) for t in tokens if len(t) >= 2})
    return text, words


def _plain(text: ReportText, core: str) -> tuple[int, int | None]:
    """Count of ``core`` and index of the first line holding it, line by line."""
    per_line = [item.skeleton.count(core) for item in text.lines]
    return sum(per_line), next((k for k, n in enumerate(per_line) if n), None)


@pytest.mark.parametrize("province", PROVINCES)
def test_count_all_counts_and_places_as_str_count_does(province):
    text, words = _texts(province)
    joined = text.joined
    # grams that overlap themselves in the text (a run of three same characters): counted
    # without overlaps, as str.count does
    overlapping = {
        joined[i : i + 2] for i in range(len(joined) - 2) if len(set(joined[i : i + 3])) == 1
    }
    cores = [skeleton(w) for w in words] + ["发展", "|", "#年", *sorted(overlapping - {"\n\n"})]
    part_text = ReportText(text.lines)  # fresh: nothing counted yet
    part_text.count_all(cores)
    checked = 0
    for core in dict.fromkeys(cores):
        if not core:
            continue
        count, first = _plain(part_text, core)
        assert part_text.count(core) == count, core
        found = part_text.first(core)
        assert (found is None) == (first is None), core
        if found is not None:
            assert found is part_text.lines[first], core
        checked += 1
    assert checked > 1000
    # a part keeps the counts of its lines only (per-section shifts are counted from these)
    section = next(s for s in load_report(CORPUS / "reports" / province / "2026.txt").sections)
    part = part_text.within([section])
    assert 0 < len(part.lines) < len(part_text.lines)
    for core in list(dict.fromkeys(cores))[:3000]:
        if core:
            assert part.count(core) == sum(item.skeleton.count(core) for item in part.lines), core


@pytest.mark.parametrize("province", PROVINCES)
def test_present_is_exactly_the_cores_the_text_contains(province):
    text, words = _texts(province)
    fresh = ReportText(text.lines)
    half = words[: len(words) // 2]
    fresh.count_all(half)  # some looked up again after counting, some never counted
    found = fresh.present(words)
    expected = {w for w in words if any(w in item.skeleton for item in fresh.lines)}
    assert found == expected
    assert 0 < len(found) < len(words)  # both kinds are there to be told apart


def test_skeleton_of_every_corpus_line_has_the_documented_shape():
    lines = [
        line
        for path in sorted((CORPUS / "reports").glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) > 3000
    double = SEPARATOR * 2
    for line in lines:
        core = skeleton(line)
        assert double not in core and not core.startswith(SEPARATOR), line
        assert not core.endswith(SEPARATOR) and not re.search(r"\s", core), line
        assert not re.search(r"(?<!\d)20\d\d(?!\d)", core), line  # years are "#"
        # every Chinese character of the line is kept, in order, but for numbering labels in
        # brackets (（一）: a clause boundary, see toolkit/terms/text.py)
        unlabelled = re.sub(r"[（(][一二三四五六七八九十\d]{1,3}[）)]", "|", line)
        assert _han(core) == _han(unlabelled), line


def _han(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", text)
