"""The HTML pages: self-contained, escaped, faithful to the comparison, complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SAMPLES
from lxml import html as lxml_html

from toolkit import html as pages
from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.labels import status_label
from toolkit.compare.model import Comparison
from toolkit.html.style import SCRIPT
from toolkit.plugins.base import WriteOptions
from toolkit.review import Review, build_review

OLD, NEW = SAMPLES / "hunan-2025.txt", SAMPLES / "hunan-2026.txt"

#: attributes through which a page could load something
URL_ATTRIBUTES = ("src", "href", "srcset", "action", "formaction", "poster", "data", "background")
EXTERNAL = re.compile(r"^\s*(https?:|//|ftp:|file:|data:)", re.IGNORECASE)


@pytest.fixture(scope="module")
def reports():
    return load_report(OLD), load_report(NEW)


@pytest.fixture(scope="module")
def comparison(reports) -> Comparison:
    return compare_reports(*reports)


@pytest.fixture(scope="module")
def review(reports) -> Review:
    return build_review(*reports)


@pytest.fixture(scope="module")
def diff_page(comparison):
    return lxml_html.document_fromstring(pages.diff_page(comparison, side_by_side=True))


@pytest.fixture(scope="module")
def review_page(review):
    return lxml_html.document_fromstring(pages.review_page(review))


def assert_self_contained(doc) -> None:
    """Nothing in the page may load a resource from outside the file."""
    assert not doc.xpath("//link | //img | //iframe | //object | //embed | //audio | //video")
    assert not doc.xpath("//script[@src]")
    for element in doc.iter():
        for name, value in element.attrib.items():
            if name in URL_ATTRIBUTES:
                assert value.startswith("#"), f"<{element.tag} {name}={value!r}>"
            assert not EXTERNAL.match(value), f"<{element.tag} {name}={value!r}>"
            if name == "style":
                assert "url(" not in value and "@import" not in value
    for style in doc.xpath("//style"):
        css = style.text_content()
        assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_diff_page_is_self_contained(diff_page):
    assert_self_contained(diff_page)


def test_review_page_is_self_contained(review_page):
    assert_self_contained(review_page)


def test_summary_table_has_one_row_per_pair_with_its_status(diff_page, comparison):
    rows = diff_page.xpath("//table[contains(@class,'summary')]/tbody/tr")
    assert len(rows) == len(comparison.pairs) > 5
    for row, pair in zip(rows, comparison.pairs, strict=True):
        assert row.get("data-status") == pair.status
        assert row.xpath("string(.//span[contains(@class,'badge')])") == status_label(pair.status)
        heading = row.xpath("string(td[contains(@class,'heading')])")
        for title in (pair.old_title, pair.new_title):
            if title and pair.old != ("front",):
                assert title in heading
        assert row.xpath("string(td[6])") == str(pair.stats.changes)
    # a real year-on-year pair has both edits and unchanged or paired sections
    assert {p.status for p in comparison.pairs} - {"added", "removed"}
    assert any(p.stats.changes for p in comparison.pairs)


def test_totals_state_changes_and_characters(diff_page, comparison):
    totals = diff_page.xpath("string(//ul[@class='totals'])")
    total = comparison.totals
    assert f"修改 {total.changes} 处" in totals
    assert f"字数 {total.chars_old} → {total.chars_new}" in totals
    chips = [li.text_content() for li in diff_page.xpath("//ul[@class='totals']/li[span]")]
    statuses = [p.status for p in comparison.pairs]
    expected = [f"{status_label(s)} {statuses.count(s)}" for s in dict.fromkeys(sorted(statuses))]
    assert sorted(chips) == sorted(expected)


def test_every_pair_has_a_section_and_a_contents_entry(diff_page, comparison):
    sections = diff_page.xpath("//section[contains(@class,'pair')]")
    assert [s.get("data-status") for s in sections] == [p.status for p in comparison.pairs]
    links = diff_page.xpath("//nav[@class='toc']//a/@href")
    assert links == [f"#{s.get('id')}" for s in sections]


def _side_text(view, drop: str) -> str:
    """The text of a diff view with ``drop`` elements (ins or del) and fold labels removed."""
    view = lxml_html.fromstring(lxml_html.tostring(view, encoding="unicode"))
    for element in view.xpath(f".//{drop} | .//summary | .//*[@class='ifold-more']"):
        element.drop_tree()
    return "".join(p.text_content() for p in view.xpath(".//p"))


@pytest.mark.parametrize("name", ["hunan", "sichuan"])
def test_inline_diff_rebuilds_both_texts(name):
    """Dropping insertions gives the old text, dropping deletions the new (folds included), a
    pair's closing part (after its subsections) included."""
    old, new = load_report(SAMPLES / f"{name}-2025.txt"), load_report(SAMPLES / f"{name}-2026.txt")
    strict = compare_reports(old, new, strict_years=True)
    doc = lxml_html.document_fromstring(pages.diff_page(strict))
    for index, pair in enumerate(strict.pairs):
        views = doc.xpath(
            f"//section[@data-pair='pair-{index}']//div[contains(@class,'inline-view')]"
        )
        assert views
        assert "".join(_side_text(v, "ins") for v in views) == pair.old_text().replace("\n", "")
        assert "".join(_side_text(v, "del") for v in views) == pair.new_text().replace("\n", "")


