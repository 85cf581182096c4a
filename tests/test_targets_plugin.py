"""The targets writers and the indicator table go through the plugin hooks; users extend them."""

from __future__ import annotations

import pytest

from toolkit.errors import FormatError
from toolkit.model import Paragraph
from toolkit.plugins import hookimpl
from toolkit.plugins.manager import build_registry, get_registry
from toolkit.targets import read_indicator_file
from toolkit.targets.extract import extract_from_paragraph
from toolkit.targets.indicators import BUILTIN_INDICATORS, IndicatorTable, builtin_table


def test_indicators_are_registered_by_the_builtin_plugin():
    registry = get_registry()
    origins = {r.origin for r in registry.registrations if r.kind == "indicator"}
    assert origins == {"toolkit.targets.plugin"}
    assert set(BUILTIN_INDICATORS) <= set(registry.indicators)
    assert "国内生产总值" in registry.indicators["地区生产总值"]


def test_a_plugin_adds_aliases_and_indicators():
    class Plugin:
        @hookimpl
        def register_indicators(self, register):
            register("地区生产总值", ["经济总量"])
            register("技术合同成交额", ["技术合同交易额"])

    registry = build_registry(Plugin())
    table = IndicatorTable(dict(registry.indicators))
    assert table.canonical("经济总量") == "地区生产总值"
    assert table.canonical("国内生产总值") == "地区生产总值"  # built-in aliases kept
    paragraph = Paragraph("s1.p2", 9, "全省经济总量达到64697亿元，技术合同交易额增长33.6%。")
    found = extract_from_paragraph(paragraph, "achieved", table)
    assert [(t.canonical, t.value, t.unit) for t in found] == [
        ("地区生产总值", 64697, "亿元"),
        ("技术合同成交额", 33.6, "%"),
    ]
    assert extract_from_paragraph(paragraph, "achieved", builtin_table()) == []


def test_user_indicator_file(tmp_path):
    path = tmp_path / "indicators.txt"
    path.write_text(
        "# my names\n地区生产总值 = 经济总量\n接待游客＝游客接待量、接待游客人次\n",
        encoding="utf-8",
    )
    names = read_indicator_file(path)
    assert names == {"地区生产总值": ("经济总量",), "接待游客": ("游客接待量", "接待游客人次")}
    table = builtin_table().merged(names)
    assert table.canonical("游客接待量") == "接待游客"
    assert table.canonical("GDP") == "地区生产总值"


def test_bad_indicator_file_names_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("地区生产总值 经济总量\n", encoding="utf-8")
    with pytest.raises(FormatError, match="line 1"):
        read_indicator_file(path)
