"""``timeline`` on real reports: the State Council series 2012–2017 against a truth written by
reading (tests/data/timeline/guowuyuan-truth.json), a two-year province, and the input errors."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

from toolkit.api import load_report
from toolkit.cli.app import main
from toolkit.errors import InputError
from toolkit.timeline.build import build_timeline
from toolkit.timeline.facts import from_plain, report_facts, to_plain
from toolkit.timeline.model import Timeline, YearFacts
from toolkit.timeline.scoring import cell_errors, truth_cells
from toolkit.timeline.serialize import cell_of, timeline_document

pytestmark = needs_corpus
SERIES = CORPUS / "series" / "guowuyuan"
TRUTH = json.loads(
    (Path(__file__).parent / "data" / "timeline" / "guowuyuan-truth.json").read_text("utf-8")
)
#: cells the extraction gets wrong (toolkit/targets, not the timeline): each names its miss
EXTRACTION_MISSES: dict[tuple[str, int], str] = {
    # 2013.txt line 7 (2012's figures opening a sentence of the five-year review) and line 40
    # (广义货币M2预期增长目标拟定为13%左右) are read since branch targets2
    ("易地搬迁脱贫", 2016): "the commitment tracker does not pair 易地搬迁脱贫 with "
    "易地扶贫搬迁人口 (their character pairs overlap by 0.33, under the 0.6 it asks)",
}


@pytest.fixture(scope="module")
def series_facts() -> list[YearFacts]:
    return [report_facts(load_report(SERIES / f"{year}.txt")) for year in range(2012, 2018)]


@pytest.fixture(scope="module")
def timelines(series_facts: list[YearFacts]) -> dict[bool, Timeline]:
    shuffled = series_facts[:]
    random.Random(15).shuffle(shuffled)
    return {
        all_targets: build_timeline(shuffled, all_targets=all_targets)
        for all_targets in (False, True)
    }


@pytest.mark.parametrize(
    ("indicator", "all_targets", "year", "truth"),
    [
        pytest.param(
            *case,
            id=f"{case[0]}-{case[2]}",
            marks=[pytest.mark.xfail(reason=EXTRACTION_MISSES[(case[0], case[2])], strict=True)]
            if (case[0], case[2]) in EXTRACTION_MISSES
            else [],
        )
        for case in truth_cells(TRUTH)
    ],
)
def test_target_and_figure_of_each_year_as_read(timelines, indicator, all_targets, year, truth):
    assert cell_errors(timelines[all_targets], indicator, year, truth) == []


def test_cells_right_on_the_series_at_least(timelines):
    # measured 2026-12-01: 32 of 36 cells right; 36 of 36 once 2013.txt lines 7 and 40 are read.
    # 2026-12-04, with 12 cells of rows outside the indicator table: 47 of 48 (36 before the
    # facts held every figure and those rows took theirs from the commitment tracker: none of
    # the 12 right, 6 of them without a row or a target); 48 of 49 with 2017's 减少农村贫困人口
    # (its 1000万 once a row apart from the 1000万人 of 2014-2015); 52 of 53 with 农村公路's four
    # years (2014's level and 2015-2017's increment once two rows)
    right = sum(
        not cell_errors(timelines[all_targets], indicator, year, truth)
        for indicator, all_targets, year, truth in truth_cells(TRUTH)
    )
    assert right >= 52


def test_years_run_from_the_first_review_to_the_last_plan(timelines):
    timeline = timelines[False]
    assert timeline.government == "国务院"
    assert timeline.report_years == (2012, 2013, 2014, 2015, 2016, 2017)
    assert timeline.years == tuple(range(2011, 2018))
    assert [Path(timeline.sources[y]).name for y in timeline.report_years] == [
        f"{y}.txt" for y in range(2012, 2018)
    ]


def test_order_of_the_inputs_does_not_matter(series_facts, timelines):
    backwards = build_timeline(list(reversed(series_facts)))
    assert backwards.indicators == timelines[False].indicators
    assert backwards.terms == timelines[False].terms


def test_headline_rows_only_without_all(timelines):
    headline = {s.indicator for s in timelines[False].indicators}
    assert "广义货币供应量" not in headline  # a monetary parameter, outside 主要预期目标
    assert "广义货币供应量" in {s.indicator for s in timelines[True].indicators}


def test_a_term_new_in_2014_is_dated_from_2014(timelines):
    # "约法三章" (2014.txt, government building) is nowhere in the 2012 or 2013 reports
    span = next(t for t in timelines[False].terms if t.text == "约法三章")
    assert span.first_year == 2014
    assert 2014 in span.years
    assert all(y >= 2014 for y in span.years)


def test_a_generic_verb_starts_no_new_term(timelines):
    # 表示诚挚感谢 (the closing thanks), 推出一批, 探索建立, 严厉打击: frequent and cohesive,
    # but what a report does, not what it names (the edge words of the terms lexicon)
    texts = {t.text for t in timelines[False].terms}
    assert not {"表示诚挚感谢", "推出一批", "探索建立", "严厉打击", "严肃查处"} & texts
    assert {"约法三章", "简政放权", "新型城镇化"} <= texts


def test_facts_survive_the_trip_through_plain_values(series_facts):
    assert from_plain(to_plain(series_facts[0])) == series_facts[0]


def test_same_year_twice_is_an_error_naming_both(tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copyfile(SERIES / "2014.txt", copy)
    reports = [load_report(SERIES / "2014.txt"), load_report(copy)]
    with pytest.raises(InputError) as raised:
        build_timeline(report_facts(r) for r in reports)
    assert "2014.txt" in str(raised.value) and "copy.txt" in str(raised.value)
    assert "2014" in str(raised.value)


def test_same_year_twice_from_the_command_line(tmp_path, capsys):
    copy = tmp_path / "copy.txt"
    shutil.copyfile(SERIES / "2014.txt", copy)
    code = main(["timeline", str(SERIES / "2014.txt"), str(copy), "--no-lineage"])
    err = capsys.readouterr().err
    assert code == 3
    lines = [line for line in err.splitlines() if "error" in line]
    assert len(lines) == 1 and "copy.txt" in lines[0] and "both plan 2014" in lines[0]


def test_two_governments_are_an_error_naming_both(capsys):
    province = CORPUS / "reports" / "anhui" / "2025.txt"
    code = main(["timeline", str(province), str(SERIES / "2017.txt"), "--no-lineage"])
    err = capsys.readouterr().err
    assert code == 3
    assert "anhui/2025.txt" in err and "2017.txt" in err
    assert "安徽省" in err and "国务院" in err


def test_a_province_target_and_next_years_figure_share_a_row():
    # anhui 2025.docx line 39: 全省地区生产总值增长5.5%以上 …规上工业增加值增长7%左右;
    # 2026.txt line 7: 全省地区生产总值5.3万亿元、增长5.5%，规上工业增加值增长9.4%
    reports = CORPUS / "reports" / "anhui"
    facts = [
        report_facts(load_report(reports / "2026.txt")),
        report_facts(load_report(reports / "2025.docx")),
    ]
    timeline = build_timeline(facts)
    rows = {s.indicator: s for s in timeline.indicators}
    gdp = rows["地区生产总值"].by_year[2025]
    assert (gdp.target_value, gdp.target.qualifier if gdp.target else None) == ((5.5, None), "以上")
    assert gdp.achieved_value == 5.5 and gdp.status == "met"
    assert gdp.target is not None and gdp.target.line == 39
    assert (
        Path(gdp.target_source).name == "2025.docx" and Path(gdp.achieved_source).name == "2026.txt"
    )
    industry = rows["规模以上工业增加值"].by_year[2025]
    assert industry.target_value == (7.0, None) and industry.achieved_value == 9.4
    assert industry.status == "met"
    assert rows["地区生产总值"].by_year[2026].target_value == (5.0, 5.5)


def test_task_sections_of_a_part_the_other_year_had_none_of_unfold_from_it():
    # gansu 2025's task part has no （一） sections, 2026's has eight (alignment truth: "added",
    # no section before them); the alignment diffs the two parts whole, so the lineage names
    # them itself, each drawn from the one part of 2025 its text came from
    from toolkit.timeline.facts import lineage_links

    reports = CORPUS / "reports" / "gansu"
    truth = json.loads((CORPUS / "alignment" / "gansu-2025-2026.json").read_text("utf-8"))
    expected = {e["new"] for e in truth["level2"] if e["relation"] == "added"}
    links = lineage_links(load_report(reports / "2025.docx"), load_report(reports / "2026.txt"))
    unfolded = [link for link in links if link.relation == "unfolded"]
    assert len(expected) == 8
    assert expected <= {h.rstrip("。") for link in unfolded for h in link.new}
    assert {link.old for link in unfolded} == {("三、2025年重点工作",)}


def test_sections_fold_into_and_unfold_from_the_parts_their_text_went_to():
    # read in the State Council reports: 2015 turned the nine （一） sections of 2014's
    # 三、2014年重点工作 into three parts without sections; 2016 made sections of them again
    from toolkit.timeline.facts import lineage_links

    reports = {year: load_report(SERIES / f"{year}.txt") for year in (2014, 2015, 2016)}

    def parts_of(year: int, relation: str) -> dict[str, tuple[str, ...]]:
        """Each section that folded (unfolded) from ``year`` to the next, by the start of its
        heading, with the part it went into (came from)."""
        links = lineage_links(reports[year], reports[year + 1])
        chosen = [link for link in links if link.relation == relation]
        if relation == "folded":
            return {link.old[0][:7]: link.new for link in chosen}
        return {link.new[0][:7]: link.old for link in chosen}

    folded = parts_of(2014, "folded")
    assert len(folded) == 9
    assert folded["（一）推动重要"] == ("三、把改革开放扎实推向纵深",)
    assert folded["（三）增强内需"] == ("四、协调推动经济稳定增长和结构优化",)
    assert folded["（七）加强教育"] == ("五、持续推进民生改善和社会建设",)
    unfolded = parts_of(2015, "unfolded")
    assert len(unfolded) == 8
    assert unfolded["（五）推进新一"] == ("三、把改革开放扎实推向纵深",)
    assert unfolded["（七）切实保障"] == ("五、持续推进民生改善和社会建设",)
    assert unfolded["（八）加强政府"] == ("六、切实加强政府自身建设",)


def test_a_year_without_a_report_is_a_gap(series_facts):
    # without the 2014 report: no 2014 targets, and no figures for 2013 (its review)
    timeline = build_timeline(f for f in series_facts if f.year != 2014)
    gdp = next(s for s in timeline.indicators if s.indicator == "地区生产总值")
    assert cell_of(timeline, gdp, 2013).status == "no report"
    assert cell_of(timeline, gdp, 2013).achieved is None
    assert cell_of(timeline, gdp, 2014).target is None
    assert cell_of(timeline, gdp, 2014).achieved_value == 7.4  # from the 2015 review
    assert any("2014" in warning for warning in timeline.warnings)


@pytest.mark.parametrize("all_targets", [False, True], ids=["headline", "all"])
def test_a_series_read_back_from_a_corpus_store_gives_the_same_cells(
    tmp_path, timelines, capsys, all_targets
):
    """``timeline STORE``: the rows, and the targets and achieved figures of each year, as from
    the files; with ``--all`` too (the files' facts once held only the indicator table's
    figures and the commitments with a cue, the store's all of them: 470 CSV lines against 918)."""
    store = tmp_path / "corpus.sqlite"
    assert main(["corpus", str(SERIES), "-o", str(store), "--no-cache"]) == 0
    out = tmp_path / "timeline.json"
    assert main(["timeline", str(store), "-o", str(out), *(["--all"] if all_targets else [])]) == 0
    capsys.readouterr()
    stored = json.loads(out.read_text("utf-8"))
    from_files = timeline_document(timelines[all_targets])["indicators"]
    assert stored["government"] == "国务院" and stored["lineage"] == []
    assert [(row["indicator"], row["unit"]) for row in stored["indicators"]] == [
        (row["indicator"], row["unit"]) for row in from_files
    ]
    for row, other_row in zip(stored["indicators"], from_files, strict=True):
        for year, cell in row["by_year"].items():
            other = other_row["by_year"][year]
            assert (cell["status"], cell["target"], cell["achieved"]) == (
                other["status"],
                other["target"],
                other["achieved"],
            ), (row["indicator"], year)


def test_a_store_of_several_governments_needs_one_named(tmp_path, capsys):
    store = tmp_path / "corpus.sqlite"
    files = [str(SERIES / "2016.txt"), str(CORPUS / "reports" / "anhui" / "2026.txt")]
    assert main(["corpus", *files, "-o", str(store), "--no-cache"]) == 0
    capsys.readouterr()
    assert main(["timeline", str(store)]) == 3
    assert "several governments" in capsys.readouterr().err
    assert main(["timeline", str(store), "--government", "安徽省", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["years"]


@needs_corpus
def test_a_fall_is_a_negative_figure_on_a_row_of_growth_targets():
    """fujian 2026 line 8 "固定资产投资下降3.3%" and 2025 line 9 "居民消费价格下降0.1%": shown
    as 3.3 and 0.1 before, as if they had grown."""
    reports = CORPUS / "reports" / "fujian"
    facts = [report_facts(load_report(reports / name)) for name in ("2025.txt", "2026.txt")]
    rows = {row.indicator: row for row in build_timeline(facts).indicators}
    investment = rows["固定资产投资"].by_year
    assert (investment[2024].achieved_value, investment[2025].achieved_value) == (3.9, -3.3)
    assert investment[2025].status == "missed"
    assert rows["居民消费价格涨幅"].by_year[2024].achieved_value == -0.1
