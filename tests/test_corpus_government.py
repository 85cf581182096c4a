"""Government and level as the report names them (toolkit.government), on real reports."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import SAMPLES
from toolkit.api import load_report
from toolkit.government import government_of, level_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "中山区第十八届人民代表大会第一次会议" (a district of 大连市)
        ("dalian-zhongshan-2018.txt", ("中山区", "district")),
        ("sichuan-2026.txt", ("四川省", "province")),
        ("guangdong-2026.txt", ("广东省", "province")),
    ],
)
def test_the_meeting_names_the_government(name, expected):
    assert government_of(load_report(SAMPLES / name)) == expected


def test_without_a_meeting_the_title_or_the_speaker_names_it():
    report = load_report(SAMPLES / "hunan-2025.txt")  # title 2025年湖南省政府工作报告
    meta = {k: v for k, v in report.meta.items() if k != "meeting"}
    assert government_of(dataclasses.replace(report, meta=meta)) == ("湖南省", "province")
    no_title = dataclasses.replace(
        report, meta={"speaker": "长沙市人民政府市长 周海兵"}, title=None
    )
    assert government_of(no_title) == ("长沙市", "city")
    nothing = dataclasses.replace(report, meta={"speaker": "省长 毛伟明"}, title="政府工作报告")
    assert government_of(nothing) == (None, None)


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("北京市", "province"),
        ("广西壮族自治区", "province"),
        ("杭州市", "city"),
        ("延边朝鲜族自治州", "city"),
        ("锡林郭勒盟", "city"),
        ("昌平区", "district"),
        ("长兴县", "county"),
        ("鄂温克族自治旗", "county"),
    ],
)
def test_level_from_the_unit(name, level):
    assert level_of(name) == level
