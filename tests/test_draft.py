"""The draft skeleton of next year's report, built from the real samples and read back from the
.docx with python-docx."""

from __future__ import annotations

import io
import subprocess

import docx
import pytest
from conftest import PAIRS, SAMPLES, needs_soffice, soffice_convert
from typer.testing import CliRunner

from toolkit.api import load_report
from toolkit.draft import Kind, build_draft
from toolkit.draft.facts import DraftFacts, SectionChange, TargetFact, TermFact
from toolkit.draft.patterns import full_width
from toolkit.draft.years import roll_years
from toolkit.errors import OutputError, TemplateError
from toolkit.model import Role
from toolkit.word import styles
from toolkit.word.draft_writer import render_draft

LATEST = [new for _, new in PAIRS] + ["guangdong-2025.txt", "dalian-zhongshan-2018.txt"]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2026年工作安排", 2026, "2027年工作安排"),
        ("一、2025年和“十四五”时期工作回顾", 2026, "一、2026年和“十四五”时期工作回顾"),
        ("到2035年基本实现现代化", 2026, "到2035年基本实现现代化"),
        ("二〇二六年政府工作报告", 2026, "二〇二七年政府工作报告"),
        ("1921年", 2026, "1921年"),
        ("增长2026.5亿元", 2026, "增长2026.5亿元"),
        ("2026年", None, "2026年"),
        # 山西 2026 L18: the year before the one reviewed, after a comparison, moves with it;
        # a baseline further back does not
        ("全年GDP增长4%，快于2024年1.8个百分点", 2026, "全年GDP增长4%，快于2025年1.8个百分点"),
        ("比2020年翻一番", 2026, "比2020年翻一番"),
        ("2024年以来", 2026, "2024年以来"),
    ],
)
def test_roll_years(text, year, expected):
    assert roll_years(text, year) == expected


@pytest.fixture(scope="module", params=LATEST)
def drafted(request):
    report = load_report(SAMPLES / request.param)
    draft = build_draft(report, facts=DraftFacts())
    data = render_draft(draft).to_bytes()
    return report, draft, docx.Document(io.BytesIO(data))


def test_draft_is_for_the_next_year_and_moves_plan_headings_forward(drafted):
    report, draft, document = drafted
    assert draft.year == report.year + 1
    headings = [p.text for p in document.paragraphs if p.style.name == styles.HEADING_1]
    plan = [s for s in report.sections if s.role is Role.PLAN]
    for part in plan:
        if str(report.year) in part.heading:
            assert part.heading.replace(str(report.year), str(report.year + 1))[2:] in "".join(
                headings
            )
    # the review part reviews the latest report's year
    assert any(f"{report.year}年" in h and "回顾" in h for h in headings), headings
    # parts are numbered 一、二、… without a gap
    numbered = [h[0] for h in headings if h[1:2] == "、"]
    assert numbered == list("一二三四五六七八九十")[: len(numbered)]


def test_review_sections_are_the_latest_plan_sections(drafted):
    report, _, document = drafted
    plan_sections = [  # punctuation made full-width: "(一)" is printed "（一）"
        full_width(child.heading if child.level > 1 else child.title)
        for top in report.sections
        if top.role is Role.PLAN
        for child in (top.children or (top,))
    ]
    texts = [p.text for p in document.paragraphs]
    level2 = [p.text for p in document.paragraphs if p.style.name == styles.HEADING_2]
    start = next(i for i, t in enumerate(texts) if "回顾" in t)
    review_level2 = [t for t in level2 if texts.index(t) > start][: len(plan_sections)]
    assert review_level2 == plan_sections


def test_front_matter_has_title_blanks_and_salutation(drafted):
    report, _, document = drafted
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == styles.TITLE
    assert str(report.year) not in paragraphs[0].text
    subtitle = paragraphs[1]
    assert subtitle.style.name == styles.SUBTITLE
    assert "【待填：日期】" in subtitle.text and "【待填：会议名称】" in subtitle.text
    assert paragraphs[3].text.startswith("各位代表")
    # every blank carries the placeholder style and highlight
    blanks = [r for p in paragraphs for r in p.runs if "【待填" in r.text]
    assert blanks and all(r.style.name == styles.PLACEHOLDER for r in blanks)
    assert all(r.text.startswith("【待填：") and r.text.endswith("】") for r in blanks)


