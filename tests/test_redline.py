"""The Word redline: accept all revisions (by transforming the XML) and get the newer report's
text in its own order, paragraph for paragraph; reject all and get the older one in its own
order; on every sample and corpus pair. LibreOffice opens and converts it, and its own Accept All
and Reject All give the two reports too.
"""

from __future__ import annotations

import difflib
import io
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from conftest import CORPUS, CORPUS_PAIRS, PAIRS, SAMPLES, needs_soffice, soffice_convert
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.model import (
    FRONT_ID,
    Comparison,
    DiffStats,
    MatchPass,
    PairStatus,
    SectionPair,
    TextOp,
)
from toolkit.compare.refs import front_line_refs, own_line_refs, section_refs
from toolkit.model import Report
from toolkit.plugins.base import WriteOptions
from toolkit.plugins.manager import get_registry
from toolkit.word import styles
from toolkit.word.redline import render_redline
from toolkit.word.revisions import accept_all, paragraph_texts, reject_all

DATE = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
_HUNAN = (load_report(SAMPLES / "hunan-2025.txt"), load_report(SAMPLES / "hunan-2026.txt"))


# -- a stand-in comparison for the tests that must not depend on the aligner ------------------


def own_text(report: Report, section_id: str) -> str:
    if section_id == FRONT_ID:
        return "\n".join(p.text for p in report.front)
    section = report.section(section_id)
    lines = [] if section.run_in else [section.heading]
    for index, paragraph in enumerate(section.paragraphs):
        first = section.run_in and index == 0
        lines.append(section.heading + paragraph.text if first else paragraph.text)
    return "\n".join(lines)


def line_refs(report: Report, section_id: str | None) -> tuple:
    if section_id is None:
        return ()
    if section_id == FRONT_ID:
        return front_line_refs(report)
    return own_line_refs(report.section(section_id))


def char_ops(old: str, new: str) -> tuple[TextOp, ...]:
    ops: list[TextOp] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(TextOp("=", old[i1:i2]))
        if tag in ("delete", "replace"):
            ops.append(TextOp("-", old[i1:i2]))
        if tag in ("insert", "replace"):
            ops.append(TextOp("+", new[j1:j2]))
    return tuple(ops)


def positional_comparison(old: Report, new: Report) -> Comparison:
    """Pairs sections by position (front with front, then the walk order), with character
    ops from difflib; surplus sections are added or removed. Exercises every op shape."""
    old_ids = [FRONT_ID, *(s.id for s in old.walk())]
    new_ids = [FRONT_ID, *(s.id for s in new.walk())]
    old_refs, new_refs = section_refs(old), section_refs(new)
    pairs = []
    for index in range(max(len(old_ids), len(new_ids))):
        o = old_ids[index] if index < len(old_ids) else None
        n = new_ids[index] if index < len(new_ids) else None
        old_text = own_text(old, o) if o else ""
        new_text = own_text(new, n) if n else ""
        ops = char_ops(old_text, new_text)
        status = (
            PairStatus.ADDED
            if o is None
            else PairStatus.REMOVED
            if n is None
            else PairStatus.UNCHANGED
            if old_text == new_text
            else PairStatus.MODIFIED
        )
        level = 0 if (n or o) == FRONT_ID else (new if n else old).section(n or o).level
        pairs.append(
            SectionPair(
                old=(o,) if o else (),
                new=(n,) if n else (),
                old_title=None if o is None or o == FRONT_ID else old.section(o).heading,
                new_title=None if n is None or n == FRONT_ID else new.section(n).heading,
                level=level,
                status=status,
                matched_by=MatchPass.POSITION,
                score=0.5,
                ops=ops,
                stats=DiffStats(changes=sum(op.op != "=" for op in ops)),
                old_sections=(old_refs[o],) if o else (),
                new_sections=(new_refs[n],) if n else (),
                old_lines=line_refs(old, o),
                new_lines=line_refs(new, n),
            )
        )
    totals = DiffStats(
        changes=sum(p.stats.changes for p in pairs),
        chars_old=old.char_count,
        chars_new=new.char_count,
    )
    return Comparison(old, new, 1, False, tuple(pairs), totals)


