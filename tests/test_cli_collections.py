"""The cyclic garbage collector during a command (set in ``toolkit/cli/__init__.py``)."""

from __future__ import annotations

import gc
import subprocess
import sys

from typer.testing import CliRunner

from tests.conftest import SAMPLES
from toolkit.cli.app import app, main

runner = CliRunner()
OLD, NEW = str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")


def test_a_command_runs_few_cycle_collections():
    """A diff of the Hunan samples in one process makes some 30 young collections at Python's
    default threshold (700 objects), each traversing everything the run keeps, and none with the
    threshold ``toolkit.cli`` sets."""
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        result = runner.invoke(app, ["diff", OLD, NEW, "-f", "json"])
    finally:
        gc.callbacks.remove(count)
    assert result.exit_code == 0, result.output
    assert len(collections) < 10


def test_only_the_program_leaves_its_objects_out_of_the_final_collection():
    """``main()`` run as the program freezes what it made (the interpreter's last, full
    collection then traverses none of it); an in-process ``main([...])`` does not."""
    before = gc.get_freeze_count()
    assert main(["--version"]) == 0
    assert gc.get_freeze_count() == before
    script = (
        "import gc, sys; sys.argv = ['report-toolkit', '--version']\n"
        "from toolkit.cli.app import main\n"
        "code = main(); print(code, gc.get_freeze_count() > 0)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split()[-2:] == ["0", "True"], done.stderr