def test_prompts_carry_lead_sentences_and_closing(drafted):
    report, _, document = drafted
    prompts = {p.text for p in document.paragraphs if p.style.name == styles.PROMPT}
    leads = [
        roll_years(p.lead, report.year)
        for top in report.sections
        if top.role is Role.PLAN
        for p in top.all_paragraphs()
        if p.lead and p.id != report.targets_paragraph
    ]
    assert leads and all(lead in prompts for lead in leads)
    assert any(p.startswith("各位代表") for p in prompts) or "结束语" in "".join(
        p.text for p in document.paragraphs
    )


def test_glossary_entries_are_carried_over(drafted):
    report, _, document = drafted
    texts = [p.text for p in document.paragraphs]
    if not report.glossary:
        assert "名词解释" not in texts
        return
    start = texts.index("名词解释")
    entries = texts[start + 1 : start + 1 + len(report.glossary)]
    assert [e.split("：", 1)[0].split(".", 1)[1] for e in entries] == [
        g.term for g in report.glossary
    ]


def test_targets_table_sits_in_the_plan_part(drafted):
    report, _, document = drafted
    assert len(document.tables) == 1
    header = [c.text for c in document.tables[0].rows[0].cells]
    assert header == [
        "指标",
        f"{report.year - 1}年实际",
        f"{report.year}年目标",
        f"{report.year}年完成",
        f"{report.year + 1}年目标",
    ]


def test_facts_become_table_rows_and_comments():
    report = load_report(SAMPLES / "sichuan-2026.txt")
    plan = next(s for s in report.sections if s.role is Role.PLAN)
    facts = DraftFacts(
        targets=(
            TargetFact("地区生产总值", "5%左右", "5.5%", "5.5%左右 → 5%左右"),
            TargetFact("城镇新增就业", "80万人以上", None, None),
        ),
        new_terms=(TermFact("新质生产力", False, True), TermFact("天府良田", True)),
        section_changes=(SectionChange(plan.children[0].id, "merged", ("甲", "乙"), ("丙",)),),
        unreported=("居民人均可支配收入增长5%",),
    )
    draft = build_draft(report, facts=facts)
    builder = render_draft(draft, author="起草组")
    document = docx.Document(io.BytesIO(builder.to_bytes()))
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows[1:]]
    assert rows == [
        ["地区生产总值", "5.5%", "5%左右", "【待填：值】", "【待填：值】"],
        ["城镇新增就业", "—", "80万人以上", "【待填：值】", "【待填：值】"],
    ]
    comments = [c.text for c in document.comments]
    assert draft.hint_count == len(comments) == builder.comments_added
    assert any("5.5%左右 → 5%左右" in c for c in comments)
    assert any("“新质生产力”" in c and "尚无名词解释" in c for c in comments)
    assert not any("天府良田" in c for c in comments)
    assert any("前年的“甲”“乙”合并为本节" in c for c in comments)
    assert any("居民人均可支配收入增长5%" in c for c in comments)
    assert all(c.author == "起草组" for c in document.comments)
    assert draft.target_count == 2


