"""The ``targets`` command: tables, JSON (validated against its schema), CSV, output files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest
from conftest import ROOT, SAMPLES
from typer.testing import CliRunner

from toolkit.cli.app import app

runner = CliRunner()
SCHEMA = json.loads(resources.files("toolkit").joinpath("schemas/targets.schema.json").read_text())


@pytest.mark.parametrize(
    "args",
    [
        ["sichuan-2026.txt"],
        ["dalian-zhongshan-2018.txt"],
        ["guangdong-2025.docx"],
        ["sichuan-2025.txt", "sichuan-2026.txt"],
        ["hunan-2025.txt", "hunan-2026.txt"],
        ["guangdong-2025.txt", "guangdong-2026.txt"],
    ],
)
def test_json_follows_the_schema(args):
    result = runner.invoke(app, ["targets", *[str(SAMPLES / a) for a in args], "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert len(data["reports"]) == len(args)
    assert all(r["targets"] for r in data["reports"])
    if len(args) == 2:
        assert data["changes"] and data["attainment"]
        assert {c["status"] for c in data["changes"]} >= {"unchanged", "qualitative"}


def test_terminal_tables_for_one_report():
    result = runner.invoke(app, ["targets", str(SAMPLES / "sichuan-2026.txt"), "--no-color"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "目标 targets (14)" in out and "完成情况 achieved figures (19)" in out
    assert "地区生产总值" in out and "左右" in out and "5y" in out


def test_terminal_tables_for_two_reports():
    result = runner.invoke(
        app,
        ["targets", str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt"), "--no-color"],
    )
    assert result.exit_code == 0, result.output
    assert "目标变化 changes" in result.stdout and "目标完成 attainment" in result.stdout
    assert "lowered" in result.stdout and "missed" in result.stdout


def test_scope_filter_and_csv():
    result = runner.invoke(
        app, ["targets", str(SAMPLES / "sichuan-2026.txt"), "--scope", "achieved", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 19 and {r["scope"] for r in rows} == {"achieved"}
    assert rows[0]["indicator"] == "地区生产总值" and rows[0]["value"] == "67665"


def test_comparison_csv_has_all_three_tables():
    result = runner.invoke(
        app,
        [
            "targets",
            str(SAMPLES / "sichuan-2025.txt"),
            str(SAMPLES / "sichuan-2026.txt"),
            "-f",
            "csv",
        ],
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["table"] for r in rows} == {"change", "attainment", "commitment"}
    gdp = next(r for r in rows if r["table"] == "change" and r["indicator"] == "地区生产总值")
    assert (gdp["old"], gdp["new"], gdp["qualifier_change"]) == (
        "5.5%以上",
        "5.5%左右",
        "以上 → 左右",
    )


def test_user_indicator_file_option(tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("技术合同成交额 = 技术合同交易额\n", encoding="utf-8")
    args = ["targets", str(SAMPLES / "sichuan-2026.txt"), "-f", "json", "--scope", "achieved"]
    plain = json.loads(runner.invoke(app, args).stdout)["reports"][0]["targets"]
    extended = json.loads(runner.invoke(app, [*args, "--indicators", str(names)]).stdout)
    extra = [t for t in extended["reports"][0]["targets"] if t["canonical"] == "技术合同成交额"]
    assert extra and not any(t["canonical"] == "技术合同成交额" for t in plain)


def test_missing_file_is_one_line_error():
    proc = subprocess.run(
        [sys.executable, "-m", "toolkit", "targets", "no-such-report.txt"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "REPORT_TOOLKIT_NO_PLUGINS": "1", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 3
    assert proc.stderr.startswith("report-toolkit: error: no-such-report.txt")
    assert len(proc.stderr.strip().splitlines()) <= 2


def test_help_is_light_and_documents_the_options():
    script = (
        "import sys\n"
        "sys.argv = ['report-toolkit', 'targets', '--help']\n"
        "from toolkit.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('docx', 'rjieba.rjieba', 'lxml', 'fast_diff_match_patch')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.stdout.strip().endswith("[]"), proc.stdout
    for option in ("--format", "--scope", "--output", "--force", "--no-color", "--indicators"):
        assert option in proc.stdout


def test_output_suffix_picks_the_writer_and_unknown_format_is_a_usage_error(tmp_path):
    out = tmp_path / "changes.csv"
    args = ["targets", str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")]
    assert runner.invoke(app, [*args, "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("table,indicator,status")
    result = runner.invoke(app, [*args, "--format", "xlsx"])
    assert result.exit_code == 2 and "terminal, csv, docx, json" in result.output


def test_writers_are_plugins():
    from toolkit.plugins.manager import get_registry

    registry = get_registry()
    assert registry.formats("targets") == ["csv", "docx", "json"]
    origins = {r.origin for r in registry.registrations if r.name.startswith("targets:")}
    assert origins == {"toolkit.targets.plugin", "toolkit.word.plugin"}  # docx: the Word writers


def test_reversed_order_warns_on_stderr_and_tolerance_changes_attainment():
    old, new = str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")
    result = runner.invoke(app, ["targets", new, old, "-f", "json"])
    assert result.exit_code == 0
    assert "give the older report first" in result.stderr
    json.loads(result.stdout)

    def gdp(extra):
        data = json.loads(runner.invoke(app, ["targets", old, new, "-f", "json", *extra]).stdout)
        return next(a for a in data["attainment"] if a["indicator"] == "地区生产总值")["status"]

    assert gdp([]) == "missed"  # 5.5%左右 against 4.8%
    assert gdp(["--tolerance", "0.2"]) == "met"


def test_headline_only_keeps_the_headline_targets():
    old, new = str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")
    data = json.loads(runner.invoke(app, ["targets", old, new, "-f", "json", "--headline"]).stdout)
    jsonschema.validate(data, SCHEMA)
    lines = {r["source"]: {t["line"] for t in r["targets"] if t["scope"] == "target"}
             for r in data["reports"]}  # fmt: skip
    assert lines == {old: {33}, new: {43}}
    assert all((c["old"] or c["new"])["headline"] for c in data["changes"]) and {
        c["status"] for c in data["changes"]
    } <= {"raised", "lowered", "unchanged", "qualitative"}
    assert len(data["changes"]) == 12


def test_plan_goals_are_a_table_of_their_own_and_marked_in_json():
    """hunan-2026 explains the 十五五 outline before the year's targets: its goals are listed
    apart (terminal) and carry category plan and their period (JSON); the headline targets are
    the year's."""
    path = str(SAMPLES / "hunan-2026.txt")
    result = runner.invoke(app, ["targets", path, "--no-color"])
    assert result.exit_code == 0, result.output
    head, _, goals = result.stdout.partition("five-year-plan goals")
    assert goals and "67.5" in goals.split("achieved figures")[0] and "67.5" not in head
    data = json.loads(runner.invoke(app, ["targets", path, "-f", "json"]).stdout)
    jsonschema.validate(data, SCHEMA)
    targets = data["reports"][0]["targets"]
    plan = [t for t in targets if t["category"] == "plan"]
    assert plan and all(t["period"] == "十五五" and not t["headline"] for t in plan)
    assert all(t["category"] == "annual" for t in targets if t["headline"])


