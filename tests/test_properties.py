"""Property-based tests (hypothesis): random Chinese and mixed report-like text never crashes
the readers or the structure profiles, the section tree holds every non-empty line exactly once,
and text survives every supported encoding.

Example counts come from a hypothesis profile: ``fast`` (default, for CI) or ``thorough``
(``HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py``).
"""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from toolkit.api import parse_document, read_document
from toolkit.errors import FormatError
from toolkit.model import SourceDocument
from toolkit.plugins.manager import get_registry
from toolkit.readers.encoding import decode_bytes
from toolkit.readers.text import iter_lines, text_blocks
from toolkit.targets import compare_targets
from toolkit.terms import compare_terms
from toolkit.terms.text import skeleton

settings.register_profile(
    "fast", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

LABELS = [
    "一、",
    "二、",
    "十二、",
    "（一）",
    "(二)",
    "（十）",
    "1.",
    "2．",
    "10、",
    "（1）",
    "(3)",
    "①",
    "⑩",
    "第一部分",
    "第二章",
    "一是",
    "——",
    "附件",
    "名词解释",
    "注释：",
    "各位代表：",
    "附：名词解释",
]
WORDS = [
    "政府工作报告",
    "2025年",
    "2026年",
    "地区生产总值增长5%左右",
    "城镇调查失业率控制在5.5%以内",
    "经济运行稳中向好。",
    "深入学习贯彻习近平新时代中国特色社会主义思想",
    "“十五五”",
    "新质生产力",
    "《政府工作报告》",
    "全域旅游：是指",
    "7.5%~7.8%",
    "1100万元",
    "GDP",
    "CPI",
    "工作回顾",
    "工作安排",
    "加强政府自身建设",
    "主要预期目标是：",
    "各位代表",
    "abc",
    "x",
]
PUNCT = [*list("，。；：、！？“”‘’（）《》…—·,.;:!?()[]%"), "\u3000", " ", "\t", "\xa0"]
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@st.composite
def report_lines(draw: st.DrawFn) -> str:
    """One line of a report-like text: maybe a label, then words, CJK, punctuation, spaces."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(LABELS)))
    pieces = st.one_of(
        st.sampled_from(WORDS),
        st.text(CJK, min_size=1, max_size=12),
        st.sampled_from(PUNCT),
        st.integers(0, 3000).map(str),
    )
    parts.extend(draw(st.lists(pieces, max_size=8)))
    return "".join(parts)


@st.composite
def report_texts(draw: st.DrawFn) -> str:
    """A whole text: lines (some blank or only spaces) joined by LF, CRLF or CR."""
    lines = draw(
        st.lists(
            st.one_of(report_lines(), st.sampled_from(["", " ", "\u3000\u3000", "\t"])),
            min_size=1,
            max_size=40,
        )
    )
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(lines) + draw(st.sampled_from(["", newline]))


def _non_empty_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@given(report_texts())
@example("一、总体要求\r\n（一）稳增长\r\n1.发展\r\n名词解释\r\n1.全域旅游：是指")
@example("\u3000\u3000各位代表：\n\n2026年政府工作报告\r\r一、")
def test_parsing_covers_every_line_exactly_once(text: str) -> None:
    """With every profile, Report.lines() is exactly the reader's blocks (text and line)."""
    blocks = text_blocks(text)
    assert [block.text for block in blocks] == _non_empty_lines(text)
    if not blocks:
        return
    document = SourceDocument("random.txt", "txt", blocks, "utf-8")
    expected = [(block.line, block.text) for block in blocks]
    for name, profile in get_registry().profiles.items():
        report = profile.parse(document)
        assert list(report.lines()) == expected, name
        ids = [section.id for section in report.walk()]
        assert len(ids) == len(set(ids)), name
    parse_document(document)  # the best-scoring profile, as load_report picks it


@given(st.text(max_size=200))
def test_lines_split_like_splitlines(text: str) -> None:
    assert list(iter_lines(text)) == text.splitlines()


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]


