"""``main(argv) -> int`` runs the command line in-process and returns the exit code, with the
same one-line errors on stderr as the installed command."""

from __future__ import annotations

from tests.conftest import SAMPLES
from toolkit.cli.app import main
from toolkit.errors import ExitCode


def test_a_missing_input_returns_its_code_with_one_error_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    code = main(["diff", str(missing), str(SAMPLES / "hunan-2026.txt")])
    err = capsys.readouterr().err
    assert code == ExitCode.INPUT
    assert err == f"report-toolkit: error: {missing}: no such file\n"


def test_a_usage_error_returns_2_and_a_run_returns_0(capsys):
    assert main(["diff", "--status", "bogus", "a", "b"]) == 2
    assert "--status" in capsys.readouterr().err
    assert main(["outline", str(SAMPLES / "hunan-2026.txt"), "--format", "json"]) == 0
    assert '"year": 2026' in capsys.readouterr().out
