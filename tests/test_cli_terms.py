"""`report-toolkit terms`: tables, JSON against its schema, options, errors, plugin."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from toolkit.api import load_report
from toolkit.cli.app import app
from toolkit.plugins.manager import get_registry
from toolkit.terms import compare_terms, extract_terms

runner = CliRunner()
SCHEMA = json.loads(resources.files("toolkit").joinpath("schemas/terms.schema.json").read_text())
OLD, NEW = str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")


def test_comparison_json_follows_the_schema():
    result = runner.invoke(app, ["terms", OLD, NEW, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["type"] == "comparison" and data["new"]["year"] == 2026
    new = {t["text"]: t for t in data["new_terms"]}
    assert new["机器管招投标"]["kind"] == "quoted" and new["机器管招投标"]["count"] == 3
    assert "一湖四水" in {t["text"] for t in data["dropped_terms"]}
    assert data["sections"] and data["section_matching"] == "alignment"


def test_report_json_follows_the_schema_and_honours_filters():
    result = runner.invoke(
        app,
        ["terms", str(SAMPLES / "sichuan-2026.txt"), "-f", "json", "-k", "glossary", "--top", "5"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["type"] == "report" and len(data["terms"]) == 5
    assert {t["kind"] for t in data["terms"]} == {"glossary"}


def test_kind_and_min_count_limit_new_terms():
    result = runner.invoke(
        app, ["terms", OLD, NEW, "-f", "json", "--kind", "quoted,formula", "--min-count", "2"]
    )
    data = json.loads(result.stdout)
    assert data["new_terms"]
    assert all(t["kind"] in ("quoted", "formula") and t["count"] >= 2 for t in data["new_terms"])


def test_terminal_tables():
    result = runner.invoke(app, ["terms", OLD, NEW, "--no-color", "--top", "10"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for title in (
        "New in 2026",
        "Dropped since 2025",
        "Biggest frequency shifts",
        "Glossary check",
    ):
        assert title in out
    assert "机器管招投标" in out and "10 of " in out
    assert "\x1b[" not in out


def test_json_output_file_follows_the_schema_and_prints_nothing(tmp_path):
    target = tmp_path / "terms.json"
    first = runner.invoke(app, ["terms", OLD, NEW, "-f", "json", "-o", str(target)])
    assert first.exit_code == 0 and first.stdout == ""
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), SCHEMA)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--kind", "slogan"], 2, "unknown kind slogan"),
        (["--format", "xml"], 2, "terminal or json"),
        ([OLD], 2, "give one report, or two"),
    ],
)
def test_bad_options(args, code, message):
    result = runner.invoke(app, ["terms", OLD, NEW, *args])
    assert result.exit_code == code
    assert message in result.output


def test_missing_input_is_one_line_error():
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "terms", OLD, str(SAMPLES / "nope-2026.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert result.stderr.startswith("report-toolkit: error:") and "nope-2026.txt" in result.stderr


def test_help_explains_ranking_without_heavy_imports():
    script = (
        "import sys\n"
        "sys.argv = ['report-toolkit', 'terms', '--help']\n"
        "from toolkit.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('docx', 'rjieba.rjieba', 'lxml', 'fast_diff_match_patch')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "salience" in result.stdout.lower() and "specificity" in result.stdout


def test_the_registered_json_writer_writes_a_comparison_and_one_report_to_the_schema():
    registry = get_registry()
    old, new = load_report(OLD), load_report(NEW)
    comparison = compare_terms(old, new, min_count=2)
    assert all(t.count >= 2 for t in comparison.new)
    writer = registry.writer("terms", "json")
    assert writer is not None
    jsonschema.validate(json.loads(writer.write(comparison)), SCHEMA)
    jsonschema.validate(json.loads(writer.write((new, extract_terms(new)))), SCHEMA)


def test_no_sections_skips_section_pairs():
    result = runner.invoke(app, ["terms", OLD, NEW, "-f", "json", "--no-sections", "--top", "3"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["sections"] == [] and data["section_matching"] == "none"
    assert len(data["new_terms"]) == 3 and len(data["shifted"]) == 3


def test_watched_words_are_counted_in_every_surface_form():
    result = runner.invoke(app, ["terms", OLD, NEW, "-f", "json", "--words", "改革,创新，三高四新"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    watched = {w["text"]: (w["old_count"], w["new_count"]) for w in data["watched"]}
    assert list(watched) == ["改革", "创新", "三高四新"]
    old_text = (SAMPLES / "hunan-2025.txt").read_text(encoding="utf-8")
    new_text = (SAMPLES / "hunan-2026.txt").read_text(encoding="utf-8")
    for word, counts in watched.items():
        assert counts == (old_text.count(word), new_text.count(word))
    for pair in data["sections"]:
        assert [w["text"] for w in pair["watched"]] == ["改革", "创新", "三高四新"]
    by_word = {}
    for pair in data["sections"]:
        if "." not in pair["new_section"]:  # parts only: they do not overlap
            for w in pair["watched"]:
                by_word[w["text"]] = by_word.get(w["text"], 0) + w["new_count"]
    assert by_word["改革"] <= watched["改革"][1]