# -- reading the redline back -----------------------------------------------------------------


def body_of(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return root.find(qn("w:body"))


def report_paragraphs(body) -> list[str]:
    """Paragraph texts without the summary (prompt style) and a trailing empty paragraph."""
    prompt_id = "RTPrompt"
    kept = []
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) == prompt_id:
            continue
        kept.append(paragraph)
    wrapper = etree.Element(qn("w:body"))
    for paragraph in kept:
        wrapper.append(paragraph)
    texts = paragraph_texts(wrapper)
    while texts and texts[-1] == "":
        texts.pop()
    return texts


def expected_lines(comparison: Comparison, side: str) -> list[str]:
    lines: list[str] = []
    for pair in comparison.pairs:
        if side == "new" and pair.new:
            lines.extend(pair.new_text().split("\n"))
        if side == "old" and pair.old:
            lines.extend(pair.old_text().split("\n"))
    return lines


def report_lines(report: Report) -> list[str]:
    """The report's lines in its own order, web-page chrome left out."""
    chrome = {p.line for p in report.chrome}
    return [text for line, text in report.lines() if line not in chrome]


def check_round_trip(comparison: Comparison) -> bytes:
    """Accepting all gives the new report and rejecting all the old one, each in its own order
    (a comparison made by hand, without line references, in its pairs' order)."""
    data = render_redline(comparison, author="审校组", date=DATE).to_bytes()
    body = body_of(data)
    accepted = report_paragraphs(accept_all(body))
    rejected = report_paragraphs(reject_all(body))
    if all(p.new_lines or not p.new for p in comparison.pairs):
        assert accepted == report_lines(comparison.new)
        assert rejected == report_lines(comparison.old)
    else:
        assert accepted == expected_lines(comparison, "new")
        assert rejected == expected_lines(comparison, "old")
    return data


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_accept_all_gives_new_and_reject_all_gives_old_positional(old_name, new_name):
    old, new = load_report(SAMPLES / old_name), load_report(SAMPLES / new_name)
    comparison = positional_comparison(old, new)
    data = check_round_trip(comparison)
    body = body_of(data)
    revisions = list(body.iter(qn("w:ins"), qn("w:del")))
    ids = [r.get(qn("w:id")) for r in revisions]
    assert revisions and len(ids) == len(set(ids))
    assert {r.get(qn("w:author")) for r in revisions} == {"审校组"}
    assert {r.get(qn("w:date")) for r in revisions} == {"2026-03-01T09:30:00Z"}


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_accept_and_reject_with_the_real_aligner(old_name, new_name):
    """Closing paragraphs after their subsections, moved sections where each report has them."""
    old, new = load_report(SAMPLES / old_name), load_report(SAMPLES / new_name)
    check_round_trip(compare_reports(old, new))


@pytest.mark.parametrize("province", CORPUS_PAIRS)
def test_accept_and_reject_give_both_corpus_reports_in_their_order(province):
    folder = CORPUS / "reports" / province
    old, new = load_report(folder / "2025.txt"), load_report(folder / "2026.txt")
    check_round_trip(compare_reports(old, new))


def test_statistics_are_a_comment_on_the_title_not_body_text():
    old, new = _HUNAN
    comparison = compare_reports(old, new)
    data = render_redline(comparison, author="审校组", date=DATE).to_bytes()
    document = docx.Document(io.BytesIO(data))
    assert all(p.style.name != styles.PROMPT for p in document.paragraphs)
    assert not any("修改" in t and "处" in t for t in report_paragraphs(body_of(data))[:3])
    summary = next(c for c in document.comments if c.text.startswith("修订对照"))
    assert f"修改{comparison.totals.changes}处" in summary.text
    # the comment is anchored on the title paragraph
    title = document.paragraphs[0]
    assert title.style.name == styles.TITLE
    starts = title._p.findall(qn("w:commentRangeStart"))
    assert str(summary.comment_id) in {e.get(qn("w:id")) for e in starts}
    assert f"修改{comparison.totals.changes}处" in document.core_properties.comments


