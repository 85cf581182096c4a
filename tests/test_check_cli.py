"""`report-toolkit check`: JSON against its schema, --strict exit status, Word comments on a
copy of a .docx draft, the terminal view grouped by section."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import CORPUS
from toolkit.cli.app import main

GUIZHOU = CORPUS / "reports" / "guizhou"
pytestmark = pytest.mark.skipif(not GUIZHOU.exists(), reason="corpus not present")


def _draft_with_blank(tmp_path: Path) -> Path:
    lines = (GUIZHOU / "2026.txt").read_text("utf-8").split("\n")
    lines[7] = lines[7].replace("4.9%", "××%", 1)
    path = tmp_path / "2026.txt"
    path.write_text("\n".join(lines), "utf-8")
    return path


def test_json_follows_the_schema_and_counts_the_findings(tmp_path, capsys):
    draft = _draft_with_blank(tmp_path)
    assert main(["check", str(draft), "--previous", str(GUIZHOU / "2025.txt"), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    schema = json.loads(
        resources.files("toolkit").joinpath("schemas/check.schema.json").read_text()
    )
    jsonschema.validate(data, schema)
    severities = [f["severity"] for f in data["findings"]]
    assert data["summary"]["counts"] == {s: severities.count(s) for s in ("P0", "P1", "P2")}
    (blank,) = [f for f in data["findings"] if f["kind"] == "placeholder"]
    assert blank["line"] == 8 and "××" in blank["message"]
    assert [c["section"][:2] for c in data["summary"]["copied"]] == ["一、", "二、", "三、"]


def test_schema_command_knows_check(capsys):
    assert main(["schema", "check"]) == 0
    assert '"findings"' in capsys.readouterr().out


def test_strict_exits_1_only_with_a_p0(tmp_path, capsys):
    draft = _draft_with_blank(tmp_path)
    previous = str(GUIZHOU / "2025.txt")
    assert main(["check", str(draft), "-p", previous, "-f", "json"]) == 0
    assert main(["check", str(draft), "-p", previous, "-f", "json", "--strict"]) == 1
    clean = str(GUIZHOU / "2026.txt")
    assert main(["check", clean, "-p", previous, "-f", "json", "--strict"]) == 0
    capsys.readouterr()


def test_help_documents_strict_with_an_example(capsys):
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--strict" in out and "report-toolkit check" in out and "P0" in out


def test_terminal_groups_findings_by_section_with_lines(tmp_path, capsys):
    draft = _draft_with_blank(tmp_path)
    assert main(["check", str(draft), "-p", str(GUIZHOU / "2025.txt"), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "一、2025年和“十四五”时期工作回顾" in out
    assert "placeholder" in out and "P0: 1" in out


def test_docx_copy_carries_each_finding_as_a_comment_on_its_paragraph(
    tmp_path, capsys, monkeypatch
):
    import docx

    original = tmp_path / "draft.docx"
    shutil.copy(GUIZHOU / "2025.docx", original)
    document = docx.Document(str(original))
    lines = (GUIZHOU / "2025.txt").read_text("utf-8").split("\n")
    number = next(i for i, text in enumerate(lines, 1) if "地区生产总值" in text and len(text) > 80)
    target = next(p for p in document.paragraphs if p.text == lines[number - 1])
    target.runs[-1].text += "新增××家。"
    target.insert_paragraph_before("")  # an empty paragraph counts in Word's numbering
    document.save(str(original))
    before = original.read_bytes()
    out = tmp_path / "checked.docx"
    monkeypatch.setenv("REPORT_TOOLKIT_AUTHOR", "省政府研究室")
    assert main(["check", str(original), "-o", str(out)]) == 0
    assert original.read_bytes() == before  # the draft itself untouched
    checked = docx.Document(str(out))
    assert [p.text for p in checked.paragraphs] == [p.text for p in document.paragraphs]
    comments = {c.comment_id: c.text for c in checked.comments}
    assert {c.author for c in checked.comments} == {"省政府研究室"}
    assert any("××" in text for text in comments.values())
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    anchored = [
        p.text
        for p in checked.paragraphs
        for start in p._p.iter(f"{w}commentRangeStart")
        if "××" in comments[int(start.get(f"{w}id"))]
    ]
    assert anchored == [target.text]
    capsys.readouterr()


def test_docx_output_needs_a_docx_draft(tmp_path, capsys):
    code = main(["check", str(GUIZHOU / "2026.txt"), "-o", str(tmp_path / "c.docx")])
    assert code != 0 and "docx" in capsys.readouterr().err
    assert not (tmp_path / "c.docx").exists()


def test_reports_given_the_wrong_way_round_are_warned_about(capsys):
    code = main(["check", str(GUIZHOU / "2025.txt"), "-p", str(GUIZHOU / "2026.txt"), "-f", "json"])
    captured = capsys.readouterr()
    assert code == 0 and "give the older report first" in captured.err
    assert json.loads(captured.out)["year"] == 2025  # the draft's own year, not 2027


def test_json_file_output_by_suffix(tmp_path, capsys):
    out = tmp_path / "findings.json"
    args = ["check", str(GUIZHOU / "2026.txt"), "-p", str(GUIZHOU / "2025.txt"), "-o", str(out)]
    assert main(args) == 0
    assert json.loads(out.read_text("utf-8"))["year"] == 2026
    capsys.readouterr()
