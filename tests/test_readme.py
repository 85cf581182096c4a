"""The README's examples work: the plugin example registers and writes."""

from __future__ import annotations

import re
import types

from conftest import ROOT, SAMPLES

from toolkit.api import load_report
from toolkit.plugins.manager import build_registry

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    block = re.search(r"```\n(.*?)```", README, re.S)
    assert block is not None
    lines = block.group(1).strip().splitlines()
    assert lines[0].startswith("pip install . && report-toolkit ")
    assert lines[1] == "pip install '.[test]' && python -m pytest"


def test_plugin_example_registers_and_writes():
    section = README.split("## Writing a plugin", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    module = types.ModuleType("opml_plugin")
    exec(compile(code, "README.md", "exec"), module.__dict__)
    registry = build_registry(module)
    writer = registry.writer_for_suffix("outline", ".opml")
    assert writer is not None and writer.name == "outline-opml"
    assert any(
        r.origin != "toolkit.outline" for r in registry.registrations if r.name == "outline:opml"
    )
    opml = writer.write(load_report(SAMPLES / "hunan-2026.txt")).decode("utf-8")
    assert '<outline text="三、关于2026年工作"><outline text="（一）全力推动经济稳定增长">' in opml


def test_every_command_is_documented():
    from toolkit.cli.app import COMMANDS, command_function

    for name in COMMANDS:
        assert f"report-toolkit {name}" in README, name
        assert command_function(name).__doc__, name


def test_no_merge_conflict_markers_left():
    for path in [
        ROOT / "README.md",
        *ROOT.glob("templates/*.md"),
        *ROOT.glob("toolkit/**/*.py"),
        *ROOT.glob("tests/**/*.py"),
    ]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?m)^(<{7}|={7}|>{7})( |$)", text), path
