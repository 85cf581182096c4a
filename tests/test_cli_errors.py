"""Bad inputs give one line naming the file and the problem, and a documented exit code
(in-process through ``main``; see ``cli_run``)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from cli_run import Result, invoke
from conftest import ROOT, SAMPLES

from toolkit.errors import ExitCode


def one_error_line(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[0].startswith("report-toolkit: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def make_bad_inputs(tmp_path):
    cases = {}
    cases["missing"] = (tmp_path / "nope.txt", ExitCode.INPUT, "no such file")
    cases["directory"] = (tmp_path, ExitCode.INPUT, "is a directory")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    cases["empty"] = (empty, ExitCode.FORMAT, "file is empty")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u3000\n\t\n", encoding="utf-8")
    cases["whitespace"] = (blank, ExitCode.FORMAT, "only whitespace")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    cases["binary"] = (binary, ExitCode.FORMAT, "binary file")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes((SAMPLES / "hunan-2025.docx").read_bytes()[:20000])
    cases["truncated docx"] = (truncated, ExitCode.FORMAT, "damaged or truncated")
    notdocx = tmp_path / "archive.docx"
    with zipfile.ZipFile(notdocx, "w") as archive:
        archive.writestr("hello.txt", "hi")
    cases["zip not docx"] = (notdocx, ExitCode.FORMAT, "not a Word document")
    legacy = tmp_path / "legacy.docx"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    cases["legacy doc"] = (legacy, ExitCode.FORMAT, "legacy Word 97-2003")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    cases["pdf"] = (pdf, ExitCode.FORMAT, "PDF is not supported")
    odd = tmp_path / "report.xyz"
    odd.write_text("政府工作报告", encoding="utf-8")
    cases["unknown suffix"] = (odd, ExitCode.FORMAT, "unsupported file type")
    return cases


CASES = [
    "missing",
    "directory",
    "empty",
    "whitespace",
    "binary",
    "truncated docx",
    "zip not docx",
    "legacy doc",
    "pdf",
    "unknown suffix",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_line_and_exit_code(tmp_path, capsys, case):
    path, code, message = make_bad_inputs(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    result = invoke(capsys, "outline", str(path))
    assert result.returncode == code, result.stderr
    line = one_error_line(result)
    assert str(path) in line and message in line
    assert result.stdout == ""
    if before is not None:
        assert path.read_bytes() == before


def test_traceback_on_request(tmp_path):
    """A real process: the traceback is printed by the interpreter, past main()."""
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "--traceback", "outline", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "InputError" in result.stderr


def test_usage_error_exit_code(capsys):
    result = invoke(capsys, "outline", "--format", "yaml", str(SAMPLES / "hunan-2025.txt"))
    assert result.returncode == ExitCode.USAGE
