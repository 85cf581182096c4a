"""``report-toolkit timeline`` from the command line: formats, the schema, the lineage."""

from __future__ import annotations

import csv
import io
import json
import shutil
from importlib import resources

import jsonschema
import pytest
from conftest import CORPUS, needs_corpus

from toolkit.cli.app import main

pytestmark = needs_corpus
ANHUI = CORPUS / "reports" / "anhui"
SCHEMA = json.loads(
    resources.files("toolkit").joinpath("schemas/timeline.schema.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def anhui_json(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("tl") / "anhui.json"
    assert (
        main(["timeline", str(ANHUI / "2026.txt"), str(ANHUI / "2025.docx"), "-o", str(out)]) == 0
    )
    return json.loads(out.read_text("utf-8"))


def test_json_follows_the_schema_and_keys_by_the_year_a_figure_is_about(anhui_json):
    jsonschema.validate(anhui_json, SCHEMA)
    assert anhui_json["government"] == "安徽省"
    assert anhui_json["years"] == [2024, 2025, 2026]
    gdp = next(i for i in anhui_json["indicators"] if i["indicator"] == "地区生产总值")
    assert set(gdp["by_year"]) == {"2024", "2025", "2026"}
    # 2026.txt line 7 "全省地区生产总值5.3万亿元、增长5.5%": the figure of 2025, not of 2026
    assert gdp["by_year"]["2025"]["achieved"]["value"] == 5.5
    assert gdp["by_year"]["2025"]["achieved"]["line"] == 7
    assert gdp["by_year"]["2026"]["achieved"] is None
    assert gdp["by_year"]["2026"]["status"] == "no report"


def test_lineage_links_task_sections_of_the_two_years(anhui_json):
    links = anhui_json["lineage"]
    assert links and all((link["from_year"], link["to_year"]) == (2025, 2026) for link in links)
    assert all(link["old"] or link["relation"] == "added" for link in links)
    assert all(link["new"] or link["relation"] == "vanished" for link in links)
    assert {link["level"] for link in links} == {1, 2}


def test_csv_has_a_row_per_indicator_and_year(tmp_path):
    folder = tmp_path / "anhui"
    folder.mkdir()
    for name in ("2025.docx", "2026.txt"):
        shutil.copyfile(ANHUI / name, folder / name)
    out = tmp_path / "t.csv"
    code = main(["timeline", str(folder), "--no-lineage", "-o", str(out)])  # a directory
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    indicators = {row["indicator"] for row in rows}
    assert len(rows) == 3 * len(indicators)
    gdp = {row["year"]: row for row in rows if row["indicator"] == "地区生产总值"}
    assert (gdp["2025"]["target"], gdp["2025"]["qualifier"], gdp["2025"]["achieved"]) == (
        "5.5",
        "以上",
        "5.5",
    )
    assert gdp["2025"]["status"] == "met"


def test_a_directory_with_one_report_in_two_formats_is_an_error(capsys):
    # the corpus keeps anhui 2025 as .docx and .txt: two reports of one year
    assert main(["timeline", str(ANHUI), "--no-lineage"]) == 3
    err = capsys.readouterr().err
    assert "2025.docx" in err and "2025.txt" in err and "both plan 2025" in err


def test_an_output_is_not_overwritten_without_force(tmp_path, capsys):
    out = tmp_path / "t.json"
    out.write_text("keep", "utf-8")
    code = main(["timeline", str(ANHUI / "2025.txt"), "--no-lineage", "-o", str(out)])
    assert code != 0
    assert out.read_text("utf-8") == "keep"
    assert "t.json" in capsys.readouterr().err


def test_an_unknown_suffix_is_refused(tmp_path, capsys):
    code = main(["timeline", str(ANHUI / "2025.txt"), "-o", str(tmp_path / "t.xlsx")])
    assert code == 2
    assert not (tmp_path / "t.xlsx").exists()
    assert "xlsx" in capsys.readouterr().err


def test_html_page_is_self_contained_with_a_chart_per_indicator(tmp_path, anhui_json):
    out = tmp_path / "t.html"
    code = main(["timeline", str(ANHUI / "2025.docx"), str(ANHUI / "2026.txt"), "-o", str(out)])
    assert code == 0
    page = out.read_text("utf-8")
    assert page.count("<svg") == len(anhui_json["indicators"])
    outside = page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http://" not in outside and "https://" not in outside
    assert "<link" not in page and " src=" not in page
    # 2026.txt line 41 "全省地区生产总值增长5%—5.5%": a range, drawn as a band
    assert "<title>目标 5–5.5%</title></rect>" in page
    # 2025.docx line 39 "增长5.5%以上": a lower bound, a line with a tick, no band
    assert "<title>目标 5.5%以上</title></line>" in page


def test_the_band_of_a_target_about_a_value():
    from toolkit.api import load_report
    from toolkit.html.chart import band
    from toolkit.timeline.build import build_timeline
    from toolkit.timeline.facts import report_facts

    series = CORPUS / "series" / "guowuyuan"
    facts = [report_facts(load_report(series / f"{y}.txt")) for y in (2013, 2014)]
    gdp = next(s for s in build_timeline(facts).indicators if s.indicator == "地区生产总值")
    # 2013.txt line 35 "国内生产总值增长7.5%左右": 7.5 ± 5 %
    assert band(gdp.by_year[2013], 0.05) == pytest.approx((7.125, 7.875))


def test_a_qualifier_read_before_the_number_is_shown_before_it(tmp_path):
    """zhejiang 2025.txt line 56 "确保粮食播种面积1520万亩" and 2026.txt line 55 "力争…研发投入
    强度达到3.35%": the terminal table and the page's table showed "1520确保" and "3.35达到"."""
    from rich.console import Console

    from toolkit.api import load_report
    from toolkit.cli.render_timeline import render_indicators
    from toolkit.timeline.load import timeline_of_reports

    folder = CORPUS / "reports" / "zhejiang"
    reports = [load_report(folder / name) for name in ("2025.txt", "2026.txt")]
    timeline = timeline_of_reports(reports, all_targets=True, lineage=False)
    console = Console(record=True, width=200)
    console.print(render_indicators(timeline))
    shown = console.export_text()
    assert "确保1520" in shown and "达到3.35" in shown
    assert "1520确保" not in shown and "3.35达到" not in shown
    out = tmp_path / "t.html"
    sources = [str(r.source) for r in reports]
    assert main(["timeline", *sources, "--all", "--no-lineage", "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "<td>确保1520</td>" in page and "<td>达到3.35</td>" in page
    assert "1520确保" not in page and "5.5左右" in page  # a suffix stays after the number
