"""The extractor scored against hand-checked expected data for every sample (tests/data/targets)."""

from __future__ import annotations

import re

import pytest
from conftest import DATA, SAMPLES

from toolkit.api import load_report
from toolkit.targets import extract_targets
from toolkit.targets.indicators import builtin_table
from toolkit.targets.scoring import Score, read_expected, score

TABLE = builtin_table()
EXPECTED = sorted((DATA / "targets").glob("*.json"))
NAMES = [p.stem for p in EXPECTED]


@pytest.fixture(scope="module")
def extracted():
    return {name: extract_targets(load_report(SAMPLES / f"{name}.txt"), TABLE) for name in NAMES}


def test_every_text_sample_has_expected_data():
    samples = {p.stem for p in SAMPLES.glob("*.txt") if "gb18030" not in p.name}
    assert samples == set(NAMES)


def test_precision_and_recall_overall(extracted):
    totals = {"target": [0, 0, 0], "achieved": [0, 0, 0]}
    for path in EXPECTED:
        report = score(extracted[path.stem], read_expected(path), TABLE)
        for scope, s in report.scores.items():
            totals[scope][0] += s.matched
            totals[scope][1] += s.extracted
            totals[scope][2] += s.expected
    targets = Score(*totals["target"])
    achieved = Score(*totals["achieved"])
    assert targets.expected >= 150 and achieved.expected >= 120
    assert targets.precision >= 0.95 and targets.recall >= 0.95, targets
    assert achieved.precision >= 0.9 and achieved.recall >= 0.9, achieved


@pytest.mark.parametrize("name", NAMES)
def test_precision_and_recall_per_sample(name, extracted):
    report = score(extracted[name], read_expected(DATA / "targets" / f"{name}.json"), TABLE)
    for scope, s in report.scores.items():
        assert s.precision >= 0.9 and s.recall >= 0.9, (scope, s, report.missed, report.spurious)


@pytest.mark.parametrize("name", NAMES)
def test_five_year_flags_match(name, extracted):
    from toolkit.targets.scoring import matches

    for entry in read_expected(DATA / "targets" / f"{name}.json"):
        hit = next((t for t in extracted[name] if matches(t, entry, TABLE)), None)
        if hit is not None:
            assert hit.five_year == entry["five_year"], entry


@pytest.mark.parametrize("name", NAMES)
def test_no_year_date_section_number_or_count_of_years(name, extracted):
    for t in extracted[name]:
        if t.kind == "qualitative":
            continue
        assert t.unit not in ("年", "月", "日", "周年", "届", "号")
        assert t.value is not None
        if t.unit in ("", "个"):
            assert not (t.value.is_integer() and 1949 <= t.value <= 2100), t
        # the number as written never sits right before 年/月/日 or after 第
        for m in re.finditer(re.escape(_number_text(t.value)), t.text):
            after = t.text[m.end() : m.end() + 1]
            if after in ("年", "月", "日") and t.text[m.end() :].startswith(t.unit):
                pytest.fail(f"{t} looks like a date")


def _number_text(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def test_scope_follows_the_report_structure(extracted):
    report = load_report(SAMPLES / "sichuan-2026.txt")
    roles = {s.id: s.role.value for s in report.walk()}
    for t in extracted["sichuan-2026"]:
        assert t.section is not None
        expected = "plan" if t.scope == "target" else "review"
        assert roles[t.section] == expected


def test_docx_and_text_give_the_same_targets():
    from_docx = extract_targets(load_report(SAMPLES / "guangdong-2025.docx"), TABLE)
    from_text = extract_targets(load_report(SAMPLES / "guangdong-2025.txt"), TABLE)

    def key(t):
        return (t.scope, t.name, t.value, t.unit, t.qualifier, t.text)

    assert [key(t) for t in from_docx] == [key(t) for t in from_text]


def test_gb18030_copy_gives_the_same_targets(extracted):
    copy = extract_targets(load_report(SAMPLES / "guangdong-2026.gb18030.txt"), TABLE)
    assert copy == extracted["guangdong-2026"]


GENRE = {
    # the State Council's report (Markdown) and a county report, read by hand
    "national-2024.md": [
        ("achieved", "地区生产总值", 126, "万亿元", "超过"),
        ("achieved", "地区生产总值", 5.2, "%", ""),
        ("achieved", "城镇新增就业", 1244, "万人", ""),
        ("achieved", "城镇调查失业率", 5.1, "%", ""),
        ("target", "地区生产总值", 5, "%", "左右"),
        ("target", "城镇新增就业", 1200, "万人", "以上"),
        ("target", "城镇调查失业率", 5.5, "%", "左右"),
        ("target", "居民消费价格涨幅", 3, "%", "左右"),
        ("target", "粮食产量", 1.3, "万亿斤", "以上"),
        ("target", "单位地区生产总值能耗", 2.5, "%", "左右"),
    ],
    "county-2019.txt": [
        ("achieved", "地区生产总值", 86.5, "亿元", ""),
        ("achieved", "地区生产总值", 7.2, "%", ""),
        ("achieved", "规模以上工业增加值", 8.1, "%", ""),
        ("achieved", "粮食产量", 30, "万吨", "以上"),
        ("target", "地区生产总值", 7, "%", "左右"),
        ("target", "一般公共预算收入", 6, "%", ""),
        ("target", "城镇居民人均可支配收入", 8, "%", ""),
        ("target", "城镇登记失业率", 4, "%", "以内"),
        ("target", "项目实现竣工", 6, "个", "力争"),
        ("target", "社会消费品零售总额", 9, "%", ""),
        ("target", "城镇新增就业", 3000, "人", ""),
    ],
}


@pytest.mark.parametrize("name", sorted(GENRE))
def test_other_levels_of_government(name):
    found = extract_targets(load_report(DATA / "genre" / name), TABLE)
    got = [(t.scope, t.name, t.value, t.unit, t.qualifier) for t in found]
    assert got == GENRE[name]


@pytest.mark.parametrize("name", NAMES)
def test_headline_flag_marks_the_targets_paragraph(name, extracted):
    report = load_report(SAMPLES / f"{name}.txt")
    headline_line = report.paragraph(report.targets_paragraph).line
    for t in extracted[name]:
        assert t.headline == (t.scope == "target" and t.line == headline_line), t
