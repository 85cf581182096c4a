"""The diff command: terminal view against golden text, JSON, text, filters, outputs, errors.

Golden files live in tests/data/diff/; regenerate with ``UPDATE_GOLDEN=1 pytest`` and read the
diff before committing.
"""

from __future__ import annotations

import io
import json
import os
from functools import cache
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from tests.conftest import DATA, PAIRS, SAMPLES
from toolkit.api import load_report
from toolkit.cli.app import app
from toolkit.cli.render_diff import diff_view, summary_table
from toolkit.compare import compare_reports
from toolkit.compare.model import Comparison
from toolkit.compare.select import select_pairs

runner = CliRunner()
GOLDEN = DATA / "diff"


@cache
def compared(old: str, new: str) -> Comparison:
    return compare_reports(load_report(SAMPLES / old), load_report(SAMPLES / new))


def render(renderable: object, *, soft_wrap: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, highlight=False)
    console.print(renderable, soft_wrap=soft_wrap)
    return buffer.getvalue()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_summary_table_golden(old: str, new: str) -> None:
    check_golden(f"summary-{old.split('-')[0]}.txt", render(summary_table(compared(old, new))))


def test_inline_view_golden() -> None:
    part = select_pairs(compared("hunan-2025.txt", "hunan-2026.txt"), section="s3.2")
    check_golden("hunan-s3.2-inline.txt", render(diff_view(part, markers=True), soft_wrap=True))


def test_side_by_side_golden() -> None:
    part = select_pairs(compared("hunan-2025.txt", "hunan-2026.txt"), section="s3.2")
    check_golden("hunan-s3.2-side.txt", render(diff_view(part, side=True, markers=True)))


def _args(old: str = "hunan-2025.txt", new: str = "hunan-2026.txt") -> list[str]:
    return ["diff", str(SAMPLES / old), str(SAMPLES / new)]


def test_json_output() -> None:
    result = runner.invoke(app, [*_args(), "--format", "json", "--status", "moved"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {p["status"] for p in data["pairs"]} == {"moved"}
    assert data["year_gap"] == 1


def test_text_output_has_markers_and_no_escape_codes() -> None:
    result = runner.invoke(app, [*_args(), "--format", "text", "--section", "（二）"])
    assert result.exit_code == 0, result.output
    assert "[-" in result.stdout and "{+" in result.stdout
    assert "\x1b[" not in result.stdout
    assert "修改" in result.stdout and "处" in result.stdout


def test_terminal_view_when_piped_uses_markers() -> None:
    result = runner.invoke(app, [*_args(), "--section", "s3.2", "--no-color"])
    assert result.exit_code == 0, result.output
    assert "{+" in result.stdout and "\x1b[" not in result.stdout


def test_output_format_follows_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "changes.json"
    assert runner.invoke(app, [*_args(), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pairs"]


def test_strict_years_counts_more_changes() -> None:
    loose = json.loads(runner.invoke(app, [*_args(), "-f", "json"]).stdout)
    strict = json.loads(runner.invoke(app, [*_args(), "-f", "json", "--strict-years"]).stdout)
    assert strict["totals"]["changes"] > loose["totals"]["changes"]
    assert strict["strict_years"] and not loose["strict_years"]


def test_bad_status_is_a_usage_error() -> None:
    result = runner.invoke(app, [*_args(), "--status", "changed"])
    assert result.exit_code == 2


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, [*_args(), "--format", "pdf"])
    assert result.exit_code == 2


def test_section_that_matches_nothing_is_a_usage_error() -> None:
    result = runner.invoke(app, [*_args(), "--section", "不存在的章节"])
    assert result.exit_code == 2


def test_docx_against_txt_from_the_shell() -> None:
    result = runner.invoke(
        app,
        ["diff", str(SAMPLES / "hunan-2025.docx"), str(SAMPLES / "hunan-2026.txt"), "-f", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["old"]["format"] == "docx" and data["new"]["format"] == "txt"
    assert data["year_gap"] == 1


def test_missing_input_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["diff", str(tmp_path / "nope.txt"), str(SAMPLES / "hunan-2026.txt")]
    )
    assert result.exit_code != 0


def _sichuan_closing() -> tuple[Comparison, int, str]:
    """The sichuan comparison, the pair of its task part, and the part's closing paragraph."""
    comparison = compared("sichuan-2025.txt", "sichuan-2026.txt")
    index = next(i for i, p in enumerate(comparison.pairs) if p.new == ("s3",))
    closing = comparison.new.section("s3").paragraphs[-1].text
    assert closing.startswith("各位代表") and closing in comparison.pairs[index].new_text()
    return comparison, index, closing


@pytest.mark.parametrize("fmt", ["text", "terminal"])
def test_closing_paragraph_follows_the_subsections_in_the_views(fmt: str) -> None:
    from toolkit.compare.labels import describe

    comparison, index, closing = _sichuan_closing()
    args = _args("sichuan-2025.txt", "sichuan-2026.txt")
    result = runner.invoke(app, [*args, "--no-color", *(["-f", "text"] if fmt == "text" else [])])
    assert result.exit_code == 0, result.output
    out = result.stdout
    children = [p for p in comparison.pairs if p.parent == index and p.stats.changes]
    assert children
    # the closing words come after the diff of every changed subsection, under a "（续）" header
    diffs = out.index("，字数 ")  # the totals line: the diffs follow it
    after = max(out.index(describe(child)[:12], diffs) for child in children)
    assert out.index(closing[:20]) > after
    assert out.rindex("（续）", 0, out.index(closing[:20])) > after


def test_split_and_merge_name_all_their_sections_in_the_views() -> None:
    from toolkit.compare.plaintext import render_text

    comparison = compared("sichuan-2025.txt", "sichuan-2026.txt")
    text = render_text(comparison)
    table = render(summary_table(comparison))
    several = [p for p in comparison.pairs if len(p.old) > 1 or len(p.new) > 1]
    assert several
    for pair in several:
        headings = [comparison.old.section(i).heading for i in pair.old]
        headings += [comparison.new.section(i).heading for i in pair.new]
        for heading in headings:
            assert f"{heading}" in text  # in the summary line and the section header
            assert heading[:8] in table
        header = next(line for line in text.splitlines() if line.startswith(f"== {headings[0]}"))
        assert all(heading in header for heading in headings)


def test_section_naming_different_sections_says_so_and_shows_both() -> None:
    result = runner.invoke(app, [*_args(), "--section", "三", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "note:" in result.stderr and "两者都显示" in result.stderr
    tops = [p for p in json.loads(result.stdout)["pairs"] if p["parent"] is None]
    assert ["s3"] in [p["new"] for p in tops] and any("s3" in p["old"] for p in tops)
    quiet = runner.invoke(app, [*_args(), "--section", "一", "-f", "json"])
    assert quiet.exit_code == 0 and "note:" not in quiet.stderr
