"""Saved government web pages: the title, subtitle, speaker and the page's own date and source
are found wherever the page puts them, and no page chrome is left in the report."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import CORPUS, DATA

from toolkit.api import load_report, read_document

PAGES = CORPUS / "pages"
needs_corpus = pytest.mark.skipif(not PAGES.is_dir(), reason="the development corpus is absent")

#: read by hand from each saved page: what its title block, stamp and article print
FRONT = {
    "2026_TJ.html": {
        "title": "天津市2026年政府工作报告",
        "year": 2026,
        "subtitle": "——2026年1月26日在天津市第十八届人民代表大会第四次会议上",
        "speaker": "天津市市长 张工",
        "page_date": "2026-02-03 08:05",
        "source": "天津日报",
    },
    "2026_ZJ.html": {
        "title": "浙江省政府工作报告摘要",
        "year": 2026,
        "subtitle": None,
        "speaker": None,
        "page_date": "2026-01-23",
        "source": "浙江发改",
    },
    "2026_SD.html": {
        "title": "政府工作报告",
        "year": 2026,
        "subtitle": "——2026年1月27日在山东省第十四届人民代表大会第四次会议上",
        "speaker": "山东省省长 周乃翔",
        "page_date": "2026-03-26 08:30",
        "source": None,
    },
}
#: chrome lines each page has in or next to its article (photo caption, stamp, widgets …)
CHROME = {
    "2026_TJ.html": ["张工作政府工作报告。", "来源：天津日报", "发布时间：2026-02-03 08:05"],
    "2026_ZJ.html": ["日期: 2026-01-23来源：浙江发改", "来源：浙江日报"],
    "2026_SD.html": ["首页", ">政务公开", "公报汇总", "【 字体：大中小 】", "打印", "分享"],
}
#: how each page's report ends: nothing after it
LAST = {
    "2026_TJ.html": "各位代表！蓝图指引航向",
    "2026_ZJ.html": "落实全面从严治党主体责任。",
    "2026_SD.html": "各位代表！岱青海蓝绘盛景",
}


def _front(report) -> dict:
    meta = report.meta
    return {
        "title": report.title,
        "year": report.year,
        **{k: meta.get(k) for k in ("subtitle", "speaker", "page_date", "source")},
    }


@needs_corpus
@pytest.mark.parametrize("page", sorted(FRONT))
def test_saved_page_title_block_and_stamp(page):
    """Title outside the article (title block, letter-spaced in the article, photo caption
    first), subtitle and speaker above it, the page's date and source as metadata."""
    assert _front(load_report(PAGES / page)) == FRONT[page]


@needs_corpus
@pytest.mark.parametrize("page", sorted(FRONT))
def test_saved_page_keeps_no_chrome(page):
    report = load_report(PAGES / page)
    lines = [text for _, text in report.lines()]
    assert lines[0] == FRONT[page]["title"]
    assert lines[-1].startswith(LAST[page])
    for chrome in CHROME[page]:
        assert chrome not in lines
    assert not report.chrome


def _scraped_page(province: dict, kept: list[str]) -> str:
    """The page a scrape came from, rebuilt: kept and removed lines in their source order,
    all inside the article container (the hardest case: no markup tells chrome apart)."""
    removed = {r["source_line"]: r["text"] for r in province["removed"]}
    rest = iter(kept)
    raw = [removed[n] if n in removed else next(rest) for n in range(1, province["raw_lines"] + 1)]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in raw)
    return f'<html><body><div class="article">{body}</div></body></html>'


def _scrapes() -> list[str]:
    path = CORPUS / "removed_lines.json"
    return sorted(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else []


@needs_corpus
@pytest.mark.parametrize("name", _scrapes())
def test_chrome_a_person_removed_is_removed(name, tmp_path):
    """Every class of chrome in removed_lines.json (breadcrumbs cut into one line per link,
    font-size widgets, toolbars, counters, stamps, photo captions, list headers, a repeated
    page header) goes, and every line the person kept stays, in order."""
    province = json.loads((CORPUS / "removed_lines.json").read_text(encoding="utf-8"))[name]
    text = (CORPUS / "reports" / name / "2026.txt").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if line.strip()]
    page = tmp_path / f"{name}.html"
    page.write_text(_scraped_page(province, kept), encoding="utf-8")
    got = [block.text for block in read_document(page).blocks]
    assert got == [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in kept]