def test_cli_writes_the_draft_and_refuses_to_overwrite(tmp_path):
    from toolkit.cli.app import app

    out = tmp_path / "draft.docx"
    runner = CliRunner()
    result = runner.invoke(app, ["draft", str(SAMPLES / "hunan-2026.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2027年" in result.stdout and "sections" in result.stdout
    assert docx.Document(str(out)).paragraphs[0].text == "2027年湖南省政府工作报告"
    before = out.read_bytes()
    again = runner.invoke(app, ["draft", str(SAMPLES / "hunan-2026.txt"), "-o", str(out)])
    assert isinstance(again.exception, OutputError) and again.exception.exit_code == 5
    assert out.read_bytes() == before


def test_cli_bad_template_writes_nothing(tmp_path):
    from toolkit.cli.app import app

    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(
        app,
        ["draft", str(SAMPLES / "hunan-2026.txt"), "-o", str(out), "--template", str(template)],
    )
    assert isinstance(result.exception, TemplateError) and result.exception.exit_code == 6
    assert "RT Body" in str(result.exception)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [template]


@needs_soffice
def test_libreoffice_converts_the_draft(tmp_path):
    report = load_report(SAMPLES / "guangdong-2026.txt")
    path = tmp_path / "draft.docx"
    facts = DraftFacts(targets=(TargetFact("地区生产总值", "4.5%—5%", "3.9%", None),))
    render_draft(build_draft(report, facts=facts)).save(path)
    soffice_convert(path, "pdf", tmp_path)
    pdf = tmp_path / "draft.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 20_000


def test_each_kind_of_paragraph_gets_its_style_in_the_word_file():
    report = load_report(SAMPLES / "hunan-2026.txt")
    draft = build_draft(report, facts=DraftFacts())
    paragraphs = draft.paragraphs()
    assert {p.kind for p in paragraphs} == {
        Kind.TITLE, Kind.SUBTITLE, Kind.BODY, Kind.HEADING, Kind.PROMPT
    }  # fmt: skip
    expected = {
        Kind.TITLE: "RT Title",
        Kind.SUBTITLE: "RT Subtitle",
        Kind.BODY: "RT Body",
        Kind.PROMPT: "RT Prompt",
    }
    document = docx.Document(io.BytesIO(render_draft(draft).to_bytes()))
    body = [p for p in document.paragraphs if p.text.strip()]
    assert len(body) == len(paragraphs)
    for written, block in zip(body, paragraphs, strict=True):
        style = (
            ("RT Heading 1" if block.level <= 1 else "RT Heading 2")
            if block.kind is Kind.HEADING
            else expected[block.kind]
        )
        assert written.style.name == style, (block.kind, written.text[:30])


# -- the facts the targets, terms and comparison give the draft --


@pytest.fixture(scope="module")
def hunan_pair():
    return load_report(SAMPLES / "hunan-2025.txt"), load_report(SAMPLES / "hunan-2026.txt")


def test_targets_facts_from_the_targets(hunan_pair):
    from toolkit.draft.facts import gather_facts

    previous, latest = hunan_pair
    facts = gather_facts(latest, previous)
    rows = {row.indicator: row for row in facts.targets}
    # read from hunan-2026: 地区生产总值增长5%左右; hunan-2025: 增长5.5%左右
    assert rows["地区生产总值"].target == "5%左右"
    assert rows["地区生产总值"].change is not None
    assert rows["地区生产总值"].change.startswith("5.5%左右 → 5%左右")
    # hunan-2026 reviews 2025: "全省地区生产总值达到5.53万亿元…增长4.8%"
    assert rows["地区生产总值"].achieved == "4.8%"
    revenue = next(row for name, row in rows.items() if name.endswith("一般公共预算收入"))
    assert revenue.target == "1.5%左右"
    # commitments sit in plan sections of the latest report
    plan_ids = {s.id for top in latest.sections if top.role is Role.PLAN for s in top.walk()}
    assert facts.commitments and all(c.section_id in plan_ids for c in facts.commitments)
    draft = build_draft(latest, previous, facts)
    document = docx.Document(io.BytesIO(render_draft(draft).to_bytes()))
    first_column = [row.cells[0].text for row in document.tables[0].rows[1:]]
    assert first_column[0] == "地区生产总值"
    comments = [c.text for c in document.comments]
    assert any("5.5%左右 → 5%左右" in c for c in comments)


def test_new_terms_from_the_terms():
    from toolkit.draft.facts import MAX_NEW_TERMS, gather_facts

    previous = load_report(SAMPLES / "sichuan-2025.txt")
    latest = load_report(SAMPLES / "sichuan-2026.txt")
    facts = gather_facts(latest, previous)
    terms = [t.term for t in facts.new_terms]
    assert 0 < len(terms) <= MAX_NEW_TERMS
    old_text = "\n".join(text for _, text in previous.lines())
    new_text = "\n".join(text for _, text in latest.lines())
    assert all(term in new_text and term not in old_text for term in terms)


def test_draft_from_the_original_docx_matches_the_draft_from_its_text():
    from_docx = build_draft(load_report(SAMPLES / "guangdong-2025.docx"), facts=DraftFacts())
    from_text = build_draft(load_report(SAMPLES / "guangdong-2025.txt"), facts=DraftFacts())

    # the same structure; a heading may end in "。" in one and not the other (run-in bold in
    # the .docx), and lead sentences are found from bold runs in one, wording in the other
    def outline(draft):
        return [
            (p.kind, p.text.rstrip("。"))
            for p in draft.paragraphs()
            if p.kind in (Kind.TITLE, Kind.SUBTITLE, Kind.HEADING)
        ]

    assert outline(from_docx) == outline(from_text)


def test_a_document_that_is_not_a_work_report_still_gets_a_skeleton(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(
        "关于某项工作的说明\n一、总体情况\n今年以来，做了很多工作。\n二、下一步打算\n继续努力。\n",
        encoding="utf-8",
    )
    draft = build_draft(load_report(source), facts=DraftFacts())
    assert draft.year is None
    texts = [p.text for p in draft.paragraphs()]
    assert texts[0] == "关于某项工作的说明"
    assert "二、总体情况" in texts and "三、下一步打算" in texts  # after the review part
    document = docx.Document(io.BytesIO(render_draft(draft).to_bytes()))
    assert document.tables == []  # no headline-targets paragraph, no targets: no table
    assert document.paragraphs[-1].text == "各位代表！【待填：结束语】"


def test_cli_output_folder_missing_fails_before_reading(tmp_path):
    from toolkit.cli.app import app

    out = tmp_path / "missing" / "draft.docx"
    result = CliRunner().invoke(app, ["draft", str(SAMPLES / "hunan-2026.txt"), "-o", str(out)])
    assert isinstance(result.exception, OutputError)
    assert "does not exist" in str(result.exception)
    assert not out.parent.exists()


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        ("四川省第十四届人民代表大会第五次会议", "四川省第十四届人民代表大会第六次会议"),
        ("中山区第十八届人民代表大会第一次会议", "中山区第十八届人民代表大会第二次会议"),
        ("第九次会议", "第十次会议"),
        ("第十九次会议", "第二十次会议"),
        ("全体会议", None),
    ],
)
def test_next_meeting(meeting, expected):
    from toolkit.draft.numbering import next_meeting

    assert next_meeting(meeting) == expected


def test_subtitle_hint_suggests_the_next_session():
    report = load_report(SAMPLES / "sichuan-2026.txt")
    draft = build_draft(report, facts=DraftFacts())
    subtitle = draft.paragraphs()[1]
    assert subtitle.kind is Kind.SUBTITLE
    assert any("第十四届人民代表大会第六次会议" in hint for hint in subtitle.hints)


def test_draft_help_does_not_import_python_docx():
    import sys

    script = (
        "import sys\n"
        "sys.argv = ['report-toolkit', 'draft', '--help']\n"
        "from toolkit.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "from toolkit.plugins.manager import get_registry\n"
        "get_registry()\n"  # the redline writer plugin registers without importing docx
        "print(sorted(m for m in ('docx', 'lxml', 'rjieba.rjieba') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "【待填" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_split_and_merged_sections_become_hints():
    """The aligner's split (2025 → 2026) and merge (read the other way) reach the draft."""
    from conftest import DATA

    from toolkit.draft.facts import gather_facts

    older = load_report(DATA / "word" / "split-2025.txt")
    newer = load_report(DATA / "word" / "split-2026.txt")
    split = gather_facts(newer, older).section_changes
    assert [(c.kind, c.old_titles) for c in split] == [("split", ("（一）推动产业和乡村协同发展",))]
    draft = build_draft(newer, older)
    # the heading in the plan part (the review part lists it too, without the hint)
    heading = [p for p in draft.paragraphs() if p.text == "（一）加快建设现代化产业体系"][-1]
    assert heading.hints == (
        "上年报告将前年的“（一）推动产业和乡村协同发展”拆分为“（一）加快建设现代化产业体系”"
        "“（二）全面推进乡村振兴”，本年结构请斟酌",
    )
    merged = gather_facts(older, newer).section_changes
    assert [(c.kind, c.new_titles) for c in merged] == [
        ("merged", ("（一）推动产业和乡村协同发展",))
    ]


def test_cli_refuses_a_previous_report_that_is_not_older(tmp_path):
    from toolkit.cli.app import app

    out = tmp_path / "draft.docx"
    args = ["draft", str(SAMPLES / "hunan-2025.txt"), "--previous", str(SAMPLES / "hunan-2026.txt")]
    result = CliRunner().invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 2
    assert "swap" in result.output
    assert not out.exists()