def test_structure_changes_get_comments_and_summary():
    old = load_report(SAMPLES / "sichuan-2025.txt")
    new = load_report(SAMPLES / "sichuan-2026.txt")
    base = positional_comparison(old, new)
    pairs = list(base.pairs)
    moved_index = next(i for i, p in enumerate(pairs) if p.level == 2)
    pairs[moved_index] = SectionPair(**{**_fields(pairs[moved_index]), "status": PairStatus.MOVED})
    renamed_index = moved_index + 1
    pairs[renamed_index] = SectionPair(
        **{**_fields(pairs[renamed_index]), "status": PairStatus.RENAMED}
    )
    comparison = Comparison(old, new, 1, False, tuple(pairs), base.totals)
    builder = render_redline(comparison, author="审校组", date=DATE)
    document = docx.Document(io.BytesIO(builder.to_bytes()))
    # without the notes where text that moved stood in the old report
    comments = [c.text for c in document.comments if "的内容原在此处" not in c.text]
    old_heading = old.section(pairs[moved_index].old[0]).heading
    assert any(c.startswith("本节位置调整") and old_heading in c for c in comments)
    assert any(c.startswith("标题调整") for c in comments)
    added_or_removed = sum(p.status in (PairStatus.ADDED, PairStatus.REMOVED) for p in pairs)
    assert len(comments) == 2 + added_or_removed + 1  # and the statistics
    summary = comments[-1]
    assert f"修改{base.totals.changes}处" in summary
    assert f"字数{old.char_count}→{new.char_count}" in summary
    accepted = accept_all(body_of(builder.to_bytes()))
    heading_1 = [
        "".join(t.text for t in p.iter(qn("w:t")))
        for p in accepted.iter(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None
        and p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == "RTHeading1"
    ]
    new_top = [s.heading for s in new.sections if not s.run_in]
    assert [h for h in heading_1 if h] == new_top


def _fields(pair: SectionPair) -> dict:
    return {name: getattr(pair, name) for name in SectionPair.__slots__}


def test_registry_finds_the_redline_writer_by_suffix():
    writer = get_registry().writer_for_suffix("diff", ".docx")
    assert writer is not None and writer.format == "docx"
    old = load_report(SAMPLES / "hunan-2025.txt")
    new = load_report(SAMPLES / "hunan-2026.txt")
    data = writer.write(positional_comparison(old, new), WriteOptions(author="甲"))
    document = docx.Document(io.BytesIO(data))
    assert any(c.text.startswith("修订对照") for c in document.comments)
    assert {e.get(qn("w:author")) for e in body_of(data).iter(qn("w:ins"))} == {"甲"}


@needs_soffice
def test_libreoffice_converts_the_redline(tmp_path):
    old = load_report(SAMPLES / "hunan-2025.txt")
    new = load_report(SAMPLES / "hunan-2026.txt")
    path = tmp_path / "changes.docx"
    render_redline(compare_reports(old, new)).save(path)
    soffice_convert(path, "txt:Text (encoded):UTF8", tmp_path)
    text = (tmp_path / "changes.txt").read_text(encoding="utf-8-sig")
    # LibreOffice shows the document with its changes, inserted and deleted text alike
    # the body opens with the title (both years shown), the statistics are not body text
    assert "湖南省政府工作报告" in text.split("\n")[0] and "修订对照" not in text
    assert len(text) > new.char_count


def _uno_python() -> bool:
    try:
        check = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True)
    except OSError:
        return False
    return check.returncode == 0


