"""Warnings on stderr are one line each, ``report-toolkit: warning: …``, whatever the terminal
width and the length of the paths in them (a wrapped warning split the phrase a script or a
test looks for, depending on where the checkout lies)."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES
from toolkit.cli.app import app

COMMANDS = [
    ["diff", "-f", "json"],
    ["targets", "-f", "json"],
    ["terms", "--format", "json"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("columns", ["20", "80"])
def test_newest_first_warns_in_one_line_at_any_width_and_path_length(tmp_path, command, columns):
    folder = tmp_path / ("很长的路径 with spaces " * 4)
    folder.mkdir()
    old, new = folder / "hunan-2025.txt", folder / "hunan-2026.txt"
    shutil.copy(SAMPLES / old.name, old)
    shutil.copy(SAMPLES / new.name, new)
    runner = CliRunner(env={"COLUMNS": columns})
    result = runner.invoke(app, [command[0], str(new), str(old), *command[1:]])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(lines) == 1
    assert lines[0].startswith(f"report-toolkit: warning: {new} plans 2026 and {old} plans 2025")
    assert lines[0].rstrip().endswith(("give the older report first", "first report's targets"))


def test_right_order_gives_no_warning():
    runner = CliRunner()
    old, new = SAMPLES / "hunan-2025.txt", SAMPLES / "hunan-2026.txt"
    result = runner.invoke(app, ["diff", str(old), str(new), "-f", "json"])
    assert result.exit_code == 0
    assert "warning" not in result.stderr


def test_the_draft_summary_is_one_line_at_any_terminal_width(tmp_path, capsys, monkeypatch):
    from toolkit.cli.app import main

    monkeypatch.setenv("COLUMNS", "40")
    out = tmp_path / "draft.docx"
    assert main(["draft", str(SAMPLES / "hunan-2026.txt"), "-o", str(out)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"wrote {out}") and "hints" in lines[0]
