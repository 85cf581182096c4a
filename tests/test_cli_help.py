"""Every command's help reads clean: an example, no raw markup, no value placeholder after a
flag, no path that exists only in the repository; ``schema NAME`` prints the JSON Schemas."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.cli.schema_cmd import NAMES

runner = CliRunner(env={"COLUMNS": "100"})
COMMANDS = sorted(c.name for c in app.registered_commands if c.name)


@pytest.mark.parametrize("command", COMMANDS)
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
