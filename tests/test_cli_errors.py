"""Bad inputs give one line naming the file and the problem, and a documented exit code."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT, SAMPLES

from toolkit.errors import ExitCode


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
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
def test_bad_input_gives_one_line_and_exit_code(tmp_path, case):
    path, code, message = make_bad_inputs(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    result = run("outline", str(path))
    assert result.returncode == code, result.stderr
    line = one_error_line(result)
    assert str(path) in line and message in line
    assert result.stdout == ""
    if before is not None:
        assert path.read_bytes() == before


def test_traceback_on_request(tmp_path):
    result = run("--traceback", "outline", str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "InputError" in result.stderr


def test_usage_error_exit_code():
    result = run("outline", "--format", "yaml", str(SAMPLES / "hunan-2025.txt"))
    assert result.returncode == ExitCode.USAGE


def test_json_output_never_overwrites_without_force(tmp_path):
    out = tmp_path / "outline.json"
    out.write_text("keep me", encoding="utf-8")
    result = run("outline", str(SAMPLES / "hunan-2025.txt"), "--format", "json", "-o", str(out))
    assert result.returncode == ExitCode.OUTPUT
    assert "file exists" in one_error_line(result)
    assert out.read_text(encoding="utf-8") == "keep me"
    result = run(
        "outline", str(SAMPLES / "hunan-2025.txt"), "--format", "json", "-o", str(out), "--force"
    )
    assert result.returncode == 0
    assert '"year": 2025' in out.read_text(encoding="utf-8")


def test_output_may_not_be_an_input(tmp_path):
    source = tmp_path / "r.txt"
    source.write_bytes((SAMPLES / "hunan-2025.txt").read_bytes())
    result = run("outline", str(source), "--format", "json", "-o", str(source), "--force")
    assert result.returncode == ExitCode.OUTPUT
    assert source.read_bytes() == (SAMPLES / "hunan-2025.txt").read_bytes()
