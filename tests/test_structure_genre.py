"""Structure of genre variants the samples lack, on made-up files in tests/data/genre."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from conftest import DATA

from toolkit.api import load_report
from toolkit.model import Paragraph, Role
from toolkit.outline import report_dict
from toolkit.plans import plan_number
from toolkit.profiles.glossary import glossary_title, parse_glossary
from toolkit.profiles.roles import title_roles

CITY = DATA / "genre" / "city-2026.txt"


def test_unnumbered_part_titles_above_numbered_parts_are_parts():
    # "2025年和“十四五”时期工作回顾" and "“十五五”时期主要目标和2026年重点工作" on their own
    # lines, then 一、二、三、: neither the review nor the targets is front matter
    report = load_report(CITY)
    assert [s.heading for s in report.sections[:2]] == [
        "2025年和“十四五”时期工作回顾",
        "“十五五”时期主要目标和2026年重点工作",
    ]
    assert [p.line for p in report.front] == [1, 2, 3, 4, 5]
    assert report.paragraph(report.targets_paragraph).line == 13


def test_numbered_task_parts_under_an_unnumbered_plan_title_are_plan():
    report = load_report(CITY)
    assert [s.role for s in report.sections] == [
        Role.REVIEW,
        Role.PLAN,
        Role.PLAN,
        Role.PLAN,
        Role.PLAN,
        Role.GOVERNMENT,
        Role.GLOSSARY,
    ]


def test_annex_titled_as_a_glossary_is_the_glossary():
    # "附件" / "《政府工作报告》有关内容名词注释"
    report = load_report(CITY)
    glossary = report.sections[-1]
    assert glossary.title == "《政府工作报告》有关内容名词注释"
    assert [e.term for e in report.glossary] == [
        "“专精特新”企业",
        "“数智赋能”工程",
        "“高效办成一件事”",
    ]


def test_speaker_before_the_meeting_in_a_speech_subtitle():
    # "——2026年1月9日在…会议上的讲话" with the speaker on the next line
    assert load_report(CITY).meta["speaker"] == "某某市人民政府市长 王某某"


@pytest.mark.parametrize(
    ("title", "year", "roles"),
    [
        ("一、2025年主要工作和“十四五”发展成就", 2026, [Role.REVIEW]),
        ("二、“十五五”时期主要目标任务", 2026, [Role.OUTLOOK, Role.PLAN]),
        ("三、2026年重点工作", 2026, [Role.PLAN]),
        ("二、2026年政府工作任务", 2026, [Role.PLAN]),
        ("四、努力建设人民满意的服务型政府", 2026, [Role.GOVERNMENT]),
        ("一、牢记嘱托，在接续奋斗中奋勇争先", 2026, []),
        (">政府公报", 2026, []),
        ("三、全面提升政府治理效能", 2025, [Role.GOVERNMENT]),
    ],
)
def test_title_roles_read_years_against_the_plan_year(title, year, roles):
    assert title_roles(title, year) == roles


def test_five_year_plan_numbers():
    assert (plan_number(2025), plan_number(2026), plan_number(2030)) == (14, 15, 15)


def test_headings_split_over_two_lines_are_joined():
    # "（一）深化重点领域改革，" / "激发经营主体活力" and a bare "（二）" / "扩大高水平对外开放"
    report = load_report(CITY)
    first, second = report.sections[3].children
    assert (first.title, first.line, first.continued) == (
        "深化重点领域改革，激发经营主体活力",
        19,
        ((12, 20),),
    )
    assert first.paragraphs[0].text.startswith("落实")
    assert (second.label, second.title, second.line) == ("（二）", "扩大高水平对外开放", 22)
    assert [p.line for p in second.paragraphs] == [24]


def test_outline_json_gives_the_lines_of_a_split_heading():
    schema = json.loads(
        resources.files("toolkit").joinpath("schemas/outline.schema.json").read_text()
    )
    data = json.loads(json.dumps(report_dict(load_report(CITY)), ensure_ascii=False))
    jsonschema.validate(data, schema)
    section = data["sections"][3]["children"][1]
    assert section["heading_lines"] == [
        {"line": 22, "text": "（二）"},
        {"line": 23, "text": "扩大高水平对外开放"},
    ]
    assert "heading_lines" not in data["sections"][3]


def glossary_of(*lines: str) -> list[tuple[str, str]]:
    paragraphs = [Paragraph(f"g.p{i}", i, text) for i, text in enumerate(lines, 1)]
    return [(e.term, e.definition) for e in parse_glossary(paragraphs)]


def test_unnumbered_glossary_entries_are_entries():
    assert glossary_of(
        "“两重”：国家重大战略实施和重点领域安全能力建设。",
        "“两新”：大规模设备更新和消费品以旧换新。",
        "其中，设备更新包括：工业、农业等领域。",
    ) == [
        ("“两重”", "国家重大战略实施和重点领域安全能力建设。"),
        ("“两新”", "大规模设备更新和消费品以旧换新。\n其中，设备更新包括：工业、农业等领域。"),
    ]


def test_bracketed_numbers_and_term_lines():
    assert glossary_of("［1］一降三减", "火灾起数下降。", "［2］四库：", "人才库、项目库。") == [
        ("一降三减", "火灾起数下降。"),
        ("四库", "人才库、项目库。"),
    ]


@pytest.mark.parametrize(
    "title",
    ["名词解释", "附件2 名词解释", "附录：名词解释", "注释：", "名词解释（按文中出现先后排序）"],
)
def test_glossary_titles(title):
    assert glossary_title(title)


DISTRICT = DATA / "genre" / "district-2026.txt"


def test_unnumbered_outlook_title_between_numbered_parts_is_a_part():
    # "一、2025年工作回顾" / "关于“十五五”时期…" (no label, 31 characters) / "二、2026年重点工作"
    report = load_report(DISTRICT)
    assert [(s.heading, s.role) for s in report.sections] == [
        ("一、2025年工作回顾", Role.REVIEW),
        ("关于“十五五”时期全区经济社会发展的主要目标任务和战略举措安排", Role.OUTLOOK),
        ("二、2026年重点工作", Role.PLAN),
        ("名词解释", Role.GLOSSARY),
    ]
    assert [e.term for e in report.glossary] == ["“两重”", "“两新”"]


def test_a_sentence_naming_the_report_is_not_its_title(tmp_path):
    # a saved page whose text starts mid-sentence: "…市长张某作政府工作报告。"
    source = tmp_path / "page.txt"
    source.write_text(
        "张某作政府工作报告。\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
        "一、2025年工作回顾\n过去一年，全市生产总值增长5%。\n二、2026年重点工作\n今年要稳中求进。\n",
        encoding="utf-8",
    )
    report = load_report(source)
    assert report.title is None
    assert report.year == 2026


@pytest.mark.parametrize(
    "lines",
    [
        ["一、", "政府工作报告", "一、", "政府工作报告"],  # a restarted label joins nothing
        ["一、", "一、"],  # two bare labels are no heading
        ["一、2025年工作回顾", "（一）经济运行，", "稳中有进", "各位代表，", "1.项目，", "建设"],
    ],
)
def test_split_heading_joins_keep_every_line_once(tmp_path, lines):
    source = tmp_path / "report.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load_report(source)
    assert list(report.lines()) == [(n, text) for n, text in enumerate(lines, 1)]


def test_numbered_entries_without_a_colon():
    assert glossary_of(
        "1.全域旅游是指在一定区域内，以旅游业为优势产业。",
        "2.“放管服”——简政放权、放管结合、优化服务：三者协同。",
    ) == [
        ("全域旅游", "在一定区域内，以旅游业为优势产业。"),
        ("“放管服”", "简政放权、放管结合、优化服务：三者协同。"),
    ]


def _part_one(tmp_path, body: list[str]):
    source = tmp_path / "report.txt"
    head = ["2026年浙江省政府工作报告", "各位代表：", "现在，我代表省人民政府向大会报告工作。"]
    tail = ["二、2026年重点工作", "今年要稳中求进。"]
    source.write_text("\n".join([*head, *body, *tail]) + "\n", encoding="utf-8")
    return load_report(source).sections[0]


def test_the_five_year_review_after_the_years_last_section_is_the_parts(tmp_path):
    # the 2026 report's 摘要 page of zhejiang (corpus pages/2026_ZJ.html): no "各位代表！" before
    # the five-year review, which had gone into （十）
    part = _part_one(
        tmp_path,
        [
            "一、2025年主要工作和“十四五”发展成就",
            "（九）持续增进民生福祉，全体人民共同富裕取得新进展。扎实做好就业社保工作，城镇新增"
            "就业115.8万人，城镇调查失业率4.6%。",
            "（十）切实筑牢安全防线，平安浙江法治浙江底座更加稳固。加强安全生产和防灾减灾工作，"
            "全年未发生重大及以上生产安全事故。",
            "2025年各项目标任务的圆满完成，标志着“十四五”胜利收官。“十四五”的五年，是浙江发展"
            "史上极不平凡的五年。",
            "五年来，我们有力有效应对世纪疫情冲击、中美贸易摩擦等重大风险挑战。",
            "——发展质效不断提高，综合实力进一步跃升。",
        ],
    )
    assert [p.line for p in part.children[-1].paragraphs] == [6]
    assert [p.line for p in part.paragraphs] == [7, 8, 9]


def test_a_paragraph_of_the_whole_year_after_the_years_last_section_is_the_parts(tmp_path):
    # guangxi 2025 (corpus reports/guangxi/2025.txt lines 19-21, shortened): the other work and
    # the government's own work of the year close the review part, they are not （九）'s
    part = _part_one(
        tmp_path,
        [
            "一、过去一年工作回顾",
            "(八)扎实推进重点领域风险防范化解。落实一揽子化债方案。",
            "(九)扎实保障和改善民生。坚持把八成左右的财政支出用于民生领域，全面完成为民办实事工程。",
            "一年来，外事、侨务、海关、海事、煤监、地震、消防、反走私等工作取得新进展。",
            "一年来，我们持续加强政府自身建设，巩固拓展主题教育成果，扎实开展党纪学习教育。",
        ],
    )
    assert [p.line for p in part.children[-1].paragraphs] == [6]
    assert [p.line for p in part.paragraphs] == [7, 8]


@pytest.mark.parametrize(
    "section",
    [
        # tianjin 2025 （五） line 30 and heilongjiang 2026 （九） line 16 (shortened): a year's
        # section that mentions five years in passing is no section of the five years
        "（五）城市安全基础更加扎实。加强食品药品监管，连续五年食品安全考核获评A级。",
        "（九）民生保障有力有效。全省游客花费增长25%，增幅均为近五年最高。",
    ],
)
def test_a_paragraph_of_the_whole_year_ends_a_section_that_mentions_five_years(tmp_path, section):
    part = _part_one(
        tmp_path,
        [
            "一、2025年工作回顾",
            section,
            "过去一年，政府自身建设不断加强。我们始终坚持用习近平新时代中国特色社会主义思想凝心铸魂。",
        ],
    )
    assert [p.line for p in part.children[-1].paragraphs] == [5]
    assert [p.line for p in part.paragraphs] == [6]


def test_a_paragraph_of_the_five_years_as_a_whole_ends_a_section_of_the_five_years(tmp_path):
    # jiangsu 2026 （六） (corpus reports/jiangsu/2026.txt lines 15-17, shortened): its review's
    # sections are the five years'; the section's other five-year sentences are its own, but
    # "五年来，老龄、妇女儿童…" is the part's, as 2025's "过去一年，全省老龄…" is
    part = _part_one(
        tmp_path,
        [
            "一、“十四五”时期和2025年工作回顾",
            "（六）积极推动高效能治理，社会文明程度不断提升。安全生产事故起数、死亡人数比2020年分别"
            "下降65.3%、58.3%。",
            "“十四五”期间，全省法治政府建设率先基本实现。",
            "五年来，老龄、妇女儿童、青少年、工会、残疾人、红十字等事业取得新进步。",
            "过去五年，我们迎来一系列具有里程碑意义的大事盛事。",
        ],
    )
    assert [p.line for p in part.children[-1].paragraphs] == [5, 6]
    assert [p.line for p in part.paragraphs] == [7, 8]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # tianjin 2026 line 74: its draft's review listed the section's other two points only
        (
            "推动制造业转型升级、提质增效。以数智赋能、技改绿改、市场化合作为抓手。",
            "推动制造业转型升级、提质增效。",
        ),
        # yunnan 2026: two phrases paired by 、 are one lead
        (
            "推动产业投资、民间投资稳定增长。深入实施“两重”建设。",
            "推动产业投资、民间投资稳定增长。",
        ),
        # a clause is no lead, nor a sentence with a number
        ("今年，全省经济运行稳中有进。全年地区生产总值增长5%。", ""),
        ("城镇新增就业、失业率5.3%。其他工作扎实推进。", ""),
    ],
)
def test_a_lead_sentence_may_pair_phrases_with_a_stop_comma(text, lead):
    from toolkit.model import Block
    from toolkit.profiles.headings import find_lead

    assert find_lead(Block(text, 1), text) == lead