@given(report_texts(), st.sampled_from(ENCODINGS))
def test_encodings_round_trip(text: str, encoding: str) -> None:
    """Encoded in any supported encoding, a report reads back to the same blocks.

    GB18030 and BOM-less UTF-16 are detected from content, which needs some Chinese: texts
    with fewer than 20 CJK characters are not reports and are only required not to crash.
    """
    expected = text_blocks(text)
    data = text.encode(encoding)
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    try:
        decoded, _ = decode_bytes(data, "random.txt")
    except FormatError:
        if not expected or cjk < 20 or encoding in ("gb18030", "utf-16-le", "utf-16-be"):
            return
        raise
    if cjk >= 20 or encoding in ("utf-8", "utf-8-sig", "utf-16"):
        assert text_blocks(decoded) == expected


@settings(max_examples=10)
@given(report_texts(), st.sampled_from(["utf-8", "gb18030", "utf-16"]), st.booleans())
def test_files_read_and_parse_without_crashing(text: str, encoding: str, markdown: bool) -> None:
    """Through the real file path (sniffing, reader, profile): a report or a FormatError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("r.md" if markdown else "r.txt")
        path.write_bytes(text.encode(encoding))
        try:
            document = read_document(path)
        except FormatError as exc:
            assert exc.path == str(path)
            return
        report = parse_document(document)
        assert [t for _, t in report.lines()] == [b.text for b in document.blocks]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_real_report_round_trips_every_encoding(encoding: str) -> None:
    from conftest import SAMPLES

    text = (SAMPLES / "sichuan-2026.txt").read_text(encoding="utf-8")
    decoded, name = decode_bytes(text.encode(encoding), "sichuan-2026.txt")
    assert text_blocks(decoded) == text_blocks(text)
    assert codecs.lookup(name).name == codecs.lookup(encoding).name


@given(st.lists(st.one_of(report_lines(), st.text(max_size=30)), max_size=30))
def test_arbitrary_unicode_lines_are_covered(lines: list[str]) -> None:
    """Any Unicode at all (controls, surrogate-free astral, odd line breaks) mixed with
    report lines: parsing never crashes and loses or repeats nothing."""
    blocks = text_blocks("\n".join(lines))
    if not blocks:
        return
    document = SourceDocument("random.txt", "txt", blocks, "utf-8")
    expected = [(block.line, block.text) for block in blocks]
    for name, profile in get_registry().profiles.items():
        assert list(profile.parse(document).lines()) == expected, name


@settings(max_examples=15)
@given(report_texts(), report_texts())
def test_targets_and_terms_of_random_reports_stay_within_their_text(
    old_text: str, new_text: str
) -> None:
    """The targets and terms engines take any parsed report pair, and what they report stands
    in the reports: each target on a line of its report, each new term in the new report."""
    documents = [
        SourceDocument(f"{name}.txt", "txt", text_blocks(text), "utf-8")
        for name, text in (("old", old_text), ("new", new_text))
    ]
    if not all(d.blocks for d in documents):
        return
    old, new = (parse_document(d) for d in documents)
    changes = compare_targets(old, new).changes
    for report, found in ((old, [c.old for c in changes]), (new, [c.new for c in changes])):
        lines = {line for line, _ in report.lines()}
        assert all(t.line in lines for t in found if t is not None and t.line is not None)
    new_lines = skeleton(new_text)
    for term in compare_terms(old, new).new:
        assert skeleton(term.text) in new_lines, term.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x9FFF), max_size=300))
def test_binary_controls_are_counted_as_their_definition_says(text: str) -> None:
    """The binary check counts with one regular expression the characters below 32 that are
    not text controls; the count must be the definition's, character by character."""
    from toolkit.readers.encoding import _ALLOWED_CONTROLS, _BAD_CONTROLS

    expected = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    assert len(_BAD_CONTROLS.findall(text)) == expected
