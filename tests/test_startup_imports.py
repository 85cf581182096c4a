"""What a command does not import: ``--help`` and ``outline`` of a text file never pay for the
segmenter, Word, HTML, the diff engine or (``--help``) Rich. A behaviour, not a timing: each
of these imports costs tens of milliseconds of a start-up that is most of a short run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS
from toolkit.cli.app import COMMANDS

HEAVY = (
    "rjieba.rjieba",
    "jieba",
    "docx",
    "lxml",
    "fast_diff_match_patch",
    "ahocorasick",
    "markdown_it",
)

PROBE = """
import contextlib, io, json, os, sys
from toolkit.cli.app import main
with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def imported(*args: str, whole: bool = False) -> set[str]:
    """The top-level packages (``whole``: the modules) a fresh ``report-toolkit ARGS`` has
    imported when it ends."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["code"] == 0, result.stderr
    modules = set(found["modules"])
    return modules if whole else {m.split(".")[0] for m in modules}


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_the_command_list_imports_no_library_of_the_commands(flag: str) -> None:
    assert not imported(flag) & {*HEAVY, "rich"}


def test_outline_of_a_text_file_imports_no_segmenter_word_html_or_diff() -> None:
    report = CORPUS / "reports" / "yunnan" / "2026.txt"
    if not report.is_file():
        pytest.skip("development corpus not present")
    assert not imported("outline", str(report), "-f", "json") & set(HEAVY)
    assert not imported("outline", str(report)) & set(HEAVY)


def test_a_diff_loads_no_other_command_s_engine() -> None:
    """The registry loads every built-in plugin's writers; their models and engines wait until
    a writer of theirs writes."""
    old, new = (CORPUS / "reports" / "yunnan" / f"{year}.txt" for year in (2025, 2026))
    if not old.is_file():
        pytest.skip("development corpus not present")
    loaded = imported("diff", str(old), str(new), whole=True)
    assert "toolkit.compare.build" in loaded
    others = (
        "toolkit.timeline.model",
        "toolkit.targets.indicators",
        "toolkit.targets.model",
        "toolkit.targets.serialize",
        "toolkit.terms.model",
        "toolkit.word.redline",
        "toolkit.word.builder",
    )
    assert not {m for m in loaded if m.startswith(others)}


def test_a_run_builds_and_imports_only_its_own_command() -> None:
    """Commands are built when asked for (``toolkit.cli.app._LazyCommands``): ``schema`` does
    not import the modules of the other commands, ``--help`` imports them only for their
    docstrings."""
    loaded = imported("schema", "diff", whole=True)
    assert "toolkit.cli.schema_cmd" in loaded
    others = {f"toolkit.cli.{module}" for module in COMMANDS.values()} - {"toolkit.cli.schema_cmd"}
    assert not loaded & others