def test_title_block_above_the_article_with_widgets_and_counters():
    """A made-up county page: title block with subtitle and speaker, a stamp line glued to
    counters and a font-size widget, a photo caption, an attachment list, an exit pop-up."""
    path = DATA / "html" / "county-2026-titleblock.html"
    report = load_report(path)
    assert _front(report) == {
        "title": "某某县2026年政府工作报告",
        "year": 2026,
        "subtitle": "——2026年1月8日在某某县第十八届人民代表大会第五次会议上",
        "speaker": "某某县人民政府县长 李明",
        "page_date": "2026-02-05 13:37",
        "source": "某某日报",
    }
    assert report.meta["photo_caption"] == "县长李明作政府工作报告。 记者 王芳 摄"
    lines = [block.text for block in read_document(path).blocks]
    assert lines[:4] == [
        "某某县2026年政府工作报告",
        "——2026年1月8日在某某县第十八届人民代表大会第五次会议上",
        "某某县人民政府县长 李明",
        "各位代表：",
    ]
    assert lines[-1] == "各位代表！让我们团结一心、真抓实干，奋力谱写某某高质量发展新篇章！"
    assert [s.title for s in report.sections] == ["2025年工作回顾", "2026年工作安排"]


def test_letter_spaced_title_and_a_subtitle_cut_in_two():
    """A made-up city page: a generic heading above the article, "政 府 工 作 报 告" in it,
    the subtitle over two lines, the stamp "日期：2026年01月20日 来源：…" in a widget bar."""
    report = load_report(DATA / "html" / "city-2026-spaced.html")
    assert _front(report) == {
        "title": "政府工作报告",
        "year": 2026,
        "subtitle": "——2026年1月15日在某某市第十七届人民代表大会第六次会议上",
        "speaker": "某某市市长 赵强",
        "page_date": "2026-01-20",
        "source": "市政府办公室",
    }
    assert report.meta.get("title_lines") is None  # the heading above is not taken twice
    assert report.meta["previous"] == "某某市2025年政府工作报告"
    texts = [text for _, text in report.lines()]
    assert texts[-1] == "各位代表！新征程催人奋进，让我们携手并进！"
    assert not any(re.search(r"字体|打印|分享|责任编辑|首页", text) for text in texts)


