"""`report-toolkit --help` and every command's --help stay light: no heavy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from toolkit.cli.app import COMMANDS

HEAVY = ("docx", "rjieba.rjieba", "lxml", "fast_diff_match_patch", "charset_normalizer")

SCRIPT = """
import sys
sys.argv = ["report-toolkit", *{args!r}]
try:
    from toolkit.cli.app import main
    main()
except SystemExit:
    pass
print(sorted(m for m in {heavy!r} if m in sys.modules))
"""


@pytest.mark.parametrize("args", [["--help"], *([c, "--help"] for c in COMMANDS)])
def test_help_does_not_import_heavy_modules(args):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(args=args, heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
