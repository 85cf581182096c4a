"""The Word 对照表 of ``targets OLD NEW -o x.docx`` on a real pair (zhejiang 2025.docx → 2026),
read back as .docx and held against the JSON output of the same run and the report's own
paragraphs."""

from __future__ import annotations

import json
import re

import docx
import pytest
from conftest import CORPUS, needs_corpus
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.html.targets import ATTAINMENT_LABELS, CHANGE_LABELS, COMMITMENT_LABELS
from toolkit.word import styles

pytestmark = needs_corpus
ZHEJIANG = CORPUS / "reports" / "zhejiang"
OLD, NEW = ZHEJIANG / "2025.docx", ZHEJIANG / "2026.txt"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """(the .docx, the JSON) of one comparison."""
    folder = tmp_path_factory.mktemp("targets")
    runner = CliRunner()
    result = runner.invoke(app, ["targets", str(OLD), str(NEW), "-o", str(folder / "t.docx")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["targets", str(OLD), str(NEW), "--format", "json"])
    assert result.exit_code == 0, result.output
    return docx.Document(str(folder / "t.docx")), json.loads(result.stdout)


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def test_three_tables_under_their_headings_in_the_template_styles(outputs):
    document, _ = outputs
    headings = [p.text for p in document.paragraphs if p.style.name == styles.HEADING_1]
    assert headings == [
        "一、主要预期目标变化",
        "二、2025年主要预期目标完成情况",
        "三、2025年量化承诺落实情况",
    ]
    assert len(document.tables) == 3
    for table in document.tables:
        for row in table.rows:
            assert all(cell.paragraphs[0].style.name == styles.TABLE for cell in row.cells)
    header = [cell.text for cell in document.tables[2].rows[0].cells]
    assert header == ["指标/承诺", "2025年目标", "2026年报告的完成情况", "状态", "来源句"]


def test_change_and_attainment_tables_hold_the_headline_targets(outputs):
    document, data = outputs
    changes = [
        c
        for c in data["changes"]
        if any(c[side] and c[side]["headline"] for side in ("old", "new"))
    ]
    rows = _rows(document.tables[0])
    assert [r[0] for r in rows] == [c["indicator"] for c in changes]
    assert [r[4] for r in rows] == [CHANGE_LABELS[c["status"]][0] for c in changes]
    assert len(rows) < len(data["changes"])  # the commitments' targets are in table 三
    attainment = [a for a in data["attainment"] if a["target"]["headline"]]
    rows = _rows(document.tables[1])
    assert [(r[0], r[4]) for r in rows] == [
        (a["indicator"], ATTAINMENT_LABELS[a["status"]][0]) for a in attainment
    ]


def test_commitments_rows_cite_both_sentences_at_their_lines(outputs):
    document, data = outputs
    rows = _rows(document.tables[2])
    commitments = data["commitments"]
    assert len(rows) == len(commitments) > 20
    old_lines = (ZHEJIANG / "2025.txt").read_text(encoding="utf-8").splitlines()
    new_lines = NEW.read_text(encoding="utf-8").splitlines()
    for row, item in zip(rows, commitments, strict=True):
        assert row[0] == item["old"]["indicator"]
        assert row[3].startswith(COMMITMENT_LABELS[item["status"]][0])
        assert not re.search(r"[a-z]{3}", row[3]), row[3]  # remarks in Chinese too
        old = item["old"]
        assert f"2025年报告第{old['line']}行：{old['text']}" in row[4]
        # the line is the Word paragraph: the sentence stands there in the report
        assert old["text"] in old_lines[old["line"] - 1].strip()
        result = item["result"]
        if result is None:
            assert row[2] == "—" and "2026年报告" not in row[4]
        else:
            assert f"2026年报告第{result['line']}行：{result['text']}" in row[4]
            assert result["text"] in new_lines[result["line"] - 1]


def test_one_report_cannot_make_the_word_table(tmp_path):
    result = CliRunner().invoke(app, ["targets", str(OLD), "-o", str(tmp_path / "t.docx")])
    assert result.exit_code == 2 and "two reports" in result.output
    assert not (tmp_path / "t.docx").exists()


def test_targets_table_properties_are_in_schema_order(outputs, tmp_path):
    from test_word_layout import check_schema_order

    document, _ = outputs
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert check_schema_order(path.read_bytes()) > 100
