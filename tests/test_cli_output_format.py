"""The output format follows the -o suffix, or the command refuses the suffix: never a file of
one format under another format's name (terms -o t.json once wrote the terminal table)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tests.conftest import SAMPLES
from toolkit.cli.app import app
from toolkit.errors import OutputError

runner = CliRunner()
OLD, NEW = str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")


def test_terms_writes_json_for_a_json_suffix(tmp_path):
    out = tmp_path / "t.json"
    result = runner.invoke(app, ["terms", OLD, NEW, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "comparison"


def test_terms_refuses_a_suffix_it_cannot_write(tmp_path):
    out = tmp_path / "t.html"
    result = runner.invoke(app, ["terms", OLD, NEW, "-o", str(out)])
    assert result.exit_code == 2
    assert "cannot write .html files" in result.stderr and ".json" in result.stderr
    assert not out.exists()


def test_draft_refuses_a_file_name_that_is_not_docx(tmp_path):
    out = tmp_path / "draft.html"
    result = runner.invoke(app, ["draft", NEW, "-o", str(out)])
    assert result.exit_code == 2
    assert "cannot write .html files" in result.stderr
    assert not out.exists()


def test_dev_stdout_points_to_the_dash():
    result = runner.invoke(app, ["diff", OLD, NEW, "-o", "/dev/stdout"])
    assert isinstance(result.exception, OutputError)  # main() turns it into exit code 5
    assert "give - as the output" in str(result.exception)