needs_uno = pytest.mark.skipif(not _uno_python(), reason="LibreOffice's Python (uno) is missing")


def _without_comments(data: bytes) -> bytes:
    """The package with the comment anchors taken out of the body: a headless LibreOffice
    driven through UNO aborts while making comment windows (converting is not affected)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(content)
                anchors = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"))
                for element in list(root.iter(*anchors)):
                    element.getparent().remove(element)
                for reference in list(root.iter(qn("w:commentReference"))):
                    run = reference.getparent()
                    run.getparent().remove(run)
                content = etree.tostring(root, xml_declaration=True, standalone=True)
            target.writestr(item, content)
    return out.getvalue()


def _lo_cases() -> list:
    cases = [pytest.param(SAMPLES / "hunan-2025.txt", SAMPLES / "hunan-2026.txt", id="hunan")]
    # xinjiang: an insertion ends a paragraph and another opens the next (see apart_at_breaks)
    folder = CORPUS / "reports" / "xinjiang"
    if (folder / "2025.txt").is_file():
        cases.append(pytest.param(folder / "2025.txt", folder / "2026.txt", id="xinjiang"))
    return cases


@needs_soffice
@needs_uno
@pytest.mark.parametrize(("old_path", "new_path"), _lo_cases())
def test_libreoffice_accept_all_and_reject_all_give_both_reports_in_order(
    tmp_path, old_path, new_path
):
    old, new = load_report(old_path), load_report(new_path)
    path = tmp_path / "changes.docx"
    path.write_bytes(_without_comments(render_redline(compare_reports(old, new)).to_bytes()))
    script = Path(__file__).with_name("lo_revisions.py")
    for action, report in (("accept", new), ("reject", old)):
        target = tmp_path / f"{action}.txt"
        subprocess.run(
            ["/usr/bin/python3", str(script), action, str(path), str(target), str(tmp_path / "lo")],
            check=True,
            capture_output=True,
            timeout=180,
        )
        lines = target.read_text(encoding="utf-8-sig").split("\n")
        while lines and lines[-1] == "":
            lines.pop()
        assert lines == report_lines(report), action


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_no_unchanged_break_between_two_changes_of_one_kind(old_name, new_name):
    from toolkit.compare.stream import document_stream
    from toolkit.word.redline import apart_at_breaks, breaks_first

    comparison = compare_reports(load_report(SAMPLES / old_name), load_report(SAMPLES / new_name))
    stream = breaks_first(document_stream(comparison))
    apart = apart_at_breaks(stream)
    for side in ("-", "+"):
        assert "".join(p.text for p in apart if p.op != side) == "".join(
            p.text for p in stream if p.op != side
        )
    risky = [
        k
        for k in range(1, len(apart) - 1)
        if apart[k].op == "="
        and apart[k].piece.is_break
        and apart[k - 1].op == apart[k + 1].op != "="
        and not apart[k - 1].piece.is_break
        and not apart[k + 1].piece.is_break
    ]
    # what is left cannot be reordered: one kind of change on both sides of the break
    for k in risky:
        start, end = k - 1, k + 1
        while start > 0 and apart[start - 1].op != "=" and not apart[start - 1].piece.is_break:
            start -= 1
        while (
            end + 1 < len(apart) and apart[end + 1].op != "=" and not apart[end + 1].piece.is_break
        ):
            end += 1
        assert {p.op for p in apart[start : end + 1] if p is not apart[k]} == {apart[k - 1].op}


def test_year_rollovers_are_tracked_under_a_reviewer_of_their_own():
    old = load_report(SAMPLES / "hunan-2025.txt")
    new = load_report(SAMPLES / "hunan-2026.txt")
    ops = (
        TextOp("=", "一、"),
        TextOp("~", "2025", "2024", "year"),
        TextOp("=", "年工作回顾\n经济增长"),
        TextOp("-", "5.5%"),
        TextOp("+", "5%"),
    )
    pair = SectionPair(
        ("front",),
        ("front",),
        None,
        None,
        0,
        PairStatus.MODIFIED,
        MatchPass.FRONT,
        0.9,
        ops,
        DiffStats(changes=1, rollovers=1),
    )
    comparison = Comparison(old, new, 1, False, (pair,), DiffStats(changes=1, rollovers=1))
    body = body_of(render_redline(comparison, author="审校组", date=DATE).to_bytes())
    authors = [e.get(qn("w:author")) for e in body.iter(qn("w:ins"), qn("w:del"))]
    assert authors == ["审校组（年份顺延）", "审校组（年份顺延）", "审校组", "审校组"]
    assert report_paragraphs(accept_all(body)) == ["一、2025年工作回顾", "经济增长5%"]
    assert report_paragraphs(reject_all(body)) == ["一、2024年工作回顾", "经济增长5.5%"]
    document = docx.Document(io.BytesIO(render_redline(comparison, date=DATE).to_bytes()))
    summary = [c.text for c in document.comments if c.text.startswith("修订对照")]
    assert summary and "年份顺延1处" in summary[0]


def test_diff_command_writes_the_redline_by_suffix(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from toolkit.cli.app import app

    monkeypatch.setenv("REPORT_TOOLKIT_AUTHOR", "省政府研究室")
    out = tmp_path / "changes.docx"
    old, new = SAMPLES / "sichuan-2025.txt", SAMPLES / "sichuan-2026.txt"
    result = CliRunner().invoke(app, ["diff", str(old), str(new), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = body_of(out.read_bytes())
    authors = {e.get(qn("w:author")) for e in body.iter(qn("w:ins"), qn("w:del"))}
    assert "省政府研究室" in authors
    accepted = report_paragraphs(accept_all(body))
    assert accepted == report_lines(load_report(new))


STRUCTURAL = {
    PairStatus.MOVED: "本节位置调整",
    PairStatus.RENAMED: "标题调整",
    PairStatus.SPLIT: "拆分为",
    PairStatus.MERGED: "合并而成",
    PairStatus.ADDED: "本节为新增内容",
    PairStatus.REMOVED: "本节在新报告中已删去",
}


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_every_structural_change_of_the_real_alignment_has_its_comment(old_name, new_name):
    comparison = compare_reports(load_report(SAMPLES / old_name), load_report(SAMPLES / new_name))
    document = docx.Document(io.BytesIO(render_redline(comparison).to_bytes()))
    # leave out the statistics and the notes where moved text stood
    comments = [
        c.text
        for c in document.comments
        if not c.text.startswith("修订对照") and "的内容原在此处" not in c.text
    ]
    expected = [STRUCTURAL[p.status] for p in comparison.pairs if p.status in STRUCTURAL]
    assert len(comments) == len(expected)
    for phrase, comment in zip(expected, comments, strict=True):
        assert phrase in comment


def test_split_section_round_trips_and_is_explained():
    from conftest import DATA

    older = load_report(DATA / "word" / "split-2025.txt")
    newer = load_report(DATA / "word" / "split-2026.txt")
    for old, new, phrase in ((older, newer, "拆分为"), (newer, older, "合并而成")):
        comparison = compare_reports(old, new)
        data = check_round_trip(comparison)
        comments = [c.text for c in docx.Document(io.BytesIO(data)).comments]
        assert any(phrase in c and "（一）推动产业和乡村协同发展" in c for c in comments)


@pytest.mark.parametrize(("old_name", "new_name"), PAIRS)
def test_breaks_first_keeps_both_texts(old_name, new_name):
    from toolkit.compare.stream import document_stream
    from toolkit.word.redline import breaks_first

    comparison = compare_reports(load_report(SAMPLES / old_name), load_report(SAMPLES / new_name))
    stream = document_stream(comparison)
    rotated = breaks_first(stream)
    for side in ("-", "+"):
        assert "".join(p.text for p in rotated if p.op != side) == "".join(
            p.text for p in stream if p.op != side
        )
    for k, piece in enumerate(rotated[:-1]):
        if piece.op != "=" or not piece.piece.is_break or rotated[k + 1].op == "=":
            continue
        # a run of one changed kind right after an unchanged break never ends with its break
        end = k + 1
        while end < len(rotated) and rotated[end].op == rotated[k + 1].op:
            end += 1
        assert not rotated[end - 1].piece.is_break


def test_added_first_and_removed_next_sections_round_trip():
    """The break between an added and a removed section is in neither text."""
    old = load_report(SAMPLES / "hunan-2025.txt")
    new = load_report(SAMPLES / "hunan-2026.txt")

    def pair(old_ids, new_ids, ops, status):
        return SectionPair(
            old_ids, new_ids, None, None, 1, status, MatchPass.NONE, 0.0, ops, DiffStats()
        )

    added = pair((), ("s1",), (TextOp("+", "新增\n两段"),), PairStatus.ADDED)
    removed = pair(("s1",), (), (TextOp("-", "删去"),), PairStatus.REMOVED)
    kept = pair(("s2",), ("s2",), (TextOp("=", "保留"),), PairStatus.UNCHANGED)
    comparison = Comparison(old, new, 1, False, (added, removed, kept), DiffStats())
    body = body_of(render_redline(comparison, date=DATE).to_bytes())
    assert report_paragraphs(accept_all(body)) == ["新增", "两段", "保留"]
    assert report_paragraphs(reject_all(body)) == ["删去", "保留"]


_piece = st.text(alphabet="甲乙丙\n", min_size=1, max_size=6)
_ops = st.lists(st.tuples(st.sampled_from("=+-"), _piece), min_size=1, max_size=8)
_pairs = st.lists(
    st.tuples(st.sampled_from(["both", "added", "removed"]), _ops), min_size=1, max_size=4
)


@settings(max_examples=60, deadline=None)
@given(_pairs)
def test_accept_and_reject_rebuild_any_texts(raw_pairs):
    """Random ops, paragraph breaks anywhere (leading, trailing, doubled), sections added or
    removed anywhere: accepting gives the newer text and rejecting the older, line for line."""
    pairs = []
    for kind, raw in raw_pairs:
        keep = {"both": "=+-", "added": "=+", "removed": "=-"}[kind]
        sign = {"both": None, "added": "+", "removed": "-"}[kind]
        ops = tuple(TextOp(sign or op, text) for op, text in raw if op in keep)
        if not ops:
            continue
        old_ids = () if kind == "added" else ("front",)
        new_ids = () if kind == "removed" else ("front",)
        status = {"both": PairStatus.MODIFIED, "added": PairStatus.ADDED}.get(
            kind, PairStatus.REMOVED
        )
        pairs.append(
            SectionPair(
                old_ids, new_ids, None, None, 1, status, MatchPass.NONE, 0.0, ops, DiffStats()
            )
        )
    if not pairs:
        return
    comparison = Comparison(_HUNAN[0], _HUNAN[1], 1, False, tuple(pairs), DiffStats())
    body = body_of(render_redline(comparison, date=DATE).to_bytes())
    for resolve, side in ((accept_all, "new"), (reject_all, "old")):
        got = report_paragraphs(resolve(body))
        want = expected_lines(comparison, side)
        while want and want[-1] == "":
            want.pop()
        assert got == want, side


def test_the_redline_read_back_is_the_new_report(tmp_path):
    """The docx reader takes a tracked document as accepted: a deleted paragraph mark runs the
    paragraph on into the next one, as Word's Accept All does."""
    old, new = _HUNAN
    path = tmp_path / "changes.docx"
    render_redline(compare_reports(old, new)).save(path)
    read = load_report(path)
    assert [text for _, text in read.lines()] == report_lines(new)
    assert read.warnings and "tracked changes" in read.warnings[0]