def test_closing_paragraphs_come_after_the_subsections():
    old, new = load_report(SAMPLES / "sichuan-2025.txt"), load_report(SAMPLES / "sichuan-2026.txt")
    comparison = compare_reports(old, new)
    doc = lxml_html.document_fromstring(pages.diff_page(comparison))
    index = next(i for i, p in enumerate(comparison.pairs) if p.new == ("s3",))
    closing = new.section("s3").paragraphs[-1].text
    blocks = doc.xpath("//div[@class='pairs']/section")
    order = [b.get("data-pair") for b in blocks]
    where = next(k for k, b in enumerate(blocks) if closing[:20] in b.text_content())
    assert "cont" in blocks[where].get("class") and order[where] == f"pair-{index}"
    assert "（续）" in blocks[where].xpath("string(.//h3)")
    children = [f"pair-{i}" for i, p in enumerate(comparison.pairs) if p.parent == index]
    assert children and all(order.index(child) < where for child in children)
    # the part's own section does not show it
    assert closing[:20] not in blocks[order.index(f"pair-{index}")].text_content()


def test_side_by_side_view_is_there_and_switchable_without_script(diff_page, comparison):
    assert len(diff_page.xpath("//div[@class='sbs-view']")) == len(comparison.pairs)
    radios = diff_page.xpath("//input[@type='radio' and @name='view']")
    assert [r.get("id") for r in radios] == ["view-inline", "view-side"]


def test_review_page_has_targets_and_terms(review_page, review):
    assert review.targets is not None and review.terms is not None
    changes = review_page.xpath("//table[contains(@class,'targets-changes')]/tbody/tr")
    assert len(changes) == len(review.targets.changes) > 0
    first = review.targets.changes[0]
    assert changes[0].xpath("string(td[1])") == first.indicator
    attainment = review_page.xpath("//table[contains(@class,'targets-attainment')]/tbody/tr")
    assert len(attainment) == len(review.targets.attainment)
    commitments = review_page.xpath("//table[contains(@class,'targets-commitments')]/tbody/tr")
    assert len(commitments) == len(review.targets.commitments) > 0
    reported = next(c for c in review.targets.commitments if c.result is not None)
    row = commitments[review.targets.commitments.index(reported)]
    assert reported.result.text in row.xpath("string(td[5])")
    assert review_page.xpath("//div[@class='bars']/div[contains(@class,'bar')]")
    terms_text = review_page.xpath("string(//section[@class='terms-part'])")
    assert f"新出现（{len(review.terms.new)}）" in terms_text
    assert review.terms.new[0].text in terms_text
    assert review.terms.dropped[0].text in terms_text
    # the diff is on the review page too
    rows = review_page.xpath("//table[contains(@class,'summary')]/tbody/tr")
    assert len(rows) == len(review.comparison.pairs)


def test_missing_capabilities_are_left_out_with_a_note(comparison):
    note = "本版本未包含目标分析（toolkit.targets），页面中略去此部分。"
    page = pages.review_page(Review(comparison, None, None, (note,)))
    doc = lxml_html.document_fromstring(page)
    assert not doc.xpath("//section[@class='targets'] | //section[@class='terms-part']")
    assert note in doc.xpath("string(//header)")
    assert_self_contained(doc)


HOSTILE = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(2)>'


