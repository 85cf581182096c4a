"""No command writes over an existing file without ``--force``, nor over one of its inputs even
with it: one place for every command that writes (the outputs' own tests check their content)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from cli_run import invoke, one_error_line
from conftest import SAMPLES

from toolkit.errors import ExitCode

OLD, NEW = "hunan-2025.txt", "hunan-2026.txt"

#: command → (its arguments before -o, given the two reports; the output's suffix; the format
#: option that makes a .txt output acceptable)
COMMANDS = {
    "outline": (lambda old, new: ["outline", new], ".json", ["-f", "json"]),
    "diff": (lambda old, new: ["diff", old, new], ".json", ["-f", "json"]),
    "report": (lambda old, new: ["report", old, new], ".html", ["-f", "html"]),
    "targets": (lambda old, new: ["targets", old, new], ".json", ["-f", "json"]),
    "terms": (lambda old, new: ["terms", old, new], ".json", ["-f", "json"]),
    "check": (lambda old, new: ["check", new, "--previous", old], ".json", ["-f", "json"]),
    "draft": (lambda old, new: ["draft", new], ".docx", []),
}


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def reports(tmp_path: Path) -> tuple[str, str]:
    for name in (OLD, NEW):
        shutil.copyfile(SAMPLES / name, tmp_path / name)
    return str(tmp_path / OLD), str(tmp_path / NEW)


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_output_is_kept_without_force_and_replaced_with_it(
    tmp_path, capsys, reports, command
):
    args, suffix, _ = COMMANDS[command]
    out = tmp_path / f"result{suffix}"
    out.write_bytes(b"keep me")
    before = _tree(tmp_path)
    result = invoke(capsys, *args(*reports), "-o", str(out))
    assert result.returncode == ExitCode.OUTPUT, result.stderr
    line = one_error_line(result)
    assert str(out) in line and "file exists; use --force" in line
    assert _tree(tmp_path) == before  # the output and the inputs untouched, nothing left over
    result = invoke(capsys, *args(*reports), "-o", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() != b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([OLD, NEW, out.name])


@pytest.mark.parametrize("command", COMMANDS)
def test_an_input_is_never_the_output_even_with_force(tmp_path, capsys, reports, command):
    args, _, fmt = COMMANDS[command]
    before = _tree(tmp_path)
    new = Path(reports[1])
    for spelling in (str(new), str(new.parent / "." / new.name)):
        result = invoke(capsys, *args(*reports), *fmt, "-o", spelling, "--force")
        assert result.returncode == ExitCode.OUTPUT, result.stderr
        assert "also an input" in one_error_line(result)
    assert _tree(tmp_path) == before