def test_moves_resolve_as_the_deletion_and_insertion_they_are():
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    stamp = 'w:author="a" w:date="2026-01-01T00:00:00Z"'
    body = etree.fromstring(
        f"<w:body {w}>"
        f'<w:p><w:pPr><w:rPr><w:moveFrom w:id="3" {stamp}/></w:rPr></w:pPr>'
        f'<w:moveFromRangeStart w:id="1" {stamp} w:name="move1"/>'
        f'<w:moveFrom w:id="2" {stamp}><w:r><w:t>甲段</w:t></w:r></w:moveFrom>'
        f'<w:moveFromRangeEnd w:id="1"/></w:p>'
        "<w:p><w:r><w:t>乙段</w:t></w:r></w:p>"
        f'<w:p><w:pPr><w:rPr><w:moveTo w:id="4" {stamp}/></w:rPr></w:pPr>'
        f'<w:moveToRangeStart w:id="5" {stamp} w:name="move1"/>'
        f'<w:moveTo w:id="6" {stamp}><w:r><w:t>甲段</w:t></w:r></w:moveTo>'
        f'<w:moveToRangeEnd w:id="5"/></w:p>'
        "</w:body>"
    )
    assert [t for t in paragraph_texts(accept_all(body)) if t] == ["乙段", "甲段"]
    assert [t for t in paragraph_texts(reject_all(body)) if t] == ["甲段", "乙段"]