def test_title_only_in_the_meta_tag(tmp_path):
    """No title printed anywhere: the ArticleTitle meta tag gives it (and so the year)."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta name="ArticleTitle" content="某某区2026年政府工作报告">'
        '<meta name="PubDate" content="2026-01-30 09:00:00"><title>某某区人民政府</title>'
        "</head><body><div id='zoom'><p>各位代表：</p><p>一、2025年工作回顾</p>"
        "<p>经济运行稳中向好。</p><p>二、2026年工作安排</p><p>做好今年工作。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    report = load_report(page)
    assert (report.title, report.year, report.meta["page_date"]) == (
        "某某区2026年政府工作报告",
        2026,
        "2026-01-30 09:00:00",
    )
    assert next(text for _, text in report.lines()) == "各位代表："


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("2026-02-05 13:37 | 湖北日报", {"page_date": "2026-02-05 13:37", "source": "湖北日报"}),
        ("日期: 2026-01-23来源：浙江发改", {"page_date": "2026-01-23", "source": "浙江发改"}),
        ("（来源：青海日报）", {"source": "青海日报"}),
        ("来源：大众日报 浏览次数：12", {"source": "大众日报"}),
        ("2026-02-03 09:02:33", {"page_date": "2026-02-03 09:02:33"}),
        (
            "来源：新华网 | 2026年03月05日 10:30",
            {"page_date": "2026-03-05 10:30", "source": "新华网"},
        ),
        (
            "2024-03-12 19:03 来源： 新华社 字号：默认 大 超大 |",
            {"page_date": "2024-03-12 19:03", "source": "新华社"},
        ),
        ("——2026年1月27日在山东省第十四届", None),
        ("2026年是“十五五”开局之年。", None),
    ],
)
def test_page_stamp(line, stamp):
    from toolkit.readers.pagechrome import page_stamp

    assert page_stamp(line) == stamp


def _report_lines() -> list[tuple[str, int, str]]:
    from conftest import SAMPLES

    files = [p for p in SAMPLES.glob("*.txt") if "gb18030" not in p.name]
    if CORPUS.is_dir():
        files += [*CORPUS.glob("reports/*/*.txt"), *CORPUS.glob("series/*/*.txt")]
    return [
        (path.name, number, line)
        for path in sorted(files)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip()
    ]


def test_no_report_line_is_taken_for_chrome():
    """The chrome rules hold for every line of every report text at hand (the page-furniture
    lines some texts keep, "来源：…", "- 发布日期:", aside)."""
    from toolkit.profiles.front import meta_line
    from toolkit.readers.pagechrome import is_chrome, is_photo_caption

    taken = [
        (name, number, line)
        for name, number, line in _report_lines()
        if (is_chrome(line) or is_photo_caption(line))
        and not meta_line(line)
        and not re.match(r"^[-\s]*\S{2,4}[:：]$", line)
    ]
    assert taken == []


def _page(tmp_path, head: str, article: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><div class='top'>{head}</div><div id='zoom'>{article}"
        "<p>各位代表：</p><p>一、2025年工作回顾</p><p>经济运行稳中向好。</p>"
        "<p>二、2026年工作安排</p><p>做好今年工作。</p></div></body></html>",
        encoding="utf-8",
    )
    return page


def test_an_image_in_a_paragraph_is_not_a_photo(tmp_path):
    """Pages print rare characters of names as images: that paragraph is text, not a caption."""
    line = "我们要向周<img src='zi.gif'>同志学习，扎实做好各项工作。"
    report = load_report(_page(tmp_path, "", f"<p>{line}</p>"))
    assert "我们要向周同志学习，扎实做好各项工作。" in [text for _, text in report.lines()]
    assert "photo_caption" not in report.meta


def test_a_generic_heading_above_gives_way_to_the_full_title(tmp_path):
    page = _page(tmp_path, "<div class='bt'>政府工作报告</div>", "<p>2026年某某市政府工作报告</p>")
    report = load_report(page)
    assert (report.title, report.meta.get("title_lines")) == ("2026年某某市政府工作报告", None)


def test_heading_outside_the_article_and_repeated_in_it():
    """A made-up national page: the stamp above an <h1>, 来源 glued to a font-size widget under
    it, the article repeating the title; the speaker line after the subtitle."""
    path = DATA / "html" / "national-2026-h1.html"
    report = load_report(path)
    assert _front(report) == {
        "title": "政府工作报告",
        "year": 2026,
        "subtitle": "——2026年3月5日在第十四届全国人民代表大会第四次会议上",
        "speaker": "国务院总理 某某某",
        "page_date": "2026-03-12 19:03",
        "source": "新华社",
    }
    lines = [block.text for block in read_document(path).blocks]
    assert lines[0] == "政府工作报告" and lines.count("政府工作报告") == 1
    assert lines[-1].startswith("各位代表！让我们更加紧密地团结起来")


def test_an_empty_table_cell_dash_is_text(tmp_path):
    """Widget residue ("|", "【", "×") goes; a table's "—" for an empty cell stays."""
    table = (
        "<table><tr><td>指标</td><td>2025年</td></tr><tr><td>新增项目</td><td>—</td></tr></table>"
    )
    lines = [b.text for b in read_document(_page(tmp_path, "", f"<p>|</p>{table}<p>【</p>")).blocks]
    assert lines[:4] == ["指标", "2025年", "新增项目", "—"]


def test_a_subtitle_dated_in_chinese_numerals_is_no_photo_caption():
    from toolkit.readers.pagechrome import is_photo_caption

    for date in ("二〇二六年一月二十日", "2026年1月20日"):
        assert not is_photo_caption(f"——{date}在省第十四届人民代表大会第四次会议上作政府工作报告。")
