"""Every file the toolkit writes goes through :mod:`toolkit.fsio` (atomic, never an input,
never an existing file without ``force``): no other module opens a file for writing, renames or
copies files. python-docx and other libraries save into an in-memory buffer that fsio writes."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

ALLOWED = {
    Path("toolkit/fsio.py"),
    # jieba's reduced dictionary, a cache in ~/.cache/report-toolkit: not a user's output
    Path("toolkit/segment.py"),
    # a pipe to its forked child, not a file
    Path("toolkit/parallel.py"),
}
WRITE_METHODS = {"write_text", "write_bytes", "touch", "mkdir", "rename", "replace", "unlink"}
OS_FUNCTIONS = {"replace", "rename", "renames", "remove", "unlink", "fdopen", "open", "makedirs"}
SHUTIL_FUNCTIONS = {"copy", "copy2", "copyfile", "copytree", "move", "rmtree"}


def _mode(call: ast.Call, position: int) -> str:
    """The mode string of an ``open`` call, found at argument ``position`` (1 for ``open()``,
    0 for ``Path.open()``) or as ``mode=``; "r" when not given or not a literal."""
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)
    return "r"


def direct_writes(source: str) -> list[tuple[int, str]]:
    """(line, call) of every call in ``source`` that writes, moves or deletes a file."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            if set(_mode(node, 1)) & set("wax+"):
                found.append((node.lineno, f"open(..., {_mode(node, 1)!r})"))
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if owner == "os" and func.attr in OS_FUNCTIONS:
                found.append((node.lineno, f"os.{func.attr}"))
            elif owner == "shutil" and func.attr in SHUTIL_FUNCTIONS:
                found.append((node.lineno, f"shutil.{func.attr}"))
            elif func.attr in WRITE_METHODS and owner not in ("os", "shutil", "dataclasses"):
                if func.attr == "replace" and (len(node.args) != 1 or node.keywords):
                    continue  # str.replace(old, new), datetime.replace(year=…): not Path.replace
                found.append((node.lineno, f".{func.attr}()"))
            elif func.attr == "open" and set(_mode(node, 0)) & set("wax+"):
                found.append((node.lineno, f".open(..., {_mode(node, 0)!r})"))
    return sorted(found)


def test_only_fsio_writes_files() -> None:
    offenders = []
    for path in sorted((ROOT / "toolkit").rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative in ALLOWED:
            continue
        for line, call in direct_writes(path.read_text(encoding="utf-8")):
            offenders.append(f"{relative}:{line}: {call}")
    assert offenders == [], "write through toolkit.fsio instead:\n" + "\n".join(offenders)


def test_the_check_finds_direct_writes() -> None:
    source = (
        "import os, shutil\n"
        "from pathlib import Path\n"
        "open('x', 'w').write('a')\n"
        "Path('y').write_text('b')\n"
        "os.replace('a', 'b')\n"
        "shutil.copyfile('a', 'b')\n"
        "Path('z').open('wb')\n"
        "text = 'a'.replace('a', 'b')\n"
        "open('r.txt').read()\n"
    )
    assert [line for line, _ in direct_writes(source)] == [3, 4, 5, 6, 7]
