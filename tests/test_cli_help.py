"""Every command's help reads clean: an example, no raw markup, no value placeholder after a
flag, no path that exists only in the repository; ``schema NAME`` prints the JSON Schemas."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from typer.testing import CliRunner

from toolkit.cli.app import COMMANDS, app
from toolkit.cli.schema_cmd import NAMES

runner = CliRunner(env={"COLUMNS": "100"})


@pytest.mark.parametrize("command", list(COMMANDS))
def test_help_is_clean_and_has_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    text = result.stdout
    assert "Example:" in text and f"report-toolkit {command}" in text.split("Example:")[1]
    assert not re.search(r"\[/?(bold|cyan|italic|dim)\]", text)  # rich markup shown raw
    assert "<bool>" not in text
    assert "toolkit/schemas" not in text and "templates/README" not in text


@pytest.mark.parametrize("name", NAMES)
def test_schema_prints_a_valid_json_schema(name):
    result = runner.invoke(app, ["schema", name])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert name in schema["title"]


def test_schema_refuses_an_unknown_name():
    result = runner.invoke(app, ["schema", "draft"])
    assert result.exit_code == 2
    assert "outline, diff, targets, terms" in result.stderr


def test_the_command_list_is_what_each_built_command_says():
    """The list of ``report-toolkit --help`` is written without building the commands
    (``_Commands.format_commands``): it must be what Typer's group of the built commands
    writes, every command in the order of ``COMMANDS``."""
    import typer.main
    from typer.core import TyperGroup

    from toolkit.cli.app import _build

    group = typer.main.get_command(app)
    ctx = group.make_context("report-toolkit", ["schema", "diff"])
    lazy, eager = ctx.make_formatter(), ctx.make_formatter()
    group.format_commands(ctx, lazy)
    built = TyperGroup(name="report-toolkit", commands={name: _build(name) for name in COMMANDS})
    built.format_commands(ctx, eager)
    assert lazy.getvalue() == eager.getvalue()
    assert [line.split()[0] for line in lazy.getvalue().splitlines()[1:]] == list(COMMANDS)