def _hostile_report(path: Path, year: int, extra: str) -> Path:
    path.write_text(
        f"{year}年某县政府工作报告\n"
        f"——{year}年1月10日在某县第一届人民代表大会第一次会议上\n"
        "各位代表：\n"
        f"一、{HOSTILE}{year - 1}年工作回顾\n"
        f"过去一年，{ATTRIBUTE_BREAK}全县生产总值增长5%。{extra}\n"
        f"二、{year}年工作安排\n"
        f"今年主要预期目标是：地区生产总值增长5%左右。{HOSTILE}{extra}\n"
        f"三、{ATTRIBUTE_BREAK}加强政府自身建设\n"
        "我们要坚持依法行政。\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    old = load_report(_hostile_report(folder / "old.txt", 2025, "“旧提法”。"))
    hostile_name = folder / 'new"><img src=x onerror=alert(3)>.txt'  # the file name too
    new = load_report(_hostile_report(hostile_name, 2026, f"“新提法{HOSTILE}”。"))
    review = build_review(old, new)
    return [
        pages.diff_page(review.comparison, side_by_side=True, author=ATTRIBUTE_BREAK),
        pages.review_page(review, side_by_side=True, author=HOSTILE),
    ]


def test_input_markup_is_shown_as_text(hostile_pages):
    for page in hostile_pages:
        doc = lxml_html.document_fromstring(page)
        scripts = doc.xpath("//script")
        assert len(scripts) == 2  # the status labels (JSON) and the page's own script
        assert scripts[1].text == SCRIPT
        assert not doc.xpath("//img")
        for element in doc.iter():
            assert not [name for name in element.attrib if name.startswith("on")]
        text = doc.text_content()
        assert HOSTILE in text
        assert ATTRIBUTE_BREAK in text
        assert 'new"><img src=x onerror=alert(3)>.txt' in text
        assert_self_contained(doc)


def test_writers_are_registered_plugins(comparison, review):
    from toolkit.plugins.manager import build_registry

    registry = build_registry()
    diff_writer = registry.writer_for_suffix("diff", ".HTML")
    assert diff_writer is registry.writer("diff", "html")
    assert registry.writer_for_suffix("diff", ".htm") is diff_writer
    review_writer = registry.writer_for_suffix("report", ".html")
    assert review_writer is registry.writer("report", "html")
    assert diff_writer is not None and review_writer is not None
    assert diff_writer.write(comparison).startswith(b"<!DOCTYPE html>")
    data = review_writer.write(review, WriteOptions(author="张三"))
    assert "审阅人：张三" in data.decode("utf-8")


def test_split_merged_and_moved_sections_say_where_they_came_from(reports):
    from toolkit.compare.model import DiffStats, MatchPass, PairStatus, SectionPair
    from toolkit.html.sections import origin_note

    old, new = reports
    first, second = old.section("s2.1"), old.section("s2.2")

    def pair(old_ids, new_ids, status):
        return SectionPair(
            old_ids, new_ids, "x", "y", 2, status, MatchPass.SPLIT, 0.5, (), DiffStats()
        )

    merged = origin_note(pair(("s2.1", "s2.2"), ("s3.1",), PairStatus.MERGED), old, new)
    assert merged == f"由旧报告的「{first.heading}」、「{second.heading}」合并而来"
    split = origin_note(pair(("s2.1",), ("s3.1", "s3.2"), PairStatus.SPLIT), old, new)
    assert split.startswith(f"旧报告的「{first.heading}」拆分为「{new.section('s3.1').heading}」")
    moved = origin_note(pair(("s2.2",), ("s3.5",), PairStatus.MOVED), old, new)
    assert moved == (
        f"原位置：{old.section('s2').heading} › 第2节；现位置：{new.section('s3').heading} › 第5节"
    )
    assert origin_note(pair(("s2.1",), ("s3.1",), PairStatus.MODIFIED), old, new) == ""


def test_target_bars_compare_the_two_values_of_a_row():
    from toolkit.html.targets import _bars
    from toolkit.targets.model import Target

    def target(value, unit="%", kind="numeric"):
        return Target(
            "地区生产总值", "地区生产总值", "", value, None, unit, "左右", kind, "target", None,
            "s1.p1", 1,
        )  # fmt: skip

    bars = lxml_html.fromstring(_bars(target(5.5), target(5.0)))
    widths = [b.get("style") for b in bars.xpath("div")]
    assert widths == ["width:100.0%", "width:90.9%"]
    assert [b.get("title") for b in bars.xpath("div")] == ["5.5%", "5%"]
    assert _bars(target(5.5), target(100.0, "亿元")) == ""
    assert _bars(target(5.5), target(None, "", "qualitative")) == ""
    assert _bars(None, target(5.0)) == ""


def test_stylesheet_is_printable_and_responsive():
    from toolkit.html.style import CSS

    assert "position:fixed" not in CSS and "sticky" not in CSS
    print_rules = CSS.split("@media print", 1)[1]
    assert "break-before:page" in print_rules and "print-color-adjust:exact" in print_rules
    assert "@media (max-width:700px)" in CSS
    assert '"Noto Sans CJK SC"' in CSS and '"Microsoft YaHei"' in CSS and '"PingFang SC"' in CSS


def test_identical_reports_give_a_quiet_page(tmp_path):
    copy = tmp_path / "same.txt"
    copy.write_bytes(OLD.read_bytes())
    comparison = compare_reports(load_report(OLD), load_report(copy))
    doc = lxml_html.document_fromstring(pages.diff_page(comparison, side_by_side=True))
    assert not doc.xpath("//del | //ins")
    assert "修改 0 处" in doc.xpath("string(//ul[@class='totals'])")
    assert not doc.xpath("//details[contains(@class,'pair-body') and @open]")
    assert {s.get("data-status") for s in doc.xpath("//section[@data-status]")} == {"unchanged"}


def test_reports_without_sections_still_render(tmp_path):
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("会议纪要\n今天讨论了预算。\n", encoding="utf-8")
    new.write_text("会议纪要\n今天讨论了预算和人事。\n", encoding="utf-8")
    review = build_review(load_report(old), load_report(new))
    doc = lxml_html.document_fromstring(pages.review_page(review))
    assert_self_contained(doc)
    assert doc.xpath("string(//ins)") == "和人事"
    assert len(doc.xpath("//table[contains(@class,'summary')]/tbody/tr")) == len(
        review.comparison.pairs
    )
