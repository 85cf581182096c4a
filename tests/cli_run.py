"""Run the command line in-process (``toolkit.cli.app.main``), capturing what it prints.

Tests of exit codes and error lines use this instead of a subprocess each; a subprocess stays
where the process itself is what is tested (peak memory, signals, start-up, a terminal)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from toolkit.cli.app import main


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """``report-toolkit ARGS…`` run by ``main``: its exit code and what it wrote."""
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def one_error_line(result: Result) -> str:
    """The only ``report-toolkit: error:`` line (progress lines aside), with no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("report-toolkit: error: ")]
    assert len(errors) == 1, result.stderr
    return errors[0]
