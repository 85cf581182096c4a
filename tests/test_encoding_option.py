"""A detected encoding that is only a guess is said in a warning naming it, and
``--encoding`` forces one: real files in those encodings, read through the command line."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SAMPLES

TEXT = "Annual report\nThe café served crème brûlée à la carte. Naïve façade, résumé.\n" * 20


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args], capture_output=True, text=True, check=False
    )


def test_a_guessed_encoding_is_named_in_a_warning_and_encoding_forces_the_right_one(tmp_path):
    path = tmp_path / "western.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    guessed = run("outline", str(path), "--format", "json")
    assert guessed.returncode == 0
    warning = [line for line in guessed.stderr.splitlines() if "encoding is a guess" in line]
    assert len(warning) == 1 and warning[0].startswith(f"report-toolkit: warning: {path}: ")
    forced = run("--encoding", "cp1252", "outline", str(path), "--format", "json")
    assert forced.returncode == 0 and "warning" not in forced.stderr
    assert "crème brûlée" in forced.stdout


def test_a_sure_detection_gives_no_warning():
    result = run("outline", str(SAMPLES / "guangdong-2026.gb18030.txt"), "--format", "json")
    assert result.returncode == 0 and "encoding" not in result.stderr


def test_a_forced_encoding_that_does_not_fit_is_one_line_and_exit_4(tmp_path):
    path = tmp_path / "western.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    result = run("--encoding", "utf-8", "outline", str(path))
    assert result.returncode == 4
    assert result.stderr.strip() == f"report-toolkit: error: {path}: not valid utf-8 text " + (
        "(invalid continuation byte at byte 21)"
    )
    unknown = run("--encoding", "klingon", "outline", str(path))
    assert unknown.returncode == 4 and "unknown encoding 'klingon'" in unknown.stderr
