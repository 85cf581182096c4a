"""A draft for the year after does not carry last year's plan-cycle wording: a 开局之年 that no
longer fits becomes a blank naming the new year's place in the plan, and ``check`` on a fresh
skeleton finds only its blanks (no stale year, no wrong cycle wording)."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from toolkit.draft.years import plan_of, roll_cycle


def test_plan_of_names_the_plan_and_the_place_in_it():
    assert plan_of(2026) == ("十五五", 1)
    assert plan_of(2027) == ("十五五", 2)
    assert plan_of(2025) == ("十四五", 5)
    assert plan_of(2016) == ("十三五", 1)
    assert plan_of(2031) == ("十六五", 1)


def test_cycle_wording_is_kept_when_true_and_blanked_with_a_hint_when_not():
    assert roll_cycle("今年是“十五五”开局之年。", 2026) == (
        "今年是“十五五”【待填：2027年为“十五五”第二年】。"
    )
    assert roll_cycle("今年是“十五五”开局之年。", 2025) == "今年是“十五五”开局之年。"
    assert roll_cycle("今年是“十四五”收官之年。", 2024) == "今年是“十四五”收官之年。"
    assert roll_cycle("今年是“十四五”收官之年。", 2025) == (
        "今年是“十四五”【待填：2026年为“十五五”第一年】。"
    )


def test_other_words_for_a_plans_first_year_are_rolled_too():
    # tianjin 2026 line 57, hebei 2026 line 31: carried into a 2027 draft, they were kept
    assert roll_cycle("今年是“十五五”开局起步之年。", 2026) == (
        "今年是“十五五”【待填：2027年为“十五五”第二年】。"
    )
    assert roll_cycle("今年是“十五五”起步之年，我们要深入贯彻中央经济工作会议精神", 2026) == (
        "今年是“十五五”【待填：2027年为“十五五”第二年】，我们要深入贯彻中央经济工作会议精神"
    )
    assert roll_cycle("今年是“十五五”开局起步之年。", 2025) == "今年是“十五五”开局起步之年。"


@pytest.mark.skipif(not (CORPUS / "reports").is_dir(), reason="no corpus")
def test_check_on_a_fresh_2027_skeleton_finds_only_its_blanks(tmp_path):
    from toolkit.api import load_report
    from toolkit.check import check_draft
    from toolkit.draft import build_draft
    from toolkit.word.draft_writer import render_draft

    latest = load_report(CORPUS / "reports" / "jiangsu" / "2026.txt")
    previous = load_report(CORPUS / "reports" / "jiangsu" / "2025.txt")
    out = tmp_path / "2027.docx"
    render_draft(build_draft(latest, previous), None).save(out)
    draft = load_report(out)
    text = "\n".join(line for _, line in draft.lines())
    assert "开局之年" not in text
    result = check_draft(draft, latest)
    p0 = {f.kind for f in result.findings if f.severity == "P0"}
    assert p0 == {"placeholder"}


@pytest.mark.skipif(not (CORPUS / "reports").is_dir(), reason="no corpus")
def test_glossary_part_and_hints_only_where_the_report_has_a_glossary():
    from toolkit.api import load_report
    from toolkit.draft import build_draft

    def draft_of(province: str) -> list[str]:
        latest = load_report(CORPUS / "reports" / province / "2026.txt")
        previous = load_report(CORPUS / "reports" / province / "2025.txt")
        draft = build_draft(latest, previous)
        return [
            " ".join(map(str, (*block.parts, *block.hints)))
            for block in draft.blocks
            if hasattr(block, "parts")
        ]

    without = draft_of("jiangsu")  # no 名词解释 in jiangsu 2026
    assert not any(line.startswith("名词解释") or "尚无名词解释" in line for line in without)
    with_glossary = draft_of("hainan")  # hainan 2026 has one
    assert any(line.startswith("名词解释") for line in with_glossary)