def test_all_figures_lists_indicators_outside_the_table():
    path = str(SAMPLES / "sichuan-2026.txt")
    args = ["targets", path, "-f", "json", "--scope", "achieved"]
    table_only = json.loads(runner.invoke(app, args).stdout)["reports"][0]["targets"]
    everything = json.loads(runner.invoke(app, [*args, "--all-figures"]).stdout)
    jsonschema.validate(everything, SCHEMA)
    figures = everything["reports"][0]["targets"]
    assert all(t["canonical"] for t in table_only)
    assert len(figures) > 2 * len(table_only)
    assert any(t["canonical"] is None for t in figures)
    assert {t["year"] for t in figures if not t["five_year"]} == {2025}


def test_commitments_in_terminal_json_and_csv():
    args = ["targets", str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt")]
    terminal = runner.invoke(app, [*args, "--no-color"])
    assert terminal.exit_code == 0 and "承诺对照 commitments" in terminal.stdout
    assert "旧：" in terminal.stdout and "新：" in terminal.stdout  # both sentences
    data = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    jsonschema.validate(data, SCHEMA)
    paired = [c for c in data["commitments"] if c["result"] is not None]
    assert paired and all(c["status"] != "not reported" for c in paired)
    assert {c["result"]["year"] for c in paired} == {2025}  # the year the results are for
    assert all(
        c["old"]["scope"] == "target" and not c["old"]["headline"] for c in data["commitments"]
    )
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, [*args, "-f", "csv"]).stdout)))
    assert sum(r["table"] == "commitment" for r in rows) == len(data["commitments"])


def test_the_terminal_tables_show_statuses_in_chinese_beside_the_json_value():
    # the HTML page and the Word tables say 持平 / 完成 / 未报告; the terminal said "unchanged"
    result = runner.invoke(
        app,
        ["targets", str(SAMPLES / "sichuan-2025.txt"), str(SAMPLES / "sichuan-2026.txt")],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    data = json.loads(
        runner.invoke(
            app,
            [
                "targets",
                str(SAMPLES / "sichuan-2025.txt"),
                str(SAMPLES / "sichuan-2026.txt"),
                "-f",
                "json",
            ],
        ).stdout
    )
    statuses = {c["status"] for c in data["changes"]} | {a["status"] for a in data["attainment"]}
    labels = {"unchanged": "持平 unchanged", "met": "完成 met", "new": "新增 new"}
    shown = [label for status, label in labels.items() if status in statuses]
    assert shown and all(label in result.stdout for label in shown)