def test_text_that_moved_is_noted_where_it_stood_unless_it_is_a_trifle():
    """Hunan's （七）/（八） swap places: a note where each stood. Shanxi's part 二 has only a
    line break written apart: no note for that."""
    old, new = _HUNAN
    document = docx.Document(io.BytesIO(render_redline(compare_reports(old, new)).to_bytes()))
    notes = [c.text for c in document.comments if "的内容原在此处" in c.text]
    assert len(notes) == 2 and any(old.section("s2.8").heading in n for n in notes)
    folder = CORPUS / "reports" / "shanxi"
    if not (folder / "2025.txt").is_file():
        pytest.skip("the corpus is not here")
    comparison = compare_reports(load_report(folder / "2025.txt"), load_report(folder / "2026.txt"))
    document = docx.Document(io.BytesIO(render_redline(comparison).to_bytes()))
    assert not [c.text for c in document.comments if "的内容原在此处" in c.text]


def test_a_paragraph_run_on_by_a_deleted_mark_keeps_its_word_paragraph_number(tmp_path):
    """Accepting joins 甲 (its mark deleted) with 乙; the joined block is Word's paragraph 1 and
    丙 stays paragraph 3, so comments placed by number (check) land where the text is."""
    from docx.oxml import parse_xml

    from toolkit.api import read_document

    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    first = document.add_paragraph("甲")
    first._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:rPr {w}><w:del w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
        )
    )
    document.add_paragraph("乙")
    document.add_paragraph("丙")
    path = tmp_path / "tracked.docx"
    document.save(path)
    blocks = read_document(path).blocks
    assert [(b.text, b.line) for b in blocks] == [("甲乙", 1), ("丙", 3)]


def test_split_and_merge_comments_say_how_much_text_flowed():
    comparison = compare_reports(
        load_report(SAMPLES / "sichuan-2025.txt"), load_report(SAMPLES / "sichuan-2026.txt")
    )
    document = docx.Document(io.BytesIO(render_redline(comparison).to_bytes()))
    comments = [c.text for c in document.comments]
    for pair in comparison.pairs:
        if pair.status not in (PairStatus.SPLIT, PairStatus.MERGED) or not pair.links:
            continue
        names = [comparison.old.section(i).heading for i in pair.old]
        names += [comparison.new.section(i).heading for i in pair.new]
        comment = next(c for c in comments if all(name in c for name in names))
        share = pair.links[0][2] if pair.status is PairStatus.SPLIT else pair.links[0][3]
        assert f"{round(share * 100)}%" in comment
