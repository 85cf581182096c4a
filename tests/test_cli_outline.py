from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest
from conftest import DATA, SAMPLES, TEXT_SAMPLES
from typer.testing import CliRunner

from toolkit.cli.app import app

runner = CliRunner()
SCHEMA = json.loads(resources.files("toolkit").joinpath("schemas/outline.schema.json").read_text())


@pytest.mark.parametrize("name", [*TEXT_SAMPLES, "guangdong-2025.docx"])
def test_outline_json_follows_the_schema(name):
    result = runner.invoke(app, ["outline", str(SAMPLES / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["year"] in (2018, 2025, 2026)


def test_outline_html_json_follows_the_schema():
    result = runner.invoke(
        app, ["outline", str(DATA / "html" / "zhongshan-2018.html"), "-f", "json"]
    )
    jsonschema.validate(json.loads(result.stdout), SCHEMA)


def test_outline_tree_shows_sections_targets_and_glossary():
    result = runner.invoke(
        app, ["outline", str(SAMPLES / "dalian-zhongshan-2018.txt"), "--no-color"]
    )
    assert result.exit_code == 0
    out = result.stdout
    assert "中山区人民政府2018年政府工作报告" in out and "2018年" in out
    assert "三、2018年重点工作安排" in out and "[plan]" in out
    assert "主要预期目标" in out
    assert "名词解释 (17)" in out and "全域旅游" in out
    assert "\x1b[" not in out


def test_plugins_lists_builtins_with_origin():
    result = runner.invoke(app, ["plugins", "--no-color"])
    assert result.exit_code == 0
    assert "govreport" in result.stdout and "toolkit.profiles" in result.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("report-toolkit ")


def test_no_color_environment_is_honoured():
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "1", "COLUMNS": "100"}
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "outline", str(SAMPLES / "hunan-2026.txt")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    assert "关于2026年工作" in result.stdout
    # NO_COLOR forbids colour, not bold or dim: no foreground/background colour codes
    assert "\x1b[1m" in result.stdout
    assert not re.search(r"\x1b\[[0-9;]*(3[0-7]|38|9[0-7]|4[0-7])m", result.stdout)


def test_output_suffix_picks_the_writer(tmp_path):
    out = tmp_path / "outline.json"
    result = runner.invoke(app, ["outline", str(SAMPLES / "hunan-2026.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), SCHEMA)
    text = tmp_path / "outline.txt"
    result = runner.invoke(app, ["outline", str(SAMPLES / "hunan-2026.txt"), "-o", str(text)])
    assert result.exit_code == 0 and "关于2026年工作" in text.read_text(encoding="utf-8")


def test_diff_to_word_takes_author(tmp_path):
    import zipfile

    out = tmp_path / "changes.docx"
    result = runner.invoke(
        app,
        [
            "diff",
            str(SAMPLES / "hunan-2025.txt"),
            str(SAMPLES / "hunan-2026.txt"),
            "-o",
            str(out),
            "--author",
            "起草组",
        ],
    )
    assert result.exit_code == 0, result.output
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert set(re.findall(r'w:author="([^"]+)"', xml)) == {"起草组", "起草组（年份顺延）"}
